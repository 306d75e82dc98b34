package mlmath.learn;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hint in one line, with the Java spelling, for a line that did not compile because it is written as in Python:
 * {@code A @ B} is {@code A.matmul(B)}, {@code A.shape} is {@code A.shape()}, {@code A.T} is {@code A.T()},
 * {@code x ** 2} is {@code x.pow(2)}, {@code len(x)} is {@code x.shape()[0]}, {@code x[1:, 0]} is {@code x.get("1:, 0")},
 * {@code x[0, 1]} is {@code x.get(0, 1)}, {@code x.sum(axis=0)} is {@code x.sum(0)}, {@code True} is {@code true}
 * and {@code for i in range(3):} is a counted loop. The prompt and a lesson's pauses print it after the compiler's error.
 */
public final class PythonHabits {
    private PythonHabits() {}

    /** An operand as Python writes it: a name with calls, fields and subscripts ({@code W.T}, {@code x[0]}). */
    private static final String OPERAND = "[\\w$][\\w$.]*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\])*";

    /** A name, maybe dotted or called, that a Python subscript follows; not an array type after {@code new}. */
    private static final String SUBSCRIPTED = "(?<![\\w$.])(?<!new )([\\w$][\\w$.]*(?:\\([^()]*\\))?)";

    /** A keyword argument's {@code name=} inside a call ({@code axis=}, {@code keepdims=}); not {@code ==}. */
    private static final Pattern KEYWORD = Pattern.compile("(?<=[(,]\\s{0,9})[A-Za-z_]\\w*\\s*=(?!=)\\s*");

    /** An import of a Python library, which the prompt has no need of. */
    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:import\\s+(?:numpy|torch|math|matplotlib)\\b|from\\s+\\w+(?:\\.\\w+)*\\s+import\\b).*",
            Pattern.DOTALL);

    private record Habit(Pattern python, UnaryOperator<String> java) {
        static Habit regex(String python, String java) {
            Pattern p = Pattern.compile(python);
            return new Habit(p, s -> p.matcher(s).replaceAll(java));
        }

        /** Python's constant as Java's, where it stands as a name of its own. */
        static Habit literal(String python, String java) { return regex("(?<![\\w$.\"])" + python + "(?![\\w$\"])", java); }
    }

    private static final List<Habit> HABITS = List.of(
            Habit.regex("\\bfor\\s+(\\w+)\\s+in\\s+range\\(([^(),]+)\\)\\s*:", "for (int $1 = 0; $1 < $2; $1++)"),
            Habit.regex("(" + OPERAND + ")\\s*@\\s*(" + OPERAND + ")", "$1.matmul($2)"),
            Habit.regex("(" + OPERAND + ")\\s*\\*\\*\\s*(" + OPERAND + ")", "$1.pow($2)"),
            Habit.regex("\\blen\\((" + OPERAND + ")\\)", "$1.shape()[0]"),
            Habit.regex("(" + OPERAND + ")\\.(shape|T)\\b(?!\\s*\\()", "$1.$2()"),
            // Slices and multi-indexes, which Java's brackets cannot hold: numpy's own spelling in a string, or the ints.
            Habit.regex(SUBSCRIPTED + "\\[([^\\[\\]]*:[^\\[\\]]*)]", "$1.get(\"$2\")"),
            Habit.regex(SUBSCRIPTED + "\\[([^\\[\\]:]*,[^\\[\\]:]*)]", "$1.get($2)"),
            // Java has no keyword arguments: axis and keepdims, written in numpy's order after the positional ones, are
            // the same values positionally. Any other keyword (ddof=1) or order has no such rewrite: std(x, 1) is an axis.
            new Habit(Pattern.compile("[\\w$.]+\\((?:(?:[^()=]*,\\s*)?axis\\s*=(?!=)[^(),=]*(?:,\\s*keepdims\\s*=(?!=)[^(),=]*)?"
                    + "|[^()=]+,\\s*keepdims\\s*=(?!=)[^(),=]*)\\)"), s -> KEYWORD.matcher(s).replaceAll("")),
            Habit.literal("True", "true"), Habit.literal("False", "false"), Habit.literal("None", "null"));

    /** The hint for {@code source}, a line that did not compile, or empty when it shows no Python habit. */
    public static Optional<String> hint(String source) {
        if (IMPORT.matcher(source).matches()) return Optional.of("hint: nothing to import: np, torch, F and plot(...) are ready at the prompt");
        for (Habit h : HABITS) {
            Matcher m = h.python().matcher(source);
            if (m.find()) return Optional.of("hint: in Java, " + m.group() + " is " + java(m.group()));
        }
        return Optional.empty();
    }

    /** A fragment with every habit in it rewritten: {@code x.T @ x} is {@code x.T().matmul(x)}, not {@code x.T.matmul(x)}. */
    private static String java(String python) {
        String out = python;
        for (Habit h : HABITS) out = h.java().apply(out);
        return out;
    }
}

package mlmath.learn;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hint in one line, with the Java spelling, for a line that did not compile because it is written as in Python:
 * {@code A @ B} is {@code A.matmul(B)}, {@code A.shape} is {@code A.shape()}, {@code A.T} is {@code A.T()},
 * {@code x ** 2} is {@code x.pow(2)}, {@code len(x)} is {@code x.shape()[0]}, {@code x[1:, 0]} is {@code x.get("1:, 0")}
 * and {@code x[0, 1]} is {@code x.get(0, 1)}. The prompt and a lesson's pauses
 * print it after the compiler's error.
 */
public final class PythonHabits {
    private PythonHabits() {}

    /** An operand as Python writes it: a name with calls, fields and subscripts ({@code W.T}, {@code x[0]}). */
    private static final String OPERAND = "[\\w$][\\w$.]*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\])*";

    /** A name, maybe dotted or called, that a Python subscript follows; not an array type after {@code new}. */
    private static final String SUBSCRIPTED = "(?<![\\w$.])(?<!new )([\\w$][\\w$.]*(?:\\(\\))?)";

    private record Habit(Pattern python, String java) {}

    private static final List<Habit> HABITS = List.of(
            new Habit(Pattern.compile("(" + OPERAND + ")\\s*@\\s*(" + OPERAND + ")"), "$1.matmul($2)"),
            new Habit(Pattern.compile("(" + OPERAND + ")\\s*\\*\\*\\s*(" + OPERAND + ")"), "$1.pow($2)"),
            new Habit(Pattern.compile("\\blen\\((" + OPERAND + ")\\)"), "$1.shape()[0]"),
            new Habit(Pattern.compile("(" + OPERAND + ")\\.(shape|T)\\b(?!\\s*\\()"), "$1.$2()"),
            // Slices and multi-indexes, which Java's brackets cannot hold: numpy's own spelling in a string, or the ints.
            new Habit(Pattern.compile(SUBSCRIPTED + "\\[([^\\[\\]]*:[^\\[\\]]*)]"), "$1.get(\"$2\")"),
            new Habit(Pattern.compile(SUBSCRIPTED + "\\[([^\\[\\]:]*,[^\\[\\]:]*)]"), "$1.get($2)"));

    /** The hint for {@code source}, a line that did not compile, or empty when it shows no Python habit. */
    public static Optional<String> hint(String source) {
        for (Habit h : HABITS) {
            Matcher m = h.python().matcher(source);
            if (m.find()) return Optional.of("hint: in Java, " + m.group() + " is " + h.python().matcher(m.group()).replaceFirst(h.java()));
        }
        return Optional.empty();
    }
}

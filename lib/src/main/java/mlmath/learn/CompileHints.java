package mlmath.learn;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import mlmath.internal.DidYouMean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one hint line the prompt and a lesson's pauses print after a line that did not compile: a Python spelling
 * ({@link PythonHabits}), a subscript on a tensor ({@code x[0]} is {@code x.at(0)}, {@code x[x > 0]} is
 * {@code x.get(x.gt(0))}), or a misspelt name
 * ({@code x.tranpose()}: did you mean transpose?), guessed among what JShell itself would complete in its place.
 */
public final class CompileHints {
    private CompileHints() {}

    /** javac's report of a name it does not know, e.g. {@code cannot find symbol / symbol: method nrom(int)}. */
    private static final Pattern UNKNOWN = Pattern.compile("cannot find symbol\\s+symbol:\\s+(method|variable|class) ([\\w$]+)");

    /** A subscript on a name, e.g. {@code r[0]}, as javac refuses it on a tensor: "array required, but … found". */
    private static final Pattern SUBSCRIPT = Pattern.compile("([\\w$][\\w$.]*(?:\\(\\))?)\\[([^\\[\\]]+)]");

    /** The hint for {@code snippet}, which {@code js} rejected, or empty when there is nothing useful to say. */
    public static Optional<String> after(JShell js, Snippet snippet) {
        try {
            return hint(js, snippet);
        } catch (RuntimeException e) {
            return Optional.empty();    // a hint is a courtesy: working it out must never end the learner's session
        }
    }

    private static Optional<String> hint(JShell js, Snippet snippet) {
        String source = snippet.source();
        Optional<String> habit = PythonHabits.hint(source);
        if (habit.isPresent()) return habit;
        for (Diag d : js.diagnostics(snippet).filter(Diag::isError).toList()) {
            String message = d.getMessage(Locale.ROOT);
            if (message.contains("array required, but mlmath.tensor.Tensor found")) {
                Matcher m = SUBSCRIPT.matcher(source);
                if (m.find()) return Optional.of("hint: in Java, " + m.group() + " is " + m.group(1) + subscript(js.sourceCodeAnalysis(), m.group(2).strip()));
            }
            Matcher unknown = UNKNOWN.matcher(message);
            if (unknown.find()) {
                String name = unknown.group(2);
                boolean variable = unknown.group(1).equals("variable");
                // Python's y = ... declares y; Java's needs var.
                if (variable && Pattern.compile("\\s*" + Pattern.quote(name) + "\\s*=(?!=)[\\s\\S]*").matcher(source).matches()) {
                    return Optional.of("hint: declare it first: var " + source.strip());
                }
                return misspelt(js.sourceCodeAnalysis(), source, name, variable);
            }
        }
        return Optional.empty();
    }

    /**
     * The name JShell would complete where {@code name} stands, closest to it: the members of whatever comes before
     * the dot ({@code np.linalg.} for {@code np.linalg.nrom}), or everything in scope for a bare name.
     */
    private static Optional<String> misspelt(SourceCodeAnalysis analysis, String source, String name, boolean asVariable) {
        Matcher use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(source);
        if (!use.find()) return Optional.empty();
        String before = source.substring(0, use.start());
        // Any name is one edit from a bare y or xs (y: "did you mean F?"): those are names not yet declared, not typos.
        // One that is used as a qualifier, a member or a method (nq.zeros, x.sm, f(x)) is still a typo to guess.
        boolean qualified = before.stripTrailing().endsWith(".") || source.substring(use.end()).stripLeading().matches("(?s)[.(].*");
        if (name.length() <= 2 && !qualified) return Optional.empty();
        int[] anchor = new int[1];
        List<String> names = analysis.completionSuggestions(before, before.length(), anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).toList();
        return DidYouMean.among(name, names.stream().map(CompileHints::bare).distinct().toList()).map(guess -> {
            // A field written for a method (x.shap for x.shape()) gets the parentheses it needs.
            boolean method = names.contains(guess + "(") || names.contains(guess + "()");
            return "hint: did you mean " + guess + (asVariable && method ? "()" : "") + "?";
        });
    }

    /** numpy's comparisons as the tensor methods that make a mask: {@code x > 0} is {@code x.gt(0)}. */
    private static final Pattern COMPARISON = Pattern.compile("(.+?)\\s*(>=|<=|==|!=|>|<)\\s*(.+)");
    private static final Map<String, String> COMPARES = Map.of(">", "gt", ">=", "ge", "<", "lt", "<=", "le", "==", "eq", "!=", "ne");

    private static final Set<String> INTEGERS = Set.of("int", "short", "byte", "char", "Integer", "Short", "Byte", "Character");

    /**
     * A subscript as the call that means it: a comparison is the mask it makes ({@code .get(x.gt(0))}), an integer is
     * {@code .at(i)} (numpy's {@code x[i]} in every rank: a row of a matrix, an element as a numpy scalar), anything
     * else an index tensor ({@code .get(idx)}).
     */
    private static String subscript(SourceCodeAnalysis analysis, String inside) {
        Matcher c = COMPARISON.matcher(inside);
        if (c.matches()) return ".get(" + c.group(1) + "." + COMPARES.get(c.group(2)) + "(" + c.group(3) + "))";
        String type = analysis.analyzeType(inside, inside.length());   // null for a void expression
        if ("long".equals(type) || "Long".equals(type)) return ".at((int) " + inside + ")";     // at takes ints
        return (type != null && INTEGERS.contains(type) ? ".at(" : ".get(") + inside + ")";
    }

    /** A completion's name without the parentheses JShell appends to a method ({@code norm(}). */
    private static String bare(String continuation) { return continuation.replaceFirst("\\(\\)?$", ""); }
}

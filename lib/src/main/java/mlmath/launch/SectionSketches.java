package mlmath.launch;

import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import mlmath.learn.ScriptFile;
import mlmath.plot.Figure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section loaded as written ({@code MLMATH_FAST=0}) sketching each figure once, as its fast copy does
 * ({@link FastCopy#rewrite}): a statement's end prints no sketch while a later statement goes on building the figure
 * made last ({@code var fig = plot(...)}, then {@code fig.series(...)}). Figures are known by their type once they
 * ran; a declaration about to run that later statements go on with counts as one (holding where no figure changed
 * holds nothing).
 */
final class SectionSketches {
    /** The variable a statement goes on with ({@code fig.series(...)}) or declares ({@code var fig = ...}). */
    private static final Pattern DECLARED = Pattern.compile("^(?:final\\s+)?[\\w$.]+(?:<[^=;]*>)?(?:\\[])*\\s+([A-Za-z_$][\\w$]*)\\s*=[^=]");

    private final List<String> sources;
    private final String[] declared;
    private int next;       // the section's next snippet to run
    private String figure;  // the variable of the figure made last

    SectionSketches(String script, SourceCodeAnalysis analysis) {
        sources = ScriptFile.split(script, analysis).stream().map(s -> s.source().strip()).toList();
        declared = new String[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            Matcher m = DECLARED.matcher(sources.get(i));
            declared[i] = m.find() ? m.group(1) : null;
        }
    }

    /** After each snippet JShell ran while the section loads: whether the next one's end may print sketches. */
    void ran(SnippetEvent e) {
        // A declared figure, not the value of an expression (fig.series(...) is one too: $12).
        if (e.snippet() instanceof VarSnippet v && v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                && v.typeName().endsWith("Figure")) figure = v.name();
        if (next < sources.size() && sources.get(next).equals(e.snippet().source().strip())) next++;
        boolean hold = next < sources.size()
                && (declared[next] != null && continues(declared[next]) || figure != null && continues(figure));
        Figure.holdSketches(hold);
    }

    /** Whether a snippet after the next one starts with {@code variable.} before the variable is declared again. */
    private boolean continues(String variable) {
        for (int j = next + 1; j < sources.size() && !variable.equals(declared[j]); j++) {
            if (sources.get(j).startsWith(variable + ".")) return true;
        }
        return false;
    }

    /** The load is over: nothing is held any more, and what was is printed. */
    void done() {
        Figure.holdSketches(false);
        Figure.statementEnded();
    }
}

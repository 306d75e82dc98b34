package mlmath.learn;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import mlmath.plot.Figure;
import mlmath.verify.Verifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Check mode: runs section scripts in a primed JShell (in this JVM, so verify results are visible; the launcher makes
 * the run headless), prints each script's output, then one table row per script: verifies passed/failed, snippets
 * that threw or did not compile (with their lines), plots written, wall time. Exit status 1 if anything failed.
 */
public final class Check {
    private Check() {}

    /** What one script did. */
    public record Outcome(String name, int passed, int failed, List<String> problems, int plots, double seconds) {
        public boolean ok() { return failed == 0 && problems.isEmpty(); }
    }

    /** Runs each script with {@code one} after a header naming it and {@code mode}, then prints the table; whether all passed. */
    public static boolean run(List<Path> scripts, String mode, Function<Path, Outcome> one) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path script : scripts) {
            System.out.println("\n=== " + script + mode + " ===");
            outcomes.add(one.apply(script));
        }
        System.out.println();
        System.out.println(table(outcomes));
        return outcomes.stream().allMatch(Outcome::ok);
    }

    /**
     * Runs one script in a fresh JShell primed with {@code startup}. With {@code todosExpected} a {@link mlmath.learn.Todo}
     * that a snippet throws is an unfinished exercise, not a problem.
     */
    public static Outcome run(Path script, String startup, String text, boolean todosExpected) {
        return run(script, startup, text, todosExpected, (snippet, events) -> { });
    }

    /** As {@link #run(Path, String, String, boolean)}, showing {@code observer} each script snippet's events. */
    public static Outcome run(Path script, String startup, String text, boolean todosExpected,
                              BiConsumer<ScriptFile.Snippet, List<SnippetEvent>> observer) {
        long start = System.nanoTime();
        int verifiesBefore = Verifier.results().size(), plotsBefore = Figure.saved();
        List<String> problems = new ArrayList<>();
        try (JShell js = Headless.jshell(System.out, System.err)) {
            evalAll(js, "startup.jsh", startup, problems, false, (snippet, events) -> { });
            evalAll(js, script.getFileName().toString(), text, problems, todosExpected, observer);
        }
        problems.addAll(Figure.awaitPlots(60));
        List<Verifier.Result> results = Verifier.results();
        results = results.subList(verifiesBefore, results.size());
        int passed = (int) results.stream().filter(Verifier.Result::passed).count();
        return new Outcome(script.getFileName().toString().replaceFirst("\\.jsh$", ""), passed, results.size() - passed, problems,
                Figure.saved() - plotsBefore, (System.nanoTime() - start) / 1e9);
    }

    private static void evalAll(JShell js, String file, String text, List<String> problems, boolean todosExpected,
                                BiConsumer<ScriptFile.Snippet, List<SnippetEvent>> observer) {
        for (ScriptFile.Snippet s : ScriptFile.split(text, js.sourceCodeAnalysis())) {
            List<SnippetEvent> events = new ArrayList<>();
            if (!TimeLimit.eval(js, s.source(), TimeLimit.seconds(), events)) {
                problems.add(file + ":" + s.line() + " " + TimeLimit.message());
                System.out.println("!! " + file + ":" + s.line() + " " + TimeLimit.message());
            }
            observer.accept(s, events);
            for (SnippetEvent e : events) {
                if (e.causeSnippet() != null) continue;
                String where = file + ":" + s.line();
                String thrown = e.exception() instanceof jdk.jshell.EvalException ee ? ee.getExceptionClassName() : null;
                if (e.exception() != null && !(todosExpected && Todo.class.getName().equals(thrown))) {
                    String msg = e.exception().getMessage();
                    String kind = thrown != null ? simple(thrown) : "exception";
                    problems.add(where + " threw " + kind + ": " + msg);
                    System.out.println("!! " + where + " threw " + kind + ": " + msg);
                } else if (e.status() == Snippet.Status.REJECTED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    StringBuilder d = new StringBuilder();
                    js.diagnostics(e.snippet()).filter(Diag::isError)
                            .forEach(x -> d.append(x.getMessage(Locale.ROOT).replaceAll("\\s*\\R\\s*", " ")).append("; "));
                    String msg = d.length() > 0 ? d.toString()
                            : e.snippet() instanceof DeclarationSnippet ds
                            ? "cannot find " + String.join(", ", js.unresolvedDependencies(ds).toList()) : "rejected";
                    problems.add(where + " does not compile: " + msg);
                    System.out.println("!! " + where + " does not compile: " + msg);
                }
            }
        }
    }

    private static String simple(String className) { return className.substring(className.lastIndexOf('.') + 1); }

    /** The per-section summary table. */
    public static String table(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-26s %8s %7s %7s %6s %8s%n";
        sb.append(String.format(Locale.ROOT, fmt, "section", "verify✓", "verify✗", "threw", "plots", "time"));
        int bad = 0;
        for (Outcome o : outcomes) {
            sb.append(String.format(Locale.ROOT, fmt, o.name(), o.passed(), o.failed(), o.problems().size(), o.plots(),
                    String.format(Locale.ROOT, "%.1fs", o.seconds())));
            for (String p : o.problems()) sb.append("    ").append(p).append('\n');
            if (!o.ok()) bad++;
        }
        sb.append(outcomes.size() - bad).append(" passed, ").append(bad).append(" failed");
        return sb.toString();
    }
}

package mlmath.learn;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import mlmath.verify.Verifier;

import mlmath.learn.cases.Case;
import mlmath.learn.cases.Catalog;
import mlmath.learn.cases.RandomCheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;

/**
 * Grades a learner's work file headless, nbgrader-style: each exercise is done when the verifies written after it (up
 * to the next exercise; those of the next stretch that has some when none is) all ran and passed, and its own stub
 * never threw. So
 * credit comes only from the learner's code: a stub throws before any verify of its span can run.
 */
public final class Grade {
    private Grade() {}

    /**
     * One exercise's state and the verify results that decided it: {@code written} when it is not a stub and was not
     * cut off; {@code problem} says what stopped it short of being graded (an endless loop cut off at the time limit),
     * else null; {@code cases} its random cases, when it declares some and is not a stub.
     */
    public record Item(String name, boolean done, boolean written, int passed, int verifies, List<String> hints, String problem,
                       RandomCheck.Outcome cases) implements java.io.Serializable {}

    /** A graded work file: its exercises, and the lines that did not compile ({@code line 12: ';' expected}). */
    public record Report(List<Item> items, List<String> notCompiling) implements java.io.Serializable {
        /** How many exercises are done. */
        public int done() { return (int) items.stream().filter(Item::done).count(); }
    }

    /** A verify that ran, and the script line of the snippet that called it. */
    private record Ran(int line, Verifier.Result result) {}

    /** Runs {@code work} (output discarded) in a fresh JShell primed with {@code startup} and grades its exercises. */
    public static Report of(String work, String startup, List<Exercise.Region> regions) {
        List<Ran> verifies = new ArrayList<>();
        List<String> todo = new ArrayList<>(), broken = new ArrayList<>();
        List<Integer> cutOff = new ArrayList<>();
        Map<String, RandomCheck.Outcome> cases = new HashMap<>();
        // verify reports go to System.out, which is silenced while the work file runs.
        Silently.call(() -> {
            run(work, startup, regions, verifies, todo, broken, cutOff, cases);
            return null;
        });
        List<Item> items = new ArrayList<>();
        String[] lines = work.split("\n", -1);
        for (int i = 0; i < regions.size(); i++) {
            Exercise.Region r = regions.get(i);
            // The verifies written after this exercise and before the next one; where none is written there, those
            // of the next stretch that has some (05's optimizer steps are verified together, further down).
            int j = i;
            while (j + 1 < regions.size() && !writesVerify(lines, regions.get(j).lastLine(), regions.get(j + 1).firstLine())) j++;
            int from = regions.get(j).lastLine(), to = j + 1 < regions.size() ? regions.get(j + 1).firstLine() : Integer.MAX_VALUE;
            List<Verifier.Result> span = verifies.stream().filter(v -> v.line() > from && v.line() < to).map(Ran::result).toList();
            // A stub: it threw its TODO, or it is still the stub (whatever ran it, the random cases only).
            boolean stubbed = todo.stream().anyMatch(m -> m.startsWith("TODO: implement " + r.name() + " "))
                    || r.code().contains("throw new " + Todo.class.getName() + "(\"" + r.name() + "\")");
            int passed = (int) span.stream().filter(Verifier.Result::passed).count();
            boolean loops = cutOff.stream().anyMatch(line -> line > r.firstLine() && line < to);
            RandomCheck.Outcome random = cases.get(r.name());
            boolean endless = loops || random != null && random.report().equals(List.of(RandomCheck.CUT_OFF));
            String problem = endless ? r.name() + " " + TimeLimit.message() : null;
            boolean done = !stubbed && !endless && !span.isEmpty() && passed == span.size() && (random == null || random.passed());
            items.add(new Item(r.name(), done, !stubbed && !endless, passed, span.size(), r.hints(), problem, stubbed ? null : random));
        }
        return new Report(List.copyOf(items), List.copyOf(broken));
    }

    /**
     * Evaluates the work file snippet by snippet, collecting verifies (with their lines), stubs that threw, lines that
     * do not compile, and the lines of snippets stopped at the time limit.
     */
    private static void run(String work, String startup, List<Exercise.Region> regions, List<Ran> verifies, List<String> todo,
                            List<String> broken, List<Integer> cutOff, Map<String, RandomCheck.Outcome> cases) {
        // The exercise methods a snippet stopped at the limit called: every later call runs for a second at most, so a
        // loop costs the limit once, not once per snippet that calls it (an endless softmax took 03's grade 100 s).
        // A method declared there that calls a looping one loops too (03's cross_entropy calls softmax). An exercise
        // method a finished snippet called is never counted as looping: in verify(f(g(x))) only the one not seen to
        // finish is blamed, and a method that loops on some inputs only keeps the whole limit.
        Set<String> looping = new HashSet<>(), finished = new HashSet<>();
        Map<String, String> declared = new HashMap<>();
        try (JShell js = Headless.primed(startup, Silently.NOWHERE, Silently.NOWHERE)) {
            for (ScriptFile.Snippet s : ScriptFile.split(work, js.sourceCodeAnalysis())) {
                int before = Verifier.results().size();
                List<SnippetEvent> events = new ArrayList<>();
                Optional<Exercise.Method> declaration = Exercise.Method.of(s.source());
                declaration.ifPresent(m -> declared.put(m.name(), s.source()));
                boolean inTime = TimeLimit.eval(js, s.source(),
                        limit(loops(looping, finished, declared).stream().anyMatch(m -> calls(s.source(), m))), events);
                if (!inTime) cutOff.add(s.line());
                // A declaration names the methods it calls but runs none of them.
                for (Exercise.Region r : regions) {
                    r.method().filter(m -> calls(s.source(), m) && (!inTime || declaration.isEmpty())).ifPresent(inTime ? finished::add : looping::add);
                }
                for (SnippetEvent e : events) {
                    if (e.exception() instanceof EvalException ee && ee.getExceptionClassName().equals(Todo.class.getName())) {
                        todo.add(ee.getMessage());
                    }
                    if (e.causeSnippet() == null && e.status() == jdk.jshell.Snippet.Status.REJECTED) {
                        js.diagnostics(e.snippet()).filter(jdk.jshell.Diag::isError).findFirst().ifPresent(d -> broken.add(
                                "line " + s.line() + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse("does not compile")));
                    }
                }
                List<Verifier.Result> all = Verifier.results();
                for (Verifier.Result r : all.subList(before, all.size())) verifies.add(new Ran(s.line(), r));
            }
            for (Exercise.Region r : regions) {
                double limit = limit(r.method().filter(loops(looping, finished, declared)::contains).isPresent());
                Catalog.find(r.name()).ifPresent(c -> cases.put(r.name(), randomCases(js, r, c, limit)));
            }
        }
    }

    /** How long a snippet that calls a method already cut off at the limit may run. */
    private static final double AFTER_A_LOOP = 2;

    private static double limit(boolean callsALoop) { return callsALoop ? Math.min(AFTER_A_LOOP, TimeLimit.seconds()) : TimeLimit.seconds(); }

    /** The methods that loop: those cut off, and every method declared that calls one of them, but none seen to finish. */
    private static Set<String> loops(Set<String> looping, Set<String> finished, Map<String, String> declared) {
        Set<String> out = new HashSet<>(looping);
        out.removeAll(finished);
        for (boolean grew = !out.isEmpty(); grew; ) {
            grew = false;
            for (Map.Entry<String, String> d : declared.entrySet()) {
                String name = d.getKey();
                if (!out.contains(name) && !finished.contains(name) && out.stream().anyMatch(m -> calls(d.getValue(), m))) {
                    grew |= out.add(name);
                }
            }
        }
        return out;
    }

    /** Whether {@code source} calls a method named {@code method}. */
    private static boolean calls(String source, String method) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(method) + "\\s*\\(").matcher(source).find();
    }

    /**
     * Runs an exercise's random cases in the JShell that ran the work file, calling the learner's method as the case
     * declares or, by default, with the arguments cast to the method's parameter types.
     */
    private static RandomCheck.Outcome randomCases(JShell js, Exercise.Region r, Case c, double seconds) {
        Optional<Exercise.Method> m = Exercise.Method.of(r.code());
        if (m.isEmpty()) return RandomCheck.failed(r.name(), "its code is not one method, so its random cases cannot call it");
        List<String> names = c.argNames().isEmpty() ? m.get().parameterNames() : c.argNames();
        String call = c.call().orElseGet(() -> {
            List<String> types = m.get().parameterTypes();
            StringBuilder sb = new StringBuilder("a -> ").append(m.get().name()).append('(');
            for (int i = 0; i < types.size(); i++) sb.append(i == 0 ? "" : ", ").append('(').append(types.get(i)).append(") a[").append(i).append(']');
            return sb.append(')').toString();
        });
        String source = RandomCheck.class.getName() + ".run(\"" + r.name() + "\", new String[] {"
                + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + "}, " + call + ");";
        int before = RandomCheck.outcomes().size();
        List<SnippetEvent> events = new ArrayList<>();
        if (!TimeLimit.eval(js, source, seconds, events)) return RandomCheck.failed(r.name(), RandomCheck.CUT_OFF);
        List<RandomCheck.Outcome> after = RandomCheck.outcomes();
        if (after.size() > before) return after.get(after.size() - 1);
        String why = events.stream().filter(e -> e.status() == jdk.jshell.Snippet.Status.REJECTED).findFirst()
                .flatMap(e -> js.diagnostics(e.snippet()).filter(jdk.jshell.Diag::isError).findFirst())
                .map(d -> d.getMessage(Locale.ROOT).lines().findFirst().orElse("does not compile"))
                .orElse("it did not run");
        return RandomCheck.failed(r.name(), "its random cases cannot call " + m.get().name() + ": " + why);
    }

    /** Whether any line strictly between two (1-based) lines calls verify. */
    private static boolean writesVerify(String[] lines, int after, int before) {
        for (int l = after; l < Math.min(before - 1, lines.length); l++) if (lines[l].contains("verify(")) return true;
        return false;
    }

    /**
     * One line per exercise and a score line: {@code softmax  ✓ done (2/2 verifies, 24/24 random cases)}. Under an
     * exercise that is written but wrong: the mistake it makes, when it is a usual one, and its smallest failing case.
     */
    public static String table(String section, Report report) {
        StringBuilder sb = new StringBuilder();
        for (Item it : report.items()) {
            String counts = it.passed() + "/" + it.verifies() + " verifies" + (it.cases() == null ? "" : ", " + it.cases().count());
            sb.append(String.format(Locale.ROOT, "  %-26s %s%n", it.name(), it.done()
                    ? Verifier.mark(true) + " done (" + counts + ")"
                    : "· to do" + (it.problem() != null ? ": " + it.problem() : it.verifies() > 0 || it.cases() != null ? " (" + counts + " pass)" : "")
                      + " — hint(\"" + it.name() + "\")"));
            if (!it.done() && it.written() && it.cases() != null && !it.cases().passed()) {
                if (it.cases().mistake() != null) sb.append("      ").append(it.cases().mistake()).append('\n');
                for (String line : it.cases().report()) sb.append("      ").append(line.replace("\n", "\n      ")).append('\n');
            }
        }
        for (String b : report.notCompiling()) sb.append("  does not compile, ").append(b).append('\n');
        sb.append(String.format(Locale.ROOT, "%s: %d/%d exercises", section, report.done(), report.items().size()));
        return sb.toString();
    }
}

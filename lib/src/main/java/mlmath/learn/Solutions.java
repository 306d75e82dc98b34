package mlmath.learn;

import mlmath.learn.cases.Catalog;
import mlmath.verify.Verifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code check --solutions}, the maintainer's check of every exercise (rustlings validates its exercise list the same
 * way): its markers well formed, one method, two hints, a name used once and random cases declared; the section's own
 * code (the reference solution) done, random cases included; its stub not done.
 */
public final class Solutions {
    private Solutions() {}

    private static final Pattern MARKER = Pattern.compile("^[ \\t]*// exercise:.*$");

    /** Checks the exercises of {@code sections}, prints a line per exercise and the problems; whether all is well. */
    public static boolean run(String startup, List<Path> sections) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        Catalog.all().forEach(c -> declared.add(c.exercise()));
        int exercises = 0, good = 0;
        for (Path section : sections) {
            String name = section.getFileName().toString().replaceFirst("\\.jsh$", "");
            String text = ScriptFile.read(section);
            List<Exercise.Region> regions = Exercise.regions(text);
            problems.addAll(markers(name, text, regions));
            for (Exercise.Region r : regions) {
                String where = name + ":" + r.firstLine() + " " + r.name();
                String before = seen.put(r.name(), name);
                if (before != null) problems.add(where + ": the name is taken by an exercise of " + before);
                if (r.hints().size() < 2) problems.add(where + ": " + r.hints().size() + " hint" + (r.hints().size() == 1 ? "" : "s") + ", needs two");
                if (r.method().isEmpty()) problems.add(where + ": its code is not one method, so it cannot be stubbed");
                if (!declared.remove(r.name())) problems.add(where + ": no random cases declared (mlmath.learn.cases)");
            }
            if (regions.isEmpty()) continue;
            exercises += regions.size();
            long start = System.nanoTime();
            Grade.Report solved = Grade.of(text, startup, regions);
            Grade.Report stubbed = Grade.of(Exercise.stub(text), startup, regions);
            System.out.printf(Locale.ROOT, "%s (%.0f s)%n", name, (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < regions.size(); i++) {
                Grade.Item ok = solved.items().get(i), stub = stubbed.items().get(i);
                boolean fine = ok.done() && !stub.done();
                if (fine) good++;
                System.out.printf(Locale.ROOT, "  %s %-28s solution %s, stub %s%n", Verifier.mark(fine), ok.name(),
                        ok.done() ? "passes" : "FAILS", stub.done() ? "PASSES" : "fails");
                if (!ok.done()) {
                    problems.add(name + " " + ok.name() + ": the reference solution is not done" + (ok.problem() != null ? ": " + ok.problem() : ""));
                    System.out.print(Grade.table(name, new Grade.Report(List.of(ok), solved.notCompiling())).lines()
                            .filter(l -> l.startsWith("      ") || l.startsWith("  does not compile")).map(l -> "  " + l + "\n").reduce("", String::concat));
                }
                if (stub.done()) problems.add(name + " " + ok.name() + ": its stub passes, so a learner gets credit for nothing");
            }
        }
        if (!declared.isEmpty() && !sections.isEmpty()) declared.removeAll(exercisesBeside(sections.get(0)));   // checked one section: the others' are not orphans
        for (String orphan : declared) problems.add(orphan + ": random cases declared for an exercise no section has");
        System.out.println();
        problems.forEach(p -> System.out.println("!! " + p));
        System.out.println(exercises + " exercises, " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        System.out.println(good + " passed, " + problems.size() + " failed");
        return problems.isEmpty();
    }

    /** A marker line that opens no region (no {@code // end} before the next marker), as one problem each. */
    private static List<String> markers(String name, String text, List<Exercise.Region> regions) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Set<Integer> opened = new LinkedHashSet<>();
        regions.forEach(r -> opened.add(r.firstLine()));
        for (int i = 0; i < lines.length; i++) {
            if (MARKER.matcher(lines[i]).matches() && !opened.contains(i + 1)) {
                out.add(name + ":" + (i + 1) + ": '" + lines[i].strip() + "' has no // end before the next exercise or the end of the file");
            }
        }
        return out;
    }

    /** The names of the exercises in every section script beside {@code section} (its folder's .jsh files). */
    private static Set<String> exercisesBeside(Path section) {
        Set<String> names = new LinkedHashSet<>();
        Path dir = section.toAbsolutePath().getParent();
        try (var files = java.nio.file.Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".jsh"))
                    .forEach(f -> Exercise.regions(ScriptFile.read(f)).forEach(r -> names.add(r.name())));
        } catch (java.io.IOException e) {
            return names;
        }
        return names;
    }
}

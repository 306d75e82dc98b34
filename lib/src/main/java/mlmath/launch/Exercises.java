package mlmath.launch;

import mlmath.check.Exercise;
import mlmath.check.ScriptFile;
import mlmath.learn.Grade;
import mlmath.learn.WorkFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/** The exercise verbs: open a work file in the REPL, watch it, grade it, show progress, reset one exercise. */
final class Exercises {
    private Exercises() {}

    /** The section's work file, made on first use and never overwritten; what to do next is said in a few lines. */
    static Path open(Workspace ws, Path section) {
        boolean fresh = !Files.exists(ws.work().resolve(section.getFileName()));
        Path file = WorkFiles.open(ws.work(), section);
        List<String> names = Exercise.names(ScriptFile.read(section));
        String rel = ws.root().relativize(file).toString();
        System.err.println((fresh ? "Made " : "Reopened ") + rel + ": your copy of the section, kept between sessions ("
                + (names.isEmpty() ? "this section has no exercises" : "exercises: " + String.join(", ", names)) + ").");
        System.err.println("Write each stubbed body there (re-declaring one at the prompt tries it out); hint(\"NAME\")"
                + " helps. Keep ./run.sh watch " + Workspace.name(section).substring(0, 2) + " open in another terminal to see"
                + " each exercise turn ✓ as you save.");
        return loadable(ws, file);
    }

    /**
     * What the REPL loads: the work file rewritten so that lines needing an unfinished exercise are skipped with one
     * summary instead of a cascade of errors ({@link FastCopy#forExercises}); the work file itself if that fails.
     */
    private static Path loadable(Workspace ws, Path work) {
        String plots = System.getProperty("mlmath.plots"), headless = System.getProperty("mlmath.headless");
        List<String> broken = new java.util.ArrayList<>();
        try {
            System.setProperty("mlmath.headless", "true");
            System.setProperty("mlmath.plots", Files.createTempDirectory("mlmath-exercise").toString());
            String text = mlmath.check.Silently.call(() -> FastCopy.forExercises(work, ScriptFile.read(ws.startup()), broken));
            Path copy = ws.caches().resolve("exercise").resolve(work.getFileName());
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, text);
            return copy;
        } catch (IOException | RuntimeException e) {
            return work;
        } finally {
            mlmath.verify.Verifier.clearResults();
            Repl.restore("mlmath.plots", plots);
            Repl.restore("mlmath.headless", headless);
            // The file is the learner's: say where it no longer compiles, and change nothing.
            for (String b : broken) System.err.println("work/" + b);
        }
    }

    private static List<Grade.Item> grade(Workspace ws, Path section, Path work) {
        return grade(ScriptFile.read(work), ScriptFile.read(ws.startup()));
    }

    /**
     * After an exercise session: each exercise whose method the learner declared at the prompt goes into the work file
     * when the work file with it passes that exercise's verifies (the old file kept as .bak); one line says what
     * happened to each.
     */
    static void keep(Workspace ws, Path section, Path work, List<String> typed) {
        if (typed.isEmpty() || !Files.exists(work)) return;
        System.setProperty("mlmath.headless", "true");
        String text = ScriptFile.read(work), startup = ScriptFile.read(ws.startup());
        boolean changed = false;
        for (Exercise.Region r : Exercise.regions(text)) {
            String candidate = null;
            for (String entry : typed) candidate = WorkFiles.withSolution(text, r.name(), entry).orElse(candidate);
            if (candidate == null) continue;
            boolean done = grade(candidate, startup).stream().anyMatch(i -> i.name().equals(r.name()) && i.done());
            if (done) {
                text = candidate;
                changed = true;
                System.out.println("kept your " + r.name() + " from the prompt in " + ws.root().relativize(work) + " " + mlmath.verify.Verifier.mark(true));
            } else {
                System.out.println("your " + r.name() + " from the prompt does not pass its verifies yet: not written to "
                        + ws.root().relativize(work) + " (/history in JShell still has it)");
            }
        }
        if (!changed) return;
        try {
            Files.copy(work, work.resolveSibling(work.getFileName() + ".bak"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(work, text);
        } catch (IOException e) {
            System.out.println("could not write " + work + ": " + e.getMessage());
        }
    }

    private static List<Grade.Item> grade(String work, String startup) {
        return Grade.of(work, startup, Exercise.regions(work));
    }

    /** {@code check --work [SECTION|all]}: grades the work files; exit 1 while any exercise is open. */
    static int grade(Workspace ws, List<String> targets) {
        if (targets.size() > 1) throw new UsageException("check --work takes one section or 'all'");
        System.setProperty("mlmath.headless", "true");
        List<Path> sections = targets.isEmpty() || targets.get(0).equals("all") ? ws.sections() : List.of(ws.section(targets.get(0)));
        int done = 0, total = 0;
        for (Path s : sections) {
            if (Exercise.names(ScriptFile.read(s)).isEmpty()) continue;
            Path work = ws.work().resolve(s.getFileName());
            List<Grade.Item> items = Files.exists(work) ? grade(ws, s, work) : null;
            int n = Exercise.names(ScriptFile.read(s)).size();
            total += n;
            if (items == null) {
                System.out.println(Workspace.name(s) + ": 0/" + n + " exercises (no work file: ./run.sh exercise " + Workspace.name(s).substring(0, 2) + ")");
                continue;
            }
            done += (int) items.stream().filter(Grade.Item::done).count();
            System.out.println(Grade.table(Workspace.name(s), items));
        }
        System.out.println("score: " + done + "/" + total);
        return done == total ? 0 : 1;
    }

    /** {@code progress}: every section's exercises done or to do, the build's five rows, and the next thing to do. */
    static int progress(Workspace ws) {
        System.setProperty("mlmath.headless", "true");
        int done = 0, total = 0, buildDone = 0, buildTotal = 0;
        String next = null;
        for (Path s : ws.sections()) {
            String name = Workspace.name(s);
            List<String> names = Exercise.names(ScriptFile.read(s));
            if (names.isEmpty()) {
                System.out.printf("  %-28s no exercises%n", name);
                continue;
            }
            Path work = ws.work().resolve(s.getFileName());
            List<Grade.Item> items = Files.exists(work) ? grade(ws, s, work) : List.of();
            int d = (int) items.stream().filter(Grade.Item::done).count();
            done += d;
            total += names.size();
            if (name.startsWith("06")) {
                buildDone = d;
                buildTotal = names.size();
            }
            String open = items.isEmpty() ? names.get(0) : items.stream().filter(i -> !i.done()).map(Grade.Item::name).findFirst().orElse(null);
            System.out.printf("  %-28s %d/%d%s%n", name, d, names.size(), items.isEmpty() ? "  (not started)" : "");
            if (next == null && open != null) next = open + " in " + name + " (./run.sh exercise " + name.substring(0, 2) + ")";
        }
        String quiz = mlmath.learn.Quiz.latest(ws.work().resolve("quiz.txt"));
        System.out.println(done + "/" + total + " exercises, build " + buildDone + "/" + buildTotal + ", "
                + (quiz == null ? "quiz not taken (./run.sh quiz)" : quiz) + (next == null ? " — all done" : " — next: " + next));
        return 0;
    }

    /** {@code reset SECTION NAME}: one exercise's stub back in the work file, the old file kept as .bak. */
    static int reset(Workspace ws, Path section, String name) {
        Path work = ws.work().resolve(section.getFileName());
        if (!Files.exists(work)) throw new UsageException("no work file for " + Workspace.name(section) + " yet: ./run.sh exercise " + Workspace.name(section).substring(0, 2));
        List<String> names = Exercise.names(ScriptFile.read(section));
        if (!names.contains(name)) throw new UsageException("no exercise '" + name + "' in " + Workspace.name(section) + "; it has: " + String.join(", ", names));
        if (!WorkFiles.reset(work, section, name)) {
            throw new UsageException("the work file no longer marks '" + name + "' with // exercise: … // end; the file is unchanged");
        }
        System.out.println("reset " + name + " in " + ws.root().relativize(work) + " (the previous file is " + work.getFileName() + ".bak)");
        return 0;
    }

    /** {@code watch SECTION}: grades the work file now and after every save, until Ctrl-C. */
    static int watch(Workspace ws, Path section) {
        System.setProperty("mlmath.headless", "true");
        Path work = WorkFiles.open(ws.work(), section);
        System.out.println("watching " + ws.root().relativize(work) + " (Ctrl-C stops)");
        FileTime seen = null;
        while (true) {
            try {
                FileTime now = Files.getLastModifiedTime(work);
                if (!now.equals(seen)) {
                    seen = now;
                    List<Grade.Item> items = grade(ws, section, work);
                    System.out.println();
                    System.out.println(Grade.table(Workspace.name(section), items));
                    items.stream().filter(i -> !i.done()).findFirst().ifPresentOrElse(
                            i -> System.out.println("next: " + i.name() + " — write it in " + ws.root().relativize(work) + " and save"),
                            () -> System.out.println("all done in this section: ./run.sh progress shows the rest"));
                }
                Thread.sleep(500);
            } catch (IOException e) {
                System.out.println("cannot read " + work + ": " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                return 0;
            }
        }
    }
}

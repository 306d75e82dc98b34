package mlmath.launch;

import mlmath.internal.TempFolder;
import mlmath.internal.Settings;
import mlmath.learn.Exercise;
import mlmath.learn.ScriptFile;
import mlmath.learn.Grade;
import mlmath.learn.GradeCache;
import mlmath.learn.Progress;
import mlmath.learn.Journal;
import mlmath.learn.SafeWrite;
import mlmath.learn.Solutions;
import mlmath.learn.WorkFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The exercise verbs: open a work file in the REPL, watch it, grade it, show progress, reset one exercise. Each of them
 * first recovers what a killed session left in its journal ({@link #recover}).
 */
final class Exercises {
    private Exercises() {}

    /**
     * The section's work file, made on first use and never overwritten; what to do next is said in a few lines.
     * Null (after one line saying why) when it cannot be made.
     */
    static Path open(Workspace ws, Path section) {
        recover(ws);
        Path target = ws.work().resolve(section.getFileName());
        boolean fresh = !Files.exists(target);
        Path file;
        try {
            file = WorkFiles.open(ws.work(), section);
        } catch (IOException | RuntimeException e) {
            System.err.println("cannot make " + ws.root().relativize(target) + ": " + SafeWrite.reason(e));
            return null;
        }
        List<String> names = Exercise.names(ScriptFile.read(section));
        String rel = ws.root().relativize(file).toString();
        mlmath.internal.WordWrap.message((fresh ? "Made " : "Reopened ") + rel + ": your copy of the section, kept between sessions ("
                + (names.isEmpty() ? "this section has no exercises" : "exercises: " + String.join(", ", names)) + ").").forEach(System.err::println);
        mlmath.internal.WordWrap.message("Write each stubbed body there (re-declaring one at the prompt tries it out); hint(\"NAME\")"
                + " helps. Keep ./run.sh watch " + Workspace.name(section).substring(0, 2) + " open in another terminal to see"
                + " each exercise turn ✓ as you save.").forEach(System.err::println);
        return loadable(ws, section, file);
    }

    /**
     * What the REPL loads: the work file rewritten so that lines needing an unfinished exercise are skipped with one
     * summary instead of a cascade of errors ({@link FastCopy#forExercises}); the work file itself if that fails. The
     * copy is kept, keyed by the work file, start-up and jar: a work file that did not change since the last session
     * opens as fast as its section. One changed inside its exercises only is rewritten from its section's snippets
     * ({@link ExerciseCopy}); any other is run once to learn what its snippets are.
     */
    private static Path loadable(Workspace ws, Path section, Path work) {
        String startup = ScriptFile.read(ws.startup()), text = ScriptFile.read(work), jar = StartCache.jarDigest(ws);
        Path copy = ws.caches().resolve("exercise").resolve(work.getFileName());
        String key = "// mlmath exercise copy " + StartCache.digest((text + "\0" + startup + "\0" + jar)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            List<String> kept = Files.readAllLines(copy);
            if (!kept.isEmpty() && kept.get(0).equals(key)) {
                kept.stream().filter(l -> l.startsWith(BROKEN)).forEach(l -> System.err.println(l.substring(BROKEN.length())));
                return copy;
            }
        } catch (IOException | RuntimeException e) {
            // No copy yet, or one that cannot be read: made anew below.
        }
        List<String> broken = new java.util.ArrayList<>();
        // The rewrite's run is unseen: its plots go, without a window, to a folder of their own.
        try (TempFolder plots = TempFolder.create("mlmath-exercise");
             Settings.Scope unseen = Settings.use(Settings.current().withHeadless().withPlots(plots.path()))) {
            String name = work.getFileName().toString();
            String body = ExerciseCopy.of(ws, section, FastCopy.key(ws, section, jar), name, text, startup, broken)
                    .orElseGet(() -> mlmath.learn.Silently.call(() -> FastCopy.forExercises(work, startup, broken)));
            StringBuilder header = new StringBuilder(key).append('\n');
            broken.forEach(b -> header.append(BROKEN).append("work/").append(b).append('\n'));
            Files.createDirectories(copy.getParent());
            Path part = copy.resolveSibling(copy.getFileName() + ".part");
            Files.writeString(part, header + body);
            Files.move(part, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException | RuntimeException e) {
            return work;
        } finally {
            mlmath.verify.Verifier.clearResults();
            // The file is the learner's: say where it no longer compiles, and change nothing.
            for (String b : broken) System.err.println("work/" + b);
        }
    }

    /** Marks a line of the kept copy that says where the work file does not compile (a comment to JShell). */
    private static final String BROKEN = "// does not compile: ";

    private static Grade.Report grade(Workspace ws, Path work) {
        try {
            WorkFiles.upgrade(work);
        } catch (IOException e) {
            // Graded as it is: its old stubs then do not compile, and the table says so.
        }
        String text = ScriptFile.read(work);
        Grade.Report report = new GradeCache(ws.caches().resolve("grades")).of(text, ScriptFile.read(ws.startup()));
        new Progress(ws.work()).graded(text, report);
        return report;
    }

    /**
     * Keeps what was typed at a prompt: each exercise of the section whose method was declared there goes into the work
     * file when the work file with it passes that exercise's verifies. The file is changed under {@link SafeWrite}'s
     * lock, merged into what is on disk then (another session may have just kept its own), made anew from the stubs if
     * it went missing; one line says what happened to each. Returns whether every exercise method typed was kept.
     */
    static boolean keep(Workspace ws, Path section, List<String> typed, String verb, String when) {
        Path work = ws.work().resolve(section.getFileName());
        String startup = ScriptFile.read(ws.startup()), stubs = Exercise.stub(ScriptFile.read(section));
        Map<String, String> methods = new java.util.LinkedHashMap<>();
        for (Exercise.Region r : Exercise.regions(stubs)) r.method().ifPresent(m -> methods.put(r.name(), m));
        List<String> lines = new java.util.ArrayList<>();
        boolean[] allKept = {true};
        Map<String, Grade.Report> graded = new java.util.LinkedHashMap<>();
        String rel = ws.root().relativize(work).toString();
        try {
            SafeWrite.update(work, before -> {
                lines.clear();
                graded.clear();
                allKept[0] = true;
                String start = before.isBlank() ? stubs : before, text = start;
                for (Map.Entry<String, String> m : methods.entrySet()) {
                    String candidate = null;
                    for (String entry : typed) candidate = WorkFiles.withSolution(text, m.getKey(), m.getValue(), entry).orElse(candidate);
                    if (candidate == null || candidate.equals(text)) continue;
                    Grade.Report report = Grade.of(candidate, startup, Exercise.regions(candidate));
                    graded.put(candidate, report);
                    boolean done = report.items().stream().anyMatch(i -> i.name().equals(m.getKey()) && i.done());
                    if (done) {
                        text = candidate;
                        lines.add(verb + " your " + m.getKey() + when + " in " + rel + " " + mlmath.verify.Verifier.mark(true));
                    } else {
                        allKept[0] = false;
                        lines.add("your " + m.getKey() + when + " does not pass its verifies and random cases yet: not written to " + rel);
                    }
                }
                return text.equals(start) ? before : text;   // a missing work file is made only to hold a solution
            });
        } catch (IOException | RuntimeException e) {
            lines.forEach(System.out::println);
            System.out.println("could not write " + rel + ": " + SafeWrite.reason(e) + "; the file is as it was");
            return false;
        }
        // Recorded once the work file's lock is released: the progress record takes the same lock.
        Progress progress = new Progress(ws.work());
        graded.forEach(progress::graded);
        lines.forEach(System.out::println);
        return allKept[0];
    }

    /** Whether a typed snippet declares one of the section's exercise methods, the only snippets {@link #keep} writes. */
    static Predicate<String> declaresExercise(Path section) {
        Set<String> methods = new java.util.HashSet<>();
        for (Exercise.Region r : Exercise.regions(Exercise.stub(ScriptFile.read(section)))) r.method().ifPresent(methods::add);
        return typed -> Exercise.Method.of(typed).map(m -> methods.contains(m.name())).orElse(false);
    }

    /**
     * Recovers the journals of sessions that were killed (SIGKILL, a power cut): what passes is kept as /exit keeps it,
     * with one line each ({@code recovered your kl from the session that ended 23:14 in work/03-probability.jsh}). A
     * journal with something that could not be kept is filed under its end time in {@code work/journal/}, and one line
     * says where, and so is one with anything else typed (a line that is not an exercise): JShell's history, which
     * keeps such lines after /exit, was not saved by a killed session.
     */
    static void recover(Workspace ws) {
        for (Journal.Left left : Journal.left(ws.work())) {
            java.time.LocalDateTime ended = Journal.ended(left.file());
            String at = DateTimeFormatter.ofPattern(ended.toLocalDate().equals(java.time.LocalDate.now()) ? "HH:mm" : "MMM d HH:mm", Locale.ROOT).format(ended);
            String when = " from the session that ended " + at;
            Path section = ws.sections().stream().filter(s -> Workspace.name(s).equals(left.section())).findFirst().orElse(null);
            // Kept only when all of it is in the work file: a killed session saved nothing to JShell's history either.
            boolean kept = left.entries().isEmpty() || section != null && keep(ws, section, left.entries(), "recovered", when)
                    && left.entries().stream().allMatch(declaresExercise(section));
            if (kept) {
                left.delete();
            } else {
                left.archive().ifPresent(p -> System.out.println("what you typed in the session that ended " + at + " is in "
                        + ws.root().relativize(p.toAbsolutePath())));
            }
        }
    }

    /** {@code check --work [SECTION|all]}: grades the work files; exit 1 while any exercise is open. */
    static int grade(Workspace ws, List<String> targets) {
        if (targets.size() > 1) throw new UsageException("check --work takes one section or 'all'");
        recover(ws);
        List<Path> sections = targets.isEmpty() || targets.get(0).equals("all") ? ws.sections() : List.of(ws.section(targets.get(0)));
        int done = 0, total = 0;
        for (Path s : sections) {
            List<String> names = Exercise.names(ScriptFile.read(s));
            if (names.isEmpty()) continue;
            Path work = ws.work().resolve(s.getFileName());
            total += names.size();
            if (!Files.exists(work)) {
                System.out.println(Workspace.name(s) + ": 0/" + names.size() + " exercises (no work file: ./run.sh exercise " + Workspace.name(s).substring(0, 2) + ")");
                continue;
            }
            if (emptyWorkFile(ws, s, work)) continue;
            Grade.Report report = grade(ws, work);
            done += report.done();
            System.out.println(Grade.table(Workspace.name(s), report));
        }
        System.out.println("score: " + done + "/" + total);
        return done == total ? 0 : 1;
    }

    /** {@code check --solutions [SECTION|all]}: the maintainer's check of every exercise ({@link Solutions}). */
    static int solutions(Workspace ws, List<String> targets) {
        if (targets.size() > 1) throw new UsageException("check --solutions takes one section or 'all'");
        List<Path> sections = targets.isEmpty() || targets.get(0).equals("all") ? ws.sections() : List.of(ws.section(targets.get(0)));
        return Solutions.run(ScriptFile.read(ws.startup()), sections) ? 0 : 1;
    }

    /** Says how to get the stubs back when a work file is empty (a full disk once left it so); true if it was. */
    private static boolean emptyWorkFile(Workspace ws, Path section, Path work) {
        try {
            if (Files.size(work) > 0) return false;
        } catch (IOException e) {
            return false;
        }
        System.out.println(ws.root().relativize(work) + " is empty: delete it and ./run.sh exercise " + Workspace.name(section).substring(0, 2)
                + " makes it anew from the stubs (earlier versions are in work/history/)");
        return true;
    }

    /** {@code progress}: every section's exercises done or to do, the build's five rows, and the next thing to do. */
    static int progress(Workspace ws) {
        recover(ws);
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
            boolean started = Files.exists(work) && !emptyWorkFile(ws, s, work);
            List<Grade.Item> items = started ? grade(ws, work).items() : List.of();
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
                + (quiz == null ? "quiz not taken (./run.sh quiz)" : quiz));
        // On a line of its own: with the section's name and command it would pass 80 columns.
        System.out.println(next == null ? "all done" : "next: " + next);
        return 0;
    }

    /** {@code reset SECTION NAME}: one exercise's stub back in the work file, the previous file kept in work/history/. */
    static int reset(Workspace ws, Path section, String name) {
        recover(ws);
        Path work = ws.work().resolve(section.getFileName());
        if (!Files.exists(work)) throw new UsageException("no work file for " + Workspace.name(section) + " yet: ./run.sh exercise " + Workspace.name(section).substring(0, 2));
        List<String> names = Exercise.names(ScriptFile.read(section));
        if (!names.contains(name)) throw new UsageException("no exercise '" + name + "' in " + Workspace.name(section) + "; it has: " + String.join(", ", names));
        Optional<Path> previous;
        try {
            if (Exercise.regions(ScriptFile.read(work)).stream().noneMatch(r -> r.name().equals(name))) {
                throw new UsageException("the work file no longer marks '" + name + "' with // exercise: … // end; the file is unchanged");
            }
            previous = WorkFiles.reset(work, section, name);
        } catch (IOException e) {
            System.out.println("could not write " + ws.root().relativize(work) + ": " + SafeWrite.reason(e) + "; the file is as it was");
            return 1;
        }
        System.out.println("reset " + name + " in " + ws.root().relativize(work)
                + previous.map(p -> " (the previous file is " + ws.root().relativize(p.toAbsolutePath()) + ")").orElse(" (it was the stub already)"));
        return 0;
    }

    /** {@code watch SECTION}: grades the work file now and after every save, until Ctrl-C. */
    static int watch(Workspace ws, Path section) {
        recover(ws);
        Path work;
        try {
            work = WorkFiles.open(ws.work(), section);
        } catch (IOException e) {
            System.out.println("cannot make " + ws.root().relativize(ws.work().resolve(section.getFileName())) + ": " + SafeWrite.reason(e));
            return 1;
        }
        String header = "watching " + ws.root().relativize(work) + " (Ctrl-C stops)";
        boolean redraw = terminal();
        System.out.println(header);
        FileTime seen = null;
        while (true) {
            try {
                FileTime now = Files.getLastModifiedTime(work);
                if (!now.equals(seen)) {
                    seen = now;
                    Grade.Report report = grade(ws, work);
                    // In a terminal the screen is drawn anew, so the latest grade is all there is to read; piped, it appends.
                    System.out.print(redraw ? "\033[H\033[2J" + header + "\n" : "\n");
                    System.out.println(Grade.table(Workspace.name(section), report));
                    report.items().stream().filter(i -> !i.done()).findFirst().ifPresentOrElse(
                            i -> System.out.println("next: " + i.name() + " — write it in " + ws.root().relativize(work) + " and save"),
                            () -> System.out.println("all done in this section: ./run.sh progress shows the rest"));
                }
                Thread.sleep(500);
            } catch (IOException e) {
                System.out.println("cannot read " + work + ": " + SafeWrite.reason(e));
                return 1;
            } catch (InterruptedException e) {
                return 0;
            }
        }
    }

    /** Whether standard output is a terminal that can clear its screen. */
    private static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);   // JDK 22+: a console even when piped
        } catch (ReflectiveOperationException e) {
            return true;                                                                       // before: a console only on a terminal
        }
    }
}

package mlmath.launch;

import mlmath.internal.DidYouMean;
import mlmath.internal.Settings;
import mlmath.learn.Exercise;
import mlmath.learn.ScriptFile;
import mlmath.learn.Lesson;
import mlmath.learn.Quiz;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every verb of {@code ./run.sh} and {@code .\run.ps1}: the shims find Java, build the jar when {@link Staleness}
 * says so, and hand their arguments here. Errors in the arguments print one message and exit with 2.
 */
public final class Launcher {
    private Launcher() {}

    /** Exit status asking the shim to rebuild the helper jar and start again. */
    static final int REBUILD = 3;

    static final String USAGE = """
            usage: ./run.sh [SECTION]           a primed JShell, the section run (03)
                   ./run.sh lesson SECTION      a section step by step (--print: Markdown,
                                    --html: one offline page, plots inside)
                   ./run.sh exercise SECTION    your work file work/NN-name.jsh in the REPL
                   ./run.sh watch SECTION       re-grade the work file on every save
                   ./run.sh progress            exercises done, the quiz, what is next
                   ./run.sh reset SECTION NAME  an exercise's stub back (old: work/history)
                   ./run.sh quiz                the module's five checkpoint questions
                   ./run.sh check [SECTION|all|readme]  headless, a table of verifies
                            check --exercise [SECTION|all]  stubbed as exercise loads it
                            check --work [SECTION|all]  grade work files (exit 1: one open)
                            check --solutions [SECTION|all]  solutions pass, stubs fail
                   ./run.sh test                every test (unit, sections, README, shims)
                   ./run.sh bench [--quick] [--only P1..P6]  vs numpy and libtorch""";

    public static void main(String[] args) {
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            System.err.println("Java " + Runtime.version() + " has no JShell (module jdk.jshell): install a full JDK 17+, not a JRE");
            System.exit(2);
        }
        if (!mlmath.internal.Ascii.unicodeTerminal()) {
            // A terminal that is not UTF-8 would show ? for σ, √ and ²: everything printed is spelled in ASCII.
            System.setOut(mlmath.internal.Ascii.stream(new java.io.FileOutputStream(java.io.FileDescriptor.out)));
            System.setErr(mlmath.internal.Ascii.stream(new java.io.FileOutputStream(java.io.FileDescriptor.err)));
        }
        // The settings are read here, once, and are current for the whole run.
        Settings settings = Settings.read(System::getenv, System::getProperty);
        int status;
        try (Settings.Scope run = Settings.use(settings)) {
            status = run(new Workspace(settings.root()), args);
        }
        // A session that ends during the background warm-up waits for its current step: exiting inside a native
        // call can hang in OpenBLAS's or libtorch's exit handlers.
        mlmath.internal.WarmUp.finish(20_000);
        System.exit(status);
    }

    /** Runs one verb and returns the exit status. */
    static int run(Workspace ws, String[] args) {
        try {
            return dispatch(ws, List.of(args));
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** The verbs, for a guess when one is mistyped. */
    private static final List<String> VERBS = List.of("help", "check", "exercise", "watch", "quiz", "progress", "reset",
            "lesson", "test", "bench");

    /** The verbs without a prompt: the learner's code they run draws PNGs and sketches, never a window. */
    private static final List<String> WITHOUT_PROMPT = List.of("check", "watch", "progress");

    private static int dispatch(Workspace ws, List<String> args) {
        if (args.isEmpty() || !WITHOUT_PROMPT.contains(args.get(0))) return verb(ws, args);
        try (Settings.Scope noWindows = Settings.use(Settings.current().withHeadless())) {
            return verb(ws, args);
        }
    }

    private static int verb(Workspace ws, List<String> args) {
        String verb = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (verb) {
            case "-h", "--help", "help" -> {
                System.out.println(USAGE + "\n" + ws.sectionList());
                return 0;
            }
            case "check" -> {
                if (!rest.isEmpty() && rest.get(0).equals("--work")) return Exercises.grade(ws, rest.subList(1, rest.size()));
                if (!rest.isEmpty() && rest.get(0).equals("--solutions")) return Exercises.solutions(ws, rest.subList(1, rest.size()));
                boolean exercise = !rest.isEmpty() && rest.get(0).equals("--exercise");
                List<String> targets = exercise ? rest.subList(1, rest.size()) : rest;
                if (targets.size() > 1 || (!targets.isEmpty() && targets.get(0).startsWith("-"))) {
                    throw new UsageException("check takes one section, 'all' or 'readme' (and --exercise first to stub them),"
                            + " e.g. ./run.sh check 03");
                }
                String target = targets.isEmpty() ? "all" : targets.get(0);
                List<Path> scripts = target.equals("all") ? ws.sections()
                        : target.equals("readme") ? List.of(readmeSnippets(ws)) : List.of(ws.section(target));
                return (exercise ? ExerciseCheck.run(ws, scripts) : FastCheck.run(ws, scripts)) ? 0 : 1;
            }
            case "exercise" -> {
                if (rest.size() != 1) throw new UsageException("exercise takes one section, e.g. ./run.sh exercise 03");
                Path script = ws.section(rest.get(0));
                if (needsRebuild(ws)) return REBUILD;
                // The section's prepared snippets let a work file changed only in its exercises open without running it.
                StartCache.ensure(ws, StartCache.jarDigest(ws), List.of(script));
                Path loadable = Exercises.open(ws, script);
                if (loadable == null) return 1;
                return Repl.start(ws, loadable, false, false, typed -> Exercises.keep(ws, script, typed, "kept", " from the prompt"),
                        Exercises.declaresExercise(script));
            }
            case "watch" -> {
                if (rest.size() != 1) throw new UsageException("watch takes one section, e.g. ./run.sh watch 03");
                return Exercises.watch(ws, ws.section(rest.get(0)));
            }
            case "quiz" -> {
                noOptions("quiz", rest);
                try {
                    Quiz.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out, ws.work().resolve("quiz.txt"));
                } catch (java.io.IOException e) {
                    throw new UsageException("quiz: " + e.getMessage());
                }
                return 0;
            }
            case "progress" -> {
                noOptions("progress", rest);
                return Exercises.progress(ws);
            }
            case "reset" -> {
                if (rest.size() != 2) throw new UsageException("reset takes a section and an exercise, e.g. ./run.sh reset 03 softmax");
                return Exercises.reset(ws, ws.section(rest.get(0)), rest.get(1));
            }
            case "lesson" -> {
                boolean print = rest.contains("--print"), html = rest.contains("--html");
                List<String> names = rest.stream().filter(a -> !a.equals("--print") && !a.equals("--html")).toList();
                if (names.size() != 1 || names.get(0).startsWith("-") || print && html) {
                    throw new UsageException("lesson takes one section and optionally --print or --html, e.g. ./run.sh lesson 03");
                }
                Path script = ws.section(names.get(0));
                if (print) return handout(ws, script, false);
                if (html) return handout(ws, script, true);
                if (needsRebuild(ws)) return REBUILD;
                return lesson(ws, script);
            }
            case "test" -> {
                noOptions("test", rest);
                return TestRun.run(ws);
            }
            case "bench" -> {
                return bench(ws, rest);
            }
            case "prepare" -> {
                // The child JVM of StartCache.ensure; also handy to prepare by hand (./run.sh prepare [SECTION...]).
                List<Path> sections = rest.isEmpty() ? ws.sections() : rest.stream().map(ws::section).toList();
                FastCopy.write(ws, sections, StartCache.jarDigest(ws));
                return 0;
            }
            case "" -> {
                Repl.readSettings();
                System.out.println(ws.sectionList());
                System.out.println("Open one with ./run.sh 03 (or /open scripts/03-probability.jsh right here).");
                if (needsRebuild(ws)) return REBUILD;
                return Repl.start(ws, null, true);
            }
            default -> {
                if (verb.startsWith("-")) throw new UsageException("unknown option '" + verb + "'\n" + USAGE);
                if (!rest.isEmpty()) {
                    String guess = DidYouMean.among(verb, VERBS).map(v -> "; did you mean " + v + "?").orElse("");
                    throw new UsageException(guess.isEmpty() ? "too many arguments: " + String.join(" ", args) + "\n" + USAGE
                            : "unknown verb '" + verb + "'" + guess + "\n" + USAGE);
                }
                Repl.readSettings();
                Path script = ws.section(verb);
                if (needsRebuild(ws)) return REBUILD;
                return Repl.start(ws, script, true);
            }
        }
    }

    private static boolean needsRebuild(Workspace ws) {
        if (!Staleness.jarIsStale(ws)) return false;
        System.err.println("lib/ changed since the helper jar was built: rebuilding it...");
        return true;
    }

    private static void noOptions(String verb, List<String> rest) {
        if (!rest.isEmpty()) throw new UsageException(verb + " takes no arguments (got " + String.join(" ", rest) + ")");
    }

    private static int bench(Workspace ws, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(ws.root().toString()));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--quick")) {
                out.add(a);
            } else if (a.equals("--only") && i + 1 < rest.size() && rest.get(i + 1).matches("P[1-6]")) {
                out.add(a);
                out.add(rest.get(++i));
            } else {
                throw new UsageException("bench: unknown option '" + a + "' (use --quick and/or --only P1|P2|P3|P4|P5|P6)");
            }
        }
        try {
            mlmath.bench.Bench.main(out.toArray(String[]::new));
        } catch (Exception e) {
            System.err.println("bench failed: " + e);
            return 1;
        }
        return 0;
    }

    /**
     * {@code lesson --print} (the section as Markdown, on standard output) or {@code --html} (one offline page under
     * plots/). No window opens; both show the PNGs themselves, so sketches, which would only repeat them, are off.
     */
    private static int handout(Workspace ws, Path script, boolean html) {
        Settings headless = Settings.current().withHeadless();
        try (Settings.Scope noWindows = Settings.use(headless.withPlotMode(Settings.PlotMode.PNG))) {
            String name = Workspace.name(script), text = ScriptFile.read(script), startup = ScriptFile.read(ws.startup());
            if (!html) {
                System.out.print(Lesson.print(name, text, startup, markdownFolder()));
                return 0;
            }
            Path page = headless.plots().resolve(name + ".html").toAbsolutePath();
            try {
                Files.createDirectories(page.getParent());
                Files.writeString(page, Lesson.html(name, text, startup));
            } catch (java.io.IOException e) {
                throw new UsageException("cannot write " + page + ": " + e.getMessage());
            }
            System.out.println("handout: " + page);
            return 0;
        }
    }

    /**
     * The folder of the file {@code --print} is redirected to, for links relative to it (Linux names the file), or
     * null when that is not known or it goes to a terminal or a pipe: then links are relative to the current folder.
     */
    private static Path markdownFolder() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/1"));
            return Files.isRegularFile(target) ? target.toAbsolutePath().getParent() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Steps through a section in the terminal, then opens the prompt with everything that ran replayed quietly. */
    private static int lesson(Workspace ws, Path script) {
        StartCache.ensure(ws, StartCache.jarDigest(ws), List.of(script));
        mlmath.torch.TorchEngine.preload();
        String ran;
        try (mlmath.internal.Terminal.Restore redrawKey = mlmath.internal.Terminal.ctrlLEndsLines()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            ran = Lesson.step(ScriptFile.read(script), ScriptFile.read(ws.startup()), in, System.out);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read the terminal: " + e.getMessage());
        }
        Path replay = ws.caches().resolve("lesson").resolve(script.getFileName());
        try {
            Files.createDirectories(replay.getParent());
            Files.writeString(replay, ran);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot write " + replay + ": " + e.getMessage());
        }
        return Repl.start(ws, replay, false, true);
    }

    /** The README's ```jshell blocks, in order, as one script (the tour is typed top to bottom into one session). */
    private static Path readmeSnippets(Workspace ws) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : ScriptFile.read(ws.root().resolve("README.md")).split("\n", -1)) {
            if (line.startsWith("```")) in = !in && line.equals("```jshell");
            else if (in) out.append(line).append('\n');
        }
        if (out.isEmpty()) throw new UsageException("README.md has no ```jshell blocks to check");
        Path file = ws.caches().resolve("README-snippets.jsh");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}

package mlmath.launch;

import jdk.jshell.tool.JavaShellToolBuilder;
import mlmath.internal.Settings;
import mlmath.learn.Journal;
import mlmath.torch.TorchEngine;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The learner's JShell, started in this JVM through the public {@link JavaShellToolBuilder} with local execution, so
 * snippets share this JVM's helpers (and libtorch, loading in the background) with the launcher.
 */
public final class Repl {
    private Repl() {}

    /**
     * Opens the primed prompt, with {@code section} (or null) loaded as a start-up file: its output shows as when
     * JShell loads a script, and {@code /list} and {@code /save} keep to what the learner types. With {@code fast} the
     * section's fast copy is loaded when it was prepared from this very script and jar.
     */
    static int start(Workspace ws, Path section, boolean fast) { return start(ws, section, fast, false); }

    /**
     * As {@link #start(Workspace, Path, boolean)}; with {@code quiet} the section replays without printing (after a
     * lesson has shown it) and plots are only written, until the prompt shows.
     */
    static int start(Workspace ws, Path section, boolean fast, boolean quiet) { return start(ws, section, fast, quiet, typed -> true, typed -> false); }

    /**
     * As above; after the session {@code afterwards} gets what the learner typed at the prompt, from the session's
     * journal: at /exit and Ctrl-D, and from a shutdown hook when the terminal closes (SIGHUP) or the session is told to
     * stop (SIGTERM). It returns whether the journal may go: false files it under {@code work/journal/} instead.
     * After a hang-up or SIGTERM JShell has not saved its history, so the journal goes only if every snippet in it is
     * one {@code inWorkFile} says {@code afterwards} writes to a work file.
     * Only a kill that gives no warning (SIGKILL, power loss) leaves the journal for the next exercise verb to recover.
     */
    static int start(Workspace ws, Path section, boolean fast, boolean quiet, Predicate<List<String>> afterwards, Predicate<String> inWorkFile) {
        Journal journal = Journal.start(ws.work(), section == null ? "prompt" : Workspace.name(section));
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        Consumer<Boolean> end = historySaved -> {
            if (ended.getAndSet(true)) return;
            StatementEnds.journal = null;
            List<String> typed = journal.entries();
            if (typed.isEmpty() || afterwards.test(typed) && (historySaved || typed.stream().allMatch(inWorkFile))) journal.delete();
            else journal.archive().ifPresent(p -> System.out.println("what you typed is kept in " + ws.root().relativize(p.toAbsolutePath())));
        };
        Thread hook = new Thread(() -> end.accept(false), "mlmath-keep-at-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        StatementEnds.journal = journal;
        try {
            return run(ws, section, fast, quiet);
        } finally {
            end.accept(true);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook found the work kept.
            }
        }
    }

    private static int run(Workspace ws, Path section, boolean fast, boolean quiet) {
        CompletableFuture<PromptHistory> stored = readSettings();
        CompletableFuture<List<String>> paths = CompletableFuture.supplyAsync(mlmath.learn.JShellPaths::options);
        String jar = StartCache.jarDigest(ws);
        StartCache.ensure(ws, jar, fast && section != null ? List.of(section) : List.of());
        CompletableFuture<Void> prompt = new CompletableFuture<>();
        List<String> args = new ArrayList<>(List.of("--execution", StatementEnds.NAME));
        args.addAll(paths.join());
        args.addAll(List.of("--startup", "DEFAULT", "--startup", ws.startup().toString()));
        if (section != null) {
            // A section verifies against libtorch and calls LAPACK within seconds: load them while JShell starts.
            TorchEngine.preload();
            mlmath.linalg.LibraryThreads.start();
            // MLMATH_FAST=0 loads the script as written (to compare, or to rule the copy out when something looks off).
            boolean useCopy = fast && Settings.current().fastStart();
            Path copy = useCopy ? FastCopy.forSession(ws, section, jar) : null;
            args.addAll(List.of("--startup", (copy != null ? copy : section).toString()));
            // As written, the script's own statement ends are where sketches print: each figure still once, complete.
            if (copy == null) StatementEnds.asWritten = mlmath.learn.ScriptFile.read(section);
            // Its PNGs are written once the prompt shows: on two cores, drawing them meanwhile delays it by ~0.3 s.
            mlmath.plot.internal.Delivery.holdPngsUntil(prompt);
        }
        args.addAll(List.of("--startup", readyFile(ws).toString()));
        PrintStream out = System.out, err = System.err;
        if (quiet) {
            // Until the prompt shows, the replay's plots are only written: no window, no sketch.
            Settings.Scope replay = Settings.use(Settings.current().withHeadless().withPlotMode(Settings.PlotMode.PNG));
            System.setOut(mlmath.learn.Silently.NOWHERE);
            System.setErr(mlmath.learn.Silently.NOWHERE);
            onReady = () -> {
                System.setOut(out);
                System.setErr(err);
                replay.close();
                prompt.complete(null);
            };
        } else {
            onReady = () -> prompt.complete(null);
            out.println(BANNER);
            // Said before the prompt, where it is read, not after it when the background warm-up draws its chart.
            if (Settings.current().plotMode() == Settings.PlotMode.WINDOW) mlmath.plot.internal.PlotSettings.mode();
        }
        PromptHistory history = stored.join();
        try {
            return JavaShellToolBuilder.builder().out(PromptOutput.without(out)).err(PromptOutput.without(err)).env(environment()).persistence(history.map())
                    .start(args.toArray(String[]::new));
        } catch (Exception e) {
            System.err.println("JShell could not start: " + e.getMessage());
            return 1;
        } finally {
            prompt.complete(null);   // a session that ended before its prompt still writes its plots
            history.save();
        }
    }

    private static volatile Runnable onReady = () -> { };
    private static CompletableFuture<PromptHistory> settings;

    /**
     * Starts reading JShell's stored settings on another thread, once: parsing them takes ~60 ms on a cold JVM, which
     * the launcher's own checks can overlap. {@link #start} waits for them.
     */
    static synchronized CompletableFuture<PromptHistory> readSettings() {
        if (settings == null) settings = CompletableFuture.supplyAsync(PromptHistory::new);
        return settings;
    }

    /** The first line of every session (printed here, not by a start-up snippet JShell would compile). */
    static final String BANNER = "mlmath · Java " + Runtime.version().feature()
            + " · numpy-style np, libtorch as torch/F · help() lists helpers";

    /** The start-up snippet that ends every session's start-up: what the learner types from then on is journaled. */
    static final String READY = "mlmath.launch.Repl.ready();";

    /**
     * Called by the last start-up file as the prompt is about to show: output flows again after a quiet replay, the
     * replay's PNGs are written, and the background warm-up (libtorch, OpenBLAS, the JIT on the first lines' paths)
     * starts once the prompt has had {@value #PROMPT_FIRST_MS} ms to draw: on two cores, starting it at once delays
     * the prompt by ~0.4 s. A torch or
     * linalg call typed sooner loads what it needs itself. The thread (and those it starts) is in the top thread group:
     * this runs as a snippet, and JShell joins the threads a snippet starts.
     */
    public static void ready() {
        onReady.run();
        mlmath.internal.DaemonThreads.start("mlmath-after-prompt", () -> {
            try {
                Thread.sleep(PROMPT_FIRST_MS);
            } catch (InterruptedException e) {
                return;
            }
            mlmath.Workbook.preload();
        });
    }

    private static final long PROMPT_FIRST_MS = 300;

    private static Path readyFile(Workspace ws) {
        Path ready = ws.caches().resolve("ready.jsh");
        String text = READY + "\n";
        try {
            if (!Files.isRegularFile(ready) || !Files.readString(ready).equals(text)) {
                Files.createDirectories(ready.getParent());
                Files.writeString(ready, text);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + ready + ": " + e.getMessage());
        }
        return ready;
    }

    /**
     * The environment JShell sees. {@code /edit} opens {@code $JSHELLEDITOR}, {@code $VISUAL} or {@code $EDITOR}; when
     * none is set, a terminal editor found on the PATH, so that it never opens JShell's Swing editor (which hangs a
     * machine without a display).
     */
    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (env.containsKey("JSHELLEDITOR") || env.containsKey("VISUAL") || env.containsKey("EDITOR")) return env;
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        for (String editor : windows ? List.of("notepad.exe") : List.of("nano", "vim", "vi")) {
            if (onPath(env.getOrDefault(windows ? "Path" : "PATH", env.getOrDefault("PATH", "")), editor)) {
                env.put("EDITOR", editor);
                break;
            }
        }
        return env;
    }

    private static boolean onPath(String path, String program) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}

package mlmath.launch;

import mlmath.internal.Settings;
import mlmath.learn.Check;
import mlmath.learn.ScriptFile;
import mlmath.learn.Silently;
import mlmath.torch.TorchEngine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check}'s run of each section: from its fast copy ({@link FastCopy}) when the copy is current, so JShell
 * compiles a few dozen snippets instead of a few hundred (a third less CPU for {@code check all}); as written when it
 * is not (preparing the copy as it goes), and also when anything in the copy's run threw or was stopped, so a failing
 * line is always reported as the script as written reports it (the copy's output is held back until its run proved
 * clean).
 */
final class FastCheck {
    private FastCheck() {}

    /** Checks each section, prints the table, and says whether all passed. */
    static boolean run(Workspace ws, List<Path> scripts) {
        // Every section verifies against libtorch: it loads on the other core while the first JShell starts.
        TorchEngine.preload();
        String startup = ScriptFile.read(ws.startup()), jar = StartCache.jarDigest(ws);
        List<Path> sections = ws.sections();
        return Check.run(scripts, "", script -> sections.contains(script) ? check(ws, script, startup, jar)
                : Check.run(script, startup, ScriptFile.read(script), false));
    }

    private static Check.Outcome check(Workspace ws, Path section, String startup, String jar) {
        long start = System.nanoTime();
        // MLMATH_FAST=0 checks the script as written, as it loads sections as written.
        Path copy = Settings.current().fastStart() ? FastCopy.forSession(ws, section, jar) : null;
        if (copy != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int reported = Guard.reported();
            String text = ScriptFile.read(copy);
            // A block of the copy runs many of the script's snippets: it may take the time they may take together.
            Settings blocks = Settings.current().withTimeLimit(Settings.current().timeLimit() * FastCopy.largestBlock(text));
            Check.Outcome fast;
            try (Settings.Scope limit = Settings.use(blocks)) {
                fast = Silently.with(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), () -> Check.run(section, startup, text, false));
            }
            if (fast.problems().isEmpty() && Guard.reported() == reported) {
                System.out.print(out.toString(StandardCharsets.UTF_8));
                System.err.print(err.toString(StandardCharsets.UTF_8));
                return fast;
            }
        }
        String text = ScriptFile.read(section);
        Check.Outcome asWritten;
        if (copy == null && Settings.current().fastStart() && !FastCopy.isCurrent(ws, section, jar)) {
            // Not prepared for this script and jar: the run as written classifies its snippets as it goes, and
            // prepares the copy that the next check (and session) loads.
            FastCopy.Classified run = FastCopy.classified(section, startup, text);
            prepare(ws, section, run, jar);
            asWritten = run.outcome();
        } else {
            asWritten = Check.run(section, startup, text, false);
        }
        return new Check.Outcome(asWritten.name(), asWritten.passed(), asWritten.failed(), asWritten.problems(),
                asWritten.plots(), (System.nanoTime() - start) / 1e9);
    }

    /** Writes the section's prepared file unless another launcher is preparing; failing only costs the next check speed. */
    private static void prepare(Workspace ws, Path section, FastCopy.Classified run, String jar) {
        try {
            StartCache.alone(ws, () -> FastCopy.keep(ws, section, run, jar));
        } catch (IOException | RuntimeException e) {
            // The next check runs the section as written again, and tries again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

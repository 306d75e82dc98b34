package mlmath.launch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The learner's loop in a real terminal, driven through tmux (send-keys types, capture-pane reads the screen): a
 * lesson stepped through with a line typed at a pause and ending at the prompt; a solution typed at the prompt, kept
 * at /exit and loaded when the exercise is reopened; the quiz at the prompt; the ASCII marks of a POSIX terminal. Runs
 * where tmux is installed.
 */
class TerminalTest {
    private static final String SESSION = "mlmath-test-" + ProcessHandle.current().pid();
    private static Path root;

    @BeforeAll
    static void copyOfTheCheckout() throws Exception {
        assumeTrue(tmux("-V").startsWith("tmux"), "tmux is not installed");
        // The server stays up between sessions: one exiting as the next session starts could lose that session.
        tmux("start-server", ";", "set-option", "-g", "exit-empty", "off");
        root = CheckoutCopy.shared();
        // A first start prepares the copies' shared caches, minutes on two busy cores (ShimTest covers it): done here,
        // so the screens awaited below wait for the learner's loop only.
        run("env", "MLMATH_HEADLESS=1", "bash", root.resolve("run.sh").toString());
    }

    @AfterAll
    static void stop() throws Exception {
        // The server leaves its socket file behind when it exits.
        String socket = tmux("display-message", "-p", "#{socket_path}").strip();
        tmux("kill-server");
        if (socket.startsWith("/")) Files.deleteIfExists(Path.of(socket));
    }

    /** Runs {@code cmd} in a UTF-8 locale with nothing on stdin (a prompt it opens ends); returns its output. */
    private static String run(String... cmd) throws Exception {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            Locales.set(pb.environment(), Locales.UTF8);
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /**
     * Runs a tmux command on a server of these tests' own (-L), started without the user's ~/.tmux.conf (-f): a
     * server already running would keep the environment it was started with, and its settings.
     */
    private static String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SESSION, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    private static void start(String verb) throws Exception { start(verb, Locales.UTF8); }

    /** Starts {@code ./run.sh verb} in a terminal, under {@code locale} whatever the tests run under. */
    private static void start(String verb, String locale) throws Exception {
        tmux("kill-session", "-t", SESSION);
        String error = tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "50", "cd '" + root + "' && LANG=" + locale
                + " LC_ALL=" + locale + " MLMATH_HEADLESS=1 ./run.sh " + verb + "; echo SESSION-ENDED; sleep 600");
        assertTrue(error.isEmpty(), "tmux new-session: " + error);
    }

    /** Types {@code text} (literally) and Enter. */
    private static void type(String text) throws Exception {
        // tmux reads a ';' ending an argument as the end of its command: escaped, it is typed.
        if (!text.isEmpty()) tmux("send-keys", "-t", SESSION, "-l", text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text);
        tmux("send-keys", "-t", SESSION, "Enter");
    }

    private static String screen() throws Exception { return tmux("capture-pane", "-p", "-J", "-S", "-300", "-t", SESSION); }

    /** Waits (at most two minutes) until the screen shows {@code text}; returns the screen. */
    private static String await(String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String s = screen();
        while (!s.contains(text) && System.nanoTime() < end) {
            Thread.sleep(300);
            s = screen();
        }
        assertTrue(s.contains(text), "waited for '" + text + "' on:\n" + s);
        return s;
    }

    private static int count(String s, String text) { return s.split(java.util.regex.Pattern.quote(text), -1).length - 1; }

    @Test
    void aLesson_stepsChunkByChunk_takesALineAtAPause_andEndsAtThePrompt() throws Exception {
        start("lesson 01");
        await("── 1/");
        type("print(\"typed at a pause\", 6 * 7)");
        await("typed at a pause 42");
        type("");
        await("── 2/");
        type("r");
        await("end of the lesson");
        await("jshell>");
        type("/list");
        type("print(\"at the prompt\")");
        String s = await("at the prompt\n");
        assertTrue(count(s, "typed at a pause 42") == 1, "the quiet replay printed nothing again:\n" + s);
        type("/exit");
        await("SESSION-ENDED");
    }

    @Test
    void aSolutionTypedAtThePrompt_isKeptAtExit_andLoadedWhenTheExerciseReopens() throws Exception {
        start("exercise 03");
        await("TODO kl — hint(\"kl\")");
        await("jshell>");
        type("hint(\"kl\")");
        await("hint 1/2 for kl");
        type("Tensor kl(Tensor p, Tensor q) {");
        type("    return p.mul(p.div(q).log()).sum();");
        type("}");
        await("kl(Tensor,Tensor)");
        type("/exit");
        await("kept your kl from the prompt in work/03-probability.jsh");
        await("SESSION-ENDED");
        assertTrue(Files.readString(root.resolve("work/03-probability.jsh")).contains("return p.mul(p.div(q).log()).sum();"));
        start("exercise 03");
        String s = await("jshell>");
        assertTrue(s.contains("✓ kl "), s);
        assertTrue(!s.contains("TODO kl"), s);
        assertTrue(s.contains("TODO softmax"), s);
        type("/exit");
        await("SESSION-ENDED");
    }

    @Test
    void inAPosixTerminal_theMarksAreAscii_andThePromptTakesInput() throws Exception {
        start("03", Locales.POSIX);
        String s = await("jshell>");
        assertTrue(s.contains("[ok] softmax "), s);
        assertTrue(!s.contains("✓"), s);
        type("print(\"typed under POSIX\", 6 * 7)");
        await("typed under POSIX 42");
        type("/exit");
        await("SESSION-ENDED");
    }

    @Test
    void theQuizAtThePrompt_takesRightAndWrongAnswers_andProgressShowsTheScore() throws Exception {
        start("");
        await("jshell>");
        type("quiz()");
        await("Q1. ");
        for (String a : new String[] {"answer(\"my algebra\")", "answer(\"y\")", "answer(\"(32, 64)\")", "answer(\"40020\")",
                "answer(\"(3, 4)\")", "answer(\"lr betas eps weight decay\")"}) {
            type(a);
        }
        String s = await("quiz: 4/5");
        assertTrue(s.contains("not quite"), s);
        type("/exit");
        await("SESSION-ENDED");
        List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("run.sh").toString(), "progress"));
        String progress = run(cmd.toArray(String[]::new));
        assertTrue(progress.contains("quiz 4/5"), progress);
    }
}

package mlmath.launch;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import mlmath.learn.CompileHints;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What JShell prints at the prompt, less and more: without its echo of a plot ({@code $29 ==> Figure("likelihood",
 * plots/likelihood.png)}), since a plot has printed its one "plot saved" line and its sketch already; and with a hint
 * after the error for a line that did not compile ({@link CompileHints}: a Python spelling, a subscript, a typo).
 */
final class PromptOutput {
    private PromptOutput() {}

    /** The hint for the line that just failed to compile, worked out once JShell has printed its error. */
    private static final AtomicReference<Supplier<Optional<String>>> HINT = new AtomicReference<>();

    /** The line that ends JShell's report of a compile error: carets under the code ({@code |     ^-^}). */
    private static final Pattern CARETS = Pattern.compile("\\|\\s+\\^[-^]*\\s*");

    /**
     * Remembers the snippet the learner just typed, if {@code js} rejected it; its hint is worked out after JShell
     * has finished with it (asking JShell's analysis while it is still evaluating would be reentrant).
     */
    static void typed(JShell js, SnippetEvent event) {
        Snippet snippet = event.snippet();
        HINT.set(event.status() == Snippet.Status.REJECTED ? () -> CompileHints.after(js, snippet) : null);
    }

    /** The echo JShell prints after a plot expression or a variable that holds a plot. */
    static final Pattern ECHO = Pattern.compile("[\\w$]+ ==> Figure\\(\".*\\)\\R?");

    /** {@code out}, leaving out every whole line that is a plot's echo; other output passes as it comes. */
    static PrintStream without(PrintStream out) {
        return new PrintStream(new FilterOutputStream(out) {
            /** The current line's bytes not yet passed on, and those passed on already (a prompt, a prefix). */
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(), shown = new ByteArrayOutputStream();

            @Override public void write(int b) throws IOException {
                line.write(b);
                if (b == '\n') endLine();
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) write(b[i]);
            }

            /** A prompt or a partial line is shown at once; only a line held whole can be an echo. */
            @Override public void flush() throws IOException {
                line.writeTo(shown);
                line.writeTo(out);
                line.reset();
                out.flush();
            }

            private void endLine() throws IOException {
                String text = shown.toString(StandardCharsets.UTF_8) + line.toString(StandardCharsets.UTF_8);
                if (shown.size() > 0 || !ECHO.matcher(text).matches()) line.writeTo(out);
                line.reset();
                shown.reset();
                if (CARETS.matcher(text).matches()) {
                    Supplier<Optional<String>> hint = HINT.getAndSet(null);
                    if (hint != null) {
                        for (String h : hint.get().stream().toList()) out.write((h + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}

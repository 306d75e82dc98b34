package mlmath.launch;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * JShell's output without its echo of a plot ({@code $29 ==> Figure("likelihood", plots/likelihood.png)}): a plot
 * has printed its one "plot saved" line and its sketch already, and the echo would repeat the path.
 */
final class PlotEchoes {
    private PlotEchoes() {}

    /** The echo JShell prints after a plot expression or a variable that holds a plot. */
    static final Pattern ECHO = Pattern.compile("[\\w$]+ ==> Figure\\(\".*\\)\\R?");

    /** {@code out}, leaving out every whole line that is a plot's echo; other output passes as it comes. */
    static PrintStream without(PrintStream out) {
        return new PrintStream(new FilterOutputStream(out) {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override public void write(int b) throws IOException {
                line.write(b);
                if (b == '\n') emit();
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) write(b[i]);
            }

            /** A prompt or a partial line is shown at once; only whole lines can be an echo. */
            @Override public void flush() throws IOException {
                emit();
                out.flush();
            }

            private void emit() throws IOException {
                if (line.size() == 0) return;
                if (!ECHO.matcher(line.toString(StandardCharsets.UTF_8)).matches()) line.writeTo(out);
                line.reset();
            }
        }, true, StandardCharsets.UTF_8);
    }
}

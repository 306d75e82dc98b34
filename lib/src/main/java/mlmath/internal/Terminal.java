package mlmath.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The terminal's width, for text set to fit it (lessons, the quiz, plot sketches): at most {@value #MOST} columns,
 * since longer lines are harder to read, and {@value #MOST} when it is not known.
 */
public final class Terminal {
    private Terminal() {}

    /** The widest text is set, however wide the terminal. */
    public static final int MOST = 80;

    /** The narrowest: below it a sketch has no room to draw. */
    public static final int LEAST = 40;

    /** The last width asked, and when (nanoTime): a figure built by chained calls asks for each call. */
    private static volatile long askedAt;
    private static volatile int asked = MOST;

    /** The terminal's columns, between {@value #LEAST} and {@value #MOST}; asked again when the last answer is a second old. */
    public static int width() {
        long now = System.nanoTime();
        if (askedAt == 0 || now - askedAt > 1_000_000_000L) {
            asked = Math.max(LEAST, Math.min(MOST, columns()));
            askedAt = now;
        }
        return asked;
    }

    /**
     * The terminal's columns as {@code stty} reports them (a terminal can be resized while the workbook runs), else
     * {@code COLUMNS} (bash does not export it), else {@value #MOST}.
     */
    private static int columns() {
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            try {
                Process stty = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0 && size.matches("\\d+ [1-9]\\d*")) {
                    return Integer.parseInt(size.substring(size.indexOf(' ') + 1));
                }
            } catch (java.io.IOException e) {
                // No stty, or no terminal: COLUMNS or the default.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "" + MOST).strip());
        } catch (NumberFormatException e) {
            return MOST;
        }
    }
}

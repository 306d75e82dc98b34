package mlmath.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** The terminal's rows as {@code stty} reports them, else {@code LINES}, else 24; at least 10. */
    public static int rows() {
        int[] size = sttySize();
        return Math.max(10, size != null ? size[0] : fromEnvironment("LINES", 24));
    }

    /**
     * Makes Ctrl-L end a line of the terminal's input, as Enter does (the line arrives ending in a form feed), until
     * closed; nothing on Windows or without a terminal. A lesson's pause reads lines: so Ctrl-L redraws at once.
     */
    public static Restore ctrlLEndsLines() {
        String saved = System.getProperty("os.name", "").startsWith("Windows") ? null : stty("-g");
        if (saved == null || stty("eol", "^L") == null) return () -> { };
        Thread restore = new Thread(() -> stty(saved));
        // A lesson ended by Ctrl-C still gives the shell its terminal back as it was.
        Runtime.getRuntime().addShutdownHook(restore);
        return () -> {
            stty(saved);
            Runtime.getRuntime().removeShutdownHook(restore);
        };
    }

    /** Gives the terminal back its settings as they were. */
    public interface Restore extends AutoCloseable {
        @Override void close();
    }

    /** Runs {@code stty} on the terminal and returns what it printed, stripped, or null when it could not. */
    private static String stty(String... args) {
        List<String> command = new ArrayList<>(List.of("stty"));
        command.addAll(List.of(args));
        try {
            Process stty = new ProcessBuilder(command).redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0 ? printed : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The terminal's columns as {@code stty} reports them (a terminal can be resized while the workbook runs), else
     * {@code COLUMNS} (bash does not export it), else {@value #MOST}.
     */
    private static int columns() {
        int[] size = sttySize();
        return size != null ? size[1] : fromEnvironment("COLUMNS", MOST);
    }

    /** {@code stty size}: rows and columns, or null without stty or a terminal. */
    private static int[] sttySize() {
        String size = System.getProperty("os.name", "").startsWith("Windows") ? null : stty("size");
        if (size == null || !size.matches("[1-9]\\d* [1-9]\\d*")) return null;
        return new int[] {Integer.parseInt(size.substring(0, size.indexOf(' '))), Integer.parseInt(size.substring(size.indexOf(' ') + 1))};
    }

    private static int fromEnvironment(String name, int otherwise) {
        try {
            return Integer.parseInt(System.getenv().getOrDefault(name, "" + otherwise).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}

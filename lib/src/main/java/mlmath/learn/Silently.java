package mlmath.learn;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Runs code with System.out and System.err discarded or captured, for headless runs whose output is not for the learner. */
public final class Silently {
    private Silently() {}

    /** A stream that drops everything. */
    public static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    /** {@code body}'s result, with both standard streams discarded while it runs and restored after. */
    public static <T> T call(Supplier<T> body) { return with(NOWHERE, NOWHERE, body); }

    /** What {@code body} printed on System.out, with nothing shown: System.err is discarded. */
    public static String printed(Runnable body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        with(new PrintStream(out, true, StandardCharsets.UTF_8), NOWHERE, () -> {
            body.run();
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code body}'s result, with System.out and System.err set to {@code stdout} and {@code stderr} while it runs. */
    public static <T> T with(PrintStream stdout, PrintStream stderr, Supplier<T> body) {
        PrintStream out = System.out, err = System.err;
        System.setOut(stdout);
        System.setErr(stderr);
        try {
            return body.get();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}

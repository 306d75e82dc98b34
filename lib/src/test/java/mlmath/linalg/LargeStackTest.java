package mlmath.linalg;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LargeStackTest {
    private static final String BACKGROUND = "np.linalg: the LAPACK call cannot be interrupted; it finishes in the background\n";
    private static final String WAITING = "np.linalg: waiting for the interrupted call to finish...\n";

    /** Whether the LAPACK worker is inside a dgesdd call now. */
    private static boolean workerInSvd() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getName().equals("mlmath-lapack")
                && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().equals(OpenBlasDriver.class.getName()) && f.getMethodName().equals("svd")));
    }

    /**
     * Starts a 1500² SVD on a thread of its own and, once the worker runs it, interrupts that thread (JShell's Ctrl-C on
     * JDK 21 and later) or stops it with Thread.stop (JShell's Ctrl-C on JDK 17, where it still works); returns what
     * the thread threw.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static Throwable interruptedSvd(Driver driver, boolean stop) throws InterruptedException {
        int n = 1500;
        double[] a = new Random(3).doubles((long) n * n).toArray();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                driver.svd(a, n, n, 'A');
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        while (!workerInSvd()) Thread.sleep(5);
        if (stop) caller.stop();
        else caller.interrupt();
        caller.join(60_000);
        assertFalse(caller.isAlive(), "the interrupted caller returns at once, not after the SVD");
        return thrown.get();
    }

    /** An n×n diagonal matrix with 1, 2, …, n down the diagonal in a shuffled order: its singular values are n, …, 1. */
    private static double[] shuffledDiagonal(int n) {
        double[] a = new double[n * n];
        int[] order = new Random(4).ints(0, n).distinct().limit(n).toArray();
        for (int i = 0; i < n; i++) a[i * n + i] = order[i] + 1;
        return a;
    }

    private static void assertSingularValuesDescendFrom(int n, double[] s) {
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) expected[i] = n - i;
        assertArrayEquals(expected, s, 1e-9);
    }

    /**
     * Runs {@code scenario} until the SVD it abandons is still running when the next call comes: a loaded machine can
     * let that SVD end in the moment between the check and the call, and then nothing waits. A bug that never says it
     * waits fails every attempt.
     */
    private static String whileAbandonedRuns(ByteArrayOutputStream buffer, Scenario scenario) throws Exception {
        String shown = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            buffer.reset();
            scenario.run();
            shown = buffer.toString(StandardCharsets.UTF_8);
            if (shown.contains(WAITING)) return shown;
        }
        return fail("three attempts, and no call said it waited for the abandoned SVD:\n" + shown);
    }

    private interface Scenario { void run() throws Exception; }

    @Test
    void aCallerInterruptedWhileLapackRuns_returnsAndSaysSo_andTheNextCallsSayTheyWait() throws Exception {
        Driver driver = Lapack.driver();
        assumeTrue(driver instanceof LargeStack, "OpenBLAS did not load: no LAPACK worker");
        PrintStream stdout = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            // A call large enough to go to the worker queues behind the abandoned SVD.
            String shown = whileAbandonedRuns(buffer, () -> {
                Throwable thrown = interruptedSvd(driver, false);
                assertInstanceOf(ThreadDeath.class, thrown, "stopped the way JShell stops a snippet");
                assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith(BACKGROUND), buffer.toString(StandardCharsets.UTF_8));
                assertSingularValuesDescendFrom(100, driver.svd(shuffledDiagonal(100), 100, 100, 'A').s());
                assertSingularValuesDescendFrom(90, driver.svd(shuffledDiagonal(90), 90, 90, 'N').s());
                assertFalse(workerInSvd(), "the second call ran after the abandoned one");
            });
            assertEquals(1, shown.split(WAITING, -1).length - 1, "said once, before the first call that waited:\n" + shown);

            // A small call runs on its own thread but waits for the scratch buffers the abandoned call holds.
            shown = whileAbandonedRuns(buffer, () -> {
                assertInstanceOf(ThreadDeath.class, interruptedSvd(driver, Runtime.version().feature() < 20));
                assertSingularValuesDescendFrom(10, driver.svd(shuffledDiagonal(10), 10, 10, 'A').s());
            });
            assertTrue(shown.startsWith(BACKGROUND), shown);
            assertTrue(shown.endsWith(WAITING), shown);
        } finally {
            System.setOut(stdout);
        }
    }
}

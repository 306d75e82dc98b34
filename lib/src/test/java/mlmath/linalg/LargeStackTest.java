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

    @Test
    void aCallerInterruptedWhileLapackRuns_returnsAndSaysSo_andTheNextCallsSayTheyWait() throws Exception {
        Driver driver = Lapack.driver();
        assumeTrue(driver instanceof LargeStack, "OpenBLAS did not load: no LAPACK worker");
        PrintStream stdout = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            // A call large enough to go to the worker queues behind the abandoned SVD.
            Throwable thrown = interruptedSvd(driver, false);
            assertInstanceOf(ThreadDeath.class, thrown, "stopped the way JShell stops a snippet");
            assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith(BACKGROUND), buffer.toString(StandardCharsets.UTF_8));
            assumeTrue(workerInSvd(), "the abandoned SVD already finished");
            assertSingularValuesDescendFrom(100, driver.svd(shuffledDiagonal(100), 100, 100, 'A').s());
            assertSingularValuesDescendFrom(90, driver.svd(shuffledDiagonal(90), 90, 90, 'N').s());
            String shown = buffer.toString(StandardCharsets.UTF_8);
            assertEquals(1, shown.split(WAITING, -1).length - 1, "said once, before the first call that waited:\n" + shown);
            assertFalse(workerInSvd(), "the second call ran after the abandoned one");

            // A small call runs on its own thread but waits for the scratch buffers the abandoned call holds.
            buffer.reset();
            assertInstanceOf(ThreadDeath.class, interruptedSvd(driver, Runtime.version().feature() < 20));
            assumeTrue(workerInSvd(), "the abandoned SVD already finished");
            assertSingularValuesDescendFrom(10, driver.svd(shuffledDiagonal(10), 10, 10, 'A').s());
            assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith(BACKGROUND), buffer.toString(StandardCharsets.UTF_8));
            assertTrue(buffer.toString(StandardCharsets.UTF_8).endsWith(WAITING), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }
}

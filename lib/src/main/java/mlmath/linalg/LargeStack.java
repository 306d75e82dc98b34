package mlmath.linalg;

import mlmath.internal.DaemonThreads;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs OpenBLAS's LAPACK drivers on one thread with a large stack. OpenBLAS's threaded LU ({@code dgetrf}, behind
 * solve, inv, det and slogdet) keeps its per-thread job tables on the caller's stack: more than the 1–2 MB a Java
 * thread has (a 1000² solve on two threads crashed the JVM with {@code -Xss2m} and ran with 4m). Python's main thread
 * has 8 MB, which is why numpy never meets this. Matrices too small for OpenBLAS to thread stay on the caller's thread.
 * A caller interrupted while it waits (Ctrl-C at the prompt) returns at once and says so; the native call cannot be
 * stopped and finishes in the background, and the next call says that it waits for it.
 */
final class LargeStack implements Driver {
    /** Elements from which a driver may go parallel (OpenBLAS threads dgetrf from 10,000 and dgemm from 64³). */
    private static final long THREADED = 64 * 64;
    private static final long STACK_BYTES = 64L << 20;   // address space only: pages are touched as the stack grows

    private final Driver lapack;
    private final ExecutorService thread = DaemonThreads.worker("mlmath-lapack", STACK_BYTES);

    LargeStack(Driver lapack) { this.lapack = lapack; }

    @Override public Factors svd(double[] a, int m, int n, char jobz) { return on((long) m * n, () -> lapack.svd(a, m, n, jobz)); }

    @Override public Factors eigh(double[] a, int n, boolean vectors, boolean lower) {
        return on((long) n * n, () -> lapack.eigh(a, n, vectors, lower));
    }

    @Override public Factors eighTop(double[] a, int n, int k) {
        return on((long) n * n, () -> lapack.eighTop(a, n, k));
    }

    @Override public Eigen eig(double[] a, int n, boolean vectors) { return on((long) n * n, () -> lapack.eig(a, n, vectors)); }

    @Override public boolean solve(double[] a, int aOff, int n, double[] b, int bOff, int nrhs, double[] x, int xOff) {
        return on((long) n * Math.max(n, nrhs), () -> lapack.solve(a, aOff, n, b, bOff, nrhs, x, xOff));
    }

    @Override public double[] slogdet(double[] a, int n) { return on((long) n * n, () -> lapack.slogdet(a, n)); }

    @Override public boolean cholesky(double[] a, int n, boolean lower) { return on((long) n * n, () -> lapack.cholesky(a, n, lower)); }

    @Override public Factors qr(double[] a, int m, int n, int qCols, int rRows) {
        return on((long) m * Math.max(n, qCols), () -> lapack.qr(a, m, n, qCols, rRows));
    }

    @Override public Lstsq lstsq(double[] a, int m, int n, double[] b, int nrhs, double rcond) {
        return on((long) Math.max(m, n) * Math.max(n, nrhs), () -> lapack.lstsq(a, m, n, b, nrhs, rcond));
    }

    /**
     * The call a Ctrl-C left running on the worker (null: none). Native code cannot be stopped, so it runs to its end,
     * holding the worker and the scratch buffers; every later call waits for it. One driver serves the process.
     */
    private static volatile Future<?> abandoned;
    /** The abandoned call the waiting notice was printed for: said once per abandoned call, not once per call. */
    private static final AtomicReference<Future<?>> TOLD = new AtomicReference<>();

    private <T> T on(long elements, Callable<T> call) {
        if (elements < THREADED) {
            try {
                return call.call();
            } catch (Exception e) {
                throw rethrown(e);
            }
        }
        // Claimed by whichever comes first: the worker, to run it, or an interrupted caller, to drop it unrun.
        AtomicBoolean claimed = new AtomicBoolean();
        Future<T> result = thread.submit(() -> claimed.compareAndSet(false, true) ? call.call() : null);
        try {
            sayIfWaiting();
            return result.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException | ThreadDeath e) {
            // JShell's Ctrl-C: JDK 17 stops the snippet's thread (ThreadDeath), later JDKs interrupt it.
            // Unclaimed, it is dropped unrun (it was queued behind an abandoned call); claimed, it is running.
            if (!claimed.compareAndSet(false, true) && !result.isDone()) {
                abandoned = result;
                System.out.println("np.linalg: the LAPACK call cannot be interrupted; it finishes in the background\n"
                        + "  (about as long as it had left), and the next np.linalg call waits for it");
            }
            throw stopped(e);
        }
    }

    /** Prints, once per abandoned call, why the call about to wait will: the worker is still busy with it. */
    static void sayIfWaiting() {
        Future<?> left = abandoned;
        if (left != null && !left.isDone() && TOLD.getAndSet(left) != left) {
            System.out.println("np.linalg: waiting for the interrupted call to finish...");
        }
    }

    /**
     * What a caller stopped while it waited throws: the ThreadDeath it got, or for an interrupt a ThreadDeath too
     * (with the interrupt kept), which is how JShell (since JDK 21 by interrupting) ends a stopped snippet quietly.
     */
    static Error stopped(Throwable cause) {
        if (cause instanceof ThreadDeath death) return death;
        Thread.currentThread().interrupt();
        return new ThreadDeath();
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException(e);
    }
}

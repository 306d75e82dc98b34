package mlmath.linalg;

import java.util.concurrent.CompletableFuture;

/**
 * Where np.linalg's LAPACK comes from: OpenBLAS (the library numpy's wheels ship) loaded by JavaCPP from the platform
 * jar, or, when it cannot load, EJML in pure Java with one notice line. JavaCPP unpacks the natives once into
 * {@code ~/.javacpp/cache} (system property {@code org.bytedeco.javacpp.cachedir} to move it).
 */
public final class Lapack {
    private Lapack() {}

    /**
     * OpenBLAS threads for dgemm (matmul): the cores, at most two, as numpy's own OpenBLAS uses them (a 1000² matmul:
     * 21 ms on two threads against 36 ms at best on one). The LAPACK drivers run on one thread: their many fork/join
     * points make two threads collapse as soon as another process (or libtorch's pool) wants the cores — measured
     * here under load, dgesdd 1000² took 2.3–9.7 s on two threads against 0.4–0.8 s on one (numpy's own two-thread
     * build: 8.5 s against 0.65 s) — while on an idle machine one thread is as fast as numpy's two, and gives
     * numpy's bits.
     */
    static final int GEMM_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static final CompletableFuture<Driver> DRIVER = new CompletableFuture<>();
    private static volatile boolean started;

    /** Starts loading OpenBLAS on a background thread (Workbook.preload calls this) so the first np.linalg call is fast. */
    public static void preload() {
        if (started) return;
        Thread t = new Thread(Lapack::load, "mlmath-openblas");
        t.setDaemon(true);
        t.start();
    }

    /** The driver, loading it on this thread if no preload ran; waits for a preload under way. */
    static Driver driver() {
        if (!started) load();
        return DRIVER.join();
    }

    /** True when OpenBLAS is loaded and in use (not the fallback, not still loading). */
    public static boolean openBlasReady() {
        return DRIVER.isDone() && DRIVER.join() instanceof OpenBlasDriver;
    }

    /**
     * dgemm for matmul when OpenBLAS is loaded: false (the caller multiplies in Java) while a background load is still
     * under way or when OpenBLAS is unavailable; a first call with no preload loads it here.
     */
    public static boolean gemm(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        if (!started) load();
        if (!openBlasReady()) return false;
        OpenBlasDriver.gemm(a, aOff, b, bOff, c, cOff, m, k, n, GEMM_THREADS);
        return true;
    }

    /** What answers np.linalg, for the setup script: {@code OpenBLAS 0.3.31 (matmul on 2 threads, LAPACK on 1)} or EJML. */
    public static String describe() {
        return driver() instanceof OpenBlasDriver ? "OpenBLAS " + OpenBlasLoader.version() + " (matmul on " + GEMM_THREADS
                + (GEMM_THREADS == 1 ? " thread" : " threads") + ", LAPACK on 1)"
                : "EJML (pure Java; OpenBLAS did not load)";
    }

    private static synchronized void load() {
        if (started) return;
        started = true;
        try {
            OpenBlasLoader.load();
            DRIVER.complete(new OpenBlasDriver());
        } catch (Throwable e) {          // UnsatisfiedLinkError, NoClassDefFoundError: no native jar for this platform
            System.out.println("np.linalg: OpenBLAS could not be loaded on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "; using the pure-Java fallback (EJML), slower.");
            DRIVER.complete(new EjmlDriver());
        }
    }
}

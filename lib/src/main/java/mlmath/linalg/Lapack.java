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
     * OpenBLAS picks its threads as numpy's copy of it does: {@code OPENBLAS_NUM_THREADS} (or {@code OMP_NUM_THREADS})
     * when set, else one per core. On an idle two-core machine two threads make dgesv 1000² 1.7× and dsyevd 1.5×
     * faster than one; when every core is already busy, the drivers' fork/join points make two threads far slower
     * than one, for numpy as for mlmath: {@code OPENBLAS_NUM_THREADS=1} is then the cure for both.
     */
    private static String threads() {
        for (String name : new String[] {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"}) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) return name + "=" + value.strip();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return cores + (cores == 1 ? " thread" : " threads");
    }

    private static final CompletableFuture<Driver> DRIVER = new CompletableFuture<>();
    private static volatile boolean started;

    /** Starts loading OpenBLAS on a background thread (Workbook.preload calls this) so the first np.linalg call is fast. */
    public static void preload() {
        if (started) return;
        mlmath.internal.DaemonThreads.start("mlmath-openblas", Lapack::load);
    }

    /** The driver, loading it on this thread if no preload ran; waits for a preload under way. */
    static Driver driver() {
        if (!started) load();
        return DRIVER.join();
    }

    /** Whether OpenBLAS answers the products, loading it or waiting for its load (not the fallback). */
    private static boolean blasAnswers() { return driver() instanceof LargeStack; }

    /** True when OpenBLAS is loaded and in use (not the fallback, not still loading). */
    public static boolean openBlasReady() {
        return DRIVER.isDone() && DRIVER.join() instanceof LargeStack;
    }

    /**
     * dgemm for matmul: false (the caller multiplies in Java) when OpenBLAS is unavailable. A first call with no preload
     * loads it here, one during a background load waits for it, so a product's digits never depend on timing. A and B
     * must never be written after: a large one read again keeps a native copy.
     */
    public static boolean gemm(double[] a, int aOff, boolean aTransposed, double[] b, int bOff, boolean bTransposed, double[] c,
                               int cOff, int m, int k, int n) {
        if (!blasAnswers()) return false;
        OpenBlasDriver.gemm(a, aOff, aTransposed, b, bOff, bTransposed, c, cOff, m, k, n);
        return true;
    }

    /** dsyrk for a matrix times its own transpose the same way as {@link #gemm}. */
    public static boolean gram(double[] a, int aOff, double[] c, int cOff, int m, int k) {
        if (!blasAnswers()) return false;
        OpenBlasDriver.gram(a, aOff, c, cOff, m, k);
        return true;
    }

    /** ddot for a vector product the same way as {@link #gemm}: empty when OpenBLAS is unavailable. */
    public static java.util.OptionalDouble dot(double[] x, int xOff, double[] y, int yOff, int n) {
        return blasAnswers() ? java.util.OptionalDouble.of(OpenBlasDriver.dot(x, xOff, y, yOff, n)) : java.util.OptionalDouble.empty();
    }

    /** What answers np.linalg, for the setup script: {@code OpenBLAS 0.3.31 (Haswell kernels, 2 threads)} or EJML. */
    public static String describe() {
        return driver() instanceof LargeStack ? "OpenBLAS " + OpenBlasLoader.version() + " (" + kernel() + " kernels, " + threads() + ")"
                : "EJML (pure Java; OpenBLAS did not load)";
    }

    /**
     * The OpenBLAS kernel this CPU runs ({@code Haswell}, {@code SkylakeX}, …), or {@code none} on the EJML fallback.
     * Results agree with numpy's to its digits when numpy runs on the same kernel, and to numpy's accuracy on any.
     */
    public static String kernel() {
        return driver() instanceof LargeStack ? OpenBlasLoader.kernel() : "none";
    }

    private static synchronized void load() {
        if (started) return;
        started = true;
        try {
            OpenBlasLoader.load();
            DRIVER.complete(new LargeStack(new OpenBlasDriver()));
        } catch (Throwable e) {          // UnsatisfiedLinkError, NoClassDefFoundError: no native jar for this platform
            System.out.println("np.linalg: OpenBLAS could not be loaded on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "; using the pure-Java fallback (EJML), slower.");
            DRIVER.complete(new EjmlDriver());
        }
    }
}

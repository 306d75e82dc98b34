package mlmath.tensor.internal;

import java.util.stream.IntStream;

/**
 * Dense row-major {@code C = A·B} for float64: OpenBLAS's dgemm, dgemv or ddot, what numpy's matmul calls, at every
 * size, so products carry numpy's digits (a tiny one costs 0.28 µs instead of the Java loop's 0.15; the first waits for
 * OpenBLAS to load); when OpenBLAS could not load, a cache-blocked Java loop with rows split across the cores.
 */
public final class Gemm {
    private Gemm() {}

    /** Rows handed to one task, small enough for two cores to share work. */
    static final int ROW_BLOCK = 64;

    /** Below this many multiply-adds a single thread is faster than forking. */
    private static final long PARALLEL_THRESHOLD = 1L << 18;

    /**
     * Computes {@code c[cOff..] = a[aOff..](m×k) · b[bOff..](k×n)}, overwriting C. A and B are tensors' arrays, never
     * written after: BLAS keeps a native copy of a large one it reads again.
     */
    public static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        multiply(a, aOff, null, b, bOff, null, false, c, cOff, m, k, n);
    }

    /**
     * The same, where {@code aT} (k×m), when not null, holds Aᵀ row-major and {@code bT} (n×k) Bᵀ: a transposed
     * operand is handed to BLAS as its source with a Trans flag, as numpy hands a transposed view. With {@code gram}
     * B is A's own transpose ({@code A @ A.T}, {@code X.T @ X}), which numpy hands to dsyrk.
     */
    static void multiply(double[] a, int aOff, double[] aT, double[] b, int bOff, double[] bT, boolean gram, double[] c, int cOff,
                         int m, int k, int n) {
        if (m == 0 || n == 0) return;
        // numpy multiplies without BLAS only when k is 1, where each element is one exact product.
        if (k > 1 && Provided.BLAS != null) {
            // numpy's matmul and dot take a row times a column to ddot, which sums in its own order.
            java.util.OptionalDouble dot = m == 1 && n == 1 ? Provided.BLAS.dot(a, aOff, b, bOff, k) : null;
            if (dot != null && dot.isPresent()) {
                c[cOff] = dot.getAsDouble();
                return;
            }
            if (dot == null && gram && Provided.BLAS.gram(a, aOff, c, cOff, m, k)) return;
            if (dot == null && Provided.BLAS.gemm(aT != null ? aT : a, aT != null ? 0 : aOff, aT != null,
                    bT != null ? bT : b, bT != null ? 0 : bOff, bT != null, c, cOff, m, k, n)) return;
        }
        inJava(a, aOff, b, bOff, c, cOff, m, k, n);
    }

    /**
     * The same product by the Java loop alone, summing over k in order: numpy's einsum (without {@code optimize})
     * multiplies without BLAS, and so does this where no BLAS could load.
     */
    static void inJava(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        java.util.Arrays.fill(c, cOff, cOff + m * n, 0.0);
        if (m == 0 || n == 0 || k == 0) return;
        forRowBlocks(m, k, n, (r0, r1) -> javaRows(a, aOff, b, bOff, c, cOff, k, n, r0, r1));
    }

    /** The provided BLAS, looked up once on the first product (none: every product runs in Java). */
    private static final class Provided {
        static final Blas BLAS = java.util.ServiceLoader.load(Blas.class, Gemm.class.getClassLoader()).findFirst().orElse(null);
    }

    private static boolean parallel(int m, int k, int n) {
        return (long) m * k * n >= PARALLEL_THRESHOLD && m > ROW_BLOCK && Runtime.getRuntime().availableProcessors() > 1;
    }

    interface RowRange { void run(int r0, int r1); }

    /** Runs {@code body} over row blocks, in parallel when the product is large enough to pay for it. */
    static void forRowBlocks(int m, int k, int n, RowRange body) {
        int blocks = (m + ROW_BLOCK - 1) / ROW_BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (parallel(m, k, n) ? range.parallel() : range)
                .forEach(blk -> body.run(blk * ROW_BLOCK, Math.min(m, (blk + 1) * ROW_BLOCK)));
    }

    /** i-k-j over a k-block so the B rows in use stay in cache; the inner loop is auto-vectorised by the JIT. */
    private static void javaRows(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                                 int k, int n, int r0, int r1) {
        final int kBlock = 128;
        for (int p0 = 0; p0 < k; p0 += kBlock) {
            int p1 = Math.min(k, p0 + kBlock);
            for (int i = r0; i < r1; i++) {
                int ci = cOff + i * n;
                for (int p = p0; p < p1; p++) {
                    double aip = a[aOff + i * k + p];
                    int bp = bOff + p * n;
                    for (int j = 0; j < n; j++) c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }
}

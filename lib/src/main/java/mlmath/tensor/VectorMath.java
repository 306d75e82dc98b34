package mlmath.tensor;

/**
 * Level-1 kernels for the iterative linear algebra (Lanczos): dot products and axpys on slices of arrays, on the
 * Vector API when {@link Gemm#SIMD} is on, otherwise in plain Java with four independent sums.
 */
public final class VectorMath {
    private VectorMath() {}

    /** Σ x[xOff + i]·y[yOff + i] for i &lt; len. */
    public static double dot(double[] x, int xOff, double[] y, int yOff, int len) {
        if (Gemm.SIMD) return VectorMathSimd.dot(x, xOff, y, yOff, len);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += x[xOff + i] * y[yOff + i];
            s1 += x[xOff + i + 1] * y[yOff + i + 1];
            s2 += x[xOff + i + 2] * y[yOff + i + 2];
            s3 += x[xOff + i + 3] * y[yOff + i + 3];
        }
        for (; i < len; i++) s0 += x[xOff + i] * y[yOff + i];
        return (s0 + s1) + (s2 + s3);
    }

    /** y[yOff + i] += a·x[xOff + i] for i &lt; len. */
    public static void axpy(double a, double[] x, int xOff, double[] y, int yOff, int len) {
        if (Gemm.SIMD) {
            VectorMathSimd.axpy(a, x, xOff, y, yOff, len);
            return;
        }
        for (int i = 0; i < len; i++) y[yOff + i] += a * x[xOff + i];
    }

    /**
     * For a rows×cols row-major M, computes y = M·v and z = Mᵀ·(M·v) in one pass over M (each row is used for its
     * dot product and, while still in cache, for the axpy into z). Rows are split across the cores.
     */
    public static void normalProduct(double[] m, int rows, int cols, double[] v, double[] y, double[] z) {
        int chunks = rows * (long) cols < (1 << 16) ? 1 : Runtime.getRuntime().availableProcessors();
        int per = (rows + chunks - 1) / chunks;
        double[][] partial = new double[chunks][];
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            double[] zc = new double[cols];
            int r = Math.min(rows, c * per), end = Math.min(rows, r + per);
            if (Gemm.SIMD) r = VectorMathSimd.normalRows4(m, r, end, cols, v, y, zc);
            for (; r < end; r++) {
                double t = dot(m, r * cols, v, 0, cols);
                y[r] = t;
                axpy(t, m, r * cols, zc, 0, cols);
            }
            partial[c] = zc;
        });
        java.util.Arrays.fill(z, 0, cols, 0.0);
        for (double[] zc : partial) axpy(1, zc, 0, z, 0, cols);
    }
}

package mlmath.tensor.internal;

/**
 * Level-1 kernels for the iterative linear algebra (Lanczos): dot products and axpys on slices of arrays, in plain
 * Java (four independent sums; the JIT vectorises the axpy), with no copy to native memory per step.
 */
public final class VectorMath {
    private VectorMath() {}

    /** Σ x[xOff + i]·y[yOff + i] for i &lt; len. */
    public static double dot(double[] x, int xOff, double[] y, int yOff, int len) {
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
        for (int i = 0; i < len; i++) y[yOff + i] += a * x[xOff + i];
    }

    /**
     * For a rows×cols row-major M, computes y = M·v and z = Mᵀ·(M·v) in one pass over M (each row is used for its
     * dot product and, while still in cache, for the axpy into z). Rows are split across the cores.
     */
    public static void normalProduct(double[] m, int rows, int cols, double[] v, double[] y, double[] z) {
        double[] sum = sumOverRows(0, rows, cols, cols, (from, to, zc) -> {
            for (int r = from; r < to; r++) {
                double t = dot(m, r * cols, v, 0, cols);
                y[r] = t;
                axpy(t, m, r * cols, zc, 0, cols);
            }
        });
        System.arraycopy(sum, 0, z, 0, cols);
    }

    /** A pass over rows [r0, r1) that adds its contribution into {@code acc}. */
    public interface RowsWithSum { void run(int r0, int r1, double[] acc); }

    /**
     * Runs {@code body} over chunks of rows [r0, r1), each adding into its own length-{@code sumLen} accumulator, and
     * returns their sum. Chunks run on the cores once the pass (rows × cols) is big enough to pay for the hand-off.
     */
    public static double[] sumOverRows(int r0, int r1, int cols, int sumLen, RowsWithSum body) {
        int chunks = (long) (r1 - r0) * cols < (1 << 15) ? 1 : Math.min(4, Runtime.getRuntime().availableProcessors());
        double[][] acc = new double[chunks][Math.max(0, sumLen)];
        if (chunks == 1) {
            body.run(r0, r1, acc[0]);
            return acc[0];
        }
        int per = (r1 - r0 + chunks - 1) / chunks;
        java.util.stream.IntStream.range(0, chunks).parallel()
                .forEach(c -> body.run(Math.min(r1, r0 + c * per), Math.min(r1, r0 + (c + 1) * per), acc[c]));
        for (int c = 1; c < chunks; c++) axpy(1, acc[c], 0, acc[0], 0, acc[0].length);
        return acc[0];
    }
}

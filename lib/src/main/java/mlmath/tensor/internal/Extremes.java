package mlmath.tensor.internal;

/**
 * The kernels of max, min, argmax and argmin over float64: NaN anywhere in a line wins, as in numpy; max and min fold
 * with Math.max and Math.min, so 0.0 beats -0.0 for max and loses for min.
 */
final class Extremes {
    private Extremes() {}

    /** Columns reduced per pass along a non-last axis: a running row and a copied row of this many fit in L1 together. */
    static final int BLOCK = 1024;

    /**
     * The largest value of a contiguous line, or NaN if it holds one. A compare and a branch per element: the running
     * maximum seldom changes, so this beats calling Math.max (whose NaN and -0.0 handling costs several instructions)
     * for every element; Math.max still decides ties, -0.0 against 0.0 and NaN.
     */
    static double max(double[] x, int base, int len) {
        double m = x[base];
        for (int i = 1; i < len; i++) {
            double v = x[base + i];
            if (!(v < m)) {
                m = Math.max(m, v);
                if (m != m) return m;
            }
        }
        return m;
    }

    /** The smallest value of a contiguous line, or NaN if it holds one: {@link #max} mirrored. */
    static double min(double[] x, int base, int len) {
        double m = x[base];
        for (int i = 1; i < len; i++) {
            double v = x[base + i];
            if (!(v > m)) {
                m = Math.min(m, v);
                if (m != m) return m;
            }
        }
        return m;
    }

    /**
     * argmax (or with {@code !max} argmin) along the middle axis of {@code outer} blocks of {@code len} rows of
     * {@code inner} elements into the zeros of a fresh {@code out}: a contiguous line at a time when the axis is the
     * last, else row by row with a running best per column (a line strided through memory reads a cache line per element).
     */
    static void args(double[] x, int outer, int len, int inner, double[] out, boolean max) {
        if (inner == 1) {
            for (int o = 0; o < outer; o++) out[o] = arg(x, o * len, len, max);
            return;
        }
        double[] best = new double[inner];
        for (int o = 0; o < outer; o++) {
            int from = o * len * inner, off = o * inner;
            System.arraycopy(x, from, best, 0, inner);
            for (int r = 1; r < len; r++) {
                int row = from + r * inner;
                for (int j = 0; j < inner; j++) {
                    double v = x[row + j], b = best[j];
                    if (max ? !(v <= b) : !(v >= b)) {  // larger (smaller), a NaN, or anything once the best is NaN
                        if (b != b) continue;  // the first NaN stays
                        best[j] = v;
                        out[off + j] = r;
                    }
                }
            }
        }
    }

    /** {@link #args} for int64 values, compared exactly (a double holds integers only up to 2^53). */
    static void args(long[] x, int outer, int len, int inner, double[] out, boolean max) {
        for (int o = 0; o < outer; o++) {
            int from = o * len * inner, off = o * inner;
            for (int j = 0; j < inner; j++) {
                long best = x[from + j];
                int at = 0;
                for (int r = 1; r < len; r++) {
                    long v = x[from + r * inner + j];
                    if (max ? v > best : v < best) {
                        best = v;
                        at = r;
                    }
                }
                out[off + j] = at;
            }
        }
    }

    /**
     * The index of the first largest (or with {@code !max} smallest) value of a contiguous line, or of its first NaN.
     * One compare per element: {@code !(v <= best)} holds for a larger v and for a NaN, which the branch then tells apart.
     */
    private static int arg(double[] x, int base, int len, boolean max) {
        double best = x[base];
        if (best != best) return 0;
        int at = 0;
        for (int i = 1; i < len; i++) {
            double v = x[base + i];
            if (max ? !(v <= best) : !(v >= best)) {
                if (v != v) return i;
                best = v;
                at = i;
            }
        }
        return at;
    }

    /**
     * The running max (or min) along the middle axis of {@code outer} blocks of {@code len} rows of {@code inner}
     * elements. JDK 17's C2 vectorises no loop whose arrays have different runtime offsets, so rows are copied (several
     * at once when they are narrow, a block of columns at a time when they are wide) into a scratch array indexed like
     * the running one; Math.max and Math.min are associative and commutative, NaN and signed zeros included, so the
     * stacking changes no result.
     */
    static void rows(double[] x, int outer, int len, int inner, double[] out, boolean max) {
        int width = Math.min(inner, BLOCK), stack = Math.max(1, Math.min(len, BLOCK / inner));
        double[] acc = new double[stack * width], rows = new double[stack * width];
        for (int o = 0; o < outer; o++) {
            int from = o * len * inner;
            for (int j0 = 0; j0 < inner; j0 += width) {
                int n = Math.min(width, inner - j0);  // stack > 1 only when n == inner, so stacked rows are contiguous
                System.arraycopy(x, from + j0, acc, 0, stack * n);
                for (int r = stack; r < len; r += stack) {
                    int k = Math.min(stack, len - r) * n;
                    System.arraycopy(x, from + r * inner + j0, rows, 0, k);
                    into(acc, rows, k, max);
                }
                for (int s = stack; s > 1; s -= s / 2) {  // fold the stacked rows' upper half onto the lower
                    int h = s / 2;
                    System.arraycopy(acc, (s - h) * n, rows, 0, h * n);
                    into(acc, rows, h * n, max);
                }
                System.arraycopy(acc, 0, out, o * inner + j0, n);
            }
        }
    }

    private static void into(double[] acc, double[] v, int n, boolean max) {
        if (max) maxInto(acc, v, n);
        else minInto(acc, v, n);
    }

    private static void maxInto(double[] acc, double[] v, int n) { for (int k = 0; k < n; k++) acc[k] = Math.max(acc[k], v[k]); }

    private static void minInto(double[] acc, double[] v, int n) { for (int k = 0; k < n; k++) acc[k] = Math.min(acc[k], v[k]); }
}

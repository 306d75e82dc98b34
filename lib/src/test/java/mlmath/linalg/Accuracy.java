package mlmath.linalg;

import mlmath.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What LAPACK promises on every kernel, as its own tests and numpy's {@code test_linalg.py} check it: backward errors
 * and orthogonality within {@code C·n·eps}, and forward errors within what the problem's conditioning allows. Vectors
 * are compared one by one, up to sign, only where their value is well separated from the others (the error bound
 * {@code C·n·eps·‖A‖/gap} is then small); a cluster of close values is compared as the subspace it spans. Each check
 * returns null or what differs.
 */
final class Accuracy {
    private Accuracy() {}

    static final double EPS = Math.ulp(1.0);
    /** LAPACK's test threshold for a ratio such as ‖A − U·S·Vᵀ‖ / (n·eps·‖A‖). */
    static final double C = 30;
    /** A vector error bound above this means its value is not separated enough to be compared alone. */
    static final double SEPARATED = 1e-6;

    // ---- plain matrices (row-major double[rows][cols]), one per matrix of a stack ----

    static List<double[][]> matrices(Tensor t) {
        int[] d = t.shape().dims();
        int m = d[d.length - 2], n = d[d.length - 1];
        double[] x = t.data();
        List<double[][]> out = new ArrayList<>();
        for (int k = 0; k < stack(d); k++) {
            double[][] a = new double[m][n];
            for (int i = 0; i < m; i++) System.arraycopy(x, k * m * n + i * n, a[i], 0, n);
            out.add(a);
        }
        return out;
    }

    private static int stack(int[] d) {
        int s = 1;
        for (int i = 0; i < d.length - 2; i++) s *= d[i];
        return s;
    }

    static double[][] mul(double[][] a, double[][] b) {
        int m = a.length, k = b.length, n = k == 0 ? 0 : b[0].length;
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) c[i][j] += a[i][p] * b[p][j];
        return c;
    }

    static double[][] transpose(double[][] a) {
        int m = a.length, n = m == 0 ? 0 : a[0].length;
        double[][] t = new double[n][m];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) t[j][i] = a[i][j];
        return t;
    }

    static double frobenius(double[][] a) { return norm(flat(a)); }

    /** The 2-norm, scaled by the largest entry first so that 1e±200 entries neither underflow nor overflow (LAPACK's dnrm2). */
    static double norm(double[] x) {
        double max = 0, s = 0;
        for (double v : x) max = Math.max(max, Math.abs(v));
        if (max == 0 || !Double.isFinite(max)) return max;
        for (double v : x) s += (v / max) * (v / max);
        return max * Math.sqrt(s);
    }

    static double maxAbsDiff(double[][] a, double[][] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
        return d;
    }

    static double[][] columns(double[][] a, int from, int to) {
        double[][] c = new double[a.length][to - from];
        for (int i = 0; i < a.length; i++) System.arraycopy(a[i], from, c[i], 0, to - from);
        return c;
    }

    static double[][] rows(double[][] a, int from, int to) { return Arrays.copyOfRange(a, from, to); }

    static double[][] identity(int n) {
        double[][] e = new double[n][n];
        for (int i = 0; i < n; i++) e[i][i] = 1;
        return e;
    }

    static boolean finite(Tensor t) { return Arrays.stream(t.data()).allMatch(Double::isFinite); }

    // ---- the checks ----

    /** ‖XᵀX − I‖ within C·n·eps for the columns of X. */
    static String orthonormal(String what, double[][] x) {
        int n = x.length == 0 ? 0 : x[0].length;
        double d = maxAbsDiff(mul(transpose(x), x), identity(n));
        return d <= C * Math.max(1, x.length) * EPS ? null : what + " is not orthonormal: max|XᵀX − I| = " + d;
    }

    /** ‖A − B‖ (entries) within C·n·eps·scale: a backward error. */
    static String backward(String what, double[][] a, double[][] b, int n, double scale) {
        double d = maxAbsDiff(a, b), tol = C * Math.max(1, n) * EPS * scale;
        return d <= tol ? null : what + ": backward error " + d + " > " + tol;
    }

    /** Entries within an absolute tolerance (NaN matches NaN, infinities exactly). */
    static String close(String what, double[] expected, double[] actual, double tol) {
        if (expected.length != actual.length) return what + ": " + actual.length + " values, numpy has " + expected.length;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i], a = actual[i];
            boolean same = Double.isNaN(e) ? Double.isNaN(a) : Double.isInfinite(e) ? e == a : Math.abs(e - a) <= tol;
            if (!same) return what + "[" + i + "]: " + a + " vs numpy's " + e + " (tolerance " + tol + ")";
        }
        return null;
    }

    static double[] flat(double[][] a) { return Arrays.stream(a).flatMapToDouble(Arrays::stream).toArray(); }

    /**
     * Singular or eigen vectors (columns of {@code x}, numpy's {@code y}) for the values {@code w} (one per column, any
     * order numpy's and ours share): a column whose value is separated by {@code gap} from the others is compared within
     * C·n·eps·scale/gap, up to sign; a cluster of close values is compared as a subspace, within the same bound
     * with the gap to the rest of the spectrum. A cluster that is the whole spectrum leaves only orthonormality.
     */
    static String vectors(String what, double[][] x, double[][] y, double[] w, double scale) {
        int n = w.length, dim = x.length;
        double unit = C * Math.max(1, dim) * EPS * scale;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (i, j) -> Double.compare(w[i], w[j]));
        int start = 0;
        while (start < n) {
            int end = start + 1;   // the cluster is order[start..end)
            while (end < n && !(unit / (w[order[end]] - w[order[end - 1]]) <= SEPARATED)) end++;   // 0/0: equal values
            double below = start == 0 ? Double.POSITIVE_INFINITY : w[order[start]] - w[order[start - 1]];
            double above = end == n ? Double.POSITIVE_INFINITY : w[order[end]] - w[order[end - 1]];
            double gap = Math.min(below, above);
            if (Double.isFinite(gap)) {
                double tol = Math.max(unit / gap, 1e-12);
                int[] cols = Arrays.stream(order, start, end).mapToInt(Integer::intValue).toArray();
                double[][] xs = pick(x, cols), ys = pick(y, cols);
                double d = cols.length == 1 ? signFree(xs, ys) : maxAbsDiff(ys, mul(xs, mul(transpose(xs), ys)));
                if (!(d <= tol)) {
                    return what + (cols.length == 1 ? " vector " + cols[0] : " subspace of vectors " + Arrays.toString(cols))
                            + " differs from numpy's by " + d + " (tolerance " + tol + ", gap " + gap + ")";
                }
            }
            start = end;
        }
        return null;
    }

    /**
     * The difference of two vectors up to sign. LAPACK promises no sign: which one a driver returns hangs on the sign of
     * a rounding-sized intermediate wherever the matrix is degenerate somewhere (seen across kernels for a
     * well-separated eigenvalue of a matrix with a repeated one), so only the digits tier compares signs.
     */
    static double signFree(double[][] x, double[][] y) {
        double[][] minus = new double[y.length][];
        for (int i = 0; i < y.length; i++) minus[i] = Arrays.stream(y[i]).map(v -> -v).toArray();
        return Math.min(maxAbsDiff(x, y), maxAbsDiff(x, minus));
    }

    static double[][] pick(double[][] x, int[] cols) {
        double[][] p = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < cols.length; j++) p[i][j] = x[i][cols[j]];
        return p;
    }

    /** The 2-norm condition number σ₁/σₙ of a square matrix from its singular values (infinite when singular). */
    static double condition(double[] s) {
        if (s.length == 0) return 1;
        double max = Arrays.stream(s).max().orElse(0), min = Arrays.stream(s).min().orElse(0);
        return max == 0 ? Double.POSITIVE_INFINITY : max / min;
    }

    /** Whether a problem of size n and this condition number has no digits left in double precision. */
    static boolean numericallySingular(int n, double condition) { return !(C * Math.max(1, n) * EPS * condition < 1e-2); }
}

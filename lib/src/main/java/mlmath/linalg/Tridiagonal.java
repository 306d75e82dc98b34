package mlmath.linalg;

import mlmath.tensor.internal.VectorMath;

import java.util.List;
import java.util.Random;

/** Eigenvectors of a symmetric tridiagonal matrix by inverse iteration, given its eigenvalues (and their order). */
final class Tridiagonal {
    private Tridiagonal() {}

    private static final double EPS = Math.ulp(1.0);

    /**
     * The unit eigenvector of the symmetric tridiagonal T (diagonal {@code d}, off-diagonal {@code e}) for its
     * eigenvalue λ: three solves with T − λI (LU with partial pivoting, LAPACK's dgttrf/dgtts2; a zero pivot becomes
     * ε·‖T‖), each followed by Gram–Schmidt against the vectors of λ's cluster found before it (LAPACK's dstein).
     * Null if the values are not finite.
     */
    static double[] eigenvector(double[] d, double[] e, double lambda, double norm, List<double[]> cluster, long seed) {
        int size = d.length;
        double[] diag = new double[size], lower = new double[size - 1], upper = new double[size - 1];
        double[] upper2 = new double[Math.max(0, size - 2)];
        boolean[] swapped = new boolean[size - 1];
        for (int k = 0; k < size; k++) diag[k] = d[k] - lambda;
        System.arraycopy(e, 0, lower, 0, size - 1);
        System.arraycopy(e, 0, upper, 0, size - 1);
        for (int k = 0; k < size - 1; k++) {
            if (Math.abs(diag[k]) >= Math.abs(lower[k])) {
                double f = diag[k] == 0 ? 0 : lower[k] / diag[k];
                lower[k] = f;
                diag[k + 1] -= f * upper[k];
            } else {
                double f = diag[k] / lower[k];
                diag[k] = lower[k];
                lower[k] = f;
                double t = upper[k];
                upper[k] = diag[k + 1];
                diag[k + 1] = t - f * diag[k + 1];
                if (k < size - 2) {
                    upper2[k] = upper[k + 1];
                    upper[k + 1] = -f * upper[k + 1];
                }
                swapped[k] = true;
            }
        }
        double pivmin = EPS * norm;
        for (int k = 0; k < size; k++) if (Math.abs(diag[k]) < pivmin) diag[k] = Math.copySign(pivmin, diag[k]);
        Random rng = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        double[] x = new double[size];
        for (int k = 0; k < size; k++) x[k] = rng.nextDouble() * 2 - 1;
        for (int it = 0; it < 3; it++) {
            for (int k = 0; k < size - 1; k++) {
                if (!swapped[k]) {
                    x[k + 1] -= lower[k] * x[k];
                } else {
                    double t = x[k];
                    x[k] = x[k + 1];
                    x[k + 1] = t - lower[k] * x[k];
                }
            }
            x[size - 1] /= diag[size - 1];
            if (size > 1) x[size - 2] = (x[size - 2] - upper[size - 2] * x[size - 1]) / diag[size - 2];
            for (int k = size - 3; k >= 0; k--) x[k] = (x[k] - upper[k] * x[k + 1] - upper2[k] * x[k + 2]) / diag[k];
            double scale = 0;
            for (double v : x) scale = Math.max(scale, Math.abs(v));
            if (!(scale > 0 && Double.isFinite(scale))) return null;
            for (int k = 0; k < size; k++) x[k] /= scale;
            for (double[] q : cluster) VectorMath.axpy(-VectorMath.dot(q, 0, x, 0, size), q, 0, x, 0, size);
            double nrm = Math.sqrt(VectorMath.dot(x, 0, x, 0, size));
            if (!(nrm > 0)) return null;
            for (int k = 0; k < size; k++) x[k] /= nrm;
        }
        return x;
    }

    /** Sorts v into descending order in place and returns it. */
    static double[] descending(double[] v) {
        java.util.Arrays.sort(v);
        for (int i = 0, n = v.length; i < n / 2; i++) {
            double t = v[i];
            v[i] = v[n - 1 - i];
            v[n - 1 - i] = t;
        }
        return v;
    }
}

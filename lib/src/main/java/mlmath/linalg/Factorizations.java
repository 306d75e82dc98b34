package mlmath.linalg;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/** numpy's {@code qr} (dgeqrf + dorgqr) and {@code cholesky} (dpotrf). */
public final class Factorizations {
    private Factorizations() {}

    /** {@code np.linalg.qr(a, mode)} for mode "reduced" (Q M×K, R K×N), "complete" (Q M×M, R M×N) or "r" (R alone). */
    public static QRResult qr(Tensor a, String mode) {
        if (!"reduced".equals(mode) && !"complete".equals(mode)) {
            if ("r".equals(mode)) return new QRResult(null, qrR(a));
            throw new ShapeException("Unrecognized mode '" + (mode == null ? "None" : mode) + "'");
        }
        Stacks.requireMatrices(a);
        int m = Stacks.rows(a), n = Stacks.cols(a), k = Math.min(m, n);
        int mc = mode.equals("complete") && m > n ? m : k;
        Tensor[] qr = factor(a, mc, mc);
        return new QRResult(qr[0], qr[1]);
    }

    /** {@code np.linalg.qr(a, mode='r')}: R alone (K×N). */
    public static Tensor qrR(Tensor a) {
        Stacks.requireMatrices(a);
        int k = Math.min(Stacks.rows(a), Stacks.cols(a));
        return factor(a, 0, k)[1];
    }

    private static Tensor[] factor(Tensor a, int qCols, int rRows) {
        int m = Stacks.rows(a), n = Stacks.cols(a), count = Stacks.count(a);
        double[] q = new double[count * m * qCols], r = new double[count * rRows * n];
        for (int i = 0; i < count; i++) {
            Driver.Factors f = Lapack.driver().qr(Stacks.matrix(a, i), m, n, qCols, rRows);
            System.arraycopy(f.u(), 0, q, i * m * qCols, m * qCols);
            System.arraycopy(f.vt(), 0, r, i * rRows * n, rRows * n);
        }
        int[] lead = Stacks.lead(a);
        return new Tensor[] {Stacks.tensor(q, lead, m, qCols), Stacks.tensor(r, lead, rRows, n)};
    }

    /**
     * {@code np.linalg.cholesky(a, upper)}: lower-triangular L with {@code a = L @ L.T} read from a's lower triangle
     * (numpy's default), or with upper = true the upper-triangular U = Lᵀ read from the upper triangle.
     */
    public static Tensor cholesky(Tensor a, boolean upper) {
        int n = Stacks.requireSquare(a), count = Stacks.count(a);
        double[] out = new double[count * n * n];
        for (int i = 0; i < count && n > 0; i++) {
            double[] l = Stacks.matrix(a, i);
            if (!Lapack.driver().cholesky(l, n, !upper)) throw new LinAlgError("Matrix is not positive definite");
            System.arraycopy(l, 0, out, i * n * n, n * n);
        }
        return Stacks.tensor(out, Stacks.lead(a), n, n);
    }
}

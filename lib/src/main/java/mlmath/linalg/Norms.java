package mlmath.linalg;

import mlmath.tensor.Tensor;

/** Vector and matrix norms. */
public final class Norms {
    private Norms() {}

    /** The Frobenius norm (2-norm of the flattened array), like {@code np.linalg.norm(A)}; scaled to avoid overflow. */
    public static double frobenius(Tensor a) {
        double scale = 0, ssq = 1;
        for (double v : a.data()) {
            if (v == 0) continue;
            double abs = Math.abs(v);
            if (Double.isNaN(abs)) return Double.NaN;
            if (scale < abs) {
                ssq = 1 + ssq * (scale / abs) * (scale / abs);
                scale = abs;
            } else {
                ssq += (abs / scale) * (abs / scale);
            }
        }
        return scale * Math.sqrt(ssq);
    }
}

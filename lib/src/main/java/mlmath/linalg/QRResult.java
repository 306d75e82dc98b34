package mlmath.linalg;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/**
 * numpy's {@code QRResult}: orthonormal Q and upper-triangular R with {@code A = Q @ R}. For mode "r" numpy returns R
 * alone: then Q is absent and the result prints as R.
 */
public record QRResult(Tensor Q, Tensor R) {
    /** Q; mode "r" computed none. */
    public Tensor Q() {
        if (Q == null) throw new ShapeException("mode 'r' computes R alone: np.linalg.qr(a) gives Q as well");
        return Q;
    }

    @Override public String toString() { return Q == null ? String.valueOf(R) : "QRResult(Q=" + Q + ", R=" + R + ")"; }
}

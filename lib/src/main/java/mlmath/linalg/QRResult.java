package mlmath.linalg;

import mlmath.tensor.Tensor;

/** numpy's {@code QRResult}: orthonormal Q and upper-triangular R with {@code A = Q @ R}. */
public record QRResult(Tensor Q, Tensor R) {
    @Override public String toString() { return "QRResult(Q=" + Q + ", R=" + R + ")"; }
}

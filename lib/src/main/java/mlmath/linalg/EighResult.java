package mlmath.linalg;

import mlmath.tensor.Tensor;

/** numpy's {@code EighResult}: eigenvalues ascending and orthonormal eigenvectors as columns. */
public record EighResult(Tensor eigenvalues, Tensor eigenvectors) {
    @Override public String toString() {
        return "EighResult(eigenvalues=" + eigenvalues + ", eigenvectors=" + eigenvectors + ")";
    }
}

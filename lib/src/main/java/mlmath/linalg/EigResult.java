package mlmath.linalg;

/**
 * numpy's {@code EigResult}: eigenvalues and unit right eigenvectors (columns), {@code A @ v[:, i] = w[i] * v[:, i]}.
 * Both are float64 {@link mlmath.tensor.Tensor}s when every eigenvalue is real, otherwise {@link ComplexTensor}s.
 */
public record EigResult(Object eigenvalues, Object eigenvectors) {
    /** True when the eigenvalues came out complex (then both parts are {@link ComplexTensor}s). */
    public boolean isComplex() { return eigenvalues instanceof ComplexTensor; }

    @Override public String toString() {
        return "EigResult(eigenvalues=" + eigenvalues + ", eigenvectors=" + eigenvectors + ")";
    }
}

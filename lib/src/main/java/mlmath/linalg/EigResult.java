package mlmath.linalg;

/**
 * numpy's {@code EigResult}: eigenvalues and unit right eigenvectors (columns), {@code A @ v[:, i] = w[i] * v[:, i]}.
 * Both are float64 {@link mlmath.tensor.Tensor}s when every eigenvalue is real, otherwise {@link ComplexTensor}s
 * (never silently made real), so the accessors are typed {@code Object}: cast to use them.
 * <pre>{@code
 * jshell> Tensor w = (Tensor) np.linalg.eig(np.array(new double[][] {{2, 0}, {0, 3}})).eigenvalues()
 * w ==> array([2., 3.])
 * jshell> np.linalg.eig(np.array(new double[][] {{0, -1}, {1, 0}})).eigenvalues()
 * $2 ==> array([0.+1.j, 0.-1.j])
 * }</pre>
 */
public record EigResult(Object eigenvalues, Object eigenvectors) {
    /** True when the eigenvalues came out complex (then both parts are {@link ComplexTensor}s). */
    public boolean isComplex() { return eigenvalues instanceof ComplexTensor; }

    @Override public String toString() {
        return "EigResult(eigenvalues=" + eigenvalues + ", eigenvectors=" + eigenvectors + ")";
    }
}

package mlmath.np;

import mlmath.linalg.ComplexTensor;
import mlmath.linalg.EigResult;
import mlmath.linalg.Eigen;
import mlmath.linalg.EighResult;
import mlmath.linalg.Factorizations;
import mlmath.linalg.LstsqResult;
import mlmath.linalg.Norms;
import mlmath.linalg.Products;
import mlmath.linalg.QRResult;
import mlmath.linalg.SVDResult;
import mlmath.linalg.SlogdetResult;
import mlmath.linalg.Solve;
import mlmath.linalg.Svd;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;

/**
 * {@code np.linalg} on LAPACK (OpenBLAS, the drivers numpy calls, so digits and signs match numpy's). Functions
 * take {@code (..., M, N)} stacks where numpy does and fail with numpy's {@link mlmath.linalg.LinAlgError} text.
 */
public final class NpLinalg {
    NpLinalg() {}

    /** {@code U, S, Vt = np.linalg.svd(A)}: full matrices, S descending (dgesdd). */
    public SVDResult svd(Object a) { return Svd.svd(ArrayLike.toTensor(a), true); }

    /** {@code np.linalg.svd(A, full_matrices=False)}: U M×K, Vt K×N with K = min(M, N). */
    public SVDResult svd(Object a, boolean fullMatrices) { return Svd.svd(ArrayLike.toTensor(a), fullMatrices); }

    /** The top-k triplets only (U m×k, S k, Vt k×n) by a Krylov method; far faster than the full SVD for small k. */
    public SVDResult svd(Object a, int k) { return Svd.truncated(ArrayLike.toTensor(a), k); }

    /** {@code np.linalg.svdvals(A)} = {@code svd(A, compute_uv=False)}: the singular values alone, descending. */
    public Tensor svdvals(Object a) { return Svd.svdvals(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.eig(A)}: eigenvalues and unit eigenvectors (columns); complex ones as {@link ComplexTensor}s. */
    public EigResult eig(Object a) { return Eigen.eig(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.eigvals(A)}: a Tensor when all eigenvalues are real, otherwise a {@link ComplexTensor}. */
    public Object eigvals(Object a) { return Eigen.eigvals(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.eigh(C)}: symmetric C (lower triangle read), eigenvalues ascending, eigenvectors as columns. */
    public EighResult eigh(Object a) { return Eigen.eigh(ArrayLike.toTensor(a), "L"); }

    /** {@code np.linalg.eigh(C, UPLO)}: "L" reads the lower triangle, "U" the upper. */
    public EighResult eigh(Object a, String uplo) { return Eigen.eigh(ArrayLike.toTensor(a), uplo); }

    /** {@code np.linalg.eigvalsh(C)}: the eigenvalues of a symmetric matrix, ascending. */
    public Tensor eigvalsh(Object a) { return Eigen.eigvalsh(ArrayLike.toTensor(a), "L"); }

    /** {@code np.linalg.eigvalsh(C, UPLO)}. */
    public Tensor eigvalsh(Object a, String uplo) { return Eigen.eigvalsh(ArrayLike.toTensor(a), uplo); }

    /** {@code np.linalg.inv(A)}; LinAlgError "Singular matrix" when A has no inverse. */
    public Tensor inv(Object a) { return Solve.inv(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.solve(A, b)}: x with A @ x = b (b a vector or (..., M, K)). */
    public Tensor solve(Object a, Object b) { return Solve.solve(ArrayLike.toTensor(a), ArrayLike.toTensor(b)); }

    /** {@code np.linalg.tensorsolve(a, b)}: x with {@code np.tensordot(a, x, x.ndim) == b}, a reshaped to a square system. */
    public Tensor tensorsolve(Object a, Object b) { return Solve.tensorsolve(ArrayLike.toTensor(a, "a"), ArrayLike.toTensor(b, "b")); }

    /** {@code np.linalg.lstsq(A, b)}: least-squares solution, residuals, rank and singular values (rcond eps·max(M, N)). */
    public LstsqResult lstsq(Object a, Object b) { return Solve.lstsq(ArrayLike.toTensor(a), ArrayLike.toTensor(b)); }

    /** {@code np.linalg.lstsq(A, b, rcond)}: singular values at or below rcond·S.max() count as zero. */
    public LstsqResult lstsq(Object a, Object b, double rcond) {
        return Solve.lstsq(ArrayLike.toTensor(a), ArrayLike.toTensor(b), rcond);
    }

    /** {@code np.linalg.qr(A)}: reduced Q (M×K) and R (K×N). */
    public QRResult qr(Object a) { return Factorizations.qr(ArrayLike.toTensor(a), "reduced"); }

    /** {@code np.linalg.qr(A, mode)}: "reduced", "complete" (Q M×M, R M×N) or "r" (R alone, printed as numpy's array). */
    public QRResult qr(Object a, String mode) { return Factorizations.qr(ArrayLike.toTensor(a), mode); }

    /** {@code np.linalg.qr(A, mode='r')}: R alone. */
    public Tensor qrR(Object a) { return Factorizations.qrR(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.cholesky(A)}: lower L with A = L @ L.T; "Matrix is not positive definite" otherwise. */
    public Tensor cholesky(Object a) { return Factorizations.cholesky(ArrayLike.toTensor(a), false); }

    /** {@code np.linalg.cholesky(A, upper=True)}: the upper factor U with A = U.T @ U. */
    public Tensor cholesky(Object a, boolean upper) { return Factorizations.cholesky(ArrayLike.toTensor(a), upper); }

    /** {@code np.linalg.det(A)} (0-d for one matrix; {@code .item()} gives the double). */
    public Tensor det(Object a) { return Solve.det(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.slogdet(A)}: sign and log|det|, safe from overflow. */
    public SlogdetResult slogdet(Object a) { return Solve.slogdet(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.matrix_rank(A)}: singular values above S.max()·max(M, N)·eps (int64). */
    public Tensor matrix_rank(Object a) { return Svd.matrixRank(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.matrix_rank(A, tol)}. */
    public Tensor matrix_rank(Object a, double tol) { return Svd.matrixRank(ArrayLike.toTensor(a), tol); }

    /** {@code np.linalg.pinv(A)}: the pseudo-inverse, values below 1e-15·S.max() dropped. */
    public Tensor pinv(Object a) { return Svd.pinv(ArrayLike.toTensor(a)); }

    /** {@code np.linalg.pinv(A, rcond)}. */
    public Tensor pinv(Object a, double rcond) { return Svd.pinv(ArrayLike.toTensor(a), rcond); }

    /** {@code np.linalg.matrix_power(A, n)}: A multiplied by itself n times (n &lt; 0: of its inverse). */
    public Tensor matrix_power(Object a, int n) { return Products.matrixPower(ArrayLike.toTensor(a), n); }

    /** {@code np.linalg.multi_dot([A, B, C])}: A @ B @ C multiplied in the cheapest order. */
    public Tensor multi_dot(Object... arrays) {
        if (arrays == null) throw new ShapeException("'NoneType' object is not iterable");
        Tensor[] t = new Tensor[arrays.length];
        for (int i = 0; i < t.length; i++) t[i] = ArrayLike.toTensor(arrays[i]);
        return Products.multiDot(t);
    }

    /** {@code np.linalg.cond(A)}: σ_max / σ_min, how much A can stretch relative errors (inf when singular). */
    public Tensor cond(Object a) { return Norms.cond(ArrayLike.toTensor(a), null); }

    /** {@code np.linalg.cond(A, p)}: p = 1, -1, 2, -2, "fro", "nuc" or ±Double.POSITIVE_INFINITY. */
    public Tensor cond(Object a, Object p) { return Norms.cond(ArrayLike.toTensor(a), p); }

    /** {@code np.linalg.vector_norm(x, ord=2)} (numpy 2): the norm of the flattened array. */
    public Tensor vector_norm(Object x, Object ord) { return Norms.vectorNorm(ArrayLike.toTensor(x), ord, null, false); }

    /** {@code np.linalg.vector_norm(x, ord, axis, keepdims)}; axis may be null. */
    public Tensor vector_norm(Object x, Object ord, Integer axis, boolean keepdims) {
        return Norms.vectorNorm(ArrayLike.toTensor(x), ord, axis, keepdims);
    }

    /** {@code np.linalg.matrix_norm(x, ord='fro')} (numpy 2): over the last two axes. */
    public Tensor matrix_norm(Object x, Object ord) { return Norms.matrixNorm(ArrayLike.toTensor(x), ord, false); }

    /** {@code np.linalg.norm(x)}: the 2-norm of the flattened array (Frobenius for a matrix). */
    public double norm(Object x) { return Norms.norm(ArrayLike.toTensor(x), null, null, false).item(); }

    /**
     * {@code np.linalg.norm(x, ord)}: ord a number (1, 2, -1, -2, Double.POSITIVE_INFINITY, p) or "fro" / "nuc";
     * a vector norm for 1-D x, a matrix norm for 2-D x.
     */
    public double norm(Object x, Object ord) { return Norms.norm(ArrayLike.toTensor(x), ord, null, false).item(); }

    /** {@code np.linalg.norm(x, ord, axis)}: vector norms along one axis (ord may be null). */
    public Tensor norm(Object x, Object ord, int axis) { return Norms.norm(ArrayLike.toTensor(x), ord, axis, false); }

    /** {@code np.linalg.norm(x, ord, axis, keepdims)}: axis null, an int, or two axes {@code new int[] {-2, -1}} for matrix norms. */
    public Tensor norm(Object x, Object ord, Object axis, boolean keepdims) {
        return Norms.norm(ArrayLike.toTensor(x), ord, axis, keepdims);
    }
}

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

    /**
     * {@code U, S, Vt = np.linalg.svd(A)}: full matrices, S descending (dgesdd).
     * <pre>{@code
     * jshell> np.linalg.svd(np.array(new double[][] {{2, 1}, {1, 3}}))
     * $1 ==> SVDResult(U=array([[-0.52573111, -0.85065081],
     *        [-0.85065081,  0.52573111]]), S=array([3.61803399, 1.38196601]), Vh=array([[-0.52573111, -0.85065081],
     *        [-0.85065081,  0.52573111]]))
     * }</pre>
     */
    public SVDResult svd(Object a) { return Svd.svd(ArrayLike.toTensor(a), true); }

    /**
     * {@code np.linalg.svd(A, full_matrices=False)}: U M×K, Vt K×N with K = min(M, N).
     * <pre>{@code
     * jshell> np.linalg.svd(np.array(new double[][] {{3, 0}, {0, 4}, {0, 0}}), false).U()
     * $1 ==> array([[0., 1.],
     *        [1., 0.],
     *        [0., 0.]])
     * }</pre>
     */
    public SVDResult svd(Object a, boolean fullMatrices) { return Svd.svd(ArrayLike.toTensor(a), fullMatrices); }

    /**
     * The top-k triplets only (U m×k, S k, Vt k×n) by a Krylov method; far faster than the full SVD for small k.
     * Signs follow scikit-learn's svd_flip (each U column's largest entry is positive), so a pair may be the negative
     * of the full {@link #svd}'s.
     * <pre>{@code
     * jshell> np.linalg.svd(np.diag(np.array(5.0, 4.0, 3.0, 2.0, 1.0)), 2).S()
     * $1 ==> array([5., 4.])
     * }</pre>
     */
    public SVDResult svd(Object a, int k) { return Svd.truncated(ArrayLike.toTensor(a), k); }

    /**
     * {@code np.linalg.svdvals(A)} = {@code svd(A, compute_uv=False)}: the singular values alone, descending.
     * <pre>{@code
     * jshell> np.linalg.svdvals(np.array(new double[][] {{3, 0}, {0, 4}}))
     * $1 ==> array([4., 3.])
     * }</pre>
     */
    public Tensor svdvals(Object a) { return Svd.svdvals(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.eig(A)}: eigenvalues and unit eigenvectors (columns); complex ones as {@link ComplexTensor}s.
     * <pre>{@code
     * jshell> np.linalg.eig(np.array(new double[][] {{2, 0}, {0, 3}}))
     * $1 ==> EigResult(eigenvalues=array([2., 3.]), eigenvectors=array([[1., 0.],
     *        [0., 1.]]))
     * jshell> np.linalg.eig(np.array(new double[][] {{0, -1}, {1, 0}})).eigenvalues()
     * $2 ==> array([0.+1.j, 0.-1.j])
     * }</pre>
     */
    public EigResult eig(Object a) { return Eigen.eig(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.eigvals(A)}: a Tensor when all eigenvalues are real, otherwise a {@link ComplexTensor}.
     * <pre>{@code
     * jshell> np.linalg.eigvals(np.array(new double[][] {{1, 2}, {2, 1}}))
     * $1 ==> array([ 3., -1.])
     * }</pre>
     */
    public Object eigvals(Object a) { return Eigen.eigvals(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.eigh(C)}: symmetric C (lower triangle read), eigenvalues ascending, eigenvectors as columns.
     * <pre>{@code
     * jshell> np.linalg.eigh(np.array(new double[][] {{2, 1}, {1, 3}}))
     * $1 ==> EighResult(eigenvalues=array([1.38196601, 3.61803399]), eigenvectors=array([[-0.85065081,  0.52573111],
     *        [ 0.52573111,  0.85065081]]))
     * }</pre>
     */
    public EighResult eigh(Object a) { return Eigen.eigh(ArrayLike.toTensor(a), "L"); }

    /**
     * {@code np.linalg.eigh(C, UPLO)}: "L" reads the lower triangle, "U" the upper.
     * <pre>{@code
     * jshell> np.linalg.eigh(np.array(new double[][] {{2, 5}, {1, 2}}), "U").eigenvalues()
     * $1 ==> array([-3.,  7.])
     * }</pre>
     */
    public EighResult eigh(Object a, String uplo) { return Eigen.eigh(ArrayLike.toTensor(a), uplo); }

    /**
     * {@code np.linalg.eigvalsh(C)}: the eigenvalues of a symmetric matrix, ascending.
     * <pre>{@code
     * jshell> np.linalg.eigvalsh(np.array(new double[][] {{2, 1}, {1, 3}}))
     * $1 ==> array([1.38196601, 3.61803399])
     * }</pre>
     */
    public Tensor eigvalsh(Object a) { return Eigen.eigvalsh(ArrayLike.toTensor(a), "L"); }

    /**
     * {@code np.linalg.eigvalsh(C, UPLO)}.
     * <pre>{@code
     * jshell> np.linalg.eigvalsh(np.array(new double[][] {{2, 5}, {1, 2}}), "L")
     * $1 ==> array([1., 3.])
     * }</pre>
     */
    public Tensor eigvalsh(Object a, String uplo) { return Eigen.eigvalsh(ArrayLike.toTensor(a), uplo); }

    /**
     * {@code np.linalg.inv(A)}; LinAlgError "Singular matrix" when A has no inverse.
     * <pre>{@code
     * jshell> np.linalg.inv(np.array(new double[][] {{4, 7}, {2, 6}}))
     * $1 ==> array([[ 0.6, -0.7],
     *        [-0.2,  0.4]])
     * jshell> expectError(() -> np.linalg.inv(np.ones(2, 2)))
     * expected error ✓ Singular matrix
     * }</pre>
     */
    public Tensor inv(Object a) { return Solve.inv(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.solve(A, b)}: x with A @ x = b (b a vector or (..., M, K)).
     * <pre>{@code
     * jshell> np.linalg.solve(np.array(new double[][] {{3, 1}, {1, 2}}), np.array(9.0, 8.0))
     * $1 ==> array([2., 3.])
     * }</pre>
     */
    public Tensor solve(Object a, Object b) { return Solve.solve(ArrayLike.toTensor(a), ArrayLike.toTensor(b)); }

    /**
     * {@code np.linalg.tensorsolve(a, b)}: x with {@code np.tensordot(a, x, x.ndim) == b}, a reshaped to a square system.
     * <pre>{@code
     * jshell> np.linalg.tensorsolve(np.eye(6).reshape(6, 2, 3), np.arange(6))
     * $1 ==> array([[0., 1., 2.],
     *        [3., 4., 5.]])
     * }</pre>
     */
    public Tensor tensorsolve(Object a, Object b) { return Solve.tensorsolve(ArrayLike.toTensor(a, "a"), ArrayLike.toTensor(b, "b"), null); }

    /**
     * {@code np.linalg.tensorsolve(a, b, axes)}: the listed axes of a are moved to the end first, in order (they are
     * the axes summed against x).
     * <pre>{@code
     * jshell> np.linalg.tensorsolve(np.eye(6).reshape(2, 6, 3), np.arange(6), 0, 2).shape()
     * $1 ==> (2, 3)
     * }</pre>
     */
    public Tensor tensorsolve(Object a, Object b, int... axes) {
        return Solve.tensorsolve(ArrayLike.toTensor(a, "a"), ArrayLike.toTensor(b, "b"), axes == null ? null : axes.clone());
    }

    /**
     * {@code np.linalg.lstsq(A, b)}: least-squares solution, residuals, rank and singular values (rcond eps·max(M, N)).
     * <pre>{@code
     * jshell> np.linalg.lstsq(np.array(new double[][] {{1, 0}, {1, 1}, {1, 2}}), np.array(1.0, 2.0, 2.0))
     * $1 ==> (array([1.16666667, 0.5       ]), array([0.16666667]), np.int32(2), array([2.6762432 , 0.91527173]))
     * }</pre>
     */
    public LstsqResult lstsq(Object a, Object b) { return Solve.lstsq(ArrayLike.toTensor(a), ArrayLike.toTensor(b)); }

    /**
     * {@code np.linalg.lstsq(A, b, rcond)}: singular values at or below rcond·S.max() count as zero.
     * <pre>{@code
     * jshell> np.linalg.lstsq(np.ones(2, 2), np.array(2.0, 2.0), 1e-10).solution()
     * $1 ==> array([1., 1.])
     * }</pre>
     */
    public LstsqResult lstsq(Object a, Object b, double rcond) {
        return Solve.lstsq(ArrayLike.toTensor(a), ArrayLike.toTensor(b), rcond);
    }

    /**
     * {@code np.linalg.qr(A)}: reduced Q (M×K) and R (K×N).
     * <pre>{@code
     * jshell> np.linalg.qr(np.array(new double[][] {{3, 1}, {4, 2}}))
     * $1 ==> QRResult(Q=array([[-0.6, -0.8],
     *        [-0.8,  0.6]]), R=array([[-5. , -2.2],
     *        [ 0. ,  0.4]]))
     * }</pre>
     */
    public QRResult qr(Object a) { return Factorizations.qr(ArrayLike.toTensor(a), "reduced"); }

    /**
     * {@code np.linalg.qr(A, mode)}: "reduced", "complete" (Q M×M, R M×N) or "r" (R alone, printed as numpy's array).
     * <pre>{@code
     * jshell> np.linalg.qr(np.array(new double[][] {{3}, {4}}), "complete").Q()
     * $1 ==> array([[-0.6, -0.8],
     *        [-0.8,  0.6]])
     * }</pre>
     */
    public QRResult qr(Object a, String mode) { return Factorizations.qr(ArrayLike.toTensor(a), mode); }

    /**
     * {@code np.linalg.qr(A, mode='r')}: R alone.
     * <pre>{@code
     * jshell> np.linalg.qrR(np.array(new double[][] {{3, 1}, {4, 2}}))
     * $1 ==> array([[-5. , -2.2],
     *        [ 0. ,  0.4]])
     * }</pre>
     */
    public Tensor qrR(Object a) { return Factorizations.qrR(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.cholesky(A)}: lower L with A = L @ L.T; "Matrix is not positive definite" otherwise.
     * <pre>{@code
     * jshell> np.linalg.cholesky(np.array(new double[][] {{4, 2}, {2, 5}}))
     * $1 ==> array([[2., 0.],
     *        [1., 2.]])
     * }</pre>
     */
    public Tensor cholesky(Object a) { return Factorizations.cholesky(ArrayLike.toTensor(a), false); }

    /**
     * {@code np.linalg.cholesky(A, upper=True)}: the upper factor U with A = U.T @ U.
     * <pre>{@code
     * jshell> np.linalg.cholesky(np.array(new double[][] {{4, 2}, {2, 5}}), true)
     * $1 ==> array([[2., 1.],
     *        [0., 2.]])
     * }</pre>
     */
    public Tensor cholesky(Object a, boolean upper) { return Factorizations.cholesky(ArrayLike.toTensor(a), upper); }

    /**
     * {@code np.linalg.det(A)} (0-d for one matrix; {@code .item()} gives the double).
     * <pre>{@code
     * jshell> np.linalg.det(np.array(new double[][] {{1, 2}, {3, 4}}))
     * $1 ==> np.float64(-2.0000000000000004)
     * }</pre>
     */
    public Tensor det(Object a) { return Solve.det(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.slogdet(A)}: sign and log|det|, safe from overflow.
     * <pre>{@code
     * jshell> np.linalg.slogdet(np.array(new double[][] {{1, 2}, {3, 4}}))
     * $1 ==> SlogdetResult(sign=np.float64(-1.0), logabsdet=np.float64(0.6931471805599455))
     * }</pre>
     */
    public SlogdetResult slogdet(Object a) { return Solve.slogdet(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.matrix_rank(A)}: singular values above S.max()·max(M, N)·eps (int64).
     * <pre>{@code
     * jshell> np.linalg.matrix_rank(np.array(new double[][] {{1, 2}, {2, 4}}))
     * $1 ==> np.int64(1)
     * }</pre>
     */
    public Tensor matrix_rank(Object a) { return Svd.matrixRank(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.matrix_rank(A, tol)}.
     * <pre>{@code
     * jshell> np.linalg.matrix_rank(np.diag(np.array(1.0, 1e-8)), 1e-6)
     * $1 ==> np.int64(1)
     * }</pre>
     */
    public Tensor matrix_rank(Object a, double tol) { return Svd.matrixRank(ArrayLike.toTensor(a), tol); }

    /**
     * {@code np.linalg.pinv(A)}: the pseudo-inverse, values below 1e-15·S.max() dropped.
     * <pre>{@code
     * jshell> np.linalg.pinv(np.array(new double[][] {{1, 2}, {2, 4}}))
     * $1 ==> array([[0.04, 0.08],
     *        [0.08, 0.16]])
     * }</pre>
     */
    public Tensor pinv(Object a) { return Svd.pinv(ArrayLike.toTensor(a)); }

    /**
     * {@code np.linalg.pinv(A, rcond)}.
     * <pre>{@code
     * jshell> np.linalg.pinv(np.diag(np.array(1.0, 1e-8)), 1e-6)
     * $1 ==> array([[1., 0.],
     *        [0., 0.]])
     * }</pre>
     */
    public Tensor pinv(Object a, double rcond) { return Svd.pinv(ArrayLike.toTensor(a), rcond); }

    /**
     * {@code np.linalg.matrix_power(A, n)}: A multiplied by itself n times (n &lt; 0: of its inverse).
     * <pre>{@code
     * jshell> np.linalg.matrix_power(np.array(new int[][] {{1, 1}, {1, 0}}), 5)
     * $1 ==> array([[8, 5],
     *        [5, 3]])
     * jshell> np.linalg.matrix_power(np.diag(np.array(2.0, 4.0)), -1)
     * $2 ==> array([[0.5 , 0.  ],
     *        [0.  , 0.25]])
     * }</pre>
     */
    public Tensor matrix_power(Object a, int n) { return Products.matrixPower(ArrayLike.toTensor(a), n); }

    /**
     * {@code np.linalg.multi_dot([A, B, C])}: A @ B @ C multiplied in the cheapest order.
     * <pre>{@code
     * jshell> np.linalg.multi_dot(np.ones(2, 3), np.ones(3, 4), np.ones(4, 1))
     * $1 ==> array([[12.],
     *        [12.]])
     * }</pre>
     */
    public Tensor multi_dot(Object... arrays) {
        if (arrays == null) throw new ShapeException("'NoneType' object is not iterable");
        Tensor[] t = new Tensor[arrays.length];
        for (int i = 0; i < t.length; i++) t[i] = ArrayLike.toTensor(arrays[i]);
        return Products.multiDot(t);
    }

    /**
     * {@code np.linalg.cond(A)}: σ_max / σ_min, how much A can stretch relative errors (inf when singular).
     * <pre>{@code
     * jshell> np.linalg.cond(np.diag(np.array(1.0, 10.0)))
     * $1 ==> np.float64(10.0)
     * }</pre>
     */
    public Tensor cond(Object a) { return Norms.cond(ArrayLike.toTensor(a), null); }

    /**
     * {@code np.linalg.cond(A, p)}: p = 1, -1, 2, -2, "fro", "nuc" or ±Double.POSITIVE_INFINITY.
     * <pre>{@code
     * jshell> np.linalg.cond(np.array(new double[][] {{1, 2}, {3, 4}}), 1)
     * $1 ==> np.float64(20.999999999999993)
     * }</pre>
     */
    public Tensor cond(Object a, Object p) { return Norms.cond(ArrayLike.toTensor(a), p); }

    /**
     * {@code np.linalg.vector_norm(x, ord=2)} (numpy 2): the norm of the flattened array.
     * <pre>{@code
     * jshell> np.linalg.vector_norm(np.array(3.0, 4.0), 2)
     * $1 ==> np.float64(5.0)
     * }</pre>
     */
    public Tensor vector_norm(Object x, Object ord) { return Norms.vectorNorm(ArrayLike.toTensor(x), ord, null, false); }

    /**
     * {@code np.linalg.vector_norm(x, ord, axis, keepdims)}; axis may be null.
     * <pre>{@code
     * jshell> np.linalg.vector_norm(np.array(new double[][] {{3, 4}, {1, 1}}), 1, 1, true)
     * $1 ==> array([[7.],
     *        [2.]])
     * }</pre>
     */
    public Tensor vector_norm(Object x, Object ord, Integer axis, boolean keepdims) {
        return Norms.vectorNorm(ArrayLike.toTensor(x), ord, axis, keepdims);
    }

    /**
     * {@code np.linalg.matrix_norm(x, ord='fro')} (numpy 2): over the last two axes.
     * <pre>{@code
     * jshell> np.linalg.matrix_norm(np.array(new double[][] {{1, 2}, {3, 4}}), "fro")
     * $1 ==> np.float64(5.477225575051661)
     * }</pre>
     */
    public Tensor matrix_norm(Object x, Object ord) { return Norms.matrixNorm(ArrayLike.toTensor(x), ord, false); }

    /**
     * {@code np.linalg.norm(x)}: the 2-norm of the flattened array (Frobenius for a matrix).
     * <pre>{@code
     * jshell> np.linalg.norm(np.array(3.0, 4.0))
     * $1 ==> 5.0
     * }</pre>
     */
    public double norm(Object x) { return Norms.norm(ArrayLike.toTensor(x), null, null, false).item(); }

    /**
     * {@code np.linalg.norm(x, ord)}: ord a number (1, 2, -1, -2, Double.POSITIVE_INFINITY, p) or "fro" / "nuc";
     * a vector norm for 1-D x, a matrix norm for 2-D x.
     * <pre>{@code
     * jshell> np.linalg.norm(np.array(new double[][] {{1, 2}, {3, 4}}), 2)
     * $1 ==> 5.464985704219043
     * }</pre>
     */
    public double norm(Object x, Object ord) { return Norms.norm(ArrayLike.toTensor(x), ord, null, false).item(); }

    /**
     * {@code np.linalg.norm(x, ord, axis)}: vector norms along one axis (ord may be null).
     * <pre>{@code
     * jshell> np.linalg.norm(np.array(new double[][] {{3, 4}, {6, 8}}), null, 1)
     * $1 ==> array([ 5., 10.])
     * }</pre>
     */
    public Tensor norm(Object x, Object ord, int axis) { return Norms.norm(ArrayLike.toTensor(x), ord, axis, false); }

    /**
     * {@code np.linalg.norm(x, ord, axis, keepdims)}: axis null, an int, or two axes {@code new int[] {-2, -1}} for matrix norms.
     * <pre>{@code
     * jshell> np.linalg.norm(np.ones(2, 2, 2), "fro", new int[] {-2, -1}, false)
     * $1 ==> array([2., 2.])
     * }</pre>
     */
    public Tensor norm(Object x, Object ord, Object axis, boolean keepdims) {
        return Norms.norm(ArrayLike.toTensor(x), ord, axis, keepdims);
    }
}

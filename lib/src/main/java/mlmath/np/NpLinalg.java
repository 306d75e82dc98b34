package mlmath.np;

import mlmath.linalg.Norms;
import mlmath.linalg.Svd;
import mlmath.tensor.internal.ArrayLike;

/** {@code np.linalg}: SVD (full and truncated) and the Frobenius / 2-norm. */
public final class NpLinalg {
    NpLinalg() {}

    /** {@code U, S, Vt = np.linalg.svd(A)}: full matrices, S descending. */
    public Svd.Result svd(Object a) { return Svd.full(ArrayLike.toTensor(a)); }

    /** The top-k triplets only (U m×k, S k, Vt k×n) by a block Krylov method; far faster than the full SVD for small k. */
    public Svd.Result svd(Object a, int k) { return Svd.truncated(ArrayLike.toTensor(a), k); }

    /** {@code np.linalg.norm(x)}: Frobenius norm for matrices, Euclidean for vectors. */
    public double norm(Object x) { return Norms.frobenius(ArrayLike.toTensor(x)); }
}

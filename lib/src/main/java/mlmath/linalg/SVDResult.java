package mlmath.linalg;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/** numpy's {@code SVDResult}: {@code A = U · diag(S) · Vt} (numpy calls Vt {@code Vh}). */
public record SVDResult(Tensor U, Tensor S, Tensor Vt) {
    /** numpy 2's name for {@link #Vt}. */
    public Tensor Vh() { return Vt; }

    /** {@code U[:, :k] @ diag(S[:k]) @ Vt[:k, :]}: the best rank-k approximation. */
    public Tensor reconstruct(int k) {
        if (U == null || S == null || Vt == null) throw new ShapeException("reconstruct needs U, S and Vt, and this SVDResult lacks one");
        int r = S.shape().get(-1);
        if (k < 0 || k > r) throw new ShapeException("k must be between 0 and " + r + ", got " + k);
        Tensor us = U.slice("..., :" + k).mul(S.slice("..., :" + k).reshape(withLast(S, 1, k)));
        return us.matmul(Vt.slice("..., :" + k + ", :"));
    }

    private static int[] withLast(Tensor s, int one, int k) {
        int[] dims = java.util.Arrays.copyOf(s.shape().dims(), s.ndim() + 1);
        dims[s.ndim() - 1] = one;
        dims[s.ndim()] = k;
        return dims;
    }

    @Override public String toString() { return "SVDResult(U=" + U + ", S=" + S + ", Vh=" + Vt + ")"; }
}

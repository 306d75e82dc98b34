package mlmath.linalg;

import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Singular value decompositions with numpy's conventions ({@code U, S, Vt}, S descending) and a deterministic sign:
 * in each column of U the entry of largest magnitude is positive (scikit-learn's {@code svd_flip}).
 */
public final class Svd {
    private Svd() {}


    /** The factors of {@code A = U · diag(S) · Vt}. */
    public record Result(Tensor U, Tensor S, Tensor Vt) {
        /** {@code U[:, :k] @ diag(S[:k]) @ Vt[:k, :]}: the best rank-k approximation. */
        public Tensor reconstruct(int k) {
            int r = S.size();
            if (k < 0 || k > r) throw new ShapeException("k must be between 0 and " + r + ", got " + k);
            Tensor us = U.slice(":, :" + k).mul(S.slice(":" + k));
            return us.matmul(Vt.slice(":" + k + ", :"));
        }
    }

    /**
     * Full SVD like {@code np.linalg.svd(A)}: U is m×m, S has min(m, n) values, Vt is n×n. Householder
     * bidiagonalisation, then the bidiagonal's vectors by inverse iteration ({@link GolubKahan}); when that cannot
     * vouch for its accuracy (a (near) zero singular value, a failed residual or orthogonality check), EJML's
     * implicit-QR SVD computes it instead.
     */
    public static Result full(Tensor a) {
        checkMatrix(a);
        Result fast = Math.min(a.shape().get(0), a.shape().get(1)) >= SMALL ? householder(a) : null;
        return fast != null ? fast : implicitQr(a);
    }

    /** Below this size EJML's QR is as fast and the bidiagonal's checks would cost more than they save. */
    private static final int SMALL = 16;

    /** Householder bidiagonalisation + Golub–Kahan inverse iteration + blocked back-transformation; null if unsure. */
    static Result householder(Tensor a) {
        int m = a.shape().get(0), n = a.shape().get(1);
        boolean wide = m < n;                                   // work on Aᵀ: A = V'·S·U'ᵀ
        int rows = wide ? n : m, cols = wide ? m : n;
        // Entries far from 1 (say 1e-200) would under- or overflow in the squares of norms and residuals: scale by
        // a power of two first, which is exact, and scale S back (LAPACK's dgesdd does the same).
        double amax = a.abs().max().item();
        int exponent = amax == 0 ? 0 : Math.getExponent(amax);
        Tensor scaled = Math.abs(exponent) > 60 ? a.mul(Math.scalb(1.0, -exponent)) : a;
        Bidiagonal bd = new Bidiagonal(wide ? scaled.T().data() : scaled.data(), rows, cols);
        GolubKahan.Triplets t = GolubKahan.of(bd.d, bd.e);
        if (t == null) return null;
        if (scaled != a) for (int i = 0; i < t.s().length; i++) t.s()[i] = Math.scalb(t.s()[i], exponent);
        double[] ut = new double[rows * rows];
        for (int r = 0; r < rows; r++) {
            if (r < cols) System.arraycopy(t.ut(), r * cols, ut, r * rows, cols);
            else ut[r * rows + r] = 1;                          // full_matrices: the complement of the column space
        }
        bd.leftToOriginal(ut, rows);
        double[] vt = t.vt().clone();
        bd.rightToOriginal(vt, cols);
        if (wide) return flipSigns(transpose(vt, cols, cols), m, m, t.s(), ut, n, n);
        return flipSigns(transpose(ut, rows, rows), m, m, t.s(), vt, n, n);
    }

    private static double[] transpose(double[] x, int rows, int cols) {
        return new Tensor(x, rows, cols).T().data();
    }

    /** EJML's implicit-QR SVD, sorted and sign-fixed like numpy's. */
    static Result implicitQr(Tensor a) {
        int m = a.shape().get(0), n = a.shape().get(1);
        DMatrixRMaj mat = new DMatrixRMaj(m, n, true, a.data());
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, true, true, false);
        if (!svd.decompose(mat)) throw new ShapeException("SVD did not converge");
        DMatrixRMaj u = svd.getU(null, false), w = svd.getW(null), vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(u, false, w, vt, true);
        int r = Math.min(m, n);
        double[] s = new double[r];
        for (int i = 0; i < r; i++) s[i] = w.get(i, i);
        return flipSigns(u.data, m, u.numCols, s, vt.data, vt.numRows, n);
    }

    /**
     * The top-k singular triplets from the top eigenpairs of the smaller Gram matrix ({@link Lanczos}: AᵀA for a
     * tall A, AAᵀ for a wide one): σ = √λ, and the other side's vectors are A·v/σ. Only products with A are needed,
     * and the top values converge quickly even when the spectrum is flat; they match the full SVD to ~1e-11·σ₁.
     * Squaring costs accuracy only for small values: an eigenvalue error of ε·σ₁² is an error of ε·σ₁²/(2σ) in σ,
     * so when σ_k falls below 1e-3·σ₁ (or A has rank below k) the full SVD answers instead.
     */
    public static Result truncated(Tensor a, int k) {
        int m = checkMatrix(a), n = a.shape().get(1);
        int r = Math.min(m, n);
        if (k < 1 || k > r) throw new ShapeException("k must be between 1 and min(m, n) = " + r + ", got " + k);
        if (r <= 3 * k + 30) return cut(full(a), k);
        boolean wide = m < n;
        Tensor tall = wide ? a.T() : a;
        int rows = Math.max(m, n);
        Lanczos.Eigenpairs top = Lanczos.top(tall.data(), rows, r, k);
        if (top == null) return cut(full(a), k);
        double[] s = new double[k];
        for (int c = 0; c < k; c++) s[c] = Math.sqrt(top.values()[c]);
        Tensor gramSide = new Tensor(top.vectors(), k, r);                   // rows: eigenvectors of the Gram matrix
        Tensor otherSide = tall.matmul(gramSide.T()).div(new Tensor(s, k));  // rows×k, columns A·v/σ
        Tensor u = wide ? gramSide.T() : otherSide, vt = wide ? otherSide.T() : gramSide;
        return flipSigns(u.data(), m, k, s, vt.data(), k, n);
    }

    private static Result cut(Result f, int k) {
        return new Result(f.U().slice(":, :" + k), f.S().slice(":" + k), f.Vt().slice(":" + k + ", :"));
    }

    private static int checkMatrix(Tensor a) {
        if (a.ndim() != 2) {
            throw new ShapeException(a.ndim() + "-dimensional array given. Array must be two-dimensional");
        }
        for (double v : a.data()) {
            if (!Double.isFinite(v)) throw new ShapeException("SVD input contains infs or NaNs");
        }
        if (a.size() == 0) throw new ShapeException("SVD of an empty matrix " + a.shape() + " is not defined here");
        return a.shape().get(0);
    }

    private static Result flipSigns(double[] u, int m, int uCols, double[] s, double[] vt, int vtRows, int n) {
        int r = Math.min(s.length, Math.min(uCols, vtRows));
        for (int c = 0; c < r; c++) {
            int arg = 0;
            for (int i = 1; i < m; i++) if (Math.abs(u[i * uCols + c]) > Math.abs(u[arg * uCols + c])) arg = i;
            if (u[arg * uCols + c] < 0) {
                for (int i = 0; i < m; i++) u[i * uCols + c] = -u[i * uCols + c];
                for (int j = 0; j < n; j++) vt[c * n + j] = -vt[c * n + j];
            }
        }
        return new Result(new Tensor(u, new Shape(m, uCols), mlmath.tensor.DType.FLOAT64),
                new Tensor(s, s.length), new Tensor(vt, vtRows, n));
    }
}

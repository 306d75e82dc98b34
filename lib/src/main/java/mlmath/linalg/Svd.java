package mlmath.linalg;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/** numpy's {@code svd}, {@code svdvals}, {@code matrix_rank} and {@code pinv} over LAPACK's dgesdd, and a truncated SVD. */
public final class Svd {
    private Svd() {}

    private static final double EPS = Math.ulp(1.0);

    /**
     * {@code np.linalg.svd(a, full_matrices)} for {@code (..., M, N)}: U is M×M (or M×K), S the K = min(M, N) values
     * descending, Vt N×N (or K×N); dgesdd's signs, so the digits match numpy's.
     */
    public static SVDResult svd(Tensor a, boolean fullMatrices) {
        Stacks.requireMatrices(a);
        int m = Stacks.rows(a), n = Stacks.cols(a), k = Math.min(m, n), count = Stacks.count(a);
        int uCols = fullMatrices ? m : k, vtRows = fullMatrices ? n : k;
        double[] u = new double[count * m * uCols], s = new double[count * k], vt = new double[count * vtRows * n];
        for (int i = 0; i < count; i++) {
            if (k == 0) {                                    // numpy: identity for the full factor of an empty matrix
                if (uCols == m) Stacks.identity(u, i * m * m, m);
                if (vtRows == n) Stacks.identity(vt, i * n * n, n);
                continue;
            }
            Driver.Factors f = converged(Lapack.driver().svd(Stacks.matrix(a, i), m, n, fullMatrices ? 'A' : 'S'));
            System.arraycopy(f.u(), 0, u, i * m * uCols, m * uCols);
            System.arraycopy(f.s(), 0, s, i * k, k);
            System.arraycopy(f.vt(), 0, vt, i * vtRows * n, vtRows * n);
        }
        int[] lead = Stacks.lead(a);
        return new SVDResult(Stacks.tensor(u, lead, m, uCols), Stacks.tensor(s, lead, k), Stacks.tensor(vt, lead, vtRows, n));
    }

    /** {@code np.linalg.svd(a, compute_uv=False)} / {@code np.linalg.svdvals(a)}: dgesdd with jobz 'N'. */
    public static Tensor svdvals(Tensor a) {
        Stacks.requireMatrices(a);
        int m = Stacks.rows(a), n = Stacks.cols(a), k = Math.min(m, n), count = Stacks.count(a);
        double[] s = new double[count * k];
        for (int i = 0; i < count && k > 0; i++) {
            System.arraycopy(converged(Lapack.driver().svd(Stacks.matrix(a, i), m, n, 'N')).s(), 0, s, i * k, k);
        }
        return Stacks.tensor(s, Stacks.lead(a), k);
    }

    private static Driver.Factors converged(Driver.Factors f) {
        if (f == null) throw new LinAlgError("SVD did not converge");
        return f;
    }

    /**
     * {@code np.linalg.matrix_rank(A)}: the number of singular values above S.max() · max(M, N) · eps (int64; one
     * per matrix of a stack); for 0-d and 1-D input, 1 unless all entries are zero.
     */
    public static Tensor matrixRank(Tensor a) {
        if (a.ndim() < 2) {
            boolean allZero = true;
            for (double v : Buffers.data(a)) allZero &= v == 0;
            return new Tensor(new double[] {allZero ? 0 : 1}, new Shape(), DType.INT64);
        }
        double rtol = Math.max(Stacks.rows(a), Stacks.cols(a)) * EPS;
        return countAbove(svdvals(a), rtol, Double.NaN);
    }

    /** {@code np.linalg.matrix_rank(A, tol)}: the number of singular values above tol. */
    public static Tensor matrixRank(Tensor a, double tol) {
        if (a.ndim() < 2) return matrixRank(a);
        return countAbove(svdvals(a), Double.NaN, tol);
    }

    private static Tensor countAbove(Tensor s, double rtol, double tol) {
        Shape lead = new Shape(java.util.Arrays.copyOf(s.shape().dims(), s.ndim() - 1));
        int k = s.shape().get(-1), count = lead.size();
        double[] ranks = new double[count];
        for (int i = 0; i < count; i++) {
            double max = 0;
            for (int j = 0; j < k; j++) max = Math.max(max, Buffers.data(s)[i * k + j]);
            double cutoff = Double.isNaN(tol) ? max * rtol : tol;
            for (int j = 0; j < k; j++) if (Buffers.data(s)[i * k + j] > cutoff) ranks[i]++;
        }
        return new Tensor(ranks, lead, DType.INT64);
    }

    /** {@code np.linalg.pinv(a)}: V · diag(1/S) · Uᵀ over the values above 1e-15 · S.max() (numpy's default rcond). */
    public static Tensor pinv(Tensor a) { return pinv(a, 1e-15); }

    /** {@code np.linalg.pinv(a, rcond)}. */
    public static Tensor pinv(Tensor a, double rcond) {
        Stacks.requireMatrices(a);
        int m = Stacks.rows(a), n = Stacks.cols(a);
        if (a.size() == 0) return Stacks.tensor(new double[0], Stacks.lead(a), n, m);
        SVDResult f = svd(a, false);
        int k = Math.min(m, n);
        double[] s = f.S().data();
        for (int i = 0; i < s.length; i += k) {
            double max = 0;
            for (int j = 0; j < k; j++) max = Math.max(max, s[i + j]);
            for (int j = 0; j < k; j++) s[i + j] = s[i + j] > rcond * max ? 1 / s[i + j] : 0;
        }
        Tensor sInv = Stacks.tensor(s, Stacks.lead(a), k, 1);
        return swapLast(f.Vt()).matmul(sInv.mul(swapLast(f.U())));
    }

    private static Tensor swapLast(Tensor t) {
        int[] axes = new int[t.ndim()];
        for (int i = 0; i < axes.length; i++) axes[i] = i;
        axes[axes.length - 2] = axes.length - 1;
        axes[axes.length - 1] = axes.length - 2;
        return t.transpose(axes);
    }

    /**
     * Singular values below this times σ₁ are left to the full SVD: the Gram matrix squares the spread, and its
     * eigenvalues near λ₁·ε have lost their digits.
     */
    private static final double SMALLEST = 1e-3;

    /**
     * The top-k singular triplets of one matrix (U m×k, S k, Vt k×n): the top k eigenvectors V of the smaller Gram
     * matrix (AᵀA for a tall A, AAᵀ for a wide one; one dgemm) by LAPACK's dsyevr, which reduces it to tridiagonal form
     * and computes only those k, then an SVD of the thin A·V (dgesdd) for the values and both sides' vectors — the
     * Rayleigh–Ritz step that gives σ to ε·σ₁ rather than the Gram matrix's ε·σ₁²/σ. They match the full SVD to
     * ~1e-13·σ₁; when σ_k falls below 1e-3·σ₁, A has rank below k, or A is small, the full SVD answers instead.
     * Signs: the largest entry of each U column is positive (scikit-learn's svd_flip).
     */
    public static SVDResult truncated(Tensor a, int k) {
        Stacks.requireMatrix(a);
        int m = Stacks.rows(a), n = Stacks.cols(a), r = Math.min(m, n);
        if (k < 1 || k > r) throw new ShapeException("k must be between 1 and min(m, n) = " + r + ", got " + k);
        for (double v : Buffers.data(a)) if (!Double.isFinite(v)) throw new LinAlgError("SVD did not converge");
        boolean wide = m < n;
        Tensor tall = wide ? a.T() : a;
        Driver.Factors top = r <= 3 * k + 30 ? null : Lapack.driver().eighTop(tall.T().matmul(tall).toArray(), r, k);
        if (top == null || !(Math.sqrt(Math.max(0, top.s()[0])) >= SMALLEST * Math.sqrt(top.s()[k - 1]))) {
            SVDResult f = svd(a, false);
            return flipSigns(f.U().slice(":, :" + k).toArray(), m, k, f.S().slice(":" + k).toArray(),
                    f.Vt().slice(":" + k + ", :").toArray(), n);
        }
        Tensor v = new Tensor(top.vt(), r, k);                              // columns: eigenvectors, λ ascending
        SVDResult thin = svd(tall.matmul(v), false);                         // A·V = U·S·Wᵀ, so A ≈ U·S·(V·W)ᵀ
        Tensor vt = thin.Vt().matmul(v.T());                                 // (V·W)ᵀ, k×r
        Tensor u = wide ? vt.T() : thin.U(), right = wide ? thin.U().T() : vt;
        return flipSigns(u.toArray(), m, k, thin.S().toArray(), right.toArray(), n);
    }

    private static SVDResult flipSigns(double[] u, int m, int k, double[] s, double[] vt, int n) {
        for (int c = 0; c < k; c++) {
            int arg = 0;
            for (int i = 1; i < m; i++) if (Math.abs(u[i * k + c]) > Math.abs(u[arg * k + c])) arg = i;
            if (u[arg * k + c] < 0) {
                for (int i = 0; i < m; i++) u[i * k + c] = -u[i * k + c];
                for (int j = 0; j < n; j++) vt[c * n + j] = -vt[c * n + j];
            }
        }
        return new SVDResult(new Tensor(u, m, k), new Tensor(s, k), new Tensor(vt, k, n));
    }
}

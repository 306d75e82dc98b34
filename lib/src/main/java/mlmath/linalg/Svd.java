package mlmath.linalg;

import mlmath.tensor.Gemm;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.Random;

/**
 * Singular value decompositions with numpy's conventions ({@code U, S, Vt}, S descending) and a deterministic sign:
 * in each column of U the entry of largest magnitude is positive (scikit-learn's {@code svd_flip}).
 */
public final class Svd {
    private Svd() {}

    private static final double RESIDUAL_TOL = 1e-6;

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

    /** Full SVD like {@code np.linalg.svd(A)}: U is m×m, S has min(m, n) values, Vt is n×n. */
    public static Result full(Tensor a) {
        int m = checkMatrix(a), n = a.shape().get(1);
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
     * The top-k singular triplets by a randomized block Krylov method (Halko et al.; Musco and Musco 2015):
     * Krylov blocks of {@code A·Aᵀ} are orthonormalised and A is projected onto them until the Ritz residuals
     * are below {@code 1e-6·σ₁}; Ritz values err by about residual²/gap, so the singular values land within ~1e-10.
     */
    public static Result truncated(Tensor a, int k) {
        int m = checkMatrix(a), n = a.shape().get(1);
        int r = Math.min(m, n);
        if (k < 1 || k > r) throw new ShapeException("k must be between 1 and min(m, n) = " + r + ", got " + k);
        if (2 * k + 10 >= r) return cut(full(a), k);
        double[] ad = a.data(), at = a.T().data();
        int block = Math.min(r, k + 10);
        Random rng = new Random(0);
        double[] omega = new double[n * block];
        for (int i = 0; i < omega.length; i++) omega[i] = rng.nextGaussian();
        double[] y = mul(ad, omega, m, n, block);
        double[] basis = orthonormalize(null, 0, y, m, block);
        int cols = block;
        Result best;
        // Each round extends the Krylov space by A·Aᵀ·(last block) and re-projects; stops on small residuals.
        for (int round = 0; round < 40 && cols + block <= r; round++) {
            double[] last = java.util.Arrays.copyOfRange(basis, 0, m * cols);
            double[] lastBlock = lastColumns(last, m, cols, block);
            double[] z = mul(at, lastBlock, n, m, block);
            double[] next = mul(ad, z, m, n, block);
            basis = orthonormalize(basis, cols, next, m, block);
            cols += block;
            // Checking costs a projection, so look every other round once the space is a few blocks wide.
            if (round < 4 || round % 2 == 1) continue;
            best = project(ad, basis, m, n, cols, k);
            if (residual(ad, best, m, n, k) <= RESIDUAL_TOL * best.S().get(0)) return best;
        }
        return cut(full(a), k);
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

    private static double[] mul(double[] x, double[] y, int m, int k, int n) {
        double[] out = new double[m * n];
        Gemm.multiply(x, 0, y, 0, out, 0, m, k, n);
        return out;
    }

    private static double[] lastColumns(double[] q, int m, int cols, int block) {
        double[] out = new double[m * block];
        for (int i = 0; i < m; i++) System.arraycopy(q, i * cols + cols - block, out, i * block, block);
        return out;
    }

    /** Appends {@code fresh} (m×block) to the orthonormal {@code basis} (m×cols), orthogonalising twice for stability. */
    private static double[] orthonormalize(double[] basis, int cols, double[] fresh, int m, int block) {
        DMatrixRMaj f = new DMatrixRMaj(m, block, true, fresh);
        if (basis != null) {
            DMatrixRMaj q = new DMatrixRMaj(m, cols, true, java.util.Arrays.copyOf(basis, m * cols));
            for (int pass = 0; pass < 2; pass++) {
                DMatrixRMaj coeff = new DMatrixRMaj(cols, block);
                CommonOps_DDRM.multTransA(q, f, coeff);
                DMatrixRMaj proj = new DMatrixRMaj(m, block);
                CommonOps_DDRM.mult(q, coeff, proj);
                CommonOps_DDRM.subtractEquals(f, proj);
            }
        }
        QRDecompositionHouseholderColumn_DDRM qr = new QRDecompositionHouseholderColumn_DDRM();
        qr.decompose(f);
        DMatrixRMaj qf = qr.getQ(null, true);
        int total = cols + block;
        double[] out = new double[m * total];
        for (int i = 0; i < m; i++) {
            if (cols > 0) System.arraycopy(basis, i * cols, out, i * total, cols);
            System.arraycopy(qf.data, i * block, out, i * total + cols, block);
        }
        return out;
    }

    /**
     * Rayleigh–Ritz: with {@code B = Qᵀ·A} (small × n), the eigenpairs of {@code B·Bᵀ} give σ² and the left vectors;
     * squaring is harmless here because only the largest, well-separated-from-zero values are kept.
     */
    private static Result project(double[] ad, double[] q, int m, int n, int cols, int k) {
        double[] qt = new Tensor(q, m, cols).T().data();
        double[] b = mul(qt, ad, cols, m, n);
        double[] bbt = mul(b, new Tensor(b, cols, n).T().data(), cols, n, cols);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(cols, true, true);
        if (!eig.decompose(new DMatrixRMaj(cols, cols, true, bbt))) throw new ShapeException("SVD did not converge");
        Integer[] order = new Integer[cols];
        for (int i = 0; i < cols; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(eig.getEigenvalue(y).real, eig.getEigenvalue(x).real));
        double[] ub = new double[cols * k], s = new double[k];
        for (int j = 0; j < k; j++) {
            s[j] = Math.sqrt(Math.max(0, eig.getEigenvalue(order[j]).real));
            DMatrixRMaj vec = eig.getEigenVector(order[j]);
            for (int i = 0; i < cols; i++) ub[i * k + j] = vec.data[i];
        }
        double[] u = mul(q, ub, m, cols, k);
        // vᵢ = Bᵀ·ubᵢ / σᵢ, computed as rows: Vt = diag(1/σ)·ubᵀ·B.
        double[] vt = mul(new Tensor(ub, cols, k).T().data(), b, k, cols, n);
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < n; c++) vt[j * n + c] /= s[j];
        }
        return flipSigns(u, m, k, s, vt, k, n);
    }

    /** max over i of ‖A·vᵢ − σᵢuᵢ‖; (Aᵀuᵢ = σᵢvᵢ holds exactly for Ritz pairs, so only this side measures convergence). */
    private static double residual(double[] ad, Result r, int m, int n, int k) {
        double[] av = mul(ad, r.Vt().T().data(), m, n, k);
        double[] u = r.U().data(), s = r.S().data();
        double worst = 0;
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (int row = 0; row < m; row++) {
                double d = av[row * k + i] - s[i] * u[row * k + i];
                sum += d * d;
            }
            worst = Math.max(worst, Math.sqrt(sum));
        }
        return worst;
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

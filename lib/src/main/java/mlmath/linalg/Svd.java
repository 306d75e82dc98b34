package mlmath.linalg;

import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.VectorMath;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.decomposition.svd.implicitqr.SvdImplicitQrAlgorithm_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.Random;

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
     * The top-k singular triplets by Golub–Kahan–Lanczos bidiagonalisation with full reorthogonalisation (the
     * Krylov method behind ARPACK's and scipy's {@code svds}): only products with A and Aᵀ, and the top Ritz values
     * of the small bidiagonal converge quickly even when the spectrum is flat. Iteration stops once those values
     * change by less than {@code 1e-12·σ₁} over {@value #CHECK_EVERY} steps; they then match the full SVD to ~1e-11.
     * Each step reads A once: A·v and Aᵀ·(A·v) come from the same pass, and Aᵀ·u follows by linearity.
     */
    public static Result truncated(Tensor a, int k) {
        int m = checkMatrix(a), n = a.shape().get(1);
        int r = Math.min(m, n);
        if (k < 1 || k > r) throw new ShapeException("k must be between 1 and min(m, n) = " + r + ", got " + k);
        if (r <= 3 * k + 30) return cut(full(a), k);
        double[] ad = a.data();
        int maxSteps = r - 1;
        double[][] us = new double[maxSteps][], atus = new double[maxSteps][], vs = new double[maxSteps + 1][];
        double[] alpha = new double[maxSteps], beta = new double[maxSteps];
        Random rng = new Random(0);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextGaussian();
        scale(v, 1 / norm(v));
        vs[0] = v;
        double[] previous = null;
        int steps = 0;
        for (int j = 0; j < maxSteps; j++) {
            double[] u = new double[m], atu = new double[n];
            VectorMath.normalProduct(ad, m, n, vs[j], u, atu);       // u = A·v, atu = Aᵀ·u, kept in step below
            if (j > 0) {
                axpy(-beta[j - 1], us[j - 1], u);
                axpy(-beta[j - 1], atus[j - 1], atu);
            }
            reorthogonalize(u, atu, us, atus, j);
            alpha[j] = norm(u);
            if (alpha[j] <= 1e-14 * Math.max(1, alpha[0])) return cut(full(a), k);
            scale(u, 1 / alpha[j]);
            scale(atu, 1 / alpha[j]);
            us[j] = u;
            atus[j] = atu;
            double[] w = atu.clone();
            axpy(-alpha[j], vs[j], w);
            reorthogonalize(w, null, vs, null, j + 1);
            beta[j] = norm(w);
            steps = j + 1;
            if (beta[j] <= 1e-14 * alpha[0]) break;                // an invariant subspace: the Ritz values are exact
            scale(w, 1 / beta[j]);
            vs[j + 1] = w;
            if (steps >= 2 * k && steps % CHECK_EVERY == 0) {
                double[] values = bidiagonalValues(alpha, beta, steps, k);
                if (previous != null && maxDifference(values, previous) <= 1e-12 * values[0]) break;
                previous = values;
            }
        }
        if (steps < k) return cut(full(a), k);
        return ritz(us, vs, alpha, beta, steps, m, n, k);
    }

    private static final int CHECK_EVERY = 10;

    /**
     * Classical Gram–Schmidt of x against the first {@code count} basis vectors, applying the same combination to
     * {@code companion} (which holds Aᵀ·x) when given; a second pass only when the first removed most of the vector
     * (Kahan's criterion), which after the Lanczos recurrence is rare.
     */
    private static void reorthogonalize(double[] x, double[] companion, double[][] basis, double[][] companionBasis, int count) {
        double before = norm(x);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < count; i++) {
                double c = VectorMath.dot(basis[i], 0, x, 0, x.length);
                axpy(-c, basis[i], x);
                if (companion != null) axpy(-c, companionBasis[i], companion);
            }
            if (norm(x) > 0.7 * before) return;
        }
    }

    /** Implicit-QR SVD of the steps×steps upper bidiagonal (alpha on the diagonal, beta above it), optionally with vectors. */
    private static SvdImplicitQrAlgorithm_DDRM bidiagonalSvd(double[] alpha, double[] beta, int steps, boolean vectors) {
        SvdImplicitQrAlgorithm_DDRM qr = new SvdImplicitQrAlgorithm_DDRM(!vectors);
        qr.setMatrix(steps, steps, alpha.clone(), java.util.Arrays.copyOf(beta, steps - 1));
        if (vectors) {
            qr.setUt(CommonOps_DDRM.identity(steps));
            qr.setVt(CommonOps_DDRM.identity(steps));
        }
        if (!qr.process()) throw new ShapeException("SVD did not converge");
        return qr;
    }

    /** Indices of the k largest |values| (implicit QR may leave singular values negative), largest first. */
    private static int[] topIndices(SvdImplicitQrAlgorithm_DDRM qr, int k) {
        return java.util.stream.IntStream.range(0, qr.getNumberOfSingularValues()).boxed()
                .sorted((x, y) -> Double.compare(Math.abs(qr.getSingularValue(y)), Math.abs(qr.getSingularValue(x))))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    private static double[] bidiagonalValues(double[] alpha, double[] beta, int steps, int k) {
        SvdImplicitQrAlgorithm_DDRM qr = bidiagonalSvd(alpha, beta, steps, false);
        return java.util.Arrays.stream(topIndices(qr, k)).mapToDouble(i -> Math.abs(qr.getSingularValue(i))).toArray();
    }

    /**
     * Lifts the bidiagonal's top singular vectors back through the Lanczos bases: with B = Pᵀ·diag(s)·Q (rows of P
     * and Q from the rotations), U = U_j·Pᵀ and V = V_j·Qᵀ; a negative s flips its row of P.
     */
    private static Result ritz(double[][] us, double[][] vs, double[] alpha, double[] beta, int steps, int m, int n, int k) {
        SvdImplicitQrAlgorithm_DDRM qr = bidiagonalSvd(alpha, beta, steps, true);
        double[] p = qr.getUt().data, q = qr.getVt().data;
        int[] top = topIndices(qr, k);
        double[] s = new double[k], ut = new double[k * m], vt = new double[k * n];
        for (int c = 0; c < k; c++) {
            int i = top[c];
            double value = qr.getSingularValue(i), sign = value < 0 ? -1 : 1;
            s[c] = Math.abs(value);
            for (int j = 0; j < steps; j++) {
                VectorMath.axpy(sign * p[i * steps + j], us[j], 0, ut, c * m, m);
                VectorMath.axpy(q[i * steps + j], vs[j], 0, vt, c * n, n);
            }
        }
        return flipSigns(new Tensor(ut, k, m).T().data(), m, k, s, vt, k, n);
    }

    private static double maxDifference(double[] x, double[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) d = Math.max(d, Math.abs(x[i] - y[i]));
        return d;
    }

    private static double norm(double[] x) { return Math.sqrt(VectorMath.dot(x, 0, x, 0, x.length)); }

    private static void scale(double[] x, double f) {
        for (int i = 0; i < x.length; i++) x[i] *= f;
    }

    private static void axpy(double f, double[] x, double[] y) { VectorMath.axpy(f, x, 0, y, 0, x.length); }

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

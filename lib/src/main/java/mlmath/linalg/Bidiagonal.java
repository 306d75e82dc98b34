package mlmath.linalg;

import mlmath.tensor.internal.Gemm;
import mlmath.tensor.internal.VectorMath;

/**
 * Householder reduction of an m×n matrix (m ≥ n) to upper bidiagonal form, {@code A = Q_L · B · Q_Rᵀ}, keeping the
 * reflectors so that singular vectors of B can be carried back to A's (LAPACK's dgebrd + dormbr).
 * <p>Each step reads and writes the trailing matrix once instead of four times: the left update, the product the right
 * reflector needs, the right update and the product the next left reflector needs are fused per row (in the spirit
 * of the "restructured" bidiagonalisation of Howell et al. and Van Zee et al.). Rows are split across the cores.
 */
final class Bidiagonal {
    /** Diagonal (n) and superdiagonal (n − 1) of B. */
    final double[] d, e;
    private final int m, n;
    /** Left reflector j is {@code I − tauL[j]·y·yᵀ} with y = (0…0, 1, left[j]…) starting at row j. */
    private final double[][] left;
    private final double[] tauL;
    /** Right reflector j acts on columns j+1…n−1 the same way. */
    private final double[][] right;
    private final double[] tauR;

    /** Reduces a copy of the row-major m×n matrix {@code a}; requires m ≥ n ≥ 1. */
    Bidiagonal(double[] a, int m, int n) {
        this.m = m;
        this.n = n;
        d = new double[n];
        e = new double[Math.max(0, n - 1)];
        left = new double[n][];
        tauL = new double[n];
        right = new double[Math.max(0, n - 1)][];
        tauR = new double[Math.max(0, n - 1)];
        reduce(a.clone());
    }

    private void reduce(double[] w) {
        double[] column = new double[m + 1];
        for (int r = 0; r < m; r++) column[r] = w[r * n];
        d[0] = reflector(column).beta();
        tauL[0] = column[m];
        left[0] = column;
        // wRow = uᵀ·W[:, 1:] for the first left update; later steps get it from the previous step's pass.
        double[] wRow = VectorMath.sumOverRows(0, m, n - 1, n - 1,
                (r0, r1, acc) -> { for (int r = r0; r < r1; r++) VectorMath.axpy(column[r], w, r * n + 1, acc, 0, n - 1); });
        double[] u = column;
        for (int i = 0; i < n - 1; i++) {
            int len = n - i - 1, first = i + 1, row = i;
            double tl = tauL[i];
            // Row i after the left update, then the right reflector that zeroes it beyond the superdiagonal.
            double[] v = new double[len + 1];
            for (int j = 0; j < len; j++) v[j] = w[i * n + first + j] - tl * wRow[j];
            e[i] = reflector(v).beta();
            tauR[i] = v[len];
            right[i] = v;
            double tr = tauR[i];
            double[] uPrev = u, wPrev = wRow, next = new double[m - first + 1];
            // One pass over the trailing rows, each row used four times while in cache: left update, its product
            // with v, right update, and its share of the next left update's row combination. That last one needs
            // the next reflector, which needs the whole next column; so it is summed with the column as it stands
            // and rescaled below (the reflector's vector is that column scaled, with a 1 in front). Those products
            // of two unnormalised numbers underflow only for a column below ~1e-150·max|A|; Svd scales max|A| to
            // about 1, and such a column means a singular value that GolubKahan hands to implicit QR anyway.
            double[] tail = VectorMath.sumOverRows(first, m, len, len - 1, new Pass(w, n, row, first, len, tl, uPrev, wPrev, tr, v, next));
            Reflection h = reflector(next);
            d[first] = h.beta();
            tauL[first] = next[m - first];
            left[first] = next;
            wRow = new double[tail.length];
            System.arraycopy(w, first * n + first + 1, wRow, 0, tail.length);
            VectorMath.axpy(h.scale(), tail, 0, wRow, 0, tail.length);
            u = next;
        }
    }

    /**
     * One step's pass over trailing rows (see {@link #reduce}): per row the left update with the previous reflector,
     * z = row·v, the right update, the row's first entry into {@code next}, and row[0]·row[1..] into the sum.
     */
    private record Pass(double[] w, int n, int row, int first, int len, double tl, double[] uPrev, double[] wPrev,
                        double tr, double[] v, double[] next) implements VectorMath.RowsWithSum {
        @Override
        public void run(int r0, int r1, double[] acc) {
            int r = r0;
            if (Gemm.SIMD) {
                if (r == first && r < r1) one(r++, acc);
                int[] offsets = new int[4];
                double[] scales = new double[4], firsts = new double[4];
                for (; r + 4 <= r1; r += 4) {
                    for (int q = 0; q < 4; q++) {
                        offsets[q] = (r + q) * n + first;
                        scales[q] = -tl * uPrev[r + q - row];
                    }
                    BidiagonalSimd.fourRows(w, offsets, scales, wPrev, v, tr, len, firsts, acc);
                    System.arraycopy(firsts, 0, next, r - first, 4);
                }
            }
            for (; r < r1; r++) one(r, acc);
        }

        private void one(int r, double[] acc) {
            int off = r * n + first;
            VectorMath.axpy(-tl * uPrev[r - row], wPrev, 0, w, off, len);
            double z = VectorMath.dot(w, off, v, 0, len);
            VectorMath.axpy(-tr * z, v, 0, w, off, len);
            next[r - first] = w[off];
            if (r > first) VectorMath.axpy(w[off], w, off + 1, acc, 0, len - 1);
        }
    }

    /** ‖x[1 .. x.length − 1)‖, by a dot product unless that under- or overflows. */
    private static double tailNorm(double[] x) {
        int len = x.length - 1;
        if (len < 2) return 0;
        double ss = VectorMath.dot(x, 1, x, 1, len - 1);
        if (ss > 1e-280 && ss < 1e280) return Math.sqrt(ss);
        double tail = 0;
        for (int i = 1; i < len; i++) tail = Math.hypot(tail, x[i]);
        return tail;
    }

    /** β with {@code (I − τ·y·yᵀ)·x = β·e₁}, and the factor x[1..] was scaled by to become y (0 if untouched). */
    private record Reflection(double beta, double scale) {}

    /**
     * Turns x[0..len) (len = x.length − 1) into a Householder vector y with a unit first entry and stores τ in the
     * last slot (LAPACK's dlarfg).
     */
    private static Reflection reflector(double[] x) {
        int len = x.length - 1;
        double alpha = x[0], tail = tailNorm(x);
        if (tail == 0) {
            x[0] = 1;
            x[len] = 0;
            return new Reflection(alpha, 0);
        }
        double beta = -Math.copySign(Math.hypot(alpha, tail), alpha);
        double scale = 1 / (alpha - beta);
        for (int i = 1; i < len; i++) x[i] *= scale;
        x[0] = 1;
        x[len] = (beta - alpha) / beta;
        return new Reflection(beta, scale);
    }

    /** {@code Ut ← Ut · Q_Lᵀ} for an m-column Ut: rows holding B's left singular vectors become A's. */
    void leftToOriginal(double[] ut, int rows) {
        applyRight(ut, rows, m, left, tauL, n, 0);
    }

    /** {@code Vt ← Vt · Q_Rᵀ} for an n-column Vt: rows holding B's right singular vectors become A's. */
    void rightToOriginal(double[] vt, int rows) {
        applyRight(vt, rows, n, right, tauR, right.length, 1);
    }

    /** Reflectors applied per block of this many: wide enough for the products to run at matmul speed. */
    private static final int BLOCK = 128;

    /**
     * {@code C ← C · H_{count−1} ⋯ H_0} for a row-major rows×cols C, H_j = I − τ_j·y_j·y_jᵀ with y_j starting at
     * column j + shift. Blocks of reflectors are combined into {@code I − Y·T·Yᵀ} (LAPACK's dlarft) so that the
     * work is three matrix products per block.
     */
    private static void applyRight(double[] c, int rows, int cols, double[][] ys, double[] tau, int count, int shift) {
        for (int j1 = count; j1 > 0; j1 -= BLOCK) {
            int j0 = Math.max(0, j1 - BLOCK), kb = j1 - j0, c0 = j0 + shift, len = cols - c0;
            double[] yt = new double[kb * len], y = new double[len * kb];
            for (int t = 0; t < kb; t++) {
                double[] src = ys[j0 + t];
                int srcLen = src.length - 1;           // the last slot holds τ
                System.arraycopy(src, 0, yt, t * len + t, srcLen);
                for (int p = 0; p < srcLen; p++) y[(t + p) * kb + t] = src[p];
            }
            double[] tt = triangularFactor(yt, kb, len, tau, j0);          // Tᵀ, row-major
            double[] cs = new double[rows * len];
            for (int r = 0; r < rows; r++) System.arraycopy(c, r * cols + c0, cs, r * len, len);
            double[] p = new double[rows * kb], p2 = new double[rows * kb], dprod = new double[rows * len];
            Gemm.multiply(cs, 0, y, 0, p, 0, rows, len, kb);
            Gemm.multiply(p, 0, tt, 0, p2, 0, rows, kb, kb);
            Gemm.multiply(p2, 0, yt, 0, dprod, 0, rows, kb, len);
            for (int r = 0; r < rows; r++) {
                int off = r * cols + c0, so = r * len;
                for (int q = 0; q < len; q++) c[off + q] = cs[so + q] - dprod[so + q];
            }
        }
    }

    /** Tᵀ (kb×kb, lower triangular) for H_{j0}⋯H_{j0+kb−1} = I − Y·T·Yᵀ, Y's columns being yt's rows. */
    private static double[] triangularFactor(double[] yt, int kb, int len, double[] tau, int j0) {
        double[] t = new double[kb * kb];                // T, upper triangular, row-major
        for (int i = 0; i < kb; i++) {
            double ti = tau[j0 + i];
            t[i * kb + i] = ti;
            if (ti == 0) continue;
            double[] g = new double[i];
            for (int s = 0; s < i; s++) g[s] = -ti * VectorMath.dot(yt, s * len, yt, i * len, len);
            for (int s = 0; s < i; s++) {
                double acc = 0;
                for (int q = s; q < i; q++) acc += t[s * kb + q] * g[q];
                t[s * kb + i] = acc;
            }
        }
        double[] tt = new double[kb * kb];
        for (int i = 0; i < kb; i++) for (int j = 0; j < kb; j++) tt[j * kb + i] = t[i * kb + j];
        return tt;
    }
}

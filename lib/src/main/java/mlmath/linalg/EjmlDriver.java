package mlmath.linalg;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The pure-Java stand-in when OpenBLAS cannot load: EJML's decompositions arranged like LAPACK's outputs. Values
 * agree with numpy's to rounding; signs of vectors and the order of non-symmetric eigenvalues may differ.
 */
final class EjmlDriver implements Driver {
    @Override public Factors svd(double[] a, int m, int n, char jobz) {
        boolean vectors = jobz != 'N';
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, vectors, vectors, jobz == 'S');
        if (!svd.decompose(new DMatrixRMaj(m, n, true, a))) return null;
        int k = Math.min(m, n);
        if (!vectors) {
            double[] s = Arrays.copyOf(svd.getSingularValues(), k);
            Arrays.sort(s);
            for (int i = 0; i < k / 2; i++) { double t = s[i]; s[i] = s[k - 1 - i]; s[k - 1 - i] = t; }
            return new Factors(null, s, null);
        }
        DMatrixRMaj u = svd.getU(null, false), w = svd.getW(null), vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(u, false, w, vt, true);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) s[i] = w.get(i, i);
        return new Factors(u.data, s, vt.data);
    }

    @Override public Factors eigh(double[] a, int n, boolean vectors, boolean lower) {
        symmetrize(a, n, lower);                                         // only the triangle UPLO names is read
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a))) return null;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> eig.getEigenvalue(i).real));
        double[] w = new double[n], v = vectors ? new double[n * n] : null;
        for (int c = 0; c < n; c++) {
            w[c] = eig.getEigenvalue(order[c]).real;
            if (vectors) for (int r = 0; r < n; r++) v[r * n + c] = eig.getEigenVector(order[c]).get(r);
        }
        return new Factors(null, w, v);
    }

    /** Copies the lower (or upper) triangle onto the other, so that only the one numpy reads matters. */
    private static void symmetrize(double[] a, int n, boolean lower) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (lower) a[i * n + j] = a[j * n + i];
                else a[j * n + i] = a[i * n + j];
            }
        }
    }

    @Override public Eigen eig(double[] a, int n, boolean vectors) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, false);
        // EJML's convergence tests are absolute: a matrix of 1e±200 entries is scaled near 1 first, by a power of two (exact).
        double largest = Arrays.stream(a).map(Math::abs).max().orElse(0);
        double unscale = largest > 0 && Double.isFinite(largest) ? Math.scalb(1.0, Math.getExponent(largest)) : 1;
        DMatrixRMaj scaled = new DMatrixRMaj(n, n, true, a.clone());
        CommonOps_DDRM.divide(scaled, unscale);
        double[] s = scaled.data.clone();
        double shift = 0;
        if (!eig.decompose(scaled.copy())) {
            // EJML's QR iteration can stall where LAPACK's converges (a 6×6 of rank 2 in DriverInvariantsTest): A + s·I
            // has the same eigenvectors and each eigenvalue moved by s, which costs only eps·s ≈ eps·‖A‖ of accuracy.
            shift = Math.max(1, NormOps_DDRM.normF(scaled)) / Math.PI;
            for (int i = 0; i < n; i++) scaled.add(i, i, shift);
            if (!eig.decompose(scaled)) return null;
        }
        double[] re = new double[n], im = new double[n], vr = vectors ? new double[n * n] : null;
        for (int i = 0; i < n; i++) {
            Complex_F64 value = eig.getEigenvalue(i);
            re[i] = (value.real - shift) * unscale;
            im[i] = value.imaginary * unscale;
        }
        if (vectors) {
            for (int c = 0; c < n; c++) {
                if (im[c] == 0) {
                    DMatrixRMaj v = eig.getEigenVector(c);
                    double norm = v == null ? 0 : NormOps_DDRM.normF(v);
                    for (int r = 0; r < n; r++) vr[r * n + c] = norm == 0 ? Double.NaN : v.get(r) / norm;
                } else if (im[c] > 0 && c + 1 < n) {
                    complexVector(s, n, re[c] / unscale, im[c] / unscale, vr, c);
                    c++;
                }
            }
            repairRealVectors(s, n, Arrays.stream(re).map(x -> x / unscale).toArray(), im, vr);
        }
        return new Eigen(re, im, vr);
    }

    /**
     * EJML's back-substitution loses a repeated eigenvalue's vectors (a 6×6 of rank 2: four zeros). A real eigenvector
     * whose residual ‖A·x − λ·x‖ is off by more than rounding is taken instead from the null space of A − λ̄I, where λ̄
     * is the mean of the eigenvalues close to λ: its right singular vectors of the smallest singular values, one per
     * eigenvalue of the cluster (the same one again where the cluster is defective, as dgeev's are then near-parallel).
     */
    private static void repairRealVectors(double[] a, int n, double[] re, double[] im, double[] vr) {
        double scale = Math.max(Double.MIN_NORMAL, NormOps_DDRM.normF(new DMatrixRMaj(n, n, true, a)));
        double roundoff = 1e3 * n * Math.ulp(1.0) * scale, close = 1e-6 * scale;
        boolean[] done = new boolean[n];
        for (int c = 0; c < n; c++) {
            if (im[c] != 0 || done[c] || residual(a, n, re[c], vr, c) <= roundoff) continue;
            double lambda = re[c];
            int[] cluster = IntStream.range(0, n).filter(j -> im[j] == 0 && Math.abs(re[j] - lambda) <= close).toArray();
            double mean = Arrays.stream(cluster).mapToDouble(j -> re[j]).average().orElse(lambda);
            DMatrixRMaj shifted = new DMatrixRMaj(n, n, true, a.clone());
            for (int i = 0; i < n; i++) shifted.add(i, i, -mean);
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, false, true, false);
            if (!svd.decompose(shifted)) return;
            DMatrixRMaj w = svd.getW(null), vt = svd.getV(null, true);
            SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
            int nullity = 0;
            while (nullity < cluster.length && w.get(n - 1 - nullity, n - 1 - nullity) <= roundoff) nullity++;
            for (int k = 0; k < cluster.length; k++) {
                int row = n - 1 - Math.min(k, Math.max(nullity, 1) - 1);
                for (int r = 0; r < n; r++) vr[r * n + cluster[k]] = vt.get(row, r);
                done[cluster[k]] = true;
            }
        }
    }

    /** ‖A·x − λ·x‖∞ for the real vector in column c of vr (infinite for a missing one). */
    private static double residual(double[] a, int n, double lambda, double[] vr, int c) {
        double worst = 0;
        for (int r = 0; r < n; r++) {
            double ax = -lambda * vr[r * n + c];
            for (int k = 0; k < n; k++) ax += a[r * n + k] * vr[k * n + c];
            worst = Math.max(worst, Math.abs(ax));
        }
        return Double.isNaN(worst) ? Double.POSITIVE_INFINITY : worst;
    }

    /**
     * EJML gives no vectors for complex eigenvalues: one step of inverse iteration on the real 2n×2n form of
     * (A − λI)(x + iy) = 0, normalised to unit length like dgeev, stored packed in columns c (x) and c+1 (y).
     */
    private static void complexVector(double[] a, int n, double re, double im, double[] vr, int c) {
        double shift = re + 1e-10 * Math.max(1, Math.hypot(re, im));
        DMatrixRMaj big = new DMatrixRMaj(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                big.set(i, j, a[i * n + j]);
                big.set(n + i, n + j, a[i * n + j]);
            }
            big.add(i, i, -shift);
            big.add(n + i, n + i, -shift);
            big.set(i, n + i, im);
            big.set(n + i, i, -im);
        }
        DMatrixRMaj x = new DMatrixRMaj(2 * n, 1);
        x.fill(1);
        for (int step = 0; step < 3; step++) {
            DMatrixRMaj next = new DMatrixRMaj(2 * n, 1);
            if (!CommonOps_DDRM.solve(big, x, next)) break;
            CommonOps_DDRM.divide(next, NormOps_DDRM.normF(next));
            x = next;
        }
        // dgeev's normalisation: unit length (done above) and the largest component real, keeping its real part's sign.
        int k = 0;
        for (int r = 1; r < n; r++) if (Math.hypot(x.get(r), x.get(n + r)) > Math.hypot(x.get(k), x.get(n + k))) k = r;
        double size = Math.hypot(x.get(k), x.get(n + k)), sign = x.get(k) < 0 ? -1 : 1;
        double cos = sign * x.get(k) / size, sin = -sign * x.get(n + k) / size;     // multiply by e^{iθ} = cos + i·sin
        for (int r = 0; r < n; r++) {
            double xr = x.get(r), yr = x.get(n + r);
            vr[r * n + c] = xr * cos - yr * sin;
            vr[r * n + c + 1] = xr * sin + yr * cos;
        }
    }

    @Override public boolean solve(double[] a, int aOff, int n, double[] b, int bOff, int nrhs, double[] x, int xOff) {
        LUDecompositionAlt_DDRM lu = new LUDecompositionAlt_DDRM();
        LinearSolverLu_DDRM solver = new LinearSolverLu_DDRM(lu);
        if (!solver.setA(block(a, aOff, n, n)) || zeroPivot(lu, n)) return false;
        DMatrixRMaj solution = new DMatrixRMaj(n, nrhs);
        solver.solve(b == null ? CommonOps_DDRM.identity(n) : block(b, bOff, n, nrhs), solution);
        System.arraycopy(solution.data, 0, x, xOff, n * nrhs);
        return true;
    }

    /** A copy of the rows×cols row-major block at {@code data[offset..]}. */
    private static DMatrixRMaj block(double[] data, int offset, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        System.arraycopy(data, offset, m.data, 0, rows * cols);
        return m;
    }

    /** dgetrf's rule: singular only when a pivot is exactly zero (EJML's isSingular uses a tolerance). */
    private static boolean zeroPivot(LUDecompositionAlt_DDRM lu, int n) {
        for (int i = 0; i < n; i++) if (lu.getLU().get(i, i) == 0) return true;
        return false;
    }

    @Override public double[] slogdet(double[] a, int n) {
        LUDecompositionAlt_DDRM lu = new LUDecompositionAlt_DDRM();
        lu.decompose(new DMatrixRMaj(n, n, true, a));
        if (zeroPivot(lu, n)) return new double[] {0, Double.NEGATIVE_INFINITY};
        // The row permutation's parity, from its cycles, then the signs of U's diagonal (no product: it would
        // under- or overflow where the logarithms do not).
        int[] perm = lu.getRowPivotV(null);
        boolean[] seen = new boolean[n];
        double sign = 1, logdet = 0;
        for (int i = 0; i < n; i++) {
            if (seen[i]) continue;
            int length = 0;
            for (int j = i; !seen[j]; j = perm[j]) {
                seen[j] = true;
                length++;
            }
            if (length % 2 == 0) sign = -sign;
        }
        for (int i = 0; i < n; i++) {
            double d = lu.getLU().get(i, i);
            if (d < 0) sign = -sign;
            logdet += Math.log(Math.abs(d));
        }
        return new double[] {sign, logdet};
    }

    @Override public boolean cholesky(double[] a, int n, boolean lower) {
        symmetrize(a, n, lower);                               // EJML reads a triangle of its own choosing
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, lower);
        if (!chol.decompose(new DMatrixRMaj(n, n, true, a))) return false;
        System.arraycopy(chol.getT(null).data, 0, a, 0, n * n);
        return true;
    }

    @Override public Factors qr(double[] a, int m, int n, int qCols, int rRows) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
        qr.decompose(new DMatrixRMaj(m, n, true, a));
        DMatrixRMaj q = qr.getQ(null, false), r = qr.getR(null, false);            // m×m and m×n
        double[] qOut = new double[m * qCols], rOut = new double[rRows * n];
        for (int i = 0; i < m; i++) System.arraycopy(q.data, i * m, qOut, i * qCols, qCols);
        System.arraycopy(r.data, 0, rOut, 0, rRows * n);
        return new Factors(qOut, null, rOut);
    }

    /** Least squares through the SVD: components with S ≤ rcond·S.max() are dropped, as dgelsd does. */
    @Override public Lstsq lstsq(double[] a, int m, int n, double[] b, int nrhs, double rcond) {
        Factors f = svd(a.clone(), m, n, 'S');
        if (f == null) return null;
        int k = Math.min(m, n), rank = 0;
        double cutoff = k == 0 ? 0 : rcond * f.s()[0];
        double[] x = new double[n * nrhs];
        for (int c = 0; c < k; c++) {
            if (!(f.s()[c] > cutoff)) break;
            rank++;
            for (int j = 0; j < nrhs; j++) {
                double proj = 0;
                for (int i = 0; i < m; i++) proj += f.u()[i * k + c] * b[i * nrhs + j];
                proj /= f.s()[c];
                for (int i = 0; i < n; i++) x[i * nrhs + j] += f.vt()[c * n + i] * proj;
            }
        }
        double[] residual = new double[m * nrhs];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < nrhs; j++) {
                double ax = 0;
                for (int p = 0; p < n; p++) ax += a[i * n + p] * x[p * nrhs + j];
                residual[i * nrhs + j] = b[i * nrhs + j] - ax;
            }
        }
        Arrays.fill(b, 0);
        System.arraycopy(x, 0, b, 0, n * nrhs);
        // dgelsd leaves the residual's components outside A's column space in rows n..m-1; their squares sum to
        // the residual, which is what numpy reads from there.
        if (m > n) for (int j = 0; j < nrhs; j++) {
            double ss = 0;
            for (int i = 0; i < m; i++) ss += residual[i * nrhs + j] * residual[i * nrhs + j];
            b[n * nrhs + j] = Math.sqrt(ss);
            for (int i = n + 1; i < m; i++) b[i * nrhs + j] = 0;
        }
        return new Lstsq(f.s(), rank);
    }
}

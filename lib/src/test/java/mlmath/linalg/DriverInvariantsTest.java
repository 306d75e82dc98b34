package mlmath.linalg;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static mlmath.linalg.Accuracy.C;
import static mlmath.linalg.Accuracy.EPS;
import static mlmath.linalg.Accuracy.frobenius;
import static mlmath.linalg.Accuracy.mul;
import static mlmath.linalg.Accuracy.transpose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every LAPACK driver must satisfy whatever its kernel, in the spirit of EJML's {@code StandardSvdChecks_DDRM}:
 * each test runs in this JVM on both drivers, OpenBLAS's LAPACK and the pure-Java EJML fallback, over square, tall,
 * wide, rank-deficient, repeated-eigenvalue, ill-conditioned and blocked-size matrices, vectors included: orthogonal
 * factors, backward errors within C·n·eps·‖A‖, values in LAPACK's order, the identities that tie the results together.
 */
class DriverInvariantsTest {
    static Stream<Driver> drivers() {
        Lapack.kernel();                                      // loads OpenBLAS (the driver under test), or fails here
        assertTrue(Lapack.openBlasReady(), "OpenBLAS did not load");
        return Stream.of(Lapack.driver(), new EjmlDriver());
    }

    /** Named inputs, the same on every run (seeded). */
    private static Map<String, double[][]> matrices() {
        Random r = new Random(21);
        Map<String, double[][]> m = new LinkedHashMap<>();
        for (int n : new int[] {1, 2, 5, 17, 70, 130}) m.put("random" + n, random(r, n, n));
        m.put("tall9x4", random(r, 9, 4));
        m.put("wide4x9", random(r, 4, 9));
        m.put("rank2", mul(random(r, 6, 2), random(r, 2, 6)));
        double[][] q = orthogonal(r, 5);
        m.put("repeated", mul(mul(q, diag(3, 3, 3, -1, 0.5)), transpose(q)));
        m.put("ill1e10", mul(mul(orthogonal(r, 6), diag(1, 1e-2, 1e-4, 1e-6, 1e-8, 1e-10)), transpose(orthogonal(r, 6))));
        m.put("rotation", new double[][] {{0, -1}, {1, 0}});
        m.put("jordanish", new double[][] {{2, 1, 0}, {0, 2, 1}, {0, 0, 2}});
        m.put("zero", new double[3][3]);
        m.put("identity", Accuracy.identity(4));
        m.put("scaled1e150", scale(random(r, 4, 4), 1e150));
        return m;
    }

    private static double[][] random(Random r, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) for (int j = 0; j < cols; j++) row[j] = r.nextGaussian();
        return a;
    }

    private static double[][] diag(double... d) {
        double[][] a = new double[d.length][d.length];
        for (int i = 0; i < d.length; i++) a[i][i] = d[i];
        return a;
    }

    private static double[][] scale(double[][] a, double s) {
        for (double[] row : a) for (int j = 0; j < row.length; j++) row[j] *= s;
        return a;
    }

    /** An orthogonal matrix by Gram–Schmidt on a Gaussian one (written out here, so the fixture needs no driver). */
    private static double[][] orthogonal(Random r, int n) {
        double[][] q = transpose(random(r, n, n));                      // rows are the vectors
        for (int i = 0; i < n; i++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < i; j++) {
                    double dot = 0;
                    for (int k = 0; k < n; k++) dot += q[i][k] * q[j][k];
                    for (int k = 0; k < n; k++) q[i][k] -= dot * q[j][k];
                }
            }
            double norm = 0;
            for (double v : q[i]) norm += v * v;
            for (int k = 0; k < n; k++) q[i][k] /= Math.sqrt(norm);
        }
        return q;
    }

    private static double[] flat(double[][] a) { return Accuracy.flat(a); }

    private static double[][] shaped(double[] x, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) System.arraycopy(x, i * cols, a[i], 0, cols);
        return a;
    }

    private static List<Map.Entry<String, double[][]>> square() {
        return matrices().entrySet().stream().filter(e -> e.getValue().length == e.getValue()[0].length).toList();
    }

    private static double[][] symmetric(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s[i][j] = (a[i][j] + a[j][i]) / 2;
        return s;
    }

    private static void ok(String check) { assertNull(check); }

    private static double unit(int n, double[][] a) { return C * Math.max(1, n) * EPS * frobenius(a); }

    @ParameterizedTest @MethodSource("drivers")
    void svd_isOrthogonalTimesDescendingTimesOrthogonal_andValuesAloneAgree(Driver d) {
        for (var e : matrices().entrySet()) {
            double[][] a = e.getValue();
            int m = a.length, n = a[0].length, k = Math.min(m, n);
            for (char jobz : new char[] {'A', 'S'}) {
                Driver.Factors f = d.svd(flat(a), m, n, jobz);
                assertNotNull(f, e.getKey());
                int uCols = jobz == 'A' ? m : k, vRows = jobz == 'A' ? n : k;
                double[][] u = shaped(f.u(), m, uCols), vt = shaped(f.vt(), vRows, n);
                String at = e.getKey() + " jobz=" + jobz + ": ";
                ok(prefix(at, Accuracy.orthonormal("U", u)));
                ok(prefix(at, Accuracy.orthonormal("V", transpose(vt))));
                double[][] us = Accuracy.columns(u, 0, k);
                for (int i = 0; i < m; i++) for (int j = 0; j < k; j++) us[i][j] *= f.s()[j];
                ok(prefix(at, Accuracy.backward("U·S·Vt", a, mul(us, Accuracy.rows(vt, 0, k)), Math.max(m, n), frobenius(a))));
                for (int i = 0; i < k; i++) {
                    assertTrue(f.s()[i] >= 0 && (i == 0 || f.s()[i] <= f.s()[i - 1]), at + "S descending and ≥ 0: " + java.util.Arrays.toString(f.s()));
                }
                ok(prefix(at, Accuracy.close("S without vectors", f.s(), d.svd(flat(a), m, n, 'N').s(), unit(Math.max(m, n), a))));
            }
        }
    }

    @ParameterizedTest @MethodSource("drivers")
    void eigh_isAnOrthonormalBasisOfAscendingEigenpairs_fromTheNamedTriangle(Driver d) {
        for (var e : square()) {
            double[][] a = e.getValue();
            int n = a.length;
            for (boolean lower : new boolean[] {true, false}) {
                double[][] h = new double[n][n];
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = lower == (i >= j) ? a[i][j] : a[j][i];
                String at = e.getKey() + (lower ? " L: " : " U: ");
                Driver.Factors f = d.eigh(flat(a), n, true, lower);     // the other triangle must not be read
                assertNotNull(f, at);
                double[][] v = shaped(f.vt(), n, n), vl = shaped(f.vt(), n, n);
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) vl[i][j] *= f.s()[j];
                ok(prefix(at, Accuracy.orthonormal("V", v)));
                ok(prefix(at, Accuracy.backward("A·V − V·Λ", mul(h, v), vl, n, frobenius(h))));
                for (int i = 1; i < n; i++) assertTrue(f.s()[i - 1] <= f.s()[i], at + "ascending");
                ok(prefix(at, Accuracy.close("values without vectors", f.s(), d.eigh(flat(a), n, false, lower).s(), unit(n, h))));
            }
        }
    }

    @ParameterizedTest @MethodSource("drivers")
    void eig_pairsSatisfyAx_equalsLambdaX_withUnitVectors_conjugatePairsInDgeevsOrder(Driver d) {
        for (var e : square()) {
            double[][] a = e.getValue();
            int n = a.length;
            String at = e.getKey() + ": ";
            Driver.Eigen f = d.eig(flat(a), n, true);
            assertNotNull(f, at);
            double traceOfA = 0, sum = 0;
            for (int i = 0; i < n; i++) {
                traceOfA += a[i][i];
                sum += f.re()[i];
            }
            assertTrue(Math.abs(sum - traceOfA) <= n * unit(n, a), at + "Σλ = trace: " + sum + " vs " + traceOfA);
            for (int j = 0; j < n; j++) {
                boolean pair = f.im()[j] != 0;
                if (pair) {
                    assertTrue(j + 1 < n && f.im()[j] > 0 && f.im()[j + 1] == -f.im()[j] && f.re()[j + 1] == f.re()[j],
                            at + "a conjugate pair, positive imaginary part first, at " + j);
                }
                double[] xr = new double[n], xi = new double[n];
                for (int r = 0; r < n; r++) {
                    xr[r] = f.vectors()[r * n + j];
                    xi[r] = pair ? f.vectors()[r * n + j + 1] : 0;
                }
                double norm = 0, residual = 0;
                for (int r = 0; r < n; r++) {
                    double axr = 0, axi = 0;
                    for (int c = 0; c < n; c++) {
                        axr += a[r][c] * xr[c];
                        axi += a[r][c] * xi[c];
                    }
                    residual = Math.max(residual, Math.hypot(axr - (f.re()[j] * xr[r] - f.im()[j] * xi[r]), axi - (f.re()[j] * xi[r] + f.im()[j] * xr[r])));
                    norm += xr[r] * xr[r] + xi[r] * xi[r];
                }
                assertTrue(residual <= unit(n, a), at + "‖A·x − λ·x‖ = " + residual + " for λ" + j + " > " + unit(n, a));
                assertEquals(1, norm, C * n * EPS, at + "unit vector " + j);
                if (pair) j++;
            }
        }
    }

    @ParameterizedTest @MethodSource("drivers")
    void solveAndInverse_haveSmallResiduals_andAnExactlySingularMatrixIsRefused(Driver d) {
        Random r = new Random(5);
        for (var e : square()) {
            double[][] a = e.getValue();
            int n = a.length;
            if (e.getKey().equals("zero") || e.getKey().equals("rank2")) continue;
            String at = e.getKey() + ": ";
            double[][] b = random(r, n, 3);
            double[] x = new double[n * 3], inv = new double[n * n];
            assertTrue(d.solve(flat(a), 0, n, flat(b), 0, 3, x, 0), at);
            double[][] xs = shaped(x, n, 3);
            ok(prefix(at, Accuracy.backward("A·X − B", mul(a, xs), b, n, frobenius(a) * frobenius(xs))));
            assertTrue(d.solve(flat(a), 0, n, null, 0, n, inv, 0), at);
            double[][] inverse = shaped(inv, n, n);
            ok(prefix(at, Accuracy.backward("A·A⁻¹ − I", mul(a, inverse), Accuracy.identity(n), n, frobenius(a) * frobenius(inverse))));
        }
        assertFalse(d.solve(new double[] {1, 2, 2, 4}, 0, 2, null, 0, 2, new double[4], 0), "[[1, 2], [2, 4]] has an exact zero pivot");
        assertFalse(d.solve(new double[9], 0, 3, new double[3], 0, 1, new double[3], 0), "the zero matrix");
    }

    @ParameterizedTest @MethodSource("drivers")
    void slogdet_agreesWithTheSingularValues_andTheSignOfTheRealEigenvalues(Driver d) {
        for (var e : square()) {
            double[][] a = e.getValue();
            int n = a.length;
            String at = e.getKey() + ": ";
            double[] sl = d.slogdet(flat(a), n);
            Driver.Factors svd = d.svd(flat(a), n, n, 'N');
            double logSigma = 0, smallest = Double.POSITIVE_INFINITY;
            for (double s : svd.s()) {
                logSigma += Math.log(s);
                smallest = Math.min(smallest, s);
            }
            double kappa = svd.s()[0] / smallest;
            if (Accuracy.numericallySingular(n, kappa)) {
                assertTrue(sl[0] == 0 ? sl[1] == Double.NEGATIVE_INFINITY : sl[1] < Math.log(C * n * EPS) + n * Math.log(Math.max(svd.s()[0], Double.MIN_NORMAL)) + 1,
                        at + "singular: det is zero or rounding noise, got " + java.util.Arrays.toString(sl));
                continue;
            }
            assertEquals(logSigma, sl[1], C * n * EPS * kappa + 1e-13 * Math.abs(logSigma), at + "log|det| = Σ log σ");
            Driver.Eigen eig = d.eig(flat(a), n, false);
            double sign = 1;
            for (int i = 0; i < n; i++) if (eig.im()[i] == 0 && eig.re()[i] < 0) sign = -sign;
            assertEquals(sign, sl[0], at + "sign of det = the sign of the product of the eigenvalues");
        }
    }

    @ParameterizedTest @MethodSource("drivers")
    void cholesky_ofAPositiveDefiniteMatrix_isLowerOrUpper_andRefusesAnIndefiniteOne(Driver d) {
        for (var e : matrices().entrySet()) {
            double[][] g = e.getValue();
            int n = g[0].length;
            double[][] spd = mul(transpose(g), g);
            for (int i = 0; i < n; i++) spd[i][i] += 1;
            for (boolean lower : new boolean[] {true, false}) {
                String at = e.getKey() + (lower ? " L: " : " U: ");
                double[] l = flat(spd);
                assertTrue(d.cholesky(l, n, lower), at);
                double[][] f = shaped(l, n, n), low = lower ? f : transpose(f);
                for (int i = 0; i < n; i++) {
                    assertTrue(low[i][i] > 0, at + "positive diagonal");
                    for (int j = i + 1; j < n; j++) assertEquals(0, low[i][j], at + "triangular");
                }
                ok(prefix(at, Accuracy.backward("L·Lᵀ", spd, mul(low, transpose(low)), n, frobenius(spd))));
            }
        }
        assertFalse(d.cholesky(new double[] {1, 2, 2, 1}, 2, true), "[[1, 2], [2, 1]] is indefinite");
    }

    @ParameterizedTest @MethodSource("drivers")
    void qr_isOrthonormalTimesUpperTriangular_reducedAndComplete(Driver d) {
        for (var e : matrices().entrySet()) {
            double[][] a = e.getValue();
            int m = a.length, n = a[0].length, k = Math.min(m, n);
            for (boolean complete : new boolean[] {false, true}) {
                int qCols = complete ? m : k, rRows = complete ? m : k;
                String at = e.getKey() + (complete ? " complete: " : " reduced: ");
                Driver.Factors f = d.qr(flat(a), m, n, qCols, rRows);
                double[][] q = shaped(f.u(), m, qCols), r = shaped(f.vt(), rRows, n);
                for (int i = 0; i < rRows; i++) for (int j = 0; j < Math.min(i, n); j++) assertEquals(0, r[i][j], at + "R upper triangular");
                ok(prefix(at, Accuracy.orthonormal("Q", q)));
                ok(prefix(at, Accuracy.backward("Q·R", a, mul(q, r), Math.max(m, n), frobenius(a))));
            }
        }
    }

    @ParameterizedTest @MethodSource("drivers")
    void lstsq_solvesTheNormalEquations_withTheMinimumNorm_andCountsTheRank(Driver d) {
        Random rnd = new Random(8);
        for (var e : matrices().entrySet()) {
            double[][] a = e.getValue();
            int m = a.length, n = a[0].length, rows = Math.max(m, n);
            if (e.getKey().equals("scaled1e150")) continue;   // ‖A‖² overflows in the normal equations below
            String at = e.getKey() + ": ";
            double[][] b = random(rnd, m, 2);
            double[] work = new double[rows * 2];
            System.arraycopy(flat(b), 0, work, 0, m * 2);
            double rcond = EPS * Math.max(m, n);
            Driver.Lstsq f = d.lstsq(flat(a), m, n, work, 2, rcond);
            assertNotNull(f, at);
            double[][] x = shaped(java.util.Arrays.copyOf(work, n * 2), n, 2);
            Driver.Factors svd = d.svd(flat(a), m, n, 'A');
            int rank = 0;
            for (double s : svd.s()) if (s > rcond * svd.s()[0]) rank++;
            assertEquals(rank, f.rank(), at + "rank");
            ok(prefix(at, Accuracy.close("S", svd.s(), f.s(), unit(Math.max(m, n), a))));
            if (rank == 0) continue;
            // The solution lies in the span of the first `rank` right singular vectors, and there it solves AᵀA·x = Aᵀb.
            double[][] v = transpose(shaped(svd.vt(), n, n));
            double kappa = svd.s()[0] / svd.s()[rank - 1];
            double[][] outside = mul(transpose(Accuracy.columns(v, rank, n)), x);
            double tol = C * Math.max(m, n) * EPS * kappa * kappa * (frobenius(x) + frobenius(b) / svd.s()[rank - 1]);
            assertTrue(Accuracy.frobenius(outside) <= tol, at + "x has a component in the null space: " + frobenius(outside));
            double[][] gradient = mul(transpose(Accuracy.columns(v, 0, rank)), mul(transpose(a), minus(mul(a, x), b)));
            assertTrue(frobenius(gradient) <= C * Math.max(m, n) * EPS * frobenius(a) * (frobenius(a) * frobenius(x) + frobenius(b)) * kappa,
                    at + "Aᵀ(A·x − b) = " + frobenius(gradient));
        }
    }

    private static double[][] minus(double[][] a, double[][] b) {
        double[][] d = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i].clone();
            for (int j = 0; j < d[i].length; j++) d[i][j] -= b[i][j];
        }
        return d;
    }

    private static String prefix(String at, String check) { return check == null ? null : at + check; }
}

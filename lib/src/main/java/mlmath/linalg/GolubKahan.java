package mlmath.linalg;

import mlmath.tensor.internal.VectorMath;
import org.ejml.dense.row.decomposition.svd.implicitqr.SvdImplicitQrAlgorithm_DDRM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Singular triplets of an upper bidiagonal B through its Golub–Kahan form: the 2n×2n symmetric tridiagonal with zero
 * diagonal and off-diagonal (d₀, e₀, d₁, e₁, …, d_{n−1}), whose eigenvalue +σ has the eigenvector (v₀, u₀, v₁, u₁, …)/√2.
 * Values come from implicit QR without vectors (O(n²)), vectors from inverse iteration with a tridiagonal LU (O(n)
 * each), orthogonalised within clusters of close values — the method of LAPACK's dbdsvdx/dstein. That replaces the
 * O(n³) rotation sweeps of a bidiagonal QR with vectors; the caller's checks fall back to it when in doubt.
 */
final class GolubKahan {
    private GolubKahan() {}

    /** σ descending; row k of ut/vt (n×n) is the left/right singular vector of σ_k. */
    record Triplets(double[] s, double[] ut, double[] vt) {}

    private static final double EPS = Math.ulp(1.0);
    /** Values closer than this (relative to ‖B‖) have their vectors orthogonalised against each other. */
    private static final double CLUSTER = 1e-5;
    /** Accepted loss of orthogonality and residual ‖B·v − σ·u‖/‖B‖ of the result; numpy's LAPACK reaches ~1e-14. */
    static final double TOLERANCE = 1e-10;

    /** The triplets of B = bidiag(d, e), or null when B is (nearly) singular or the result fails its checks. */
    static Triplets of(double[] d, double[] e) {
        int n = d.length;
        double norm = Math.max(maxAbs(d), maxAbs(e));
        if (norm == 0 || !Double.isFinite(norm)) return null;
        // B = D1·|B|·D2 with sign matrices D1, D2: work on |B| and put the signs back on u and v.
        double[] ad = new double[n], ae = new double[Math.max(0, n - 1)], s1 = new double[n], s2 = new double[n];
        s1[0] = 1;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                s2[k] = sign(e[k - 1]) * s1[k - 1];
                s1[k] = sign(d[k]) * s2[k];
            } else {
                s2[0] = sign(d[0]);
            }
            ad[k] = Math.abs(d[k]);
            if (ad[k] <= n * EPS * norm) return null;            // a (near) zero singular value: leave it to QR
            if (k < n - 1) ae[k] = Math.abs(e[k]) <= EPS * norm ? 0 : Math.abs(e[k]);
        }
        // Clusters are independent of each other (and of other blocks): they are solved on all cores.
        List<Cluster> clusters = new ArrayList<>();
        for (int k0 = 0; k0 < n; ) {
            int k1 = k0;
            while (k1 < n - 1 && ae[k1] != 0) k1++;
            int len = k1 - k0 + 1;
            double[] b = new double[2 * len - 1];
            for (int k = 0; k < len; k++) {
                b[2 * k] = ad[k0 + k];
                if (k < len - 1) b[2 * k + 1] = ae[k0 + k];
            }
            double[] values = blockValues(ad, ae, k0, len);
            if (values == null) return null;
            for (int i = 0, from = 0; i < len; i++) {
                if (i == len - 1 || values[i] - values[i + 1] >= CLUSTER * norm) {
                    clusters.add(new Cluster(b, k0, Arrays.copyOfRange(values, from, i + 1)));
                    from = i + 1;
                }
            }
            k0 = k1 + 1;
        }
        List<List<Found>> solved = clusters.parallelStream().map(c -> c.solve(norm)).toList();
        if (solved.contains(null)) return null;
        List<Found> found = new ArrayList<>(n);
        solved.forEach(found::addAll);
        found.sort((x, y) -> Double.compare(y.sigma(), x.sigma()));
        double[] s = new double[n], ut = new double[n * n], vt = new double[n * n];
        for (int r = 0; r < n; r++) {
            Found t = found.get(r);
            int k0 = t.start(), len = t.z().length / 2;
            double[] z = t.z();
            s[r] = t.sigma();
            double nv = 0, nu = 0;
            for (int k = 0; k < len; k++) {
                nv += z[2 * k] * z[2 * k];
                nu += z[2 * k + 1] * z[2 * k + 1];
            }
            // Each half should carry half the weight; far from it means inverse iteration mixed in -σ's vector.
            if (Math.abs(nv - 0.5) > 0.25 || Math.abs(nu - 0.5) > 0.25) return null;
            double fv = 1 / Math.sqrt(nv), fu = 1 / Math.sqrt(nu);
            for (int k = 0; k < len; k++) {
                vt[r * n + k0 + k] = s2[k0 + k] * fv * z[2 * k];
                ut[r * n + k0 + k] = s1[k0 + k] * fu * z[2 * k + 1];
            }
        }
        return accurate(d, e, s, ut, vt, norm) ? new Triplets(s, ut, vt) : null;
    }

    /** A value of the block starting at {@code start}, with its Golub–Kahan eigenvector z. */
    private record Found(double sigma, int start, double[] z) {}

    /** Values of one block (off-diagonal b, first row {@code start}) close enough to share a Gram–Schmidt. */
    private record Cluster(double[] b, int start, double[] values) {
        /** Their vectors, or null if inverse iteration broke down. */
        List<Found> solve(double norm) {
            List<double[]> done = new ArrayList<>();
            List<Found> found = new ArrayList<>();
            for (double value : values) {
                double[] z = Tridiagonal.eigenvector(new double[b.length + 1], b, value, norm, done,
                        start + done.size() + 31L * Double.hashCode(value));
                if (z == null) return null;
                done.add(z);
                found.add(new Found(value, start, z));
            }
            return found;
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static double sign(double x) { return x < 0 ? -1 : 1; }

    /** Singular values of the unreduced block, descending. */
    private static double[] blockValues(double[] ad, double[] ae, int k0, int len) {
        if (len == 1) return new double[] {ad[k0]};
        SvdImplicitQrAlgorithm_DDRM qr = new SvdImplicitQrAlgorithm_DDRM(true);
        qr.setMatrix(len, len, Arrays.copyOfRange(ad, k0, k0 + len), Arrays.copyOfRange(ae, k0, k0 + len - 1));
        if (!qr.process()) return null;
        double[] v = new double[len];
        for (int i = 0; i < len; i++) v[i] = Math.abs(qr.getSingularValue(i));
        return Tridiagonal.descending(v);
    }

    /**
     * Every triplet's residuals ‖B·v − σ·u‖ and ‖Bᵀ·u − σ·v‖, and the orthogonality of U and V probed with two
     * random vectors each (‖QᵀQ·x − x‖ ≈ ‖QᵀQ − I‖_F/√n on average), all within {@link #TOLERANCE}.
     */
    private static boolean accurate(double[] d, double[] e, double[] s, double[] ut, double[] vt, double norm) {
        int n = d.length;
        double worst = 0;
        for (int r = 0; r < n; r++) {
            int o = r * n;
            for (int k = 0; k < n; k++) {
                double bv = d[k] * vt[o + k] + (k < n - 1 ? e[k] * vt[o + k + 1] : 0);
                double btu = d[k] * ut[o + k] + (k > 0 ? e[k - 1] * ut[o + k - 1] : 0);
                worst = Math.max(worst, Math.max(Math.abs(bv - s[r] * ut[o + k]), Math.abs(btu - s[r] * vt[o + k])));
            }
        }
        if (!(worst <= TOLERANCE * norm)) return false;
        Random rng = new Random(42);
        for (double[] q : new double[][] {ut, vt}) {
            for (int probe = 0; probe < 2; probe++) {
                double[] x = new double[n], y = new double[n];
                for (int k = 0; k < n; k++) x[k] = rng.nextGaussian();
                for (int r = 0; r < n; r++) VectorMath.axpy(x[r], q, r * n, y, 0, n);          // y = Qᵀ-rows combination
                double err = 0, size = 0;
                for (int r = 0; r < n; r++) {
                    double diff = VectorMath.dot(q, r * n, y, 0, n) - x[r];
                    err += diff * diff;
                    size += x[r] * x[r];
                }
                if (!(Math.sqrt(err / size) <= TOLERANCE)) return false;
            }
        }
        return true;
    }
}

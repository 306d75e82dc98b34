package mlmath.tensor.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** The Vector API bodies of {@link VectorMath}; only loaded when {@code jdk.incubator.vector} is present. */
final class VectorMathSimd {
    private VectorMathSimd() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Four accumulators: an FMA's latency is about four cycles, so fewer chains would leave the unit idle. */
    static double dot(double[] x, int xOff, double[] y, int yOff, int len) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int i = 0;
        for (; i + 4 * L <= len; i += 4 * L) {
            a0 = DoubleVector.fromArray(S, x, xOff + i).fma(DoubleVector.fromArray(S, y, yOff + i), a0);
            a1 = DoubleVector.fromArray(S, x, xOff + i + L).fma(DoubleVector.fromArray(S, y, yOff + i + L), a1);
            a2 = DoubleVector.fromArray(S, x, xOff + i + 2 * L).fma(DoubleVector.fromArray(S, y, yOff + i + 2 * L), a2);
            a3 = DoubleVector.fromArray(S, x, xOff + i + 3 * L).fma(DoubleVector.fromArray(S, y, yOff + i + 3 * L), a3);
        }
        for (; i + L <= len; i += L) a0 = DoubleVector.fromArray(S, x, xOff + i).fma(DoubleVector.fromArray(S, y, yOff + i), a0);
        double s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) s += x[xOff + i] * y[yOff + i];
        return s;
    }

    static void axpy(double a, double[] x, int xOff, double[] y, int yOff, int len) {
        DoubleVector av = DoubleVector.broadcast(S, a);
        int i = 0;
        for (; i + L <= len; i += L) {
            DoubleVector.fromArray(S, x, xOff + i).fma(av, DoubleVector.fromArray(S, y, yOff + i)).intoArray(y, yOff + i);
        }
        for (; i < len; i++) y[yOff + i] += a * x[xOff + i];
    }

    /**
     * {@link VectorMath#normalProduct}'s rows four at a time: y[r] = M_r·v, then z += Σ y[r]·M_r with one load and
     * store of z per four rows. One row at a time, z's loads and stores cost as much as reading M. Returns the first
     * row not done (fewer than four remain).
     */
    static int normalRows4(double[] m, int from, int to, int cols, double[] v, double[] y, double[] z) {
        int bound = S.loopBound(cols), r = from;
        for (; r + 4 <= to; r += 4) {
            int o0 = r * cols, o1 = o0 + cols, o2 = o1 + cols, o3 = o2 + cols;
            DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            int i = 0;
            for (; i < bound; i += L) {
                DoubleVector x = DoubleVector.fromArray(S, v, i);
                a0 = DoubleVector.fromArray(S, m, o0 + i).fma(x, a0);
                a1 = DoubleVector.fromArray(S, m, o1 + i).fma(x, a1);
                a2 = DoubleVector.fromArray(S, m, o2 + i).fma(x, a2);
                a3 = DoubleVector.fromArray(S, m, o3 + i).fma(x, a3);
            }
            double t0 = a0.reduceLanes(VectorOperators.ADD), t1 = a1.reduceLanes(VectorOperators.ADD);
            double t2 = a2.reduceLanes(VectorOperators.ADD), t3 = a3.reduceLanes(VectorOperators.ADD);
            for (int j = i; j < cols; j++) {
                t0 += m[o0 + j] * v[j];
                t1 += m[o1 + j] * v[j];
                t2 += m[o2 + j] * v[j];
                t3 += m[o3 + j] * v[j];
            }
            y[r] = t0;
            y[r + 1] = t1;
            y[r + 2] = t2;
            y[r + 3] = t3;
            DoubleVector b0 = DoubleVector.broadcast(S, t0), b1 = DoubleVector.broadcast(S, t1);
            DoubleVector b2 = DoubleVector.broadcast(S, t2), b3 = DoubleVector.broadcast(S, t3);
            for (i = 0; i < bound; i += L) {
                DoubleVector acc = DoubleVector.fromArray(S, z, i);
                acc = DoubleVector.fromArray(S, m, o0 + i).fma(b0, acc);
                acc = DoubleVector.fromArray(S, m, o1 + i).fma(b1, acc);
                acc = DoubleVector.fromArray(S, m, o2 + i).fma(b2, acc);
                DoubleVector.fromArray(S, m, o3 + i).fma(b3, acc).intoArray(z, i);
            }
            for (int j = i; j < cols; j++) z[j] += t0 * m[o0 + j] + t1 * m[o1 + j] + t2 * m[o2 + j] + t3 * m[o3 + j];
        }
        return r;
    }
}

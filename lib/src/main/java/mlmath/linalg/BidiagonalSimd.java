package mlmath.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Bidiagonal}'s fused pass four rows at a time on the Vector API: each sweep loads the shared vectors (the
 * previous row combination, v, the next one's accumulator) once for four rows instead of once per row. Only loaded
 * when {@code jdk.incubator.vector} is present.
 */
final class BidiagonalSimd {
    private BidiagonalSimd() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /**
     * For the four rows at offsets o[q] (each {@code len} long): row += c[q]·prev, z = row·v, row += −tr·z·v, then
     * first[q] = row[0] and acc[0..len−1) += row[0]·row[1..len). Returns nothing; the rows, first and acc are updated.
     */
    static void fourRows(double[] w, int[] o, double[] c, double[] prev, double[] v, double tr, int len,
                         double[] first, double[] acc) {
        int o0 = o[0], o1 = o[1], o2 = o[2], o3 = o[3];
        DoubleVector c0 = DoubleVector.broadcast(S, c[0]), c1 = DoubleVector.broadcast(S, c[1]);
        DoubleVector c2 = DoubleVector.broadcast(S, c[2]), c3 = DoubleVector.broadcast(S, c[3]);
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int bound = S.loopBound(len), j = 0;
        for (; j < bound; j += L) {
            DoubleVector p = DoubleVector.fromArray(S, prev, j), vv = DoubleVector.fromArray(S, v, j);
            s0 = update(w, o0 + j, p, c0).fma(vv, s0);
            s1 = update(w, o1 + j, p, c1).fma(vv, s1);
            s2 = update(w, o2 + j, p, c2).fma(vv, s2);
            s3 = update(w, o3 + j, p, c3).fma(vv, s3);
        }
        double[] z = {s0.reduceLanes(VectorOperators.ADD), s1.reduceLanes(VectorOperators.ADD),
                s2.reduceLanes(VectorOperators.ADD), s3.reduceLanes(VectorOperators.ADD)};
        for (; j < len; j++) {
            for (int q = 0; q < 4; q++) {
                w[o[q] + j] += c[q] * prev[j];
                z[q] += w[o[q] + j] * v[j];
            }
        }
        double[] t = new double[4], a = new double[4];
        for (int q = 0; q < 4; q++) {
            t[q] = -tr * z[q];
            w[o[q]] += t[q] * v[0];
            a[q] = first[q] = w[o[q]];
        }
        DoubleVector t0 = DoubleVector.broadcast(S, t[0]), t1 = DoubleVector.broadcast(S, t[1]);
        DoubleVector t2 = DoubleVector.broadcast(S, t[2]), t3 = DoubleVector.broadcast(S, t[3]);
        DoubleVector a0 = DoubleVector.broadcast(S, a[0]), a1 = DoubleVector.broadcast(S, a[1]);
        DoubleVector a2 = DoubleVector.broadcast(S, a[2]), a3 = DoubleVector.broadcast(S, a[3]);
        // Row element j pairs with acc[j − 1]: the accumulator skips each row's first element.
        for (j = 1; j + L <= len; j += L) {
            DoubleVector vv = DoubleVector.fromArray(S, v, j);
            DoubleVector sum = update(w, o0 + j, vv, t0).fma(a0, DoubleVector.fromArray(S, acc, j - 1));
            sum = update(w, o1 + j, vv, t1).fma(a1, sum);
            sum = update(w, o2 + j, vv, t2).fma(a2, sum);
            update(w, o3 + j, vv, t3).fma(a3, sum).intoArray(acc, j - 1);
        }
        for (; j < len; j++) {
            double sum = acc[j - 1];
            for (int q = 0; q < 4; q++) {
                w[o[q] + j] += t[q] * v[j];
                sum += a[q] * w[o[q] + j];
            }
            acc[j - 1] = sum;
        }
    }

    /** w[at..at+L) += x·scale, stored and returned. */
    private static DoubleVector update(double[] w, int at, DoubleVector x, DoubleVector scale) {
        DoubleVector updated = x.fma(scale, DoubleVector.fromArray(S, w, at));
        updated.intoArray(w, at);
        return updated;
    }
}

package mlmath.tensor.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD matmul: B is packed once into column panels of width {@code NR}, then a 4×NR register-blocked FMA
 * micro-kernel runs over (k-block, row-block, panel) so a panel stays in L1 and the A block in L2.
 * Only loaded when {@code jdk.incubator.vector} is present; see {@link Gemm#SIMD}.
 */
final class VectorGemm {
    private VectorGemm() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int NR = 2 * L;
    private static final int MR = 4;
    private static final int KC = 256;

    static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        int panels = (n + NR - 1) / NR;
        double[] packed = pack(b, bOff, k, n, panels);
        Gemm.forRowBlocks(m, k, n, (r0, r1) -> {
            double[] edge = new double[MR * NR];
            for (int p0 = 0; p0 < k; p0 += KC) {
                int p1 = Math.min(k, p0 + KC);
                for (int jp = 0; jp < panels; jp++) {
                    int j0 = jp * NR, width = Math.min(NR, n - j0);
                    int panelBase = jp * k * NR;
                    int i = r0;
                    for (; i + MR <= r1; i += MR) {
                        kernel4(a, aOff + i * k, k, packed, panelBase, p0, p1, c, cOff + i * n + j0, n, width, edge);
                    }
                    for (; i < r1; i++) {
                        kernel1(a, aOff + i * k, packed, panelBase, p0, p1, c, cOff + i * n + j0, width, edge);
                    }
                }
            }
        });
    }

    /** Panel jp holds B[:, jp*NR .. jp*NR+NR) row after row, zero-padded on the right edge. */
    private static double[] pack(double[] b, int bOff, int k, int n, int panels) {
        double[] packed = new double[panels * k * NR];
        for (int jp = 0; jp < panels; jp++) {
            int j0 = jp * NR, width = Math.min(NR, n - j0);
            int dst = jp * k * NR;
            for (int p = 0; p < k; p++, dst += NR) System.arraycopy(b, bOff + p * n + j0, packed, dst, width);
        }
        return packed;
    }

    private static void kernel4(double[] a, int aRow, int k, double[] bp, int panelBase, int p0, int p1,
                                double[] c, int cIdx, int n, int width, double[] edge) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00,
                c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        int a0 = aRow, a1 = aRow + k, a2 = aRow + 2 * k, a3 = aRow + 3 * k;
        for (int p = p0, bi = panelBase + p0 * NR; p < p1; p++, bi += NR) {
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);
            DoubleVector x = DoubleVector.broadcast(S, a[a0 + p]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(S, a[a1 + p]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(S, a[a2 + p]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(S, a[a3 + p]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
        }
        if (width == NR) {
            accumulate(c00, c01, c, cIdx);
            accumulate(c10, c11, c, cIdx + n);
            accumulate(c20, c21, c, cIdx + 2 * n);
            accumulate(c30, c31, c, cIdx + 3 * n);
        } else {
            c00.intoArray(edge, 0); c01.intoArray(edge, L);
            c10.intoArray(edge, NR); c11.intoArray(edge, NR + L);
            c20.intoArray(edge, 2 * NR); c21.intoArray(edge, 2 * NR + L);
            c30.intoArray(edge, 3 * NR); c31.intoArray(edge, 3 * NR + L);
            for (int r = 0; r < MR; r++) {
                for (int j = 0; j < width; j++) c[cIdx + r * n + j] += edge[r * NR + j];
            }
        }
    }

    private static void kernel1(double[] a, int aRow, double[] bp, int panelBase, int p0, int p1,
                                double[] c, int cIdx, int width, double[] edge) {
        DoubleVector c0 = DoubleVector.zero(S), c1 = c0;
        for (int p = p0, bi = panelBase + p0 * NR; p < p1; p++, bi += NR) {
            DoubleVector x = DoubleVector.broadcast(S, a[aRow + p]);
            c0 = DoubleVector.fromArray(S, bp, bi).fma(x, c0);
            c1 = DoubleVector.fromArray(S, bp, bi + L).fma(x, c1);
        }
        if (width == NR) {
            accumulate(c0, c1, c, cIdx);
        } else {
            c0.intoArray(edge, 0);
            c1.intoArray(edge, L);
            for (int j = 0; j < width; j++) c[cIdx + j] += edge[j];
        }
    }

    private static void accumulate(DoubleVector lo, DoubleVector hi, double[] c, int idx) {
        lo.add(DoubleVector.fromArray(S, c, idx)).intoArray(c, idx);
        hi.add(DoubleVector.fromArray(S, c, idx + L)).intoArray(c, idx + L);
    }
}

package mlmath.tensor.internal;

/**
 * {@code exp} and {@code tanh} over whole arrays, within 1 ulp of {@link Math#exp} and {@link StrictMath#tanh} (numpy
 * documents 2.52 ulp for its own SIMD exp). Each block of elements takes two passes: the first reduces
 * {@code x = n·ln2 + r} and evaluates {@code e^r - 1} as a polynomial, which the JIT vectorises; the second, scalar,
 * scales by {@code 2^n} through the exponent bits (the JIT does not vectorise that) and hands the edges — overflow,
 * subnormal results, tiny arguments, infinities and NaN — to {@code Math.exp} or the exact answer.
 */
final class Exponentials {
    private Exponentials() {}

    /** Elements per block: the block is still in L1 for the second pass. */
    private static final int BLOCK = 256;

    private static final double LOG2E = 0x1.71547652b82fep0, LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 0x1.abc9e3b39803fp-56;
    /** Adding 1.5·2^52 rounds to an integer, which then sits in the low bits of the sum's representation. */
    private static final double SHIFT = 0x1.8p52;

    /** Taylor coefficients 1/k! for k = 2..13: for |r| ≤ ln2/2 the first term left out is below 2^-55 of the sum. */
    private static final double C2 = 1.0 / 2, C3 = C2 / 3, C4 = C3 / 4, C5 = C4 / 5, C6 = C5 / 6, C7 = C6 / 7, C8 = C7 / 8,
            C9 = C8 / 9, C10 = C9 / 10, C11 = C10 / 11, C12 = C11 / 12, C13 = C12 / 13;

    /** The integer nearest {@code x / ln2}, plus {@link #SHIFT}: both passes compute it, so they agree on it. */
    private static double shifted(double x) { return x * LOG2E + SHIFT; }

    /** {@code e^r - 1} where {@code r = x - n·ln2} (in two parts, so r is exact to the last bit). */
    private static double expm1Reduced(double x) {
        double n = shifted(x) - SHIFT;
        double r = Math.fma(n, -LN2_LO, Math.fma(n, -LN2_HI, x));
        double p = Math.fma(C13, r, C12);
        p = Math.fma(p, r, C11);
        p = Math.fma(p, r, C10);
        p = Math.fma(p, r, C9);
        p = Math.fma(p, r, C8);
        p = Math.fma(p, r, C7);
        p = Math.fma(p, r, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        return Math.fma(p * r, r, r);
    }

    /** {@code 2^n · m} for the n of {@code shifted(x)}, by adding n to m's exponent (m and the result normal). */
    private static double scale(double m, double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(m) + (Double.doubleToRawLongBits(shifted(x)) << 52));
    }

    /** {@code out[i] = e^x[i]}. */
    static void exp(double[] x, double[] out) {
        for (int from = 0; from < x.length; from += BLOCK) {
            int to = Math.min(x.length, from + BLOCK);
            for (int i = from; i < to; i++) out[i] = 1 + expm1Reduced(x[i]);
            for (int i = from; i < to; i++) {
                double v = x[i];
                // Beyond ±700 the result may overflow or be subnormal, where adding to the exponent does not work.
                out[i] = Math.abs(v) <= 700 ? scale(out[i], v) : Math.exp(v);
            }
        }
    }

    /**
     * {@code out[i] = tanh(x[i])} as {@code m / (m + 2)} with {@code m = e^{2x} - 1}, which loses no digits near 0.
     * From |x| = 20 on the result rounds to ±1, which m = 2^60 or m = -1 gives; ±0 gives m = ±0.
     */
    static void tanh(double[] x, double[] out) {
        for (int from = 0; from < x.length; from += BLOCK) {
            int to = Math.min(x.length, from + BLOCK);
            for (int i = from; i < to; i++) out[i] = expm1Reduced(2 * x[i]);
            for (int i = from; i < to; i++) {
                double v = x[i], twoN = scale(1.0, 2 * v);
                out[i] = Math.abs(v) >= 20 ? (v > 0 ? 0x1p60 : -1) : v == 0 ? v : Math.fma(twoN, out[i], twoN - 1);
            }
            for (int i = from; i < to; i++) {
                // m / (m + 2), less the rounding error of m + 2 (Knuth's two-sum); written so that -0 stays -0.
                double m = out[i], d = m + 2, back = d - m, lost = (m - (d - back)) + (2 - back), t = m / d;
                out[i] = t - (Math.fma(t, d, -m) + t * lost) / d;
            }
        }
    }
}

package mlmath.tensor.internal;

/**
 * {@code exp}, {@code tanh} and {@code log} over whole arrays, several times faster than calling {@link Math} per
 * element: exp within 1 ulp of {@link Math#exp}, log within 1 of {@link Math#log}, tanh within 2 of the exact value
 * ({@link StrictMath#tanh} is too); numpy documents 2.52 ulp for its SIMD exp and 3.83 for its log. The JIT vectorises
 * arithmetic alone (reduction, polynomial, and for exp and tanh the power of two, built by squaring), not steps through
 * a double's bits: exp and tanh vectorise whole blocks and hand a block's rare edges — overflow, subnormals, zeros,
 * infinities and NaN — to {@code Math} or the exact answer; log's blocks take scalar passes through the exponent bits.
 */
final class Transcendentals {
    private Transcendentals() {}

    /**
     * Whether {@code Math.fma} is one instruction here. Without an FMA unit (x86 CPUs before 2013, Atom-class Celerons,
     * an x86 JDK under Rosetta) the JDK computes it with BigDecimal, some hundred times slower: these kernels would take
     * seconds for a million elements, and the JDK's own functions are the faster choice. Told apart by timing, which
     * that gap makes unambiguous: the best of five runs of 64 calls, against 400 ns a call.
     */
    static final boolean FMA_UNIT = fmaIsOneInstruction();

    private static boolean fmaIsOneInstruction() {
        long best = Long.MAX_VALUE;
        double sink = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            for (int i = 1; i <= 64; i++) sink += Math.fma(i, 0.75, sink + 0.5);  // operands nonzero: no shortcut
            best = Math.min(best, System.nanoTime() - start);
        }
        return best < 64 * 400 || sink == 0;  // sink is never 0; reading it keeps the calls
    }

    /** Without an FMA unit, {@code out[i] = jdk(x[i])} and true; with one, false (the kernel answers). */
    private static boolean jdkInstead(double[] x, double[] out, java.util.function.DoubleUnaryOperator jdk) {
        if (FMA_UNIT) return false;
        for (int i = 0; i < x.length; i++) out[i] = jdk.applyAsDouble(x[i]);
        return true;
    }

    private static final double LOG2E = 0x1.71547652b82fep0, LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 0x1.abc9e3b39803fp-56;
    /** Adding 1.5·2^52 rounds to an integer, which then sits in the low bits of the sum's representation. */
    private static final double SHIFT = 0x1.8p52;

    /** Taylor coefficients 1/k! for k = 2..13: for |r| ≤ ln2/2 the first term left out is below 2^-55 of the sum. */
    private static final double C2 = 1.0 / 2, C3 = C2 / 3, C4 = C3 / 4, C5 = C4 / 5, C6 = C5 / 6, C7 = C6 / 7, C8 = C7 / 8,
            C9 = C8 / 9, C10 = C9 / 10, C11 = C10 / 11, C12 = C11 / 12, C13 = C12 / 13;

    /** The integer nearest {@code x / ln2}. */
    private static double nearestMultiple(double x) { return x * LOG2E + SHIFT - SHIFT; }

    /** {@code e^r - 1} where {@code r = x - n·ln2} (in two parts, so r is exact to the last bit). */
    private static double expm1Reduced(double x, double n) {
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

    /** A fit to {@code 2^t} on [-1, 1], relative error below 0.0012, written in {@code n = 128·t}. */
    private static final double Q0 = 0.9989971, Q1 = 0.6949305 * 0x1p-7, Q2 = 0.2495287 * 0x1p-14, Q3 = 0.05418499 * 0x1p-21;

    /**
     * {@code 2^n} exactly for an integer |n| ≤ 128, from arithmetic alone: JDK 17's vectoriser takes no step between
     * a double and its bits (nor a long), so the exponent cannot be written. The fit raised to the 128th power is
     * within 17 % of 2^n, which {@link #oneBit} turns into 2^n.
     */
    private static double powerOfTwo(double n) {
        return oneBit(to128th(Math.fma(Math.fma(Math.fma(Q3, n, Q2), n, Q1), n, Q0)));
    }

    private static double to128th(double a) {
        a *= a;
        a *= a;
        a *= a;
        a *= a;
        a *= a;
        a *= a;
        return a * a;
    }

    /** A fit to {@code 2^t} on [-1, 1], relative error below 1e-4, written in {@code n = 1024·t}. */
    private static final double W0 = 0.9999553, W1 = 0.6927732 * 0x1p-10, W2 = 0.240556 * 0x1p-20, W3 = 0.0571244 * 0x1p-30,
            W4 = 0.009427312 * 0x1p-40;

    /** {@code 2^n} exactly for an integer |n| ≤ 920 as {@link #powerOfTwo} does, three squarings dearer. */
    private static double widePowerOfTwo(double n) {
        double a = Math.fma(Math.fma(Math.fma(Math.fma(W4, n, W3), n, W2), n, W1), n, W0);
        a *= a;
        a *= a;
        return oneBit(to128th(a * a));
    }

    /** {@code a} rounded to one significant bit (Veltkamp's split), for a normal below 2^970: a power of two. */
    private static double oneBit(double a) { return Math.fma(-0x1p52, a, a * (0x1p52 + 1)); }

    /**
     * Elements per block. After a block's vectorised pass, its range check reads the block again while it is still in
     * cache, and writes its partial sums into the next block's part of the output (which that block's pass then
     * overwrites): the vectoriser only takes loops that index their arrays alike.
     */
    private static final int BLOCK = 4096, QUARTER = BLOCK / 4, SIXTEENTH = BLOCK / 16;

    /**
     * Below these magnitudes (n ≤ 127, n ≤ 866) the vectorised exp with {@link #powerOfTwo} or {@link #widePowerOfTwo}
     * answers; at and beyond 600 (and for NaN) {@link Math#exp}, about three times slower than the vectorised pass.
     */
    private static final double EXP_NARROW = 88, EXP_WIDE = 600;

    /**
     * {@code out[i] = e^x[i]}. A block takes the narrow pass unless the block before needed the wide one; a block
     * that needs the wide one after the narrow takes both (inputs rarely switch between the two ranges).
     */
    static void exp(double[] x, double[] out) {
        if (jdkInstead(x, out, Math::exp)) return;
        boolean wide = false;
        for (int from = 0; from < x.length; from += BLOCK) {
            int to = Math.min(x.length, from + BLOCK);
            expInRange(x, out, from, to, wide);
            boolean checked = sumSquares(x, out, from);
            boolean needsWide = !checked || someAtLeast(out, from, square(EXP_NARROW));
            boolean beyondWide = needsWide && (!checked || someAtLeast(out, from, square(EXP_WIDE)));
            if (needsWide && !wide && !beyondWide) expInRange(x, out, from, to, true);
            else if (wide ? beyondWide : needsWide) expEdges(x, out, from, to, wide);
            wide = needsWide;
        }
    }

    /** Two loops, each compiled apart with its own profile: a pass the warm-up never took still vectorises later. */
    private static void expInRange(double[] x, double[] out, int from, int to, boolean wide) {
        if (wide) expWide(x, out, from, to);
        else expNarrow(x, out, from, to);
    }

    private static void expNarrow(double[] x, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            double v = x[i], n = nearestMultiple(v), twoN = powerOfTwo(n);
            out[i] = Math.fma(twoN, expm1Reduced(v, n), twoN);  // 2^n·(1 + e) rounded once, as 1 + e is: the same digits
        }
    }

    private static void expWide(double[] x, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            double v = x[i], n = nearestMultiple(v), twoN = widePowerOfTwo(n);
            out[i] = Math.fma(twoN, expm1Reduced(v, n), twoN);
        }
    }

    private static double square(double v) { return v * v; }

    private static void expEdges(double[] x, double[] out, int from, int to, boolean wide) {
        double range = wide ? EXP_WIDE : EXP_NARROW;
        for (int i = from; i < to; i++) if (!(Math.abs(x[i]) < range)) out[i] = Math.exp(x[i]);
    }

    /**
     * Writes sums of squares of the block at {@code from} to the next block's part of {@code out} — of four elements
     * (a quarter of the block's length), then of sixteen (NaN if an element is NaN) — unless what follows the block is
     * too short to hold them (the last block, and the one before it when the last is shorter than a quarter and a
     * sixteenth of a block): then false.
     */
    private static boolean sumSquares(double[] x, double[] out, int from) {
        if (from + BLOCK + QUARTER + SIXTEENTH > x.length) return false;
        int at = from + BLOCK;
        for (int i = from; i < from + QUARTER; i++) {
            double a = x[i], b = x[i + QUARTER], c = x[i + 2 * QUARTER], d = x[i + 3 * QUARTER];
            out[i + BLOCK] = Math.fma(a, a, b * b) + Math.fma(c, c, d * d);
        }
        for (int i = at; i < at + SIXTEENTH; i++) {
            out[i + QUARTER] = (out[i] + out[i + SIXTEENTH]) + (out[i + 2 * SIXTEENTH] + out[i + 3 * SIXTEENTH]);
        }
        return true;
    }

    /**
     * Whether a sum of four squares {@link #sumSquares} wrote for the block at {@code from} reaches {@code bound} or is
     * NaN (the sums of sixteen rule most out at once): true when an element's square does, false while all squares stay
     * below a quarter of it.
     */
    private static boolean someAtLeast(double[] out, int from, double bound) {
        int at = from + BLOCK;
        for (int i = at; i < at + SIXTEENTH; i++) {
            if (!(out[i + QUARTER] < bound) && !(out[i] < bound && out[i + SIXTEENTH] < bound
                    && out[i + 2 * SIXTEENTH] < bound && out[i + 3 * SIXTEENTH] < bound)) return true;
        }
        return false;
    }

    /**
     * Whether the block at {@code from}, one {@link #sumSquares} could check, may hold a zero: products of sixteen elements tell
     * (a product of tiny elements that rounds to zero only costs the scalar pass).
     */
    private static boolean someZero(double[] x, double[] out, int from) {
        int at = from + BLOCK;
        for (int i = from; i < from + QUARTER; i++) {
            out[i + BLOCK] = x[i] * x[i + QUARTER] * (x[i + 2 * QUARTER] * x[i + 3 * QUARTER]);
        }
        for (int i = at; i < at + SIXTEENTH; i++) {
            out[i] = out[i] * out[i + SIXTEENTH] * (out[i + 2 * SIXTEENTH] * out[i + 3 * SIXTEENTH]);
        }
        for (int i = at; i < at + SIXTEENTH; i++) if (out[i] == 0) return true;
        return false;
    }

    /**
     * {@code out[i] = tanh(x[i])} as {@code m / (m + 2)} with {@code m = e^{2x} - 1}, which loses no digits near 0.
     * Zeros (whose sign the arithmetic loses), NaN and |x| ≥ 20 (where the result rounds to ±1) are answered apart.
     */
    static void tanh(double[] x, double[] out) {
        if (jdkInstead(x, out, StrictMath::tanh)) return;
        for (int from = 0; from < x.length; from += BLOCK) {
            int to = Math.min(x.length, from + BLOCK);
            tanhInRange(x, out, from, to);
            boolean edges = !sumSquares(x, out, from) || someAtLeast(out, from, square(20)) || someZero(x, out, from);
            if (edges) tanhEdges(x, out, from, to);
        }
    }

    private static void tanhInRange(double[] x, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            double v = 2 * x[i], n = nearestMultiple(v), twoN = powerOfTwo(n);
            out[i] = Math.fma(twoN, expm1Reduced(v, n), twoN - 1);
        }
        for (int i = from; i < to; i++) {
            // m / (m + 2), less the rounding error of m + 2 (Knuth's two-sum). One division: its reciprocal's own error
            // only touches the correction, some 2^-53 of an ulp.
            double m = out[i], d = m + 2, back = d - m, lost = (m - (d - back)) + (2 - back), inverse = 1 / d, t = m * inverse;
            out[i] = t - (Math.fma(t, d, -m) + t * lost) * inverse;
        }
    }

    /**
     * ±1 from |x| = 20 on (where tanh rounds to it), NaN as it is, and -0 (the passes give +0 for both zeros): testing
     * for -0 alone keeps the branch predictable in arrays full of +0, such as a relu's output.
     */
    private static void tanhEdges(double[] x, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            double v = x[i];
            if (!(Math.abs(v) < 20)) out[i] = Math.abs(v) >= 20 ? Math.signum(v) : v;
            else if (Double.doubleToRawLongBits(v) == NEGATIVE_ZERO_BITS) out[i] = v;
        }
    }

    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);

    private static final double LN2_HI_EXACT = 0x1.62e42feep-1, LN2_LO_EXACT = 0x1.a39ef35793c76p-33;
    private static final long FRACTION = 0xfffffffffffffL, SQRT2_FRACTION = 0x6a09e667f3bcdL, TWO_52_BITS = 0x4330000000000000L;

    /** The k of {@code x = 2^k · m} with m in [√2/2, √2], for x positive and normal. */
    private static long exponent(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return (bits >>> 52) - 1023 + ((SQRT2_FRACTION - (bits & FRACTION)) >>> 63);  // +1 above √2, without a branch
    }

    /** {@code log(1 + f)} for m = 1 + f in [√2/2, √2] (fdlibm's form, with the series of 2·atanh(s) to s^23). */
    private static double log1pReduced(double m) {
        double f = m - 1, s = f / (2 + f), z = s * s, halfSquare = 0.5 * f * f;
        double r = Math.fma(2.0 / 23, z, 2.0 / 21);
        r = Math.fma(r, z, 2.0 / 19);
        r = Math.fma(r, z, 2.0 / 17);
        r = Math.fma(r, z, 2.0 / 15);
        r = Math.fma(r, z, 2.0 / 13);
        r = Math.fma(r, z, 2.0 / 11);
        r = Math.fma(r, z, 2.0 / 9);
        r = Math.fma(r, z, 2.0 / 7);
        r = Math.fma(r, z, 2.0 / 5);
        r = Math.fma(r, z, 2.0 / 3) * z;
        return f - (halfSquare - s * (halfSquare + r));
    }

    /** Elements per block of log: the block is still in L1 for the second and third passes. */
    private static final int LOG_BLOCK = 256;

    /** {@code out[i] = log(x[i])}: {@code k·ln2 + log(m)} for {@code x = 2^k · m}, m in [√2/2, √2]. */
    static void log(double[] x, double[] out) {
        if (jdkInstead(x, out, Math::log)) return;
        for (int from = 0; from < x.length; from += LOG_BLOCK) {
            int to = Math.min(x.length, from + LOG_BLOCK);
            for (int i = from; i < to; i++) {
                double v = x[i];  // m, or for an edge (set in the last pass) anything
                out[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(v) - (exponent(v) << 52));
            }
            for (int i = from; i < to; i++) out[i] = log1pReduced(out[i]);
            for (int i = from; i < to; i++) {
                double v = x[i];
                if (normal(v)) {
                    // k as a double through the bits of 2^52 + 1023 + k: a long-to-double conversion stalls the loop.
                    double k = Double.longBitsToDouble(TWO_52_BITS + 1023 + exponent(v)) - (0x1p52 + 1023);
                    out[i] = k * LN2_HI_EXACT + (out[i] + k * LN2_LO_EXACT);  // k·ln2_hi is exact: ln2_hi has 32 bits
                } else {
                    out[i] = Math.log(v);  // zero, negative, subnormal, infinite or NaN
                }
            }
        }
    }

    /** Whether {@code v} is positive, normal and finite, in one unsigned comparison of its bits. */
    private static boolean normal(double v) {
        return Double.doubleToRawLongBits(v) - MIN_NORMAL_BITS + Long.MIN_VALUE < NORMAL_SPAN + Long.MIN_VALUE;
    }

    private static final long MIN_NORMAL_BITS = Double.doubleToRawLongBits(Double.MIN_NORMAL),
            NORMAL_SPAN = Double.doubleToRawLongBits(Double.MAX_VALUE) + 1 - MIN_NORMAL_BITS;
}

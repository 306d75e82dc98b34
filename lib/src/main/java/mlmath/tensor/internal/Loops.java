package mlmath.tensor.internal;

import java.util.function.DoubleBinaryOperator;

/**
 * The elementwise ops' inner loops, one per op. A loop shared by every op through a {@code DoubleBinaryOperator}
 * is megamorphic, so the JIT can neither inline nor vectorise it; a loop of its own per op compiles to SIMD code.
 * Comparisons and logic write bools as bytes, 0 or 1.
 */
public final class Loops {
    private Loops() {}

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} for {@code i < n}: one contiguous run of a binary op. */
    @FunctionalInterface
    public interface Binary { void run(double[] x, int xo, double[] y, int yo, double[] out, int oo, int n); }

    /** {@code out[oo + i] = x[xo + i] ? y[yo + i]} as a bool byte, for {@code i < n}: one contiguous run of a comparison. */
    @FunctionalInterface
    public interface Compare { void run(double[] x, int xo, double[] y, int yo, byte[] out, int oo, int n); }

    /** {@code out[o + i] = x[o + i] ? c} as a bool byte, for {@code i < n}: a run compared with one value. */
    @FunctionalInterface
    public interface CompareScalar { void run(double[] x, double c, byte[] out, int o, int n); }

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} over bools (bytes 0 or 1): one contiguous run of a logical op. */
    @FunctionalInterface
    public interface Logical { void run(byte[] x, int xo, byte[] y, int yo, byte[] out, int oo, int n); }

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} over int64: one contiguous run, wrapping around as numpy's int64 does. */
    @FunctionalInterface
    public interface LongBinary { void run(long[] x, int xo, long[] y, int yo, long[] out, int oo, int n); }

    /** {@code out[i] = f(x[i])} over whole arrays. */
    @FunctionalInterface
    public interface Unary { void run(double[] x, double[] out); }

    static final Binary ADD = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] + y[yo + i]; };
    static final Binary SUB = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] - y[yo + i]; };
    static final Binary MUL = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] * y[yo + i]; };
    static final Binary DIV = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] / y[yo + i]; };
    /**
     * numpy's maximum and minimum: NaN propagates, and a tie gives the second operand, so {@code maximum(-0.0, 0.0)} is
     * 0.0 and {@code maximum(0.0, -0.0)} is -0.0 (Java's max and min order -0.0 below 0.0 instead).
     */
    static final Binary MAX = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = max(x[xo + i], y[yo + i]); };
    static final Binary MIN = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = min(x[xo + i], y[yo + i]); };

    /** Java's max but for a tie, which is rare: a branch it predicts, where a comparison of the two mispredicts on random data. */
    private static double max(double x, double y) { return x == y ? y : Math.max(x, y); }

    private static double min(double x, double y) { return x == y ? y : Math.min(x, y); }

    /*
     * The comparisons write (byte) (b ? 1 : 0). C2 compiles it to a flag-setting instruction or a conditional move when
     * the profile it has seen is mixed, and to a branch when that profile was lopsided: then the branch is predictable
     * for such data but mispredicts about every other element on random data (5 ms instead of 0.5 for 10^6). The
     * earlier form, a conditional move between two longs shifted to 0 or 1, compiles to a branch just the same after a
     * lopsided profile, and is twice as slow otherwise. Each loop keeps its own profile; these six, for two arrays,
     * still take whatever data comes first.
     */
    static final Compare GT = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] > y[yo + i] ? 1 : 0); };
    static final Compare GE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] >= y[yo + i] ? 1 : 0); };
    static final Compare LT = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] < y[yo + i] ? 1 : 0); };
    static final Compare LE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] <= y[yo + i] ? 1 : 0); };
    static final Compare EQ = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] == y[yo + i] ? 1 : 0); };
    static final Compare NE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] != y[yo + i] ? 1 : 0); };

    /**
     * The comparisons with one value on the right: a pass with the value in a register, no block of copies. The four
     * ordered ones run only on data whose outcome is mixed, so their profile stays mixed and they compile to conditional
     * moves; the {@code _ONE_SIDED} copies run on data where nearly every element compares the same way, for which a
     * branch is right. {@code ==} and {@code !=} run on every outcome (see {@code Ufuncs.Comparison}).
     */
    static final CompareScalar GT_SCALAR = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] > c ? 1 : 0); };
    static final CompareScalar GE_SCALAR = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] >= c ? 1 : 0); };
    static final CompareScalar LT_SCALAR = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] < c ? 1 : 0); };
    static final CompareScalar LE_SCALAR = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] <= c ? 1 : 0); };
    static final CompareScalar EQ_SCALAR = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] == c ? 1 : 0); };
    static final CompareScalar NE_SCALAR = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] != c ? 1 : 0); };
    static final CompareScalar GT_ONE_SIDED = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] > c ? 1 : 0); };
    static final CompareScalar GE_ONE_SIDED = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] >= c ? 1 : 0); };
    static final CompareScalar LT_ONE_SIDED = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] < c ? 1 : 0); };
    static final CompareScalar LE_ONE_SIDED = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) (x[i] <= c ? 1 : 0); };

    private static final long INF_BITS = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);

    /** 1 if {@code d > 0}, else 0 (zero and NaN too), without a branch: the bits of such a d lie in (0, INF_BITS]. */
    private static long positive(double d) {
        long a = Double.doubleToRawLongBits(d) - 1;
        return (a - INF_BITS & ~a) >>> 63;
    }

    /** 1 unless {@code d} is NaN, without a branch: its bits without the sign are at most INF_BITS. */
    private static long ordered(double d) { return (Double.doubleToRawLongBits(d) & Long.MAX_VALUE) - INF_BITS - 1 >>> 63; }

    /*
     * The ordered comparisons again, from the bits of a difference instead of a compare, for data whose outcome is
     * lopsided but not one-sided, which would make either loop above a branch that mispredicts. x > c iff x - c > 0:
     * rounding keeps the sign, x - c is 0 (of either sign) only when x == c, and inf - inf is NaN where inf > inf is
     * false. Above -inf, x >= c iff x > the double below c (zeros of both signs included, NaN c staying NaN), and
     * x >= -inf iff x is not NaN. About twice the time of the conditional move, never a branch.
     */
    static final CompareScalar GT_EXACT = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) positive(x[i] - c); };
    static final CompareScalar LT_EXACT = (x, c, out, o, n) -> { for (int i = o; i < o + n; i++) out[i] = (byte) positive(c - x[i]); };
    static final CompareScalar GE_EXACT = (x, c, out, o, n) -> {
        if (c == Double.NEGATIVE_INFINITY) {
            for (int i = o; i < o + n; i++) out[i] = (byte) ordered(x[i]);
        } else {
            double below = Math.nextDown(c);
            for (int i = o; i < o + n; i++) out[i] = (byte) positive(x[i] - below);
        }
    };
    static final CompareScalar LE_EXACT = (x, c, out, o, n) -> {
        if (c == Double.POSITIVE_INFINITY) {
            for (int i = o; i < o + n; i++) out[i] = (byte) ordered(x[i]);
        } else {
            double above = Math.nextUp(c);
            for (int i = o; i < o + n; i++) out[i] = (byte) positive(above - x[i]);
        }
    };

    /** Bools are 0 or 1, so and, or and xor are the bitwise ones. */
    static final Logical AND = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] & y[yo + i]); };
    static final Logical OR = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] | y[yo + i]); };
    static final Logical XOR = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] ^ y[yo + i]); };

    /** Java's long arithmetic wraps around in two's complement, as numpy's int64 does. */
    static final LongBinary LONG_ADD = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] + y[yo + i]; };
    static final LongBinary LONG_SUB = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] - y[yo + i]; };
    static final LongBinary LONG_MUL = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] * y[yo + i]; };

    /** The int64 loop for an op without one of its own: a call per element. */
    static LongBinary ofLongs(java.util.function.LongBinaryOperator op) {
        return (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = op.applyAsLong(x[xo + i], y[yo + i]); };
    }

    /** The loop for an op without one of its own (power, remainder, ...): correct, but a call per element. */
    static Binary of(DoubleBinaryOperator op) {
        return (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = op.applyAsDouble(x[xo + i], y[yo + i]); };
    }

    /** numpy's {@code where}: {@code x} where {@code cond} is 1, else {@code y}, picked bitwise without a branch. */
    static void select(byte[] cond, int co, double[] x, int xo, double[] y, int yo, double[] out, int oo, int n) {
        for (int i = 0; i < n; i++) {
            long pick = -(long) cond[co + i];
            out[oo + i] = Double.longBitsToDouble(Double.doubleToRawLongBits(x[xo + i]) & pick
                    | Double.doubleToRawLongBits(y[yo + i]) & ~pick);
        }
    }

    /** {@link #select} for int64 values, which keep all 64 bits. */
    static void select(byte[] cond, int co, long[] x, int xo, long[] y, int yo, long[] out, int oo, int n) {
        for (int i = 0; i < n; i++) {
            long pick = -(long) cond[co + i];
            out[oo + i] = x[xo + i] & pick | y[yo + i] & ~pick;
        }
    }

    /** {@link #select} for bool values, a byte each. */
    static void select(byte[] cond, int co, byte[] x, int xo, byte[] y, int yo, byte[] out, int oo, int n) {
        for (int i = 0; i < n; i++) out[oo + i] = (byte) (x[xo + i] & -cond[co + i] | y[yo + i] & (cond[co + i] - 1));
    }
}

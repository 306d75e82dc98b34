package mlmath.tensor.internal;

import java.util.function.DoubleBinaryOperator;

/**
 * The elementwise ops' inner loops, one per op. A loop shared by every op through a {@code DoubleBinaryOperator}
 * is megamorphic, so the JIT can neither inline nor vectorise it; a loop of its own per op compiles to SIMD code.
 * Comparisons and logic write bools as bytes, 0 or 1, chosen without a branch (a mispredicted branch per element
 * costs more than the loop on random data).
 */
public final class Loops {
    private Loops() {}

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} for {@code i < n}: one contiguous run of a binary op. */
    @FunctionalInterface
    public interface Binary { void run(double[] x, int xo, double[] y, int yo, double[] out, int oo, int n); }

    /** {@code out[oo + i] = x[xo + i] ? y[yo + i]} as a bool byte, for {@code i < n}: one contiguous run of a comparison. */
    @FunctionalInterface
    public interface Compare { void run(double[] x, int xo, double[] y, int yo, byte[] out, int oo, int n); }

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} over bools (bytes 0 or 1): one contiguous run of a logical op. */
    @FunctionalInterface
    public interface Logical { void run(byte[] x, int xo, byte[] y, int yo, byte[] out, int oo, int n); }

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} over int64: one contiguous run, wrapping around as numpy's int64 does. */
    @FunctionalInterface
    public interface LongBinary { void run(long[] x, int xo, long[] y, int yo, long[] out, int oo, int n); }

    /** {@code out[i] = f(x[i])} over whole arrays. */
    @FunctionalInterface
    public interface Unary { void run(double[] x, double[] out); }

    private static final long HIGH_BIT = 1L << 62;

    /**
     * 1 or 0, chosen without a branch: a choice between two longs compiles to a conditional move where {@code b ? 1 : 0}
     * inlined into a caller's loop may compile to a branch (measured: 4 ms instead of 1 for {@code x.gt(0)} on 10^6).
     */
    static byte bool(boolean b) { return (byte) ((b ? HIGH_BIT : 0L) >>> 62); }

    static final Binary ADD = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] + y[yo + i]; };
    static final Binary SUB = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] - y[yo + i]; };
    static final Binary MUL = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] * y[yo + i]; };
    static final Binary DIV = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] / y[yo + i]; };
    /** Java's max and min propagate NaN, as numpy's do. */
    static final Binary MAX = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = Math.max(x[xo + i], y[yo + i]); };
    static final Binary MIN = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = Math.min(x[xo + i], y[yo + i]); };

    static final Compare GT = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] > y[yo + i]); };
    static final Compare GE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] >= y[yo + i]); };
    static final Compare LT = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] < y[yo + i]); };
    static final Compare LE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] <= y[yo + i]); };
    static final Compare EQ = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] == y[yo + i]); };
    static final Compare NE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] != y[yo + i]); };

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

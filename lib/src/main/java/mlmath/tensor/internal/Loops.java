package mlmath.tensor.internal;

import java.util.function.DoubleBinaryOperator;

/**
 * The elementwise ops' inner loops, one per op. A loop shared by every op through a {@code DoubleBinaryOperator}
 * is megamorphic, so the JIT can neither inline nor vectorise it; a loop of its own per op compiles to SIMD code.
 * Bools are stored as 0.0 and 1.0; comparisons pick between the two bit patterns as longs, which the JIT turns into a
 * conditional move (a choice between doubles becomes a branch, mispredicted half the time on random data).
 */
public final class Loops {
    private Loops() {}

    /** {@code out[oo + i] = f(x[xo + i], y[yo + i])} for {@code i < n}: one contiguous run of a binary op. */
    @FunctionalInterface
    public interface Binary { void run(double[] x, int xo, double[] y, int yo, double[] out, int oo, int n); }

    /** {@code out[i] = f(x[i])} over whole arrays. */
    @FunctionalInterface
    public interface Unary { void run(double[] x, double[] out); }

    private static final long TRUE_BITS = Double.doubleToRawLongBits(1.0);

    /** 1.0 or 0.0, chosen without a branch. */
    static double bool(boolean b) { return Double.longBitsToDouble(b ? TRUE_BITS : 0L); }

    static final Binary ADD = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] + y[yo + i]; };
    static final Binary SUB = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] - y[yo + i]; };
    static final Binary MUL = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] * y[yo + i]; };
    static final Binary DIV = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = x[xo + i] / y[yo + i]; };
    /** Java's max and min propagate NaN, as numpy's do. */
    static final Binary MAX = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = Math.max(x[xo + i], y[yo + i]); };
    static final Binary MIN = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = Math.min(x[xo + i], y[yo + i]); };

    static final Binary GT = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] > y[yo + i]); };
    static final Binary GE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] >= y[yo + i]); };
    static final Binary LT = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] < y[yo + i]); };
    static final Binary LE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] <= y[yo + i]); };
    static final Binary EQ = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] == y[yo + i]); };
    static final Binary NE = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] != y[yo + i]); };

    static final Binary AND = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] != 0 & y[yo + i] != 0); };
    static final Binary OR = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] != 0 | y[yo + i] != 0); };
    static final Binary XOR = (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = bool(x[xo + i] != 0 ^ y[yo + i] != 0); };

    /** The loop for an op without one of its own (power, remainder, ...): correct, but a call per element. */
    static Binary of(DoubleBinaryOperator op) {
        return (x, xo, y, yo, out, oo, n) -> { for (int i = 0; i < n; i++) out[oo + i] = op.applyAsDouble(x[xo + i], y[yo + i]); };
    }

    /** numpy's {@code where}: {@code x} where {@code cond} is nonzero, else {@code y}, picked bitwise without a branch. */
    static void select(double[] cond, int co, double[] x, int xo, double[] y, int yo, double[] out, int oo, int n) {
        for (int i = 0; i < n; i++) {
            long pick = cond[co + i] != 0 ? -1L : 0L;
            out[oo + i] = Double.longBitsToDouble(Double.doubleToRawLongBits(x[xo + i]) & pick
                    | Double.doubleToRawLongBits(y[yo + i]) & ~pick);
        }
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * numpy's ufuncs with numpy's result types: arithmetic promotes (bool &lt; int64 &lt; float64; true division and
 * transcendental functions give float64), comparisons and logic give bool, and bool refuses {@code -} as numpy does.
 */
public final class Ufuncs {
    private Ufuncs() {}

    private static DType promote(Tensor a, Tensor b) { return DType.promote(a.dtype(), b.dtype()); }

    // ---- arithmetic ----------------------------------------------------------------------------------------

    /** {@code a + b}; on two bool arrays numpy's add is a logical or. */
    public static Tensor add(Tensor a, Tensor b) {
        DType t = promote(a, b);
        if (t == DType.BOOL) return Broadcast.logical(a, b, Loops.OR);
        return t == DType.INT64 ? Broadcast.binary(a, b, Loops.LONG_ADD) : Broadcast.binary(a, b, Loops.ADD, t);
    }

    public static Tensor subtract(Tensor a, Tensor b) {
        DType t = promote(a, b);
        if (t == DType.BOOL) {
            throw new ShapeException("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                    + "the `^` operator, or the logical_xor function instead.");
        }
        return t == DType.INT64 ? Broadcast.binary(a, b, Loops.LONG_SUB) : Broadcast.binary(a, b, Loops.SUB, t);
    }

    /** {@code a * b}; on two bool arrays numpy's multiply is a logical and. */
    public static Tensor multiply(Tensor a, Tensor b) {
        DType t = promote(a, b);
        if (t == DType.BOOL) return Broadcast.logical(a, b, Loops.AND);
        return t == DType.INT64 ? Broadcast.binary(a, b, Loops.LONG_MUL) : Broadcast.binary(a, b, Loops.MUL, t);
    }

    /** True division: always float64. */
    public static Tensor divide(Tensor a, Tensor b) { return Broadcast.binary(a, b, Loops.DIV, DType.FLOAT64); }

    /** {@code a ** b}; integers to a negative integer power are refused as numpy refuses them. */
    public static Tensor power(Tensor a, Tensor b) {
        DType t = promote(a, b);
        if (t != DType.FLOAT64) {
            for (double v : Buffers.data(b)) {
                if (v < 0) throw new ShapeException("Integers to negative integer powers are not allowed.");
            }
            return Broadcast.binary(a, b, Loops.ofLongs(Ufuncs::power));  // numpy gives int8 for bool ** bool; there is no int8 here
        }
        return Broadcast.binary(a, b, Math::pow, t);
    }

    /** {@code x ** y} for int64 by repeated squaring, wrapping around as numpy's int64 power does; {@code y >= 0}. */
    private static long power(long x, long y) {
        long result = 1;
        for (; y > 0; y >>= 1, x *= x) if ((y & 1) != 0) result *= x;
        return result;
    }

    /**
     * numpy's {@code remainder} ({@code mod}, Python's {@code %}): the result takes the sign of the divisor; integer
     * division by zero gives 0 (numpy warns), float gives NaN. Two bools give an integer result.
     */
    public static Tensor remainder(Tensor a, Tensor b) {
        DType t = promote(a, b) == DType.FLOAT64 ? DType.FLOAT64 : DType.INT64;
        if (t == DType.INT64) return Broadcast.binary(a, b, Loops.ofLongs((x, y) -> y == 0 ? 0 : Math.floorMod(x, y)));
        return Broadcast.binary(a, b, (x, y) -> divmod(x, y, true), t);
    }

    /** numpy's {@code floor_divide} (Python's {@code //}): the floor of the quotient; integer division by zero gives 0. */
    public static Tensor floorDivide(Tensor a, Tensor b) {
        DType t = promote(a, b) == DType.FLOAT64 ? DType.FLOAT64 : DType.INT64;
        if (t == DType.INT64) return Broadcast.binary(a, b, Loops.ofLongs((x, y) -> y == 0 ? 0 : Math.floorDiv(x, y)));
        return Broadcast.binary(a, b, (x, y) -> y == 0 ? x / y : divmod(x, y, false), t);
    }

    /** numpy's {@code npy_divmod}: fmod, moved to the divisor's sign, and the quotient snapped to an integer. */
    private static double divmod(double a, double b, boolean wantMod) {
        double mod = a % b;  // C's fmod
        if (b == 0) return wantMod ? mod : a / b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        if (wantMod) return mod;
        if (div == 0) return Math.copySign(0.0, a / b);
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1 : floor;
    }

    /** numpy's {@code logaddexp}: {@code log(exp(x) + exp(y))} without overflow (float64). */
    public static Tensor logaddexp(Tensor a, Tensor b) { return Broadcast.binary(a, b, Ufuncs::logaddexp, DType.FLOAT64); }

    private static double logaddexp(double x, double y) {
        if (x == y) return x + Math.log(2);  // handles infinities of the same sign
        double d = x - y;
        if (d > 0) return x + Math.log1p(Math.exp(-d));
        if (d <= 0) return y + Math.log1p(Math.exp(d));
        return d;  // NaN
    }

    /** Elementwise maximum; NaN propagates. */
    public static Tensor maximum(Tensor a, Tensor b) {
        DType t = promote(a, b);
        return t == DType.INT64 ? Broadcast.binary(a, b, Loops.ofLongs(Math::max)) : Broadcast.binary(a, b, Loops.MAX, t);
    }

    /** Elementwise minimum; NaN propagates. */
    public static Tensor minimum(Tensor a, Tensor b) {
        DType t = promote(a, b);
        return t == DType.INT64 ? Broadcast.binary(a, b, Loops.ofLongs(Math::min)) : Broadcast.binary(a, b, Loops.MIN, t);
    }

    /**
     * numpy's {@code clip}: {@code minimum(maximum(a, lo), hi)}, except that with two scalar bounds an element equal to a
     * bound is kept ({@code clip(-0.0, 0, 1)} is -0.0) where maximum and minimum would take the bound. A null bound
     * is numpy's None: that side stays open, and with both open the values come back as they are.
     */
    public static Tensor clip(Tensor a, Tensor lo, Tensor hi) {
        if (lo != null && hi == null) return maximum(a, lo);
        if (lo == null && hi != null) return minimum(a, hi);
        if (lo == null) return Buffers.wrapTyped(Buffers.typed(a, a.dtype()), a.shape(), a.dtype());  // a ufunc's result: a 0-d one is a scalar
        Broadcast.broadcastShapes(a.shape(), lo.shape(), hi.shape());  // numpy's error names all three shapes
        boolean scalars = lo.ndim() == 0 && hi.ndim() == 0;
        Tensor low = scalars ? maximum(lo, a) : maximum(a, lo);
        // The minimum step writes over low, a float64 result of this op's own, when hi broadcasts to it.
        boolean inPlace = low.dtype() == DType.FLOAT64 && promote(low, hi) == DType.FLOAT64
                && Broadcast.broadcastShapes(low.shape(), hi.shape()).equals(low.shape());
        if (!inPlace) return scalars ? minimum(hi, low) : minimum(low, hi);
        return scalars ? Broadcast.binaryOver(hi, low, Loops.MIN, low) : Broadcast.binaryOver(low, hi, Loops.MIN, low);
    }

    // ---- comparisons and logic -----------------------------------------------------------------------------

    /** The six comparisons; NaN compares false except for {@code !=}. */
    public enum Comparison {
        GT(Loops.GT, new Loops.CompareScalar[] {Loops.GT_SCALAR, Loops.GT_EXACT, Loops.GT_ONE_SIDED}, sign -> sign > 0),
        GE(Loops.GE, new Loops.CompareScalar[] {Loops.GE_SCALAR, Loops.GE_EXACT, Loops.GE_ONE_SIDED}, sign -> sign >= 0),
        LT(Loops.LT, new Loops.CompareScalar[] {Loops.LT_SCALAR, Loops.LT_EXACT, Loops.LT_ONE_SIDED}, sign -> sign < 0),
        LE(Loops.LE, new Loops.CompareScalar[] {Loops.LE_SCALAR, Loops.LE_EXACT, Loops.LE_ONE_SIDED}, sign -> sign <= 0),
        // Equal pairs are rare in most data, and a branch is right for it: == and != keep one loop for every outcome.
        EQ(Loops.EQ, new Loops.CompareScalar[] {Loops.EQ_SCALAR, Loops.EQ_SCALAR, Loops.EQ_SCALAR}, sign -> sign == 0),
        NE(Loops.NE, new Loops.CompareScalar[] {Loops.NE_SCALAR, Loops.NE_SCALAR, Loops.NE_SCALAR}, sign -> sign != 0);

        private final Loops.Compare loop;
        /** The loops with one value on the right for data whose outcome is mixed, lopsided and one-sided. */
        private final Loops.CompareScalar[] scalarLoops;
        /** The answer for two int64 values from the sign of {@link Long#compare}. */
        private final java.util.function.IntPredicate onSign;

        Comparison(Loops.Compare loop, Loops.CompareScalar[] scalarLoops, java.util.function.IntPredicate onSign) {
            this.loop = loop;
            this.scalarLoops = scalarLoops;
            this.onSign = onSign;
        }

        /** The comparison that gives the same answer with its operands swapped: {@code c < x} is {@code x > c}. */
        private Comparison swapped() {
            return switch (this) {
                case GT -> LT;
                case GE -> LE;
                case LT -> GT;
                case LE -> GE;
                case EQ, NE -> this;
            };
        }
    }

    /**
     * {@code a ? b} as bools. A single value, or a column of one value per row (an operand whose last axis is 1 where the
     * other's is not), on either side is compared with each run of the other in one pass without a block of copies.
     */
    public static Tensor compare(Tensor a, Tensor b, Comparison c) {
        if (Buffers.storesLongs(a) && Buffers.storesLongs(b)) return Broadcast.compareLongs(a, b, c.onSign);  // exact past 2^53
        if (oneValuePerRow(b, a)) return Broadcast.compare(a, Buffers.data(b), c.scalarLoops);
        if (oneValuePerRow(a, b)) return Broadcast.compare(b, Buffers.data(a), c.swapped().scalarLoops);
        return Broadcast.compare(a, b, c.loop);
    }

    /** Whether {@code values} broadcast to {@code rows}'s own shape hold one value for all of it or one per row. */
    private static boolean oneValuePerRow(Tensor values, Tensor rows) {
        int[] v = values.shape().dims(), r = rows.shape().dims();
        if (values.size() == 1) return v.length <= r.length;
        return v.length == r.length && v[v.length - 1] == 1 && r[r.length - 1] != 1
                && Arrays.equals(v, 0, v.length - 1, r, 0, r.length - 1);
    }

    public static Tensor logicalAnd(Tensor a, Tensor b) { return Broadcast.logical(a, b, Loops.AND); }

    public static Tensor logicalOr(Tensor a, Tensor b) { return Broadcast.logical(a, b, Loops.OR); }

    public static Tensor logicalXor(Tensor a, Tensor b) { return Broadcast.logical(a, b, Loops.XOR); }

    public static Tensor logicalNot(Tensor a) {
        byte[] x = Buffers.bools(a), out = Buffers.allocBools(a.shape());
        for (int i = 0; i < x.length; i++) out[i] = (byte) (x[i] ^ 1);
        return Buffers.wrapBools(out, a.shape());
    }

    public static Tensor isnan(Tensor a) { return Broadcast.test(a, Double::isNaN); }

    public static Tensor isinf(Tensor a) { return Broadcast.test(a, Double::isInfinite); }

    public static Tensor isfinite(Tensor a) { return Broadcast.test(a, Double::isFinite); }

    /** numpy's {@code isclose}: {@code |a - b| <= atol + rtol·|b|}; infinities equal only themselves; NaN only with equalNan. */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        return Broadcast.compare(a, b, (x, xo, y, yo, out, oo, n) -> {
            for (int i = 0; i < n; i++) out[oo + i] = (byte) (isclose(x[xo + i], y[yo + i], rtol, atol, equalNan) ? 1 : 0);
        });
    }

    private static boolean isclose(double x, double y, double rtol, double atol, boolean equalNan) {
        if (Double.isNaN(x) || Double.isNaN(y)) return equalNan && Double.isNaN(x) && Double.isNaN(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) return x == y;
        return Math.abs(x - y) <= atol + rtol * Math.abs(y);
    }

    // ---- unary ---------------------------------------------------------------------------------------------

    /** Functions whose result is float64 whatever the input (numpy gives float16 for bool; there is none here). */
    public static Tensor floatMap(Tensor a, DoubleUnaryOperator f) { return Broadcast.unary(a, f, DType.FLOAT64); }

    /** {@code e^x}, within 1 ulp of {@code Math.exp} and several times faster over an array. */
    public static Tensor exp(Tensor a) { return Broadcast.unary(a, Transcendentals::exp, DType.FLOAT64); }

    /** {@code tanh(x)}, within 2 ulp of the exact value (as {@code StrictMath.tanh}) and several times faster over an array. */
    public static Tensor tanh(Tensor a) { return Broadcast.unary(a, Transcendentals::tanh, DType.FLOAT64); }

    /** The natural log, within 1 ulp of {@code Math.log} and several times faster over an array. */
    public static Tensor log(Tensor a) { return Broadcast.unary(a, Transcendentals::log, DType.FLOAT64); }

    public static Tensor negative(Tensor a) {
        if (a.dtype() == DType.BOOL) {
            throw new ShapeException("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator "
                    + "or the logical_not function instead.");
        }
        return a.dtype() == DType.INT64 ? Broadcast.unary(a, x -> -x) : Broadcast.unary(a, x -> -x, a.dtype());
    }

    /** numpy's {@code absolute}: the dtype is kept; int64's most negative value stays itself, as numpy's wraps. */
    public static Tensor absolute(Tensor a) {
        return a.dtype() == DType.INT64 ? Broadcast.unary(a, Math::abs) : Broadcast.unary(a, Math::abs, a.dtype());
    }

    /** Functions that keep the input's dtype (abs, floor, ceil, sign on integers stay integers). */
    public static Tensor sameTypeMap(Tensor a, DoubleUnaryOperator f) { return Broadcast.unary(a, f, a.dtype()); }

    /** {@code x*x}; numpy's square of bool is int8, here int64. */
    public static Tensor square(Tensor a) {
        return Broadcast.unary(a, x -> x * x, a.dtype() == DType.BOOL ? DType.INT64 : a.dtype());
    }

    /** numpy's sign: -1, 0 or 1 (NaN stays NaN); integers stay integers. */
    public static Tensor sign(Tensor a) {
        if (a.dtype() == DType.BOOL) {
            throw new ShapeException("ufunc 'sign' did not contain a loop with signature matching types "
                    + "<class 'numpy.dtypes.BoolDType'> -> None");
        }
        return Broadcast.unary(a, x -> x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x, a.dtype());
    }

    /** numpy's round: half to even, scaling by 10^decimals first (10^-decimals for negative decimals); bool gives float64. */
    public static Tensor round(Tensor a, int decimals) {
        if (a.dtype() == DType.BOOL) return astype(a, DType.FLOAT64);
        if (a.dtype() == DType.INT64 && decimals >= 0) return a;
        double f = Math.pow(10, Math.abs(decimals));
        DoubleUnaryOperator r = decimals >= 0 ? x -> Math.rint(x * f) / f : x -> Math.rint(x / f) * f;
        return Broadcast.unary(a, r, a.dtype());
    }

    /** log base 2, exact at powers of two: the binary exponent plus the log of the mantissa in [1, 2). */
    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return Math.log(x);
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) return log2(x * 0x1p52) - 52;  // subnormal: scale into the normal range
        double m = x / Math.scalb(1.0, e);
        return e + (m == 1 ? 0 : Math.log(m) / Math.log(2));
    }

    /** The values of a bool or float64 tensor as int64: floats truncated toward zero, NaN and infinities the most negative int64, as numpy on x86. */
    private static long[] integers(Tensor a) {
        if (a.dtype() == DType.BOOL) return Buffers.longs(a);  // a fresh array: a is not int64
        double[] x = Buffers.data(a);
        long[] out = Buffers.allocLongs(a.shape());
        for (int i = 0; i < x.length; i++) out[i] = Double.isFinite(x[i]) && Math.abs(x[i]) < 0x1p63 ? (long) x[i] : Long.MIN_VALUE;
        return out;
    }

    /** numpy's {@code astype}: floats to int64 truncate toward zero, anything to bool is "nonzero". */
    public static Tensor astype(Tensor a, DType to) {
        if (to == a.dtype()) return a;
        return switch (to) {
            case BOOL -> Buffers.wrapBools(Buffers.bools(a), a.shape());  // a fresh array: a is not bool
            case INT64 -> Buffers.wrapLongs(integers(a), a.shape());
            case FLOAT64 -> Buffers.wrap(Buffers.data(a).clone(), a.shape(), to);
        };
    }

}

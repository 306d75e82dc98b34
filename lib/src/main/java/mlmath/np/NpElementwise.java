package mlmath.np;

import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's elementwise math on {@code np}: arithmetic, powers, exponentials and logarithms, roots, signs, trigonometry,
 * rounding and clipping, each broadcasting its arguments. {@link Np} is its one implementation; learners call these on
 * {@code np}.
 */
public sealed interface NpElementwise permits Np {
    /**
     * {@code a + b}, broadcasting.
     * <pre>{@code
     * jshell> np.add(np.arange(3), 0.5)
     * $1 ==> array([0.5, 1.5, 2.5])
     * }</pre>
     */
    default Tensor add(Object a, Object b) { return Ufuncs.add(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code a - b}, broadcasting.
     * <pre>{@code
     * jshell> np.subtract(np.ones(2, 2), np.array(1.0, 2.0))
     * $1 ==> array([[ 0., -1.],
     *        [ 0., -1.]])
     * }</pre>
     */
    default Tensor subtract(Object a, Object b) { return Ufuncs.subtract(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code a * b} elementwise, broadcasting.
     * <pre>{@code
     * jshell> np.multiply(np.array(1, 2, 3), np.array(2, 2, 2))
     * $1 ==> array([2, 4, 6])
     * }</pre>
     */
    default Tensor multiply(Object a, Object b) { return Ufuncs.multiply(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code a / b}, true division (always float64).
     * <pre>{@code
     * jshell> np.divide(np.array(1, 2, 3), 2)
     * $1 ==> array([0.5, 1. , 1.5])
     * }</pre>
     */
    default Tensor divide(Object a, Object b) { return Ufuncs.divide(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code a ** b} elementwise, broadcasting.
     * <pre>{@code
     * jshell> np.power(2.0, np.arange(4))
     * $1 ==> array([1., 2., 4., 8.])
     * }</pre>
     */
    default Tensor power(Object a, Object b) { return Ufuncs.power(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise maximum (NaN propagates): {@code np.maximum(x, 0)} is ReLU.
     * <pre>{@code
     * jshell> np.maximum(np.array(-1.0, 2.0, Double.NaN), 0)
     * $1 ==> array([ 0.,  2., nan])
     * }</pre>
     */
    default Tensor maximum(Object a, Object b) { return t(a, "x1").maximum(t(b, "x2")); }

    /**
     * Elementwise minimum (NaN propagates).
     * <pre>{@code
     * jshell> np.minimum(np.array(1, 5, 3), np.array(4, 2, 6))
     * $1 ==> array([1, 2, 3])
     * }</pre>
     */
    default Tensor minimum(Object a, Object b) { return t(a, "x1").minimum(t(b, "x2")); }

    /**
     * {@code x} limited to [lo, hi]; null leaves that side open, as numpy's None.
     * <pre>{@code
     * jshell> np.clip(np.arange(5), 1, 3)
     * $1 ==> array([1, 1, 2, 3, 3])
     * }</pre>
     */
    default Tensor clip(Object x, Object lo, Object hi) { return t(x).clip(lo, hi); }

    /**
     * {@code -x}.
     * <pre>{@code
     * jshell> np.negative(np.array(1, -2))
     * $1 ==> array([-1,  2])
     * }</pre>
     */
    default Tensor negative(Object x) { return Ufuncs.negative(t(x, "x")); }

    /**
     * e to the power of each element.
     * <pre>{@code
     * jshell> np.exp(np.array(0.0, 1.0, -1.0))
     * $1 ==> array([1.        , 2.71828183, 0.36787944])
     * }</pre>
     */
    default Tensor exp(Object x) { return t(x, "x").exp(); }

    /**
     * 2 to the power of each element.
     * <pre>{@code
     * jshell> np.exp2(np.array(-1.0, 0.5))
     * $1 ==> array([0.5       , 1.41421356])
     * }</pre>
     */
    default Tensor exp2(Object x) { return t(x, "x").exp2(); }

    /**
     * {@code exp(x) - 1}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.expm1(np.array(1e-8, 1.0))
     * $1 ==> array([1.00000001e-08, 1.71828183e+00])
     * }</pre>
     */
    default Tensor expm1(Object x) { return t(x, "x").expm1(); }

    /**
     * The natural logarithm ({@code log(0)} is -inf, negatives NaN).
     * <pre>{@code
     * jshell> np.log(np.array(1.0, 10.0))
     * $1 ==> array([0.        , 2.30258509])
     * }</pre>
     */
    default Tensor log(Object x) { return t(x, "x").log(); }

    /**
     * {@code log(1 + x)}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.log1p(np.array(0.0, Math.E - 1))
     * $1 ==> array([0., 1.])
     * }</pre>
     */
    default Tensor log1p(Object x) { return t(x, "x").log1p(); }

    /**
     * The base-2 logarithm.
     * <pre>{@code
     * jshell> np.log2(np.array(0.5, 4.0))
     * $1 ==> array([-1.,  2.])
     * }</pre>
     */
    default Tensor log2(Object x) { return t(x, "x").log2(); }

    /**
     * The base-10 logarithm.
     * <pre>{@code
     * jshell> np.log10(np.array(10, 1000))
     * $1 ==> array([1., 3.])
     * }</pre>
     */
    default Tensor log10(Object x) { return t(x, "x").log10(); }

    /**
     * The square root (float64).
     * <pre>{@code
     * jshell> np.sqrt(np.array(1, 4, 9))
     * $1 ==> array([1., 2., 3.])
     * }</pre>
     */
    default Tensor sqrt(Object x) { return t(x, "x").sqrt(); }

    /**
     * Each element squared (the dtype is kept).
     * <pre>{@code
     * jshell> np.square(np.array(-2, 3))
     * $1 ==> array([4, 9])
     * }</pre>
     */
    default Tensor square(Object x) { return t(x, "x").square(); }

    /**
     * The absolute values.
     * <pre>{@code
     * jshell> np.abs(np.array(-1.5, 2.0))
     * $1 ==> array([1.5, 2. ])
     * }</pre>
     */
    default Tensor abs(Object x) { return Ufuncs.absolute(t(x, "x")); }

    /**
     * -1, 0 or 1 by the sign of each element.
     * <pre>{@code
     * jshell> np.sign(np.array(-5, 0, 5))
     * $1 ==> array([-1,  0,  1])
     * }</pre>
     */
    default Tensor sign(Object x) { return t(x, "x").sign(); }

    /**
     * The hyperbolic tangent.
     * <pre>{@code
     * jshell> np.tanh(np.array(0.0, 0.5))
     * $1 ==> array([0.        , 0.46211716])
     * }</pre>
     */
    default Tensor tanh(Object x) { return t(x, "x").tanh(); }

    /**
     * The sine (radians).
     * <pre>{@code
     * jshell> np.sin(np.array(Math.PI / 6))
     * $1 ==> np.float64(0.49999999999999994)
     * }</pre>
     */
    default Tensor sin(Object x) { return t(x, "x").sin(); }

    /**
     * The cosine (radians).
     * <pre>{@code
     * jshell> np.cos(np.array(0.0, Math.PI / 3))
     * $1 ==> array([1. , 0.5])
     * }</pre>
     */
    default Tensor cos(Object x) { return t(x, "x").cos(); }

    /**
     * The tangent (radians).
     * <pre>{@code
     * jshell> np.tan(np.array(0.0, Math.PI / 4))
     * $1 ==> array([0., 1.])
     * }</pre>
     */
    default Tensor tan(Object x) { return t(x, "x").map(Math::tan); }

    /**
     * The inverse sine, in [-π/2, π/2] (NaN outside [-1, 1]).
     * <pre>{@code
     * jshell> np.arcsin(np.array(0.0, 1.0))
     * $1 ==> array([0.        , 1.57079633])
     * }</pre>
     */
    default Tensor arcsin(Object x) { return t(x, "x").map(Math::asin); }

    /**
     * The inverse cosine, in [0, π] (NaN outside [-1, 1]).
     * <pre>{@code
     * jshell> np.arccos(np.array(1.0, 0.5))
     * $1 ==> array([0.        , 1.04719755])
     * }</pre>
     */
    default Tensor arccos(Object x) { return t(x, "x").map(Math::acos); }

    /**
     * The inverse tangent, in (-π/2, π/2).
     * <pre>{@code
     * jshell> np.arctan(np.array(0.0, 1.0))
     * $1 ==> array([0.        , 0.78539816])
     * }</pre>
     */
    default Tensor arctan(Object x) { return t(x, "x").map(Math::atan); }

    /**
     * The hyperbolic sine.
     * <pre>{@code
     * jshell> np.sinh(np.array(0.0, 1.0))
     * $1 ==> array([0.        , 1.17520119])
     * }</pre>
     */
    default Tensor sinh(Object x) { return t(x, "x").map(Math::sinh); }

    /**
     * The hyperbolic cosine.
     * <pre>{@code
     * jshell> np.cosh(np.array(0.0, 1.0))
     * $1 ==> array([1.        , 1.54308063])
     * }</pre>
     */
    default Tensor cosh(Object x) { return t(x, "x").map(Math::cosh); }

    /**
     * The largest whole number at or below each element.
     * <pre>{@code
     * jshell> np.floor(np.array(-0.5, 1.7))
     * $1 ==> array([-1.,  1.])
     * }</pre>
     */
    default Tensor floor(Object x) { return t(x, "x").floor(); }

    /**
     * The smallest whole number at or above each element.
     * <pre>{@code
     * jshell> np.ceil(np.array(-0.5, 1.2))
     * $1 ==> array([-0.,  2.])
     * }</pre>
     */
    default Tensor ceil(Object x) { return t(x, "x").ceil(); }

    /**
     * Rounds half to even: {@code np.round(np.array(0.5, 1.5, 2.5))} is {@code [0., 2., 2.]}.
     * <pre>{@code
     * jshell> np.round(np.array(0.5, 1.5, 2.5))
     * $1 ==> array([0., 2., 2.])
     * }</pre>
     */
    default Tensor round(Object x) { return t(x).round(); }

    /**
     * Rounds to {@code decimals} places, half to even after scaling.
     * <pre>{@code
     * jshell> np.round(np.array(0.125, 2.675), 2)
     * $1 ==> array([0.12, 2.68])
     * }</pre>
     */
    default Tensor round(Object x, int decimals) { return t(x).round(decimals); }

    /**
     * {@code np.mod(a, b)} = {@code np.remainder}: Python's {@code %}, the sign of the divisor ({@code -7 % 3 == 2}).
     * <pre>{@code
     * jshell> np.mod(np.array(7, -7), 3)
     * $1 ==> array([1, 2])
     * }</pre>
     */
    default Tensor mod(Object a, Object b) { return Ufuncs.remainder(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code np.remainder(a, b)}, the same as {@link #mod}.
     * <pre>{@code
     * jshell> np.remainder(np.array(7.5, -7.5), 2)
     * $1 ==> array([1.5, 0.5])
     * }</pre>
     */
    default Tensor remainder(Object a, Object b) { return mod(a, b); }

    /**
     * {@code np.floor_divide(a, b)}: Python's {@code //}, the quotient rounded down ({@code -7 // 2 == -4}).
     * <pre>{@code
     * jshell> np.floor_divide(np.array(7, -7), 2)
     * $1 ==> array([ 3, -4])
     * }</pre>
     */
    default Tensor floor_divide(Object a, Object b) { return Ufuncs.floorDivide(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code np.logaddexp(a, b)}: {@code log(exp(a) + exp(b))} computed without overflow.
     * <pre>{@code
     * jshell> np.logaddexp(np.array(0.0, 1000.0), np.array(0.0, 1000.0))
     * $1 ==> array([6.93147181e-01, 1.00069315e+03])
     * }</pre>
     */
    default Tensor logaddexp(Object a, Object b) { return Ufuncs.logaddexp(t(a, "x1"), t(b, "x2")); }
}

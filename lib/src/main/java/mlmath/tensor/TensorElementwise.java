package mlmath.tensor;

import mlmath.tensor.internal.*;

import java.util.function.DoubleUnaryOperator;

import static mlmath.tensor.TensorArguments.arg;
import static mlmath.tensor.TensorArguments.notNull;
import static mlmath.tensor.TensorArguments.operator;

/**
 * A tensor's elementwise math: arithmetic with broadcasting, powers, exponentials and logarithms, roots, signs,
 * trigonometry, rounding and clipping. {@link Tensor} is its one implementation.
 */
public sealed interface TensorElementwise permits Tensor {
    /**
     * Applies a Java function to every element (numpy's {@code np.vectorize}): {@code ps.map(p -> p * (1 - p))}.
     * <pre>{@code
     * jshell> np.array(0.1, 0.5).map(p -> p * (1 - p))
     * $1 ==> array([0.09, 0.25])
     * }</pre>
     */
    default Tensor map(DoubleUnaryOperator op) { return Ufuncs.floatMap((Tensor) this, notNull(op, "op")); }

    /**
     * {@code this + other}, broadcasting.
     * <pre>{@code
     * jshell> np.arange(3).add(1)
     * $1 ==> array([1, 2, 3])
     * jshell> np.zeros(2, 3).add(new double[] {1, 2, 3})
     * $2 ==> array([[1., 2., 3.],
     *        [1., 2., 3.]])
     * }</pre>
     */
    default Tensor add(Object other) { return operator((Tensor) this, other, Ufuncs.add((Tensor) this, arg(other, "other"))); }

    /**
     * {@code this - other}, broadcasting.
     * <pre>{@code
     * jshell> np.array(5.0, 7.0).sub(np.array(1.0, 2.0))
     * $1 ==> array([4., 5.])
     * }</pre>
     */
    default Tensor sub(Object other) { return operator((Tensor) this, other, Ufuncs.subtract((Tensor) this, arg(other, "other"))); }

    /**
     * {@code this * other} elementwise, broadcasting.
     * <pre>{@code
     * jshell> np.arange(3).mul(2.5)
     * $1 ==> array([0. , 2.5, 5. ])
     * }</pre>
     */
    default Tensor mul(Object other) { return operator((Tensor) this, other, Ufuncs.multiply((Tensor) this, arg(other, "other"))); }

    /**
     * {@code this / other} elementwise (true division, always float64), broadcasting.
     * <pre>{@code
     * jshell> np.arange(4).div(2)
     * $1 ==> array([0. , 0.5, 1. , 1.5])
     * }</pre>
     */
    default Tensor div(Object other) { return operator((Tensor) this, other, Ufuncs.divide((Tensor) this, arg(other, "other"))); }

    /**
     * {@code this ** other} elementwise, broadcasting; an int array to a negative int power is refused as in numpy.
     * <pre>{@code
     * jshell> np.arange(4).pow(2)
     * $1 ==> array([0, 1, 4, 9])
     * }</pre>
     */
    default Tensor pow(Object other) { return operator((Tensor) this, other, Ufuncs.power((Tensor) this, arg(other, "other"))); }

    /**
     * Elementwise maximum, broadcasting; NaN propagates as in numpy.
     * <pre>{@code
     * jshell> np.array(-2.0, 0.5, 3.0).maximum(0)
     * $1 ==> array([0. , 0.5, 3. ])
     * }</pre>
     */
    default Tensor maximum(Object other) { return Ufuncs.maximum((Tensor) this, arg(other, "other")); }

    /**
     * Elementwise minimum, broadcasting; NaN propagates as in numpy.
     * <pre>{@code
     * jshell> np.array(-2.0, 0.5, 3.0).minimum(1)
     * $1 ==> array([-2. ,  0.5,  1. ])
     * }</pre>
     */
    default Tensor minimum(Object other) { return Ufuncs.minimum((Tensor) this, arg(other, "other")); }

    /**
     * Values limited to [lo, hi]: {@code x.clip(0, 1)}; null leaves that side open, as numpy's None: {@code x.clip(0, null)}.
     * <pre>{@code
     * jshell> np.array(-0.5, 0.25, 1.5).clip(0, 1)
     * $1 ==> array([0.  , 0.25, 1.  ])
     * }</pre>
     */
    default Tensor clip(Object lo, Object hi) {
        return Ufuncs.clip((Tensor) this, lo == null ? null : arg(lo, "lo"), hi == null ? null : arg(hi, "hi"));
    }

    /**
     * {@code -this}, numpy's {@code negative}.
     * <pre>{@code
     * jshell> np.array(1.0, -2.0).neg()
     * $1 ==> array([-1.,  2.])
     * }</pre>
     */
    default Tensor neg() { return operator((Tensor) this, Ufuncs.negative((Tensor) this)); }

    /**
     * The absolute values (the dtype is kept).
     * <pre>{@code
     * jshell> np.array(-3, 0, 2).abs()
     * $1 ==> array([3, 0, 2])
     * }</pre>
     */
    default Tensor abs() { return operator((Tensor) this, Ufuncs.absolute((Tensor) this)); }

    /**
     * Each element squared.
     * <pre>{@code
     * jshell> np.array(1.5, -2.0).square()
     * $1 ==> array([2.25, 4.  ])
     * }</pre>
     */
    default Tensor square() { return Ufuncs.square((Tensor) this); }

    /**
     * -1, 0 or 1 by the sign of each element.
     * <pre>{@code
     * jshell> np.array(-2.5, 0.0, 3.0).sign()
     * $1 ==> array([-1.,  0.,  1.])
     * }</pre>
     */
    default Tensor sign() { return Ufuncs.sign((Tensor) this); }

    /**
     * The largest whole number at or below each element.
     * <pre>{@code
     * jshell> np.array(-1.5, 0.5, 2.0).floor()
     * $1 ==> array([-2.,  0.,  2.])
     * }</pre>
     */
    default Tensor floor() { return Ufuncs.sameTypeMap((Tensor) this, Math::floor); }

    /**
     * The smallest whole number at or above each element.
     * <pre>{@code
     * jshell> np.array(-1.5, 0.5, 2.0).ceil()
     * $1 ==> array([-1.,  1.,  2.])
     * }</pre>
     */
    default Tensor ceil() { return Ufuncs.sameTypeMap((Tensor) this, Math::ceil); }

    /**
     * numpy's round: half to even ({@code 0.5 -> 0.}, {@code 1.5 -> 2.}).
     * <pre>{@code
     * jshell> np.array(0.5, 1.5, 2.5, -0.5).round()
     * $1 ==> array([ 0.,  2.,  2., -0.])
     * }</pre>
     */
    default Tensor round() { return round(0); }

    /**
     * Rounds to {@code decimals} places (negative: to tens, hundreds, …), half to even after scaling, as numpy.
     * <pre>{@code
     * jshell> np.array(3.14159, 2.71828).round(2)
     * $1 ==> array([3.14, 2.72])
     * jshell> np.array(1234.5, 150.0).round(-2)
     * $2 ==> array([1200.,  200.])
     * }</pre>
     */
    default Tensor round(int decimals) { return Ufuncs.round((Tensor) this, decimals); }

    /**
     * e to the power of each element.
     * <pre>{@code
     * jshell> np.array(0.0, 1.0).exp()
     * $1 ==> array([1.        , 2.71828183])
     * }</pre>
     */
    default Tensor exp() { return Ufuncs.exp((Tensor) this); }

    /**
     * 2 to the power of each element.
     * <pre>{@code
     * jshell> np.arange(4).exp2()
     * $1 ==> array([1., 2., 4., 8.])
     * }</pre>
     */
    default Tensor exp2() { return map(x -> Math.pow(2, x)); }

    /**
     * {@code exp(x) - 1}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.array(1e-10).expm1()
     * $1 ==> np.float64(1.00000000005e-10)
     * }</pre>
     */
    default Tensor expm1() { return map(Math::expm1); }

    /**
     * Natural log; {@code log(0) = -inf} and negatives give NaN, as numpy (without its warning).
     * <pre>{@code
     * jshell> np.array(1.0, Math.E, 0.0).log()
     * $1 ==> array([  0.,   1., -inf])
     * }</pre>
     */
    default Tensor log() { return Ufuncs.log((Tensor) this); }

    /**
     * {@code log(1 + x)}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.array(1e-10).log1p()
     * $1 ==> np.float64(9.999999999500001e-11)
     * }</pre>
     */
    default Tensor log1p() { return map(Math::log1p); }

    /**
     * The base-2 logarithm.
     * <pre>{@code
     * jshell> np.array(1, 8, 1024).log2()
     * $1 ==> array([ 0.,  3., 10.])
     * }</pre>
     */
    default Tensor log2() { return map(Ufuncs::log2); }

    /**
     * The base-10 logarithm.
     * <pre>{@code
     * jshell> np.array(1.0, 100.0, 0.001).log10()
     * $1 ==> array([ 0.,  2., -3.])
     * }</pre>
     */
    default Tensor log10() { return map(Math::log10); }

    /**
     * The square root; negatives give NaN, as numpy (without its warning).
     * <pre>{@code
     * jshell> np.array(4.0, 2.0, -1.0).sqrt()
     * $1 ==> array([2.        , 1.41421356,        nan])
     * }</pre>
     */
    default Tensor sqrt() { return map(Math::sqrt); }

    /**
     * The hyperbolic tangent.
     * <pre>{@code
     * jshell> np.array(-1.0, 0.0, 1.0).tanh()
     * $1 ==> array([-0.76159416,  0.        ,  0.76159416])
     * }</pre>
     */
    default Tensor tanh() { return Ufuncs.tanh((Tensor) this); }

    /**
     * The sine (radians).
     * <pre>{@code
     * jshell> np.array(0, Math.PI / 2).sin()
     * $1 ==> array([0., 1.])
     * }</pre>
     */
    default Tensor sin() { return map(Math::sin); }

    /**
     * The cosine (radians).
     * <pre>{@code
     * jshell> np.array(0, Math.PI).cos()
     * $1 ==> array([ 1., -1.])
     * }</pre>
     */
    default Tensor cos() { return map(Math::cos); }
}

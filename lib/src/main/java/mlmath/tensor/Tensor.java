package mlmath.tensor;

import mlmath.tensor.internal.*;
import mlmath.tensor.internal.Reductions.Kind;
import mlmath.tensor.internal.Ufuncs.Comparison;

import java.util.function.DoubleUnaryOperator;

/**
 * An immutable n-d array (float64, int64 or bool), row-major, with numpy's semantics: every op returns a new tensor.
 * Arguments typed {@code Object} take a Tensor, {@code double[]}, {@code double[][]}, {@code int[]}, {@code boolean[]}
 * or a number; an int keeps an int64 array int64 ({@code np.arange(3).add(1)} is {@code array([1, 2, 3])}).
 * <pre>{@code
 * jshell> np.array(new double[][] {{1, 2}, {3, 4}}).add(new double[] {10, 20})
 * $1 ==> array([[11., 22.],
 *        [13., 24.]])
 * }</pre>
 */
public final class Tensor {
    static {
        Buffers.install(new Buffers.Access() {
            @Override public double[] data(Tensor t) { return t.data; }

            @Override public Tensor wrap(double[] data, Shape shape, DType dtype) { return new Tensor(data, shape, dtype, null); }
        });
    }

    private final double[] data;
    private final Shape shape;
    private final DType dtype;
    private final String source;

    /**
     * An array of {@code shape} holding a copy of {@code data} (row-major).
     * <pre>{@code
     * jshell> new Tensor(new double[] {1, 2, 3, 4}, new Shape(2, 2), DType.INT64)
     * $1 ==> array([[1, 2],
     *        [3, 4]])
     * }</pre>
     */
    public Tensor(double[] data, Shape shape, DType dtype) {
        this(notNull(data, "data").clone(), notNull(shape, "shape"), notNull(dtype, "dtype"), null);
    }

    private Tensor(double[] data, Shape shape, DType dtype, String source) {
        if (data.length != shape.size()) {
            throw new ShapeException("cannot reshape array of size " + data.length + " into shape " + shape.compact());
        }
        this.data = data;
        this.shape = shape;
        this.dtype = dtype;
        this.source = source;
    }

    /**
     * A float64 tensor holding a copy of {@code data} with the given dimensions.
     * <pre>{@code
     * jshell> new Tensor(new double[] {1, 2, 3, 4, 5, 6}, 3, 2)
     * $1 ==> array([[1., 2.],
     *        [3., 4.],
     *        [5., 6.]])
     * }</pre>
     */
    public Tensor(double[] data, int... dims) { this(data, new Shape(notNull(dims, "dims")), DType.FLOAT64); }

    private static <T> T notNull(T x, String name) {
        if (x == null) throw new ShapeException(name + " is null");
        return x;
    }

    private static Tensor arg(Object x, String name) { return ArrayLike.toTensor(x, name); }

    // ---- data ----------------------------------------------------------------------------------------------

    /**
     * The dimensions, numpy's {@code a.shape}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).shape()
     * $1 ==> (2, 3)
     * }</pre>
     */
    public Shape shape() { return shape; }

    /**
     * The number of axes, numpy's {@code a.ndim}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).ndim()
     * $1 ==> 2
     * }</pre>
     */
    public int ndim() { return shape.ndim(); }

    /**
     * The number of elements, numpy's {@code a.size}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).size()
     * $1 ==> 6
     * }</pre>
     */
    public int size() { return data.length; }

    /**
     * The element type, numpy's {@code a.dtype}.
     * <pre>{@code
     * jshell> np.arange(3).dtype()
     * $1 ==> int64
     * }</pre>
     */
    public DType dtype() { return dtype; }

    /**
     * Who computed these values, e.g. {@code "torch 2.7.1"}; null for values computed here. Ops drop it.
     * <pre>{@code
     * jshell> np.ones(2).source()
     * $1 ==> null
     * }</pre>
     */
    public String source() { return source; }

    /**
     * The same values labelled with where they came from (used by the torch bridge).
     * <pre>{@code
     * jshell> np.ones(2).withSource("torch 2.7.1").source()
     * $1 ==> "torch 2.7.1"
     * }</pre>
     */
    public Tensor withSource(String source) { return new Tensor(data, shape, dtype, source); }

    /**
     * A copy of the elements in row-major order (bool as 0/1), the same as {@link #toArray()}: the tensor never changes.
     * <pre>{@code
     * jshell> np.arange(3).data()
     * $1 ==> double[3] { 0.0, 1.0, 2.0 }
     * }</pre>
     */
    public double[] data() { return toArray(); }

    /**
     * The value of a one-element tensor, like numpy's {@code .item()} (bool gives 1 or 0).
     * <pre>{@code
     * jshell> np.array(1.5, 2.5).sum().item()
     * $1 ==> 4.0
     * }</pre>
     */
    public double item() {
        if (data.length != 1) throw new ShapeException("can only convert an array of size 1 to a Python scalar (this one has shape " + shape + ")");
        return data[0];
    }

    /**
     * The element at a full index, as a double (numpy's {@code A.item(i, j)}); negative indices count from the end.
     * For fewer indices than dimensions use {@link #at}, which returns numpy's sub-array {@code A[i, j]}.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).get(1, -1)
     * $1 ==> 5.0
     * }</pre>
     */
    public double get(int... index) {
        if (notNull(index, "index").length < shape.ndim()) {
            throw new ShapeException("get(...) needs one index per dimension (" + shape.ndim() + ") and returns a number, as numpy's"
                    + " item(); for the sub-array A[" + Indexing.join(index) + "] use at(" + Indexing.join(index) + ")");
        }
        return data[Indexing.offset(shape, index)];
    }

    /**
     * numpy's {@code A[i, j]} with integer indices: with fewer indices than dimensions the sub-array
     * ({@code A.at(-2, 3, 3)} on a 4-d A is a 1-d row), with one per dimension a 0-d tensor ({@code .item()} gives the double).
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).at(1)
     * $1 ==> array([3, 4, 5])
     * jshell> np.arange(6).reshape(2, 3).at(1, 2)
     * $2 ==> 5
     * }</pre>
     */
    public Tensor at(int... index) { return Indexing.at(this, notNull(index, "index")); }

    /**
     * numpy's {@code a[index]} with an array index: a bool mask selects the true places as a 1-D array
     * ({@code a.get(a.gt(0))} is {@code a[a > 0]}); an int array picks along axis 0 ({@code A.get(I)} is
     * {@code A[I]}); a 0-d int index gives a 0-d tensor (a scalar) or a row.
     * <pre>{@code
     * jshell> var a = np.array(-1.0, 2.0, -3.0, 4.0)
     * a ==> array([-1.,  2., -3.,  4.])
     * jshell> a.get(a.gt(0))
     * $2 ==> array([2., 4.])
     * jshell> np.arange(6).reshape(3, 2).get(np.array(2, 0))
     * $3 ==> array([[4, 5],
     *        [0, 1]])
     * }</pre>
     */
    public Tensor get(Tensor index) { return Indexing.get(this, notNull(index, "index")); }

    /**
     * numpy's {@code a[spec]} for an index string, the same as {@link #slice}: {@code A.get(":, None")}.
     * <pre>{@code
     * jshell> np.arange(3).get(":, None")
     * $1 ==> array([[0],
     *        [1],
     *        [2]])
     * }</pre>
     */
    public Tensor get(String spec) { return slice(spec); }

    /**
     * A copy with {@code a[index] = value} applied (the tensor itself never changes): {@code a.set(a.lt(0), 0)} for a
     * mask, an int array for rows; {@code value} broadcasts to the selection and is cast to this dtype.
     * <pre>{@code
     * jshell> var a = np.array(-1.0, 2.0, -3.0)
     * a ==> array([-1.,  2., -3.])
     * jshell> a.set(a.lt(0), 0)
     * $2 ==> array([0., 2., 0.])
     * }</pre>
     */
    public Tensor set(Tensor index, Object value) { return Indexing.set(this, notNull(index, "index"), arg(value, "value")); }

    /**
     * A copy with {@code a[spec] = value} applied, e.g. {@code A.set(":, 0", 5)}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).set(":, 0", 5)
     * $1 ==> array([[5., 0., 0.],
     *        [5., 0., 0.]])
     * }</pre>
     */
    public Tensor set(String spec, Object value) { return Indexing.set(this, spec, arg(value, "value")); }

    /**
     * A copy of the elements in row-major order.
     * <pre>{@code
     * jshell> np.linspace(0, 1, 3).toArray()
     * $1 ==> double[3] { 0.0, 0.5, 1.0 }
     * }</pre>
     */
    public double[] toArray() { return data.clone(); }

    /**
     * A copy as rows; the tensor must be 2-D.
     * <pre>{@code
     * jshell> np.eye(2).toArray2()
     * $1 ==> double[2][] { double[2] { 1.0, 0.0 }, double[2] { 0.0, 1.0 } }
     * }</pre>
     */
    public double[][] toArray2() {
        if (ndim() != 2) throw new ShapeException("toArray2 needs a 2-D array, got shape " + shape);
        int r = shape.get(0), c = shape.get(1);
        double[][] out = new double[r][];
        for (int i = 0; i < r; i++) out[i] = java.util.Arrays.copyOfRange(data, i * c, (i + 1) * c);
        return out;
    }

    /**
     * numpy's repr; a 0-d tensor prints as a plain number.
     * <pre>{@code
     * jshell> np.arange(3).div(3).toString()
     * $1 ==> "array([0.        , 0.33333333, 0.66666667])"
     * }</pre>
     */
    @Override public String toString() { return ArrayFormat.repr(this); }

    // ---- shape ---------------------------------------------------------------------------------------------

    /**
     * Same data, new shape; one dimension may be -1 and is inferred.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, -1)
     * $1 ==> array([[0, 1, 2],
     *        [3, 4, 5]])
     * }</pre>
     */
    public Tensor reshape(int... dims) { return Shaping.reshape(this, notNull(dims, "dims")); }

    /**
     * The elements as a 1-D array.
     * <pre>{@code
     * jshell> np.eye(2).flatten()
     * $1 ==> array([1., 0., 0., 1.])
     * }</pre>
     */
    public Tensor flatten() { return reshape(data.length); }

    /**
     * The transpose (axes reversed), numpy's {@code a.T}; a 0-d or 1-D array is returned as it is.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).T()
     * $1 ==> array([[0, 3],
     *        [1, 4],
     *        [2, 5]])
     * }</pre>
     */
    public Tensor T() { return Shaping.transpose(this, new int[0]); }

    /**
     * Permutes the axes, {@code x.transpose(0, 2, 1)}; no arguments reverses them.
     * <pre>{@code
     * jshell> np.zeros(2, 3, 4).transpose(0, 2, 1).shape()
     * $1 ==> (2, 4, 3)
     * }</pre>
     */
    public Tensor transpose(int... axes) { return Shaping.transpose(this, notNull(axes, "axes")); }

    /**
     * Exchanges two axes: {@code k.swapaxes(-1, -2)}.
     * <pre>{@code
     * jshell> np.zeros(5, 2, 3).swapaxes(-1, -2).shape()
     * $1 ==> (5, 3, 2)
     * }</pre>
     */
    public Tensor swapaxes(int axis1, int axis2) { return Shaping.swapaxes(this, axis1, axis2); }

    /**
     * Drops length-1 axes (all of them, or the ones listed).
     * <pre>{@code
     * jshell> np.zeros(1, 3, 1).squeeze().shape()
     * $1 ==> (3,)
     * }</pre>
     */
    public Tensor squeeze(int... axes) { return Shaping.squeeze(this, notNull(axes, "axes")); }

    /**
     * The values converted to {@code dtype}: floats to int64 truncate toward zero, bool is "nonzero".
     * <pre>{@code
     * jshell> np.array(-1.7, 0.5, 2.9).astype(DType.INT64)
     * $1 ==> array([-1,  0,  2])
     * }</pre>
     */
    public Tensor astype(DType dtype) { return Ufuncs.astype(this, notNull(dtype, "dtype")); }

    /**
     * An equal tensor (tensors never change, so this is numpy's {@code copy} for habit's sake).
     * <pre>{@code
     * jshell> np.arange(3).copy()
     * $1 ==> array([0, 1, 2])
     * }</pre>
     */
    public Tensor copy() { return new Tensor(data.clone(), shape, dtype, null); }

    /**
     * Each element repeated {@code repeats} times, flattened.
     * <pre>{@code
     * jshell> np.array(1, 2).repeat(2)
     * $1 ==> array([1, 1, 2, 2])
     * }</pre>
     */
    public Tensor repeat(int repeats) { return Joining.repeat(this, new int[] {repeats}, null); }

    /**
     * Each slice along {@code axis} repeated {@code repeats} times.
     * <pre>{@code
     * jshell> np.arange(4).reshape(2, 2).repeat(2, 0)
     * $1 ==> array([[0, 1],
     *        [0, 1],
     *        [2, 3],
     *        [2, 3]])
     * }</pre>
     */
    public Tensor repeat(int repeats, int axis) { return Joining.repeat(this, new int[] {repeats}, axis); }

    // ---- elementwise ---------------------------------------------------------------------------------------

    /**
     * Applies a Java function to every element (numpy's {@code np.vectorize}): {@code ps.map(p -> p * (1 - p))}.
     * <pre>{@code
     * jshell> np.array(0.1, 0.5).map(p -> p * (1 - p))
     * $1 ==> array([0.09, 0.25])
     * }</pre>
     */
    public Tensor map(DoubleUnaryOperator op) { return Ufuncs.floatMap(this, notNull(op, "op")); }

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
    public Tensor add(Object other) { return Ufuncs.add(this, arg(other, "other")); }

    /**
     * {@code this - other}, broadcasting.
     * <pre>{@code
     * jshell> np.array(5.0, 7.0).sub(np.array(1.0, 2.0))
     * $1 ==> array([4., 5.])
     * }</pre>
     */
    public Tensor sub(Object other) { return Ufuncs.subtract(this, arg(other, "other")); }

    /**
     * {@code this * other} elementwise, broadcasting.
     * <pre>{@code
     * jshell> np.arange(3).mul(2.5)
     * $1 ==> array([0. , 2.5, 5. ])
     * }</pre>
     */
    public Tensor mul(Object other) { return Ufuncs.multiply(this, arg(other, "other")); }

    /**
     * {@code this / other} elementwise (true division, always float64), broadcasting.
     * <pre>{@code
     * jshell> np.arange(4).div(2)
     * $1 ==> array([0. , 0.5, 1. , 1.5])
     * }</pre>
     */
    public Tensor div(Object other) { return Ufuncs.divide(this, arg(other, "other")); }

    /**
     * {@code this ** other} elementwise, broadcasting; an int array to a negative int power is refused as in numpy.
     * <pre>{@code
     * jshell> np.arange(4).pow(2)
     * $1 ==> array([0, 1, 4, 9])
     * }</pre>
     */
    public Tensor pow(Object other) { return Ufuncs.power(this, arg(other, "other")); }

    /**
     * Elementwise maximum, broadcasting; NaN propagates as in numpy.
     * <pre>{@code
     * jshell> np.array(-2.0, 0.5, 3.0).maximum(0)
     * $1 ==> array([0. , 0.5, 3. ])
     * }</pre>
     */
    public Tensor maximum(Object other) { return Ufuncs.maximum(this, arg(other, "other")); }

    /**
     * Elementwise minimum, broadcasting; NaN propagates as in numpy.
     * <pre>{@code
     * jshell> np.array(-2.0, 0.5, 3.0).minimum(1)
     * $1 ==> array([-2. ,  0.5,  1. ])
     * }</pre>
     */
    public Tensor minimum(Object other) { return Ufuncs.minimum(this, arg(other, "other")); }

    /**
     * Values limited to [lo, hi]: {@code x.clip(0, 1)}.
     * <pre>{@code
     * jshell> np.array(-0.5, 0.25, 1.5).clip(0, 1)
     * $1 ==> array([0.  , 0.25, 1.  ])
     * }</pre>
     */
    public Tensor clip(Object lo, Object hi) { return Ufuncs.clip(this, arg(lo, "lo"), arg(hi, "hi")); }

    /**
     * {@code -this}, numpy's {@code negative}.
     * <pre>{@code
     * jshell> np.array(1.0, -2.0).neg()
     * $1 ==> array([-1.,  2.])
     * }</pre>
     */
    public Tensor neg() { return Ufuncs.negative(this); }

    /**
     * The absolute values (the dtype is kept).
     * <pre>{@code
     * jshell> np.array(-3, 0, 2).abs()
     * $1 ==> array([3, 0, 2])
     * }</pre>
     */
    public Tensor abs() { return Ufuncs.sameTypeMap(this, Math::abs); }

    /**
     * Each element squared.
     * <pre>{@code
     * jshell> np.array(1.5, -2.0).square()
     * $1 ==> array([2.25, 4.  ])
     * }</pre>
     */
    public Tensor square() { return Ufuncs.square(this); }

    /**
     * -1, 0 or 1 by the sign of each element.
     * <pre>{@code
     * jshell> np.array(-2.5, 0.0, 3.0).sign()
     * $1 ==> array([-1.,  0.,  1.])
     * }</pre>
     */
    public Tensor sign() { return Ufuncs.sign(this); }

    /**
     * The largest whole number at or below each element.
     * <pre>{@code
     * jshell> np.array(-1.5, 0.5, 2.0).floor()
     * $1 ==> array([-2.,  0.,  2.])
     * }</pre>
     */
    public Tensor floor() { return Ufuncs.sameTypeMap(this, Math::floor); }

    /**
     * The smallest whole number at or above each element.
     * <pre>{@code
     * jshell> np.array(-1.5, 0.5, 2.0).ceil()
     * $1 ==> array([-1.,  1.,  2.])
     * }</pre>
     */
    public Tensor ceil() { return Ufuncs.sameTypeMap(this, Math::ceil); }

    /**
     * numpy's round: half to even ({@code 0.5 -> 0.}, {@code 1.5 -> 2.}).
     * <pre>{@code
     * jshell> np.array(0.5, 1.5, 2.5, -0.5).round()
     * $1 ==> array([ 0.,  2.,  2., -0.])
     * }</pre>
     */
    public Tensor round() { return round(0); }

    /**
     * Rounds to {@code decimals} places (negative: to tens, hundreds, …), half to even after scaling, as numpy.
     * <pre>{@code
     * jshell> np.array(3.14159, 2.71828).round(2)
     * $1 ==> array([3.14, 2.72])
     * jshell> np.array(1234.5, 150.0).round(-2)
     * $2 ==> array([1200.,  200.])
     * }</pre>
     */
    public Tensor round(int decimals) { return Ufuncs.round(this, decimals); }

    /**
     * e to the power of each element.
     * <pre>{@code
     * jshell> np.array(0.0, 1.0).exp()
     * $1 ==> array([1.        , 2.71828183])
     * }</pre>
     */
    public Tensor exp() { return map(Math::exp); }

    /**
     * 2 to the power of each element.
     * <pre>{@code
     * jshell> np.arange(4).exp2()
     * $1 ==> array([1., 2., 4., 8.])
     * }</pre>
     */
    public Tensor exp2() { return map(x -> Math.pow(2, x)); }

    /**
     * {@code exp(x) - 1}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.array(1e-10).expm1()
     * $1 ==> 1.00000000005e-10
     * }</pre>
     */
    public Tensor expm1() { return map(Math::expm1); }

    /**
     * Natural log; {@code log(0) = -inf} and negatives give NaN, as numpy (without its warning).
     * <pre>{@code
     * jshell> np.array(1.0, Math.E, 0.0).log()
     * $1 ==> array([  0.,   1., -inf])
     * }</pre>
     */
    public Tensor log() { return map(Math::log); }

    /**
     * {@code log(1 + x)}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.array(1e-10).log1p()
     * $1 ==> 9.999999999500001e-11
     * }</pre>
     */
    public Tensor log1p() { return map(Math::log1p); }

    /**
     * The base-2 logarithm.
     * <pre>{@code
     * jshell> np.array(1, 8, 1024).log2()
     * $1 ==> array([ 0.,  3., 10.])
     * }</pre>
     */
    public Tensor log2() { return map(Ufuncs::log2); }

    /**
     * The base-10 logarithm.
     * <pre>{@code
     * jshell> np.array(1.0, 100.0, 0.001).log10()
     * $1 ==> array([ 0.,  2., -3.])
     * }</pre>
     */
    public Tensor log10() { return map(Math::log10); }

    /**
     * The square root; negatives give NaN, as numpy (without its warning).
     * <pre>{@code
     * jshell> np.array(4.0, 2.0, -1.0).sqrt()
     * $1 ==> array([2.        , 1.41421356,        nan])
     * }</pre>
     */
    public Tensor sqrt() { return map(Math::sqrt); }

    /**
     * The hyperbolic tangent.
     * <pre>{@code
     * jshell> np.array(-1.0, 0.0, 1.0).tanh()
     * $1 ==> array([-0.76159416,  0.        ,  0.76159416])
     * }</pre>
     */
    public Tensor tanh() { return map(Math::tanh); }

    /**
     * The sine (radians).
     * <pre>{@code
     * jshell> np.array(0, Math.PI / 2).sin()
     * $1 ==> array([0., 1.])
     * }</pre>
     */
    public Tensor sin() { return map(Math::sin); }

    /**
     * The cosine (radians).
     * <pre>{@code
     * jshell> np.array(0, Math.PI).cos()
     * $1 ==> array([ 1., -1.])
     * }</pre>
     */
    public Tensor cos() { return map(Math::cos); }

    // ---- comparisons (bool results) ------------------------------------------------------------------------

    /**
     * {@code this > other} as a bool array, e.g. a mask for {@link #get(Tensor)}.
     * <pre>{@code
     * jshell> np.arange(4).gt(1)
     * $1 ==> array([False, False,  True,  True])
     * }</pre>
     */
    public Tensor gt(Object other) { return Ufuncs.compare(this, arg(other, "other"), Comparison.GT); }

    /**
     * {@code this >= other} as a bool array.
     * <pre>{@code
     * jshell> np.arange(4).ge(1)
     * $1 ==> array([False,  True,  True,  True])
     * }</pre>
     */
    public Tensor ge(Object other) { return Ufuncs.compare(this, arg(other, "other"), Comparison.GE); }

    /**
     * {@code this < other} as a bool array.
     * <pre>{@code
     * jshell> np.arange(4).lt(1)
     * $1 ==> array([ True, False, False, False])
     * }</pre>
     */
    public Tensor lt(Object other) { return Ufuncs.compare(this, arg(other, "other"), Comparison.LT); }

    /**
     * {@code this <= other} as a bool array.
     * <pre>{@code
     * jshell> np.arange(4).le(1)
     * $1 ==> array([ True,  True, False, False])
     * }</pre>
     */
    public Tensor le(Object other) { return Ufuncs.compare(this, arg(other, "other"), Comparison.LE); }

    /**
     * {@code this == other} elementwise (NaN is never equal).
     * <pre>{@code
     * jshell> np.array(1.0, Double.NaN).eq(np.array(1.0, Double.NaN))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    public Tensor eq(Object other) { return Ufuncs.compare(this, arg(other, "other"), Comparison.EQ); }

    /**
     * {@code this != other} elementwise (NaN is never equal, so always not-equal).
     * <pre>{@code
     * jshell> np.array(1, 2, 3).ne(2)
     * $1 ==> array([ True, False,  True])
     * }</pre>
     */
    public Tensor ne(Object other) { return Ufuncs.compare(this, arg(other, "other"), Comparison.NE); }

    // ---- reductions ----------------------------------------------------------------------------------------
    // Every reduction comes as (), (axis), (axis, keepdims); sum/mean/prod/max/min/std/var also take several
    // axes as an int[] (numpy's axis=(0, 1)), where null means all axes.

    private Tensor reduce(int axis, boolean keepdims, Kind kind) { return Reductions.reduce(this, axis, keepdims, kind); }

    private Tensor reduce(int[] axes, boolean keepdims, Kind kind) { return Reductions.reduce(this, axes, keepdims, kind); }

    /**
     * The sum of all elements; with an axis, along it (negative axes count from the end).
     * <pre>{@code
     * jshell> var a = np.arange(6).reshape(2, 3)
     * a ==> array([[0, 1, 2],
     *        [3, 4, 5]])
     * jshell> a.sum()
     * $2 ==> 15
     * jshell> a.sum(0)
     * $3 ==> array([3, 5, 7])
     * jshell> a.sum(-1, true)
     * $4 ==> array([[ 3],
     *        [12]])
     * }</pre>
     */
    public Tensor sum() { return Reductions.all(this, Kind.SUM); }
    public Tensor sum(int axis) { return sum(axis, false); }
    public Tensor sum(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.SUM); }
    /**
     * Sum over several axes: {@code x.sum(new int[] {0, 1}, true)} is numpy's {@code x.sum(axis=(0, 1), keepdims=True)}.
     * <pre>{@code
     * jshell> np.ones(2, 3, 4).sum(new int[] {0, 2})
     * $1 ==> array([8., 8., 8.])
     * }</pre>
     */
    public Tensor sum(int[] axes) { return sum(axes, false); }
    public Tensor sum(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.SUM); }

    /**
     * The mean (float64 also for int arrays).
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).mean(1)
     * $1 ==> array([1., 4.])
     * jshell> np.arange(6).reshape(2, 3).mean(new int[] {0, 1}, true)
     * $2 ==> array([[2.5]])
     * }</pre>
     */
    public Tensor mean() { return Reductions.all(this, Kind.MEAN); }
    public Tensor mean(int axis) { return mean(axis, false); }
    public Tensor mean(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.MEAN); }
    public Tensor mean(int[] axes) { return mean(axes, false); }
    public Tensor mean(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.MEAN); }

    /**
     * The product of all elements, or along an axis.
     * <pre>{@code
     * jshell> np.arange(1, 5).prod()
     * $1 ==> 24
     * jshell> np.arange(1, 5).reshape(2, 2).prod(0)
     * $2 ==> array([3, 8])
     * }</pre>
     */
    public Tensor prod() { return Reductions.all(this, Kind.PROD); }
    public Tensor prod(int axis) { return prod(axis, false); }
    public Tensor prod(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.PROD); }
    public Tensor prod(int[] axes) { return prod(axes, false); }
    public Tensor prod(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.PROD); }

    /**
     * The largest element, or the largest along an axis ({@code keepdims} keeps it as length 1).
     * <pre>{@code
     * jshell> var z = np.array(new double[][] {{1, 5, 2}, {7, 0, 3}})
     * z ==> array([[1., 5., 2.],
     *        [7., 0., 3.]])
     * jshell> z.max()
     * $2 ==> 7.0
     * jshell> z.max(-1, true)
     * $3 ==> array([[5.],
     *        [7.]])
     * }</pre>
     */
    public Tensor max() { return Reductions.all(this, Kind.MAX); }
    public Tensor max(int axis) { return max(axis, false); }
    public Tensor max(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.MAX); }
    public Tensor max(int[] axes) { return max(axes, false); }
    public Tensor max(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.MAX); }

    /**
     * The smallest element, or the smallest along an axis.
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).min(0)
     * $1 ==> array([1., 0., 2.])
     * }</pre>
     */
    public Tensor min() { return Reductions.all(this, Kind.MIN); }
    public Tensor min(int axis) { return min(axis, false); }
    public Tensor min(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.MIN); }
    public Tensor min(int[] axes) { return min(axes, false); }
    public Tensor min(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.MIN); }

    /**
     * Index of the largest element of the flattened array (the first one on ties; the first NaN if any).
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).argmax()
     * $1 ==> 3
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).argmax(-1)
     * $2 ==> array([1, 0])
     * }</pre>
     */
    public Tensor argmax() { return Reductions.all(this, Kind.ARGMAX); }
    public Tensor argmax(int axis) { return argmax(axis, false); }
    public Tensor argmax(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ARGMAX); }

    /**
     * Index of the smallest element of the flattened array, or along an axis.
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).argmin(1, true)
     * $1 ==> array([[0],
     *        [1]])
     * }</pre>
     */
    public Tensor argmin() { return Reductions.all(this, Kind.ARGMIN); }
    public Tensor argmin(int axis) { return argmin(axis, false); }
    public Tensor argmin(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ARGMIN); }

    /**
     * True when every element is nonzero (a 0-d bool tensor).
     * <pre>{@code
     * jshell> np.array(1, 2, 0).all()
     * $1 ==> False
     * jshell> np.array(new int[][] {{1, 0}, {1, 1}}).all(1)
     * $2 ==> array([False,  True])
     * }</pre>
     */
    public Tensor all() { return Reductions.all(this, Kind.ALL); }
    public Tensor all(int axis) { return all(axis, false); }
    public Tensor all(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ALL); }
    public Tensor all(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.ALL); }

    /**
     * True when some element is nonzero (a 0-d bool tensor).
     * <pre>{@code
     * jshell> np.array(0, 0, 3).any()
     * $1 ==> True
     * jshell> np.zeros(2, 2).any(new int[] {0, 1}, true)
     * $2 ==> array([[False]])
     * }</pre>
     */
    public Tensor any() { return Reductions.all(this, Kind.ANY); }
    public Tensor any(int axis) { return any(axis, false); }
    public Tensor any(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ANY); }
    public Tensor any(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.ANY); }

    /**
     * The variance, dividing by N (numpy's ddof=0).
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0, 4.0).var()
     * $1 ==> 1.25
     * jshell> np.arange(6).reshape(2, 3).var(1)
     * $2 ==> array([0.66666667, 0.66666667])
     * }</pre>
     */
    public Tensor var() { return var(null, 0, false); }
    public Tensor var(int axis) { return var(axis, false); }
    public Tensor var(int axis, boolean keepdims) { return var(new int[] {axis}, 0, keepdims); }
    /**
     * The variance over {@code axes} (null: all) dividing by N - ddof: {@code x.var(null, 1, false)} is the sample variance.
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0, 4.0).var(null, 1, false)
     * $1 ==> 1.6666666666666667
     * }</pre>
     */
    public Tensor var(int[] axes, double ddof, boolean keepdims) { return Reductions.var(this, axes, ddof, keepdims); }

    /**
     * The standard deviation, dividing by N (numpy's ddof=0).
     * <pre>{@code
     * jshell> np.array(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0).std()
     * $1 ==> 2.0
     * }</pre>
     */
    public Tensor std() { return std(null, 0, false); }
    public Tensor std(int axis) { return std(axis, false); }
    public Tensor std(int axis, boolean keepdims) { return std(new int[] {axis}, 0, keepdims); }
    /**
     * The standard deviation over {@code axes} (null: all) with N - ddof in the variance's denominator.
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0, 4.0).std(null, 1, false)
     * $1 ==> 1.2909944487358056
     * }</pre>
     */
    public Tensor std(int[] axes, double ddof, boolean keepdims) { return var(axes, ddof, keepdims).sqrt(); }

    /**
     * Running sum of the flattened array.
     * <pre>{@code
     * jshell> np.arange(1, 5).cumsum()
     * $1 ==> array([ 1,  3,  6, 10])
     * jshell> np.arange(4).reshape(2, 2).cumsum(0)
     * $2 ==> array([[0, 1],
     *        [2, 4]])
     * }</pre>
     */
    public Tensor cumsum() { return Reductions.cumulative(this, null, false); }
    public Tensor cumsum(int axis) { return Reductions.cumulative(this, axis, false); }

    /**
     * Running product of the flattened array.
     * <pre>{@code
     * jshell> np.arange(1, 5).cumprod()
     * $1 ==> array([ 1,  2,  6, 24])
     * }</pre>
     */
    public Tensor cumprod() { return Reductions.cumulative(this, null, true); }
    public Tensor cumprod(int axis) { return Reductions.cumulative(this, axis, true); }

    /**
     * A sorted copy along the last axis (NaN last); numpy's {@code np.sort(a)}.
     * <pre>{@code
     * jshell> np.array(3.0, Double.NaN, 1.0, 2.0).sort()
     * $1 ==> array([ 1.,  2.,  3., nan])
     * jshell> np.array(new int[][] {{3, 1}, {2, 4}}).sort(0)
     * $2 ==> array([[2, 1],
     *        [3, 4]])
     * }</pre>
     */
    public Tensor sort() { return sort(-1); }
    public Tensor sort(int axis) { return Sorting.sort(this, axis); }

    /**
     * The indices that sort the last axis (ties keep their order).
     * <pre>{@code
     * jshell> np.array(30, 10, 20, 10).argsort()
     * $1 ==> array([1, 3, 2, 0])
     * }</pre>
     */
    public Tensor argsort() { return argsort(-1); }
    public Tensor argsort(int axis) { return Sorting.argsort(this, axis); }

    /**
     * Per axis, the int64 indices of the nonzero (true) elements: {@code np.where(mask)}.
     * <pre>{@code
     * jshell> np.array(new int[][] {{0, 1}, {2, 0}}).nonzero()
     * $1 ==> Tensor[2] { array([0, 1]), array([1, 0]) }
     * }</pre>
     */
    public Tensor[] nonzero() { return Indexing.nonzero(this); }

    /**
     * scipy's {@code logsumexp}: {@code log(sum(exp(x)))} over all elements without overflow (0-d float64).
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0).logsumexp()
     * $1 ==> 3.40760596444438
     * }</pre>
     */
    public Tensor logsumexp() { return Statistics.logsumexp(this, null, false); }

    /** scipy's {@code logsumexp(x, axis, keepdims)}: the stable log-sum-exp along one axis, the softmax's log-denominator. */
    public Tensor logsumexp(int axis, boolean keepdims) { return Statistics.logsumexp(this, axis, keepdims); }

    // ---- linear algebra and indexing -----------------------------------------------------------------------

    /**
     * {@code this @ other} with numpy's matmul rules.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).matmul(np.ones(3, 2))
     * $1 ==> array([[ 3.,  3.],
     *        [12., 12.]])
     * }</pre>
     */
    public Tensor matmul(Object other) { return MatMul.matmul(this, arg(other, "other")); }

    /**
     * numpy's {@code dot} (inner product for 1-D, matmul for 2-D, last axis against second-to-last for N-D).
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0).dot(new double[] {4, 5, 6})
     * $1 ==> 32.0
     * }</pre>
     */
    public Tensor dot(Object other) { return MatMul.dot(this, arg(other, "other")); }

    /**
     * A numpy index string such as {@code ":, :10"}, {@code ":k"}, {@code "None, :"} or {@code "..., 0"} (a copy).
     * <pre>{@code
     * jshell> var A = np.arange(12).reshape(3, 4)
     * A ==> array([[ 0,  1,  2,  3],
     *        [ 4,  5,  6,  7],
     *        [ 8,  9, 10, 11]])
     * jshell> A.slice(":, :2")
     * $2 ==> array([[0, 1],
     *        [4, 5],
     *        [8, 9]])
     * jshell> A.slice("::-1, -1")
     * $3 ==> array([11,  7,  3])
     * }</pre>
     */
    public Tensor slice(String spec) { return Indexing.slice(this, spec); }

    /**
     * {@code p[np.arange(n), targets]}: from each row of a 2-D array, the element in column {@code targets[i]}
     * (int64 targets broadcast against the rows as numpy's do; whole-number doubles are accepted too).
     * <pre>{@code
     * jshell> var p = np.array(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}})
     * p ==> array([[0.7, 0.2, 0.1],
     *        [0.1, 0.3, 0.6]])
     * jshell> p.pick(new int[] {0, 2})
     * $2 ==> array([0.7, 0.6])
     * }</pre>
     */
    public Tensor pick(Object targets) {
        if (ndim() != 2) throw new ShapeException("pick(targets) needs a 2-D array (rows, classes), got shape " + shape);
        Tensor rows = ArrayLike.toTensor(java.util.stream.IntStream.range(0, shape.get(0)).toArray());
        Tensor cols = arg(targets, "targets");
        return take(rows, cols.dtype() == DType.INT64 ? cols : ArrayLike.toIndices(cols, "targets"));
    }

    /**
     * {@code a[rows, cols]} with two integer arrays, broadcast together as numpy does.
     * <pre>{@code
     * jshell> np.arange(9).reshape(3, 3).take(new int[] {0, 2}, new int[] {1, 0})
     * $1 ==> array([1, 6])
     * }</pre>
     */
    public Tensor take(Object rows, Object cols) { return Indexing.take(this, arg(rows, "rows"), arg(cols, "cols")); }
}

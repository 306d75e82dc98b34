package mlmath.np;

import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import java.util.Arrays;

import static mlmath.np.NpArguments.t;

/**
 * numpy's array creation routines on {@code np}: arrays from values, zeros, ones, full, eye, arange, linspace,
 * logspace, diag, triangles and meshgrid. {@link Np} is its one implementation; learners call these on {@code np}.
 */
public sealed interface NpCreation permits Np {
    /**
     * Builds an array from {@code double[]}, {@code double[][]}, {@code double[][][]}, {@code int[]}, {@code boolean[]}, numbers or lists.
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 2}, {3, 4}})
     * $1 ==> array([[1., 2.],
     *        [3., 4.]])
     * jshell> np.array(new boolean[] {true, false})
     * $2 ==> array([ True, False])
     * jshell> np.array(2.5)
     * $3 ==> array(2.5)
     * }</pre>
     */
    default Tensor array(Object x) { return asarray(t(x, "object")); }

    /**
     * {@code a} as an array, numpy's {@code asarray}: a number or a scalar ({@code x.sum()}) becomes a 0-d array, an
     * array is returned as it is.
     * <pre>{@code
     * jshell> np.asarray(np.array(1.5, 2.0).sum())
     * $1 ==> array(3.5)
     * }</pre>
     */
    default Tensor asarray(Object a) { return Buffers.asArray(t(a)); }

    /**
     * An array of the given values, {@code np.array([1.0, 0.0, 0.0])} is {@code np.array(1.0, 0.0, 0.0)}.
     * <pre>{@code
     * jshell> np.array(1.0, 0.0, 0.0)
     * $1 ==> array([1., 0., 0.])
     * }</pre>
     */
    default Tensor array(double... values) { return t(values, "values"); }

    /**
     * Whole numbers make an int64 array, as numpy's {@code np.array([1, 2, 3])}: {@code np.array(1, 2, 3)}.
     * <pre>{@code
     * jshell> np.array(1, 2, 3)
     * $1 ==> array([1, 2, 3])
     * }</pre>
     */
    default Tensor array(int... values) { return t(values, "values"); }

    /**
     * An int64 array of longs, exact over the whole int64 range (a double holds integers exactly only up to 2^53).
     * <pre>{@code
     * jshell> np.array(1L << 62, (1L << 53) + 1).mul(4)
     * $1 ==> array([                0, 36028797018963972])
     * }</pre>
     */
    default Tensor array(long... values) { return t(values, "values"); }

    /**
     * A float64 array of zeros: {@code np.zeros(2, 3)} is numpy's {@code np.zeros((2, 3))}.
     * <pre>{@code
     * jshell> np.zeros(2, 3)
     * $1 ==> array([[0., 0., 0.],
     *        [0., 0., 0.]])
     * }</pre>
     */
    default Tensor zeros(int... shape) { return full(shape, 0.0); }

    /**
     * A float64 array of ones.
     * <pre>{@code
     * jshell> np.ones(3)
     * $1 ==> array([1., 1., 1.])
     * }</pre>
     */
    default Tensor ones(int... shape) { return full(shape, 1.0); }

    /**
     * numpy's {@code empty}; here the values are zeros, so results never depend on leftover memory.
     * <pre>{@code
     * jshell> np.empty(2)
     * $1 ==> array([0., 0.])
     * }</pre>
     */
    default Tensor empty(int... shape) { return zeros(shape); }

    /**
     * An array of {@code shape} filled with {@code value} (float64).
     * <pre>{@code
     * jshell> np.full(new int[] {2, 2}, 0.5)
     * $1 ==> array([[0.5, 0.5],
     *        [0.5, 0.5]])
     * }</pre>
     */
    default Tensor full(int[] shape, double value) { return filled(new Shape(shape), DType.FLOAT64, value); }

    /**
     * An int64 array of {@code shape} filled with {@code value}, as numpy's {@code np.full((2, 3), 7)}.
     * <pre>{@code
     * jshell> np.full(new int[] {3}, 7L)
     * $1 ==> array([7, 7, 7])
     * }</pre>
     */
    default Tensor full(int[] shape, long value) { return filled(new Shape(shape), DType.INT64, value); }

    private static Tensor filled(Shape s, DType dtype, double value) {
        double[] d = Buffers.alloc(s, dtype);
        if (value != 0) Arrays.fill(d, value);
        return Buffers.asArray(Buffers.wrap(d, s, dtype));
    }

    /**
     * Zeros with the shape and dtype of {@code a}.
     * <pre>{@code
     * jshell> np.zeros_like(np.arange(3))
     * $1 ==> array([0, 0, 0])
     * }</pre>
     */
    default Tensor zeros_like(Object a) { return full_like(a, 0); }

    /**
     * Ones with the shape and dtype of {@code a}.
     * <pre>{@code
     * jshell> np.ones_like(np.eye(2))
     * $1 ==> array([[1., 1.],
     *        [1., 1.]])
     * }</pre>
     */
    default Tensor ones_like(Object a) { return full_like(a, 1); }

    /**
     * {@code value} (cast to a's dtype, so an int array gets 2 for 2.7) with the shape of {@code a}.
     * <pre>{@code
     * jshell> np.full_like(np.arange(3), 2.7)
     * $1 ==> array([2, 2, 2])
     * }</pre>
     */
    default Tensor full_like(Object a, double value) {
        Tensor x = t(a);
        Tensor v = Ufuncs.astype(t(value), x.dtype());
        return filled(x.shape(), x.dtype(), v.item());
    }

    /**
     * The n×n identity.
     * <pre>{@code
     * jshell> np.eye(2)
     * $1 ==> array([[1., 0.],
     *        [0., 1.]])
     * }</pre>
     */
    default Tensor eye(int n) { return eye(n, n, 0); }

    /** {@code np.eye(n, m)}: n × m with ones on the main diagonal. */
    default Tensor eye(int n, int m) { return eye(n, m, 0); }

    /**
     * An n×m array with ones on diagonal {@code k} (0 the main, positive above).
     * <pre>{@code
     * jshell> np.eye(2, 3, 1)
     * $1 ==> array([[0., 1., 0.],
     *        [0., 0., 1.]])
     * }</pre>
     */
    default Tensor eye(int n, int m, int k) {
        Shape s = new Shape(n, m);
        double[] d = Buffers.alloc(s, DType.FLOAT64);
        for (long i = Math.max(0, -(long) k); i < n && i + k < m; i++) d[(int) (i * m + i + k)] = 1;
        return Buffers.wrap(d, s, DType.FLOAT64);
    }

    /**
     * The n×n identity, numpy's {@code identity}.
     * <pre>{@code
     * jshell> np.identity(3).sum()
     * $1 ==> np.float64(3.0)
     * }</pre>
     */
    default Tensor identity(int n) { return eye(n); }

    /**
     * Integers 0, 1, …, stop-1 (int64, like numpy).
     * <pre>{@code
     * jshell> np.arange(5)
     * $1 ==> array([0, 1, 2, 3, 4])
     * }</pre>
     */
    default Tensor arange(int stop) { return arange(0, stop, 1); }

    /**
     * Integers start, …, stop-1 (int64).
     * <pre>{@code
     * jshell> np.arange(2, 5)
     * $1 ==> array([2, 3, 4])
     * }</pre>
     */
    default Tensor arange(int start, int stop) { return arange(start, stop, 1); }

    /**
     * Integers from start (inclusive) to stop (exclusive) in steps of step (int64).
     * <pre>{@code
     * jshell> np.arange(10, 0, -3)
     * $1 ==> array([10,  7,  4,  1])
     * }</pre>
     */
    default Tensor arange(int start, int stop, int step) { return arange((long) start, stop, step); }

    /**
     * int64 from start (inclusive) to stop (exclusive), exact over the whole int64 range.
     * <pre>{@code
     * jshell> np.arange(1L << 53, (1L << 53) + 3)
     * $1 ==> array([9007199254740992, 9007199254740993, 9007199254740994])
     * }</pre>
     */
    default Tensor arange(long start, long stop) { return arange(start, stop, 1); }

    /**
     * int64 from start (inclusive) to stop (exclusive) in steps of step, exact over the whole int64 range.
     * <pre>{@code
     * jshell> np.arange(1L << 62, Long.MAX_VALUE, 1L << 61)
     * $1 ==> array([4611686018427387904, 6917529027641081856])
     * }</pre>
     */
    default Tensor arange(long start, long stop, long step) {
        if (step == 0) throw new ShapeException("division by zero");
        // numpy's length: ceil((stop - start) / step), never negative; in BigInteger, as stop - start may overflow.
        java.math.BigInteger[] qr = java.math.BigInteger.valueOf(stop).subtract(java.math.BigInteger.valueOf(start))
                .divideAndRemainder(java.math.BigInteger.valueOf(step));
        long n = Math.max(0, qr[0].longValue() + (qr[1].signum() != 0 ? 1 : 0));
        long[] d = new long[Buffers.requireFits(new long[] {n}, DType.INT64)];
        for (int i = 0; i < d.length; i++) d[i] = start + i * step;
        return Buffers.asArray(Buffers.wrapLongs(d, new Shape(d.length)));
    }

    /**
     * Floats 0, 1, … below stop.
     * <pre>{@code
     * jshell> np.arange(3.0)
     * $1 ==> array([0., 1., 2.])
     * }</pre>
     */
    default Tensor arange(double stop) { return arange(0.0, stop, 1.0); }

    /** {@code np.arange(start, stop)} of floats: start, start + 1, … below stop ({@code np.arange(-3.0, 3.0)}). */
    default Tensor arange(double start, double stop) { return arange(start, stop, 1.0); }

    /**
     * Floats start, start+step, … below stop, computed as numpy does: {@code ceil((stop - start) / step)} values,
     * the i-th being {@code start + i·delta} with {@code delta = (start + step) - start}.
     * <pre>{@code
     * jshell> np.arange(0, 1, 0.25)
     * $1 ==> array([0.  , 0.25, 0.5 , 0.75])
     * }</pre>
     */
    default Tensor arange(double start, double stop, double step) {
        if (step == 0) throw new ShapeException("float division by zero");
        double span = stop - start, len = span / step;
        if (Double.isNaN(len)) throw new ShapeException("arange: cannot compute length");
        double n = len == 0 && span != 0 ? (Math.copySign(1, len) < 0 ? 0 : 1) : Math.ceil(len);
        if (n > Long.MAX_VALUE) throw new ShapeException("Maximum allowed size exceeded");
        double[] d = Buffers.alloc((long) Math.max(0, n), DType.FLOAT64);
        if (d.length > 0) d[0] = start;
        if (d.length > 1) d[1] = start + step;
        double delta = (start + step) - start;
        for (int i = 2; i < d.length; i++) d[i] = start + i * delta;
        return Buffers.wrap(d, new Shape(d.length), DType.FLOAT64);
    }

    /**
     * {@code num} evenly spaced values from start to stop inclusive (numpy's formula, last value exactly stop).
     * <pre>{@code
     * jshell> np.linspace(0, 1, 5)
     * $1 ==> array([0.  , 0.25, 0.5 , 0.75, 1.  ])
     * }</pre>
     */
    default Tensor linspace(double start, double stop, int num) { return linspace(start, stop, num, true); }

    /**
     * {@code np.linspace(start, stop, num, endpoint)}: with endpoint false, num values from start spaced
     * {@code (stop - start) / num}, stop left out.
     * <pre>{@code
     * jshell> np.linspace(0, 1, 4, false)
     * $1 ==> array([0.  , 0.25, 0.5 , 0.75])
     * }</pre>
     */
    default Tensor linspace(double start, double stop, int num, boolean endpoint) { return Statistics.linspace(start, stop, num, endpoint); }

    /**
     * {@code num} values spaced evenly on a log scale from 10^start to 10^stop.
     * <pre>{@code
     * jshell> np.logspace(0, 3, 4)
     * $1 ==> array([   1.,   10.,  100., 1000.])
     * }</pre>
     */
    default Tensor logspace(double start, double stop, int num) {
        return linspace(start, stop, num).map(e -> Math.pow(10, e));
    }

    /**
     * From a 1-D array, the square matrix with it on the diagonal; from a 2-D array, its diagonal (dtype kept).
     * <pre>{@code
     * jshell> np.diag(np.array(1, 2))
     * $1 ==> array([[1, 0],
     *        [0, 2]])
     * jshell> np.diag(np.arange(4).reshape(2, 2))
     * $2 ==> array([0, 3])
     * }</pre>
     */
    default Tensor diag(Object v) { return diag(v, 0); }

    /**
     * The upper triangle of the last two axes (below the diagonal zeroed).
     * <pre>{@code
     * jshell> np.triu(np.ones(3, 3))
     * $1 ==> array([[1., 1., 1.],
     *        [0., 1., 1.],
     *        [0., 0., 1.]])
     * }</pre>
     */
    default Tensor triu(Object m) { return triu(m, 0); }

    /**
     * The upper triangle from diagonal {@code k} on (k &gt; 0 above the main diagonal).
     * <pre>{@code
     * jshell> np.triu(np.ones(3, 3), 1)
     * $1 ==> array([[0., 1., 1.],
     *        [0., 0., 1.],
     *        [0., 0., 0.]])
     * }</pre>
     */
    default Tensor triu(Object m, int k) { return Joining.triangle(t(m, "m"), k, true); }

    /**
     * The lower triangle of the last two axes: {@code np.tril(np.ones(4, 4))} is a causal mask.
     * <pre>{@code
     * jshell> np.tril(np.ones(3, 3))
     * $1 ==> array([[1., 0., 0.],
     *        [1., 1., 0.],
     *        [1., 1., 1.]])
     * }</pre>
     */
    default Tensor tril(Object m) { return tril(m, 0); }

    /**
     * The lower triangle up to diagonal {@code k} (k &lt; 0 below the main diagonal).
     * <pre>{@code
     * jshell> np.tril(np.ones(3, 3), -1)
     * $1 ==> array([[0., 0., 0.],
     *        [1., 0., 0.],
     *        [1., 1., 0.]])
     * }</pre>
     */
    default Tensor tril(Object m, int k) { return Joining.triangle(t(m, "m"), k, false); }

    /**
     * Coordinate grids, numpy's default {@code indexing='xy'}: {@code var g = np.meshgrid(xs, ys); g[0], g[1]}.
     * <pre>{@code
     * jshell> np.meshgrid(np.array(1, 2, 3), np.array(10, 20))
     * $1 ==> Tensor[2] { array([[1, 2, 3],
     *        [1, 2, 3]]), array([[10, 10, 10],
     *        [20, 20, 20]]) }
     * }</pre>
     */
    default Tensor[] meshgrid(Object... xi) { return meshgrid(xi, "xy"); }

    /**
     * Coordinate grids with {@code indexing} "xy" or "ij" (matrix indexing).
     * <pre>{@code
     * jshell> np.meshgrid(new Object[] {np.array(1, 2), np.array(3, 4)}, "ij")[0]
     * $1 ==> array([[1, 1],
     *        [2, 2]])
     * }</pre>
     */
    default Tensor[] meshgrid(Object[] xi, String indexing) {
        Tensor[] xs = ArrayLike.toSequence(xi, "xi");
        if (indexing == null) throw new ShapeException("indexing is null: pass \"xy\" or \"ij\"");
        for (int i = 0; i < xs.length; i++) xs[i] = xs[i].flatten();
        return Joining.meshgrid(xs, indexing);
    }

    /** {@code np.diag(v, k)}: a 1-D v on the k-th diagonal (k &gt; 0 above, k &lt; 0 below), or a 2-D v's k-th diagonal. */
    default Tensor diag(Object v, int k) { return Rearranging.diag(t(v, "v"), k); }
}

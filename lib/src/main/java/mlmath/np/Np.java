package mlmath.np;

import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import java.util.Arrays;

/**
 * The numpy-shaped facade reached as {@code np} in the REPL: creation, joining, elementwise math, comparisons and
 * logic, reductions and order statistics, einsum, {@code np.random} and {@code np.linalg}, with numpy's names
 * (snake_case where numpy has it: {@code np.zeros_like}) and numpy's semantics. Every method delegates to
 * {@link Tensor} and its kernels. Where numpy takes a sequence of arrays, pass an array or a List:
 * {@code np.concatenate(new Tensor[] {a, b}, 1)}; where numpy returns a tuple, a {@code Tensor[]} comes back.
 */
public final class Np {
    /** numpy's global legacy random stream: {@code np.random.seed(0); np.random.randn(3)}. */
    public final NpRandom random = new NpRandom();
    /** {@code np.linalg}: svd, eig, eigh, solve, inv, lstsq, qr, cholesky, det, norm, … on LAPACK. */
    public final NpLinalg linalg = new NpLinalg();

    private static Tensor t(Object x, String name) { return ArrayLike.toTensor(x, name); }

    private static Tensor t(Object x) { return ArrayLike.toTensor(x, "a"); }

    // ---- creation ------------------------------------------------------------------------------------------

    /**
     * Builds an array from {@code double[]}, {@code double[][]}, {@code double[][][]}, {@code int[]}, {@code boolean[]}, numbers or lists.
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 2}, {3, 4}})
     * $1 ==> array([[1., 2.],
     *        [3., 4.]])
     * jshell> np.array(new boolean[] {true, false})
     * $2 ==> array([ True, False])
     * }</pre>
     */
    public Tensor array(Object x) { return t(x, "object"); }

    /**
     * An array of the given values, {@code np.array([1.0, 0.0, 0.0])} is {@code np.array(1.0, 0.0, 0.0)}.
     * <pre>{@code
     * jshell> np.array(1.0, 0.0, 0.0)
     * $1 ==> array([1., 0., 0.])
     * }</pre>
     */
    public Tensor array(double... values) { return t(values, "values"); }

    /**
     * Whole numbers make an int64 array, as numpy's {@code np.array([1, 2, 3])}: {@code np.array(1, 2, 3)}.
     * <pre>{@code
     * jshell> np.array(1, 2, 3)
     * $1 ==> array([1, 2, 3])
     * }</pre>
     */
    public Tensor array(int... values) { return t(values, "values"); }

    /**
     * A float64 array of zeros: {@code np.zeros(2, 3)} is numpy's {@code np.zeros((2, 3))}.
     * <pre>{@code
     * jshell> np.zeros(2, 3)
     * $1 ==> array([[0., 0., 0.],
     *        [0., 0., 0.]])
     * }</pre>
     */
    public Tensor zeros(int... shape) { return full(shape, 0.0); }

    /**
     * A float64 array of ones.
     * <pre>{@code
     * jshell> np.ones(3)
     * $1 ==> array([1., 1., 1.])
     * }</pre>
     */
    public Tensor ones(int... shape) { return full(shape, 1.0); }

    /**
     * numpy's {@code empty}; here the values are zeros, so results never depend on leftover memory.
     * <pre>{@code
     * jshell> np.empty(2)
     * $1 ==> array([0., 0.])
     * }</pre>
     */
    public Tensor empty(int... shape) { return zeros(shape); }

    /**
     * An array of {@code shape} filled with {@code value} (float64).
     * <pre>{@code
     * jshell> np.full(new int[] {2, 2}, 0.5)
     * $1 ==> array([[0.5, 0.5],
     *        [0.5, 0.5]])
     * }</pre>
     */
    public Tensor full(int[] shape, double value) { return filled(new Shape(shape), DType.FLOAT64, value); }

    /**
     * An int64 array of {@code shape} filled with {@code value}, as numpy's {@code np.full((2, 3), 7)}.
     * <pre>{@code
     * jshell> np.full(new int[] {3}, 7L)
     * $1 ==> array([7, 7, 7])
     * }</pre>
     */
    public Tensor full(int[] shape, long value) { return filled(new Shape(shape), DType.INT64, value); }

    private static Tensor filled(Shape s, DType dtype, double value) {
        double[] d = Buffers.alloc(s, dtype);
        if (value != 0) Arrays.fill(d, value);
        return Buffers.wrap(d, s, dtype);
    }

    /**
     * Zeros with the shape and dtype of {@code a}.
     * <pre>{@code
     * jshell> np.zeros_like(np.arange(3))
     * $1 ==> array([0, 0, 0])
     * }</pre>
     */
    public Tensor zeros_like(Object a) { return full_like(a, 0); }

    /**
     * Ones with the shape and dtype of {@code a}.
     * <pre>{@code
     * jshell> np.ones_like(np.eye(2))
     * $1 ==> array([[1., 1.],
     *        [1., 1.]])
     * }</pre>
     */
    public Tensor ones_like(Object a) { return full_like(a, 1); }

    /**
     * {@code value} (cast to a's dtype, so an int array gets 2 for 2.7) with the shape of {@code a}.
     * <pre>{@code
     * jshell> np.full_like(np.arange(3), 2.7)
     * $1 ==> array([2, 2, 2])
     * }</pre>
     */
    public Tensor full_like(Object a, double value) {
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
    public Tensor eye(int n) { return eye(n, n, 0); }

    /**
     * An n×m array with ones on diagonal {@code k} (0 the main, positive above).
     * <pre>{@code
     * jshell> np.eye(2, 3, 1)
     * $1 ==> array([[0., 1., 0.],
     *        [0., 0., 1.]])
     * }</pre>
     */
    public Tensor eye(int n, int m, int k) {
        Shape s = new Shape(n, m);
        double[] d = Buffers.alloc(s, DType.FLOAT64);
        for (long i = Math.max(0, -(long) k); i < n && i + k < m; i++) d[(int) (i * m + i + k)] = 1;
        return Buffers.wrap(d, s, DType.FLOAT64);
    }

    /**
     * The n×n identity, numpy's {@code identity}.
     * <pre>{@code
     * jshell> np.identity(3).sum()
     * $1 ==> 3.0
     * }</pre>
     */
    public Tensor identity(int n) { return eye(n); }

    /**
     * Integers 0, 1, …, stop-1 (int64, like numpy).
     * <pre>{@code
     * jshell> np.arange(5)
     * $1 ==> array([0, 1, 2, 3, 4])
     * }</pre>
     */
    public Tensor arange(int stop) { return arange(0, stop, 1); }

    /**
     * Integers start, …, stop-1 (int64).
     * <pre>{@code
     * jshell> np.arange(2, 5)
     * $1 ==> array([2, 3, 4])
     * }</pre>
     */
    public Tensor arange(int start, int stop) { return arange(start, stop, 1); }

    /**
     * Integers from start (inclusive) to stop (exclusive) in steps of step (int64).
     * <pre>{@code
     * jshell> np.arange(10, 0, -3)
     * $1 ==> array([10,  7,  4,  1])
     * }</pre>
     */
    public Tensor arange(int start, int stop, int step) {
        if (step == 0) throw new ShapeException("division by zero");
        return Ufuncs.astype(arange((double) start, stop, step), DType.INT64);
    }

    /**
     * Floats 0, 1, … below stop.
     * <pre>{@code
     * jshell> np.arange(3.0)
     * $1 ==> array([0., 1., 2.])
     * }</pre>
     */
    public Tensor arange(double stop) { return arange(0.0, stop, 1.0); }

    /**
     * Floats start, start+step, … below stop, computed as numpy does: {@code ceil((stop - start) / step)} values,
     * the i-th being {@code start + i·delta} with {@code delta = (start + step) - start}.
     * <pre>{@code
     * jshell> np.arange(0, 1, 0.25)
     * $1 ==> array([0.  , 0.25, 0.5 , 0.75])
     * }</pre>
     */
    public Tensor arange(double start, double stop, double step) {
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
    public Tensor linspace(double start, double stop, int num) { return Statistics.linspace(start, stop, num); }

    /**
     * {@code num} values spaced evenly on a log scale from 10^start to 10^stop.
     * <pre>{@code
     * jshell> np.logspace(0, 3, 4)
     * $1 ==> array([   1.,   10.,  100., 1000.])
     * }</pre>
     */
    public Tensor logspace(double start, double stop, int num) {
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
    public Tensor diag(Object v) { return diag(v, 0); }

    /**
     * The upper triangle of the last two axes (below the diagonal zeroed).
     * <pre>{@code
     * jshell> np.triu(np.ones(3, 3))
     * $1 ==> array([[1., 1., 1.],
     *        [0., 1., 1.],
     *        [0., 0., 1.]])
     * }</pre>
     */
    public Tensor triu(Object m) { return triu(m, 0); }

    /**
     * The upper triangle from diagonal {@code k} on (k &gt; 0 above the main diagonal).
     * <pre>{@code
     * jshell> np.triu(np.ones(3, 3), 1)
     * $1 ==> array([[0., 1., 1.],
     *        [0., 0., 1.],
     *        [0., 0., 0.]])
     * }</pre>
     */
    public Tensor triu(Object m, int k) { return Joining.triangle(t(m, "m"), k, true); }

    /**
     * The lower triangle of the last two axes: {@code np.tril(np.ones(4, 4))} is a causal mask.
     * <pre>{@code
     * jshell> np.tril(np.ones(3, 3))
     * $1 ==> array([[1., 0., 0.],
     *        [1., 1., 0.],
     *        [1., 1., 1.]])
     * }</pre>
     */
    public Tensor tril(Object m) { return tril(m, 0); }

    /**
     * The lower triangle up to diagonal {@code k} (k &lt; 0 below the main diagonal).
     * <pre>{@code
     * jshell> np.tril(np.ones(3, 3), -1)
     * $1 ==> array([[0., 0., 0.],
     *        [1., 0., 0.],
     *        [1., 1., 0.]])
     * }</pre>
     */
    public Tensor tril(Object m, int k) { return Joining.triangle(t(m, "m"), k, false); }

    /**
     * Coordinate grids, numpy's default {@code indexing='xy'}: {@code var g = np.meshgrid(xs, ys); g[0], g[1]}.
     * <pre>{@code
     * jshell> np.meshgrid(np.array(1, 2, 3), np.array(10, 20))
     * $1 ==> Tensor[2] { array([[1, 2, 3],
     *        [1, 2, 3]]), array([[10, 10, 10],
     *        [20, 20, 20]]) }
     * }</pre>
     */
    public Tensor[] meshgrid(Object... xi) { return meshgrid(xi, "xy"); }

    /**
     * Coordinate grids with {@code indexing} "xy" or "ij" (matrix indexing).
     * <pre>{@code
     * jshell> np.meshgrid(new Object[] {np.array(1, 2), np.array(3, 4)}, "ij")[0]
     * $1 ==> array([[1, 1],
     *        [2, 2]])
     * }</pre>
     */
    public Tensor[] meshgrid(Object[] xi, String indexing) {
        Tensor[] xs = ArrayLike.toSequence(xi, "xi");
        if (indexing == null) throw new ShapeException("indexing is null: pass \"xy\" or \"ij\"");
        for (int i = 0; i < xs.length; i++) xs[i] = xs[i].flatten();
        return Joining.meshgrid(xs, indexing);
    }

    // ---- joining and reshaping -----------------------------------------------------------------------------

    /**
     * Joins arrays along axis 0: {@code np.concatenate(List.of(a, b))} or {@code np.concatenate(new Tensor[] {a, b})}.
     * <pre>{@code
     * jshell> np.concatenate(List.of(np.arange(2), np.arange(3)))
     * $1 ==> array([0, 1, 0, 1, 2])
     * }</pre>
     */
    public Tensor concatenate(Object arrays) { return concatenate(arrays, 0); }

    /**
     * Joins arrays along {@code axis}; the other dimensions must agree.
     * <pre>{@code
     * jshell> np.concatenate(new Tensor[] {np.zeros(2, 1), np.ones(2, 2)}, 1)
     * $1 ==> array([[0., 1., 1.],
     *        [0., 1., 1.]])
     * }</pre>
     */
    public Tensor concatenate(Object arrays, int axis) { return Joining.concatenate(ArrayLike.toSequence(arrays, "arrays"), axis); }

    /**
     * Joins equal-shaped arrays along a new first axis.
     * <pre>{@code
     * jshell> np.stack(List.of(np.arange(3), np.arange(3).mul(10)))
     * $1 ==> array([[ 0,  1,  2],
     *        [ 0, 10, 20]])
     * }</pre>
     */
    public Tensor stack(Object arrays) { return stack(arrays, 0); }

    /**
     * Joins equal-shaped arrays along a new axis at {@code axis}.
     * <pre>{@code
     * jshell> np.stack(List.of(np.arange(3), np.arange(3).mul(10)), 1)
     * $1 ==> array([[ 0,  0],
     *        [ 1, 10],
     *        [ 2, 20]])
     * }</pre>
     */
    public Tensor stack(Object arrays, int axis) { return Joining.stack(ArrayLike.toSequence(arrays, "arrays"), axis); }

    /**
     * Stacks rows (1-D arrays become rows).
     * <pre>{@code
     * jshell> np.vstack(List.of(np.array(1, 2), np.array(3, 4)))
     * $1 ==> array([[1, 2],
     *        [3, 4]])
     * }</pre>
     */
    public Tensor vstack(Object arrays) { return Joining.vstack(ArrayLike.toSequence(arrays, "tup")); }

    /**
     * Stacks side by side (along axis 1; axis 0 for 1-D arrays).
     * <pre>{@code
     * jshell> np.hstack(List.of(np.array(1, 2), np.array(3, 4)))
     * $1 ==> array([1, 2, 3, 4])
     * }</pre>
     */
    public Tensor hstack(Object arrays) { return Joining.hstack(ArrayLike.toSequence(arrays, "tup")); }

    /**
     * {@code sections} equal pieces along axis 0.
     * <pre>{@code
     * jshell> np.split(np.arange(6), 3)
     * $1 ==> Tensor[3] { array([0, 1]), array([2, 3]), array([4, 5]) }
     * }</pre>
     */
    public Tensor[] split(Object x, int sections) { return split(x, sections, 0); }

    /**
     * {@code sections} equal pieces along {@code axis}.
     * <pre>{@code
     * jshell> np.split(np.arange(4).reshape(2, 2), 2, 1)[1]
     * $1 ==> array([[1],
     *        [3]])
     * }</pre>
     */
    public Tensor[] split(Object x, int sections, int axis) { return Joining.split(t(x, "ary"), sections, axis); }

    /**
     * Pieces cut before each of {@code indices} along axis 0: {@code np.split(x, new int[] {2, 5})}.
     * <pre>{@code
     * jshell> np.split(np.arange(6), new int[] {2, 5})
     * $1 ==> Tensor[3] { array([0, 1]), array([2, 3, 4]), array([5]) }
     * }</pre>
     */
    public Tensor[] split(Object x, int[] indices) { return split(x, indices, 0); }

    /**
     * Pieces cut before each of {@code indices} along {@code axis}.
     * <pre>{@code
     * jshell> np.split(np.arange(6).reshape(2, 3), new int[] {1}, 1)[0]
     * $1 ==> array([[0],
     *        [3]])
     * }</pre>
     */
    public Tensor[] split(Object x, int[] indices, int axis) {
        if (indices == null) throw new ShapeException("indices is null");
        return Joining.split(t(x, "ary"), indices, axis);
    }

    /**
     * The array repeated {@code reps} times along each axis.
     * <pre>{@code
     * jshell> np.tile(np.array(1, 2), 2, 2)
     * $1 ==> array([[1, 2, 1, 2],
     *        [1, 2, 1, 2]])
     * }</pre>
     */
    public Tensor tile(Object x, int... reps) {
        if (reps == null) throw new ShapeException("reps is null");
        return Joining.tile(t(x, "A"), reps);
    }

    /**
     * Each element repeated, flattened: {@code np.repeat(np.array(1, 2), 2)} is {@code [1, 1, 2, 2]}.
     * <pre>{@code
     * jshell> np.repeat(np.array(1, 2), 2)
     * $1 ==> array([1, 1, 2, 2])
     * }</pre>
     */
    public Tensor repeat(Object x, int repeats) { return t(x).repeat(repeats); }

    /**
     * Each slice along {@code axis} repeated {@code repeats} times.
     * <pre>{@code
     * jshell> np.repeat(np.array(new int[][] {{1, 2}}), 2, 0)
     * $1 ==> array([[1, 2],
     *        [1, 2]])
     * }</pre>
     */
    public Tensor repeat(Object x, int repeats, int axis) { return t(x).repeat(repeats, axis); }

    /**
     * Element (or slice) i repeated {@code repeats[i]} times along {@code axis}.
     * <pre>{@code
     * jshell> np.repeat(np.array(1, 2, 3), new int[] {3, 0, 1}, 0)
     * $1 ==> array([1, 1, 1, 3])
     * }</pre>
     */
    public Tensor repeat(Object x, int[] repeats, int axis) {
        if (repeats == null) throw new ShapeException("repeats is null");
        return Joining.repeat(t(x), repeats, axis);
    }

    /**
     * A copy of {@code x} expanded to {@code shape} by numpy's broadcasting rule.
     * <pre>{@code
     * jshell> np.broadcast_to(np.array(1, 2, 3), 2, 3)
     * $1 ==> array([[1, 2, 3],
     *        [1, 2, 3]])
     * }</pre>
     */
    public Tensor broadcast_to(Object x, int... shape) { return Broadcast.broadcastTo(t(x, "array"), new Shape(shape)); }

    /**
     * Same data, new shape; one dimension may be -1.
     * <pre>{@code
     * jshell> np.reshape(np.arange(6), 3, -1)
     * $1 ==> array([[0, 1],
     *        [2, 3],
     *        [4, 5]])
     * }</pre>
     */
    public Tensor reshape(Object x, int... shape) { return t(x).reshape(shape); }

    /**
     * Axes reversed, or permuted as listed: {@code np.transpose(x, 0, 2, 1)}.
     * <pre>{@code
     * jshell> np.transpose(np.zeros(2, 3, 4), 0, 2, 1).shape()
     * $1 ==> (2, 4, 3)
     * }</pre>
     */
    public Tensor transpose(Object x, int... axes) { return t(x).transpose(axes); }

    /**
     * Exchanges two axes.
     * <pre>{@code
     * jshell> np.swapaxes(np.zeros(2, 3, 4), 0, 2).shape()
     * $1 ==> (4, 3, 2)
     * }</pre>
     */
    public Tensor swapaxes(Object x, int axis1, int axis2) { return t(x).swapaxes(axis1, axis2); }

    /**
     * Moves axis {@code source} to position {@code destination}.
     * <pre>{@code
     * jshell> np.moveaxis(np.zeros(2, 3, 4), 0, -1).shape()
     * $1 ==> (3, 4, 2)
     * }</pre>
     */
    public Tensor moveaxis(Object x, int source, int destination) { return Shaping.moveaxis(t(x), source, destination); }

    /**
     * Drops length-1 axes (all of them, or the ones listed).
     * <pre>{@code
     * jshell> np.squeeze(np.zeros(1, 3, 1), 0).shape()
     * $1 ==> (3, 1)
     * }</pre>
     */
    public Tensor squeeze(Object x, int... axes) { return t(x).squeeze(axes); }

    /**
     * Inserts a length-1 axis: {@code np.expand_dims(x, 0)} is {@code x[None]}.
     * <pre>{@code
     * jshell> np.expand_dims(np.arange(3), 0)
     * $1 ==> array([[0, 1, 2]])
     * }</pre>
     */
    public Tensor expand_dims(Object x, int axis) { return Shaping.expandDims(t(x), axis); }

    /**
     * The values converted to {@code dtype}.
     * <pre>{@code
     * jshell> np.astype(np.array(0, 2), DType.BOOL)
     * $1 ==> array([False,  True])
     * }</pre>
     */
    public Tensor astype(Object x, DType dtype) { return t(x, "x").astype(dtype); }

    /**
     * An equal array (numpy's {@code np.copy}).
     * <pre>{@code
     * jshell> np.copy(new double[] {1, 2})
     * $1 ==> array([1., 2.])
     * }</pre>
     */
    public Tensor copy(Object x) { return t(x).copy(); }

    // ---- products ------------------------------------------------------------------------------------------

    /**
     * {@code np.outer(a, b)}: the len(a)×len(b) matrix of products a[i]·b[j] (both flattened).
     * <pre>{@code
     * jshell> np.outer(np.array(1, 2), np.array(1, 10, 100))
     * $1 ==> array([[  1,  10, 100],
     *        [  2,  20, 200]])
     * }</pre>
     */
    public Tensor outer(Object a, Object b) {
        Tensor x = t(a, "a"), y = t(b, "b");
        return x.reshape(x.size(), 1).mul(y.reshape(1, y.size()));
    }

    /**
     * {@code np.trace(a)}: the sum of the main diagonal (over the first two axes of an N-D array).
     * <pre>{@code
     * jshell> np.trace(np.arange(9).reshape(3, 3))
     * $1 ==> 12
     * }</pre>
     */
    public Tensor trace(Object a) {
        Tensor m = t(a, "a");
        if (m.ndim() < 2) throw new ShapeException("diag requires an array of at least two dimensions");
        int n = Math.min(m.shape().get(0), m.shape().get(1));
        return Einsum.einsum("ii...->...", new Tensor[] {m.slice(":" + n + ", :" + n)});
    }


    /**
     * {@code a @ b} with numpy's matmul rules (stacks broadcast).
     * <pre>{@code
     * jshell> np.matmul(np.ones(5, 2, 3), np.ones(3, 4)).shape()
     * $1 ==> (5, 2, 4)
     * }</pre>
     */
    public Tensor matmul(Object a, Object b) { return t(a, "x1").matmul(t(b, "x2")); }

    /**
     * numpy's {@code dot}: the inner product of vectors, matmul of matrices.
     * <pre>{@code
     * jshell> np.dot(np.array(1, 2, 3), np.array(4, 5, 6))
     * $1 ==> 32
     * }</pre>
     */
    public Tensor dot(Object a, Object b) { return t(a, "a").dot(t(b, "b")); }

    /**
     * Einstein summation, numpy's subscripts: {@code np.einsum("bhqd,bhkd->bhqk", q, k)}, {@code "i,i->"},
     * {@code "ii->"}, {@code "ij->ji"}, implicit output ({@code "ij,jk"}) and {@code ...}.
     * <pre>{@code
     * jshell> var A = np.arange(6).reshape(2, 3)
     * A ==> array([[0, 1, 2],
     *        [3, 4, 5]])
     * jshell> np.einsum("ij->ji", A)
     * $2 ==> array([[0, 3],
     *        [1, 4],
     *        [2, 5]])
     * jshell> np.einsum("ij,ij->", A, A)
     * $3 ==> 55
     * }</pre>
     */
    public Tensor einsum(String subscripts, Object... operands) {
        return Einsum.einsum(subscripts, ArrayLike.toSequence(operands, "operands"));
    }

    /**
     * Sums products over the last two axes of a and the first two of b (numpy's default axes=2).
     * <pre>{@code
     * jshell> np.tensordot(np.ones(3, 2, 2), np.ones(2, 2, 4)).shape()
     * $1 ==> (3, 4)
     * }</pre>
     */
    public Tensor tensordot(Object a, Object b) { return tensordot(a, b, 2); }

    /**
     * Sums products over the last {@code axes} axes of a and the first {@code axes} of b.
     * <pre>{@code
     * jshell> np.tensordot(np.arange(4).reshape(2, 2), np.array(1, 10), 1)
     * $1 ==> array([10, 32])
     * }</pre>
     */
    public Tensor tensordot(Object a, Object b, int axes) { return Einsum.tensordot(t(a, "a"), t(b, "b"), axes); }

    /**
     * Sums products over {@code axes[0]} of a against {@code axes[1]} of b: {@code new int[][] {{1}, {0}}}.
     * <pre>{@code
     * jshell> np.tensordot(np.ones(3, 4), np.ones(4, 5), new int[][] {{1}, {0}}).shape()
     * $1 ==> (3, 5)
     * }</pre>
     */
    public Tensor tensordot(Object a, Object b, int[][] axes) {
        if (axes == null || axes.length != 2 || axes[0] == null || axes[1] == null) {
            throw new ShapeException("axes must be two lists of axes, e.g. new int[][] {{1}, {0}}");
        }
        return Einsum.tensordot(t(a, "a"), t(b, "b"), axes[0], axes[1]);
    }

    // ---- elementwise ---------------------------------------------------------------------------------------

    /**
     * {@code a + b}, broadcasting.
     * <pre>{@code
     * jshell> np.add(np.arange(3), 0.5)
     * $1 ==> array([0.5, 1.5, 2.5])
     * }</pre>
     */
    public Tensor add(Object a, Object b) { return t(a, "x1").add(t(b, "x2")); }

    /**
     * {@code a - b}, broadcasting.
     * <pre>{@code
     * jshell> np.subtract(np.ones(2, 2), np.array(1.0, 2.0))
     * $1 ==> array([[ 0., -1.],
     *        [ 0., -1.]])
     * }</pre>
     */
    public Tensor subtract(Object a, Object b) { return t(a, "x1").sub(t(b, "x2")); }

    /**
     * {@code a * b} elementwise, broadcasting.
     * <pre>{@code
     * jshell> np.multiply(np.array(1, 2, 3), np.array(2, 2, 2))
     * $1 ==> array([2, 4, 6])
     * }</pre>
     */
    public Tensor multiply(Object a, Object b) { return t(a, "x1").mul(t(b, "x2")); }

    /**
     * {@code a / b}, true division (always float64).
     * <pre>{@code
     * jshell> np.divide(np.array(1, 2, 3), 2)
     * $1 ==> array([0.5, 1. , 1.5])
     * }</pre>
     */
    public Tensor divide(Object a, Object b) { return t(a, "x1").div(t(b, "x2")); }

    /**
     * {@code a ** b} elementwise, broadcasting.
     * <pre>{@code
     * jshell> np.power(2.0, np.arange(4))
     * $1 ==> array([1., 2., 4., 8.])
     * }</pre>
     */
    public Tensor power(Object a, Object b) { return t(a, "x1").pow(t(b, "x2")); }

    /**
     * Elementwise maximum (NaN propagates): {@code np.maximum(x, 0)} is ReLU.
     * <pre>{@code
     * jshell> np.maximum(np.array(-1.0, 2.0, Double.NaN), 0)
     * $1 ==> array([ 0.,  2., nan])
     * }</pre>
     */
    public Tensor maximum(Object a, Object b) { return t(a, "x1").maximum(t(b, "x2")); }

    /**
     * Elementwise minimum (NaN propagates).
     * <pre>{@code
     * jshell> np.minimum(np.array(1, 5, 3), np.array(4, 2, 6))
     * $1 ==> array([1, 2, 3])
     * }</pre>
     */
    public Tensor minimum(Object a, Object b) { return t(a, "x1").minimum(t(b, "x2")); }

    /**
     * {@code x} limited to [lo, hi].
     * <pre>{@code
     * jshell> np.clip(np.arange(5), 1, 3)
     * $1 ==> array([1, 1, 2, 3, 3])
     * }</pre>
     */
    public Tensor clip(Object x, Object lo, Object hi) { return t(x).clip(lo, hi); }

    /**
     * {@code -x}.
     * <pre>{@code
     * jshell> np.negative(np.array(1, -2))
     * $1 ==> array([-1,  2])
     * }</pre>
     */
    public Tensor negative(Object x) { return t(x, "x").neg(); }

    /**
     * e to the power of each element.
     * <pre>{@code
     * jshell> np.exp(np.array(0.0, 1.0, -1.0))
     * $1 ==> array([1.        , 2.71828183, 0.36787944])
     * }</pre>
     */
    public Tensor exp(Object x) { return t(x, "x").exp(); }

    /**
     * 2 to the power of each element.
     * <pre>{@code
     * jshell> np.exp2(np.array(-1.0, 0.5))
     * $1 ==> array([0.5       , 1.41421356])
     * }</pre>
     */
    public Tensor exp2(Object x) { return t(x, "x").exp2(); }

    /**
     * {@code exp(x) - 1}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.expm1(np.array(1e-8, 1.0))
     * $1 ==> array([1.00000001e-08, 1.71828183e+00])
     * }</pre>
     */
    public Tensor expm1(Object x) { return t(x, "x").expm1(); }

    /**
     * The natural logarithm ({@code log(0)} is -inf, negatives NaN).
     * <pre>{@code
     * jshell> np.log(np.array(1.0, 10.0))
     * $1 ==> array([0.        , 2.30258509])
     * }</pre>
     */
    public Tensor log(Object x) { return t(x, "x").log(); }

    /**
     * {@code log(1 + x)}, accurate for tiny x.
     * <pre>{@code
     * jshell> np.log1p(np.array(0.0, Math.E - 1))
     * $1 ==> array([0., 1.])
     * }</pre>
     */
    public Tensor log1p(Object x) { return t(x, "x").log1p(); }

    /**
     * The base-2 logarithm.
     * <pre>{@code
     * jshell> np.log2(np.array(0.5, 4.0))
     * $1 ==> array([-1.,  2.])
     * }</pre>
     */
    public Tensor log2(Object x) { return t(x, "x").log2(); }

    /**
     * The base-10 logarithm.
     * <pre>{@code
     * jshell> np.log10(np.array(10, 1000))
     * $1 ==> array([1., 3.])
     * }</pre>
     */
    public Tensor log10(Object x) { return t(x, "x").log10(); }

    /**
     * The square root (float64).
     * <pre>{@code
     * jshell> np.sqrt(np.array(1, 4, 9))
     * $1 ==> array([1., 2., 3.])
     * }</pre>
     */
    public Tensor sqrt(Object x) { return t(x, "x").sqrt(); }

    /**
     * Each element squared (the dtype is kept).
     * <pre>{@code
     * jshell> np.square(np.array(-2, 3))
     * $1 ==> array([4, 9])
     * }</pre>
     */
    public Tensor square(Object x) { return t(x, "x").square(); }

    /**
     * The absolute values.
     * <pre>{@code
     * jshell> np.abs(np.array(-1.5, 2.0))
     * $1 ==> array([1.5, 2. ])
     * }</pre>
     */
    public Tensor abs(Object x) { return t(x, "x").abs(); }

    /**
     * -1, 0 or 1 by the sign of each element.
     * <pre>{@code
     * jshell> np.sign(np.array(-5, 0, 5))
     * $1 ==> array([-1,  0,  1])
     * }</pre>
     */
    public Tensor sign(Object x) { return t(x, "x").sign(); }

    /**
     * The hyperbolic tangent.
     * <pre>{@code
     * jshell> np.tanh(np.array(0.0, 0.5))
     * $1 ==> array([0.        , 0.46211716])
     * }</pre>
     */
    public Tensor tanh(Object x) { return t(x, "x").tanh(); }

    /**
     * The sine (radians).
     * <pre>{@code
     * jshell> np.sin(np.array(Math.PI / 6))
     * $1 ==> 0.49999999999999994
     * }</pre>
     */
    public Tensor sin(Object x) { return t(x, "x").sin(); }

    /**
     * The cosine (radians).
     * <pre>{@code
     * jshell> np.cos(np.array(0.0, Math.PI / 3))
     * $1 ==> array([1. , 0.5])
     * }</pre>
     */
    public Tensor cos(Object x) { return t(x, "x").cos(); }

    /**
     * The largest whole number at or below each element.
     * <pre>{@code
     * jshell> np.floor(np.array(-0.5, 1.7))
     * $1 ==> array([-1.,  1.])
     * }</pre>
     */
    public Tensor floor(Object x) { return t(x, "x").floor(); }

    /**
     * The smallest whole number at or above each element.
     * <pre>{@code
     * jshell> np.ceil(np.array(-0.5, 1.2))
     * $1 ==> array([-0.,  2.])
     * }</pre>
     */
    public Tensor ceil(Object x) { return t(x, "x").ceil(); }

    /**
     * Rounds half to even: {@code np.round(np.array(0.5, 1.5, 2.5))} is {@code [0., 2., 2.]}.
     * <pre>{@code
     * jshell> np.round(np.array(0.5, 1.5, 2.5))
     * $1 ==> array([0., 2., 2.])
     * }</pre>
     */
    public Tensor round(Object x) { return t(x).round(); }

    /**
     * Rounds to {@code decimals} places, half to even after scaling.
     * <pre>{@code
     * jshell> np.round(np.array(0.125, 2.675), 2)
     * $1 ==> array([0.12, 2.68])
     * }</pre>
     */
    public Tensor round(Object x, int decimals) { return t(x).round(decimals); }

    // ---- comparisons and logic -----------------------------------------------------------------------------

    /**
     * {@code a > b} as a bool array.
     * <pre>{@code
     * jshell> np.greater(np.array(1, 5), 3)
     * $1 ==> array([False,  True])
     * }</pre>
     */
    public Tensor greater(Object a, Object b) { return t(a, "x1").gt(t(b, "x2")); }

    /**
     * {@code a >= b} as a bool array.
     * <pre>{@code
     * jshell> np.greater_equal(np.array(1, 3, 5), 3)
     * $1 ==> array([False,  True,  True])
     * }</pre>
     */
    public Tensor greater_equal(Object a, Object b) { return t(a, "x1").ge(t(b, "x2")); }

    /**
     * {@code a < b} as a bool array.
     * <pre>{@code
     * jshell> np.less(np.array(1, 3, 5), 3)
     * $1 ==> array([ True, False, False])
     * }</pre>
     */
    public Tensor less(Object a, Object b) { return t(a, "x1").lt(t(b, "x2")); }

    /**
     * {@code a <= b} as a bool array.
     * <pre>{@code
     * jshell> np.less_equal(np.array(1, 3, 5), 3)
     * $1 ==> array([ True,  True, False])
     * }</pre>
     */
    public Tensor less_equal(Object a, Object b) { return t(a, "x1").le(t(b, "x2")); }

    /**
     * {@code a == b} as a bool array (NaN is never equal).
     * <pre>{@code
     * jshell> np.equal(np.array(1.0, 2.0), np.array(1.0, 3.0))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    public Tensor equal(Object a, Object b) { return t(a, "x1").eq(t(b, "x2")); }

    /**
     * {@code a != b} as a bool array.
     * <pre>{@code
     * jshell> np.not_equal(np.array(1.0, 2.0), np.array(1.0, 3.0))
     * $1 ==> array([False,  True])
     * }</pre>
     */
    public Tensor not_equal(Object a, Object b) { return t(a, "x1").ne(t(b, "x2")); }

    /**
     * Elementwise "both nonzero", as bool: combine masks with {@code np.logical_and(x.gt(0), x.lt(1))}.
     * <pre>{@code
     * jshell> var x = np.array(-0.5, 0.5, 1.5)
     * x ==> array([-0.5,  0.5,  1.5])
     * jshell> np.logical_and(x.gt(0), x.lt(1))
     * $2 ==> array([False,  True, False])
     * }</pre>
     */
    public Tensor logical_and(Object a, Object b) { return Ufuncs.logicalAnd(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise "either nonzero", as bool.
     * <pre>{@code
     * jshell> np.logical_or(new boolean[] {true, false, false}, new boolean[] {false, false, true})
     * $1 ==> array([ True, False,  True])
     * }</pre>
     */
    public Tensor logical_or(Object a, Object b) { return Ufuncs.logicalOr(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise "exactly one nonzero", as bool.
     * <pre>{@code
     * jshell> np.logical_xor(np.array(1, 1, 0), np.array(1, 0, 0))
     * $1 ==> array([False,  True, False])
     * }</pre>
     */
    public Tensor logical_xor(Object a, Object b) { return Ufuncs.logicalXor(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise "zero", as bool.
     * <pre>{@code
     * jshell> np.logical_not(np.array(0, 2))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    public Tensor logical_not(Object x) { return Ufuncs.logicalNot(t(x, "x")); }

    /**
     * Where the elements are NaN.
     * <pre>{@code
     * jshell> np.isnan(np.array(1.0, Double.NaN))
     * $1 ==> array([False,  True])
     * }</pre>
     */
    public Tensor isnan(Object x) { return Ufuncs.isnan(t(x, "x")); }

    /**
     * Where the elements are +inf or -inf.
     * <pre>{@code
     * jshell> np.isinf(np.array(1.0, Double.NEGATIVE_INFINITY, Double.NaN))
     * $1 ==> array([False,  True, False])
     * }</pre>
     */
    public Tensor isinf(Object x) { return Ufuncs.isinf(t(x, "x")); }

    /**
     * Where the elements are neither infinite nor NaN.
     * <pre>{@code
     * jshell> np.isfinite(np.array(1.0, Double.POSITIVE_INFINITY, Double.NaN))
     * $1 ==> array([ True, False, False])
     * }</pre>
     */
    public Tensor isfinite(Object x) { return Ufuncs.isfinite(t(x, "x")); }

    /**
     * {@code |a - b| <= atol + rtol·|b|} elementwise with numpy's defaults rtol 1e-5, atol 1e-8.
     * <pre>{@code
     * jshell> np.isclose(np.array(1.0, 1.1), np.array(1.000001, 1.0))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    public Tensor isclose(Object a, Object b) { return isclose(a, b, 1e-5, 1e-8, false); }

    /**
     * {@code |a - b| <= atol + rtol·|b|} elementwise; {@code equalNan} lets NaN match NaN.
     * <pre>{@code
     * jshell> np.isclose(np.array(1.0, Double.NaN), np.array(1.05, Double.NaN), 0.1, 0, true)
     * $1 ==> array([ True,  True])
     * }</pre>
     */
    public Tensor isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return Ufuncs.isclose(t(a, "a"), t(b, "b"), rtol, atol, equalNan);
    }

    /**
     * True when {@link #isclose} holds everywhere (numpy's defaults rtol 1e-5, atol 1e-8).
     * <pre>{@code
     * jshell> np.allclose(np.array(1.0, 2.0), np.array(1.0, 2.0 + 1e-9))
     * $1 ==> true
     * }</pre>
     */
    public boolean allclose(Object a, Object b) { return allclose(a, b, 1e-5, 1e-8, false); }

    /**
     * {@link #isclose} everywhere with the given tolerances.
     * <pre>{@code
     * jshell> np.allclose(np.array(1.0, 2.0), np.array(1.1, 2.0), 0, 0.01)
     * $1 ==> false
     * }</pre>
     */
    public boolean allclose(Object a, Object b, double rtol, double atol) { return allclose(a, b, rtol, atol, false); }

    /**
     * {@link #isclose} everywhere; {@code equalNan} lets NaN match NaN.
     * <pre>{@code
     * jshell> np.allclose(np.array(Double.NaN), np.array(Double.NaN), 1e-5, 1e-8, true)
     * $1 ==> true
     * }</pre>
     */
    public boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return isclose(a, b, rtol, atol, equalNan).all().item() != 0;
    }

    /**
     * With one argument, the indices of the true elements per axis (numpy's {@code nonzero}).
     * <pre>{@code
     * jshell> np.where(np.array(3, 0, 5).gt(1))
     * $1 ==> Tensor[1] { array([0, 2]) }
     * }</pre>
     */
    public Tensor[] where(Object condition) { return t(condition, "condition").nonzero(); }

    /**
     * {@code x} where {@code condition} holds, else {@code y}, all broadcast: {@code np.where(x.gt(0), x, 0)}.
     * <pre>{@code
     * jshell> var x = np.array(-1.0, 2.0, -3.0)
     * x ==> array([-1.,  2., -3.])
     * jshell> np.where(x.gt(0), x, 0)
     * $2 ==> array([0., 2., 0.])
     * }</pre>
     */
    public Tensor where(Object condition, Object x, Object y) {
        return Broadcast.where(t(condition, "condition"), t(x, "x"), t(y, "y"));
    }

    /**
     * Per axis, the int64 indices of the nonzero elements.
     * <pre>{@code
     * jshell> np.nonzero(np.eye(2))
     * $1 ==> Tensor[2] { array([0, 1]), array([0, 1]) }
     * }</pre>
     */
    public Tensor[] nonzero(Object x) { return t(x).nonzero(); }

    // ---- reductions ----------------------------------------------------------------------------------------
    // Each as (x), (x, axis), (x, axis, keepdims), and for several axes (x, int[] axes, keepdims), null meaning all.

    /**
     * The sum of all elements; with an axis, along it.
     * <pre>{@code
     * jshell> np.sum(np.arange(6).reshape(2, 3), 1)
     * $1 ==> array([ 3, 12])
     * jshell> np.sum(np.ones(2, 3, 4), new int[] {1, 2}, true).shape()
     * $2 ==> (2, 1, 1)
     * }</pre>
     */
    public Tensor sum(Object x) { return t(x).sum(); }

    public Tensor sum(Object x, int axis) { return t(x).sum(axis); }

    public Tensor sum(Object x, int axis, boolean keepdims) { return t(x).sum(axis, keepdims); }

    public Tensor sum(Object x, int[] axes) { return t(x).sum(axes); }

    public Tensor sum(Object x, int[] axes, boolean keepdims) { return t(x).sum(axes, keepdims); }

    /**
     * The mean (float64 also for ints), of all elements or along axes.
     * <pre>{@code
     * jshell> np.mean(np.array(1, 2, 3, 4))
     * $1 ==> 2.5
     * jshell> np.mean(np.arange(6).reshape(2, 3), 0)
     * $2 ==> array([1.5, 2.5, 3.5])
     * }</pre>
     */
    public Tensor mean(Object x) { return t(x).mean(); }

    public Tensor mean(Object x, int axis) { return t(x).mean(axis); }

    public Tensor mean(Object x, int axis, boolean keepdims) { return t(x).mean(axis, keepdims); }

    public Tensor mean(Object x, int[] axes) { return t(x).mean(axes); }

    public Tensor mean(Object x, int[] axes, boolean keepdims) { return t(x).mean(axes, keepdims); }

    /**
     * The largest element, or the largest along axes.
     * <pre>{@code
     * jshell> np.max(np.array(new double[][] {{1, 4}, {3, 2}}), 1)
     * $1 ==> array([4., 3.])
     * }</pre>
     */
    public Tensor max(Object x) { return t(x).max(); }

    public Tensor max(Object x, int axis) { return t(x).max(axis); }

    public Tensor max(Object x, int axis, boolean keepdims) { return t(x).max(axis, keepdims); }

    public Tensor max(Object x, int[] axes) { return t(x).max(axes); }

    public Tensor max(Object x, int[] axes, boolean keepdims) { return t(x).max(axes, keepdims); }

    /**
     * The smallest element, or the smallest along axes.
     * <pre>{@code
     * jshell> np.min(np.array(new double[][] {{1, 4}, {3, 2}}), 0, true)
     * $1 ==> array([[1., 2.]])
     * }</pre>
     */
    public Tensor min(Object x) { return t(x).min(); }

    public Tensor min(Object x, int axis) { return t(x).min(axis); }

    public Tensor min(Object x, int axis, boolean keepdims) { return t(x).min(axis, keepdims); }

    public Tensor min(Object x, int[] axes) { return t(x).min(axes); }

    public Tensor min(Object x, int[] axes, boolean keepdims) { return t(x).min(axes, keepdims); }

    /**
     * The product of the elements, or along axes.
     * <pre>{@code
     * jshell> np.prod(np.array(1.5, 2.0, 4.0))
     * $1 ==> 12.0
     * }</pre>
     */
    public Tensor prod(Object x) { return t(x).prod(); }

    public Tensor prod(Object x, int axis) { return t(x).prod(axis); }

    public Tensor prod(Object x, int axis, boolean keepdims) { return t(x).prod(axis, keepdims); }

    public Tensor prod(Object x, int[] axes) { return t(x).prod(axes); }

    public Tensor prod(Object x, int[] axes, boolean keepdims) { return t(x).prod(axes, keepdims); }

    /**
     * Index of the largest element (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.argmax(np.array(new double[][] {{1, 4}, {3, 2}}), 0)
     * $1 ==> array([1, 0])
     * }</pre>
     */
    public Tensor argmax(Object x) { return t(x).argmax(); }

    public Tensor argmax(Object x, int axis) { return t(x).argmax(axis); }

    public Tensor argmax(Object x, int axis, boolean keepdims) { return t(x).argmax(axis, keepdims); }

    /**
     * Index of the smallest element (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.argmin(np.array(3, 1, 2))
     * $1 ==> 1
     * }</pre>
     */
    public Tensor argmin(Object x) { return t(x).argmin(); }

    public Tensor argmin(Object x, int axis) { return t(x).argmin(axis); }

    public Tensor argmin(Object x, int axis, boolean keepdims) { return t(x).argmin(axis, keepdims); }

    /**
     * Whether every element is nonzero (or along an axis).
     * <pre>{@code
     * jshell> np.all(np.array(new int[][] {{1, 0}, {1, 1}}), 0)
     * $1 ==> array([ True, False])
     * }</pre>
     */
    public Tensor all(Object x) { return t(x).all(); }

    public Tensor all(Object x, int axis) { return t(x).all(axis); }

    public Tensor all(Object x, int axis, boolean keepdims) { return t(x).all(axis, keepdims); }

    /**
     * Whether some element is nonzero (or along an axis).
     * <pre>{@code
     * jshell> np.any(np.array(0.0, Double.NaN))
     * $1 ==> True
     * }</pre>
     */
    public Tensor any(Object x) { return t(x).any(); }

    public Tensor any(Object x, int axis) { return t(x).any(axis); }

    public Tensor any(Object x, int axis, boolean keepdims) { return t(x).any(axis, keepdims); }

    /**
     * The variance dividing by N, of all elements or along an axis.
     * <pre>{@code
     * jshell> np.var(np.array(1, 2, 3, 4))
     * $1 ==> 1.25
     * }</pre>
     */
    public Tensor var(Object x) { return t(x).var(); }

    public Tensor var(Object x, int axis) { return t(x).var(axis); }

    public Tensor var(Object x, int axis, boolean keepdims) { return t(x).var(axis, keepdims); }

    /**
     * Variance over {@code axes} (null: all) with {@code ddof}: {@code np.var(x, null, 1, false)} is the sample variance.
     * <pre>{@code
     * jshell> np.var(np.array(1, 2, 3, 4), null, 1, false)
     * $1 ==> 1.6666666666666667
     * }</pre>
     */
    public Tensor var(Object x, int[] axes, double ddof, boolean keepdims) { return t(x).var(axes, ddof, keepdims); }

    /**
     * The standard deviation dividing by N, of all elements or along an axis.
     * <pre>{@code
     * jshell> np.std(np.array(new double[][] {{1, 3}, {5, 9}}), 1)
     * $1 ==> array([1., 2.])
     * }</pre>
     */
    public Tensor std(Object x) { return t(x).std(); }

    public Tensor std(Object x, int axis) { return t(x).std(axis); }

    public Tensor std(Object x, int axis, boolean keepdims) { return t(x).std(axis, keepdims); }

    /**
     * The standard deviation over {@code axes} (null: all) with N - ddof in the variance's denominator.
     * <pre>{@code
     * jshell> np.std(np.array(1, 3), null, 1, false)
     * $1 ==> 1.4142135623730951
     * }</pre>
     */
    public Tensor std(Object x, int[] axes, double ddof, boolean keepdims) { return t(x).std(axes, ddof, keepdims); }

    /**
     * The running sum (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.cumsum(np.array(0.5, 0.25, 0.25))
     * $1 ==> array([0.5 , 0.75, 1.  ])
     * }</pre>
     */
    public Tensor cumsum(Object x) { return t(x).cumsum(); }

    public Tensor cumsum(Object x, int axis) { return t(x).cumsum(axis); }

    /**
     * The running product (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.cumprod(np.arange(1, 7).reshape(2, 3), 1)
     * $1 ==> array([[  1,   2,   6],
     *        [  4,  20, 120]])
     * }</pre>
     */
    public Tensor cumprod(Object x) { return t(x).cumprod(); }

    public Tensor cumprod(Object x, int axis) { return t(x).cumprod(axis); }

    /**
     * The median of all elements (NaN if any is NaN).
     * <pre>{@code
     * jshell> np.median(np.array(3, 1, 4, 1))
     * $1 ==> 2.0
     * jshell> np.median(np.array(new double[][] {{1, 9, 2}, {4, 5, 6}}), 1)
     * $2 ==> array([2., 5.])
     * }</pre>
     */
    public Tensor median(Object x) { return Sorting.median(t(x), null, false); }

    public Tensor median(Object x, int axis) { return median(x, axis, false); }

    public Tensor median(Object x, int axis, boolean keepdims) { return Sorting.median(t(x), axis, keepdims); }

    /**
     * numpy's {@code quantile} (default "linear" method); q is a number or an array of numbers in [0, 1].
     * <pre>{@code
     * jshell> np.quantile(np.arange(5), 0.3)
     * $1 ==> 1.2
     * jshell> np.quantile(np.arange(5), new double[] {0.25, 0.5})
     * $2 ==> array([1., 2.])
     * }</pre>
     */
    public Tensor quantile(Object x, Object q) { return quantileOf(x, q, null, false); }

    public Tensor quantile(Object x, Object q, int axis) { return quantileOf(x, q, axis, false); }

    public Tensor quantile(Object x, Object q, int axis, boolean keepdims) { return quantileOf(x, q, axis, keepdims); }

    private Tensor quantileOf(Object x, Object q, Integer axis, boolean keepdims) {
        return Sorting.quantile(t(x), t(q, "q"), axis, keepdims, "Quantiles must be in the range [0, 1]");
    }

    /**
     * numpy's {@code percentile}: the quantile at q/100, q in [0, 100].
     * <pre>{@code
     * jshell> np.percentile(np.arange(11), 90)
     * $1 ==> 9.0
     * jshell> np.percentile(np.arange(6).reshape(2, 3), 50, 1)
     * $2 ==> array([1., 4.])
     * }</pre>
     */
    public Tensor percentile(Object x, Object q) { return percentileOf(x, q, null, false); }

    public Tensor percentile(Object x, Object q, int axis) { return percentileOf(x, q, axis, false); }

    public Tensor percentile(Object x, Object q, int axis, boolean keepdims) { return percentileOf(x, q, axis, keepdims); }

    private Tensor percentileOf(Object x, Object q, Integer axis, boolean keepdims) {
        Tensor fraction = Ufuncs.divide(t(q, "q"), t(100));
        return Sorting.quantile(t(x), fraction, axis, keepdims, "Percentiles must be in the range [0, 100]");
    }

    /**
     * A sorted copy along the last axis.
     * <pre>{@code
     * jshell> np.sort(np.array(3, 1, 2))
     * $1 ==> array([1, 2, 3])
     * jshell> np.sort(np.array(new int[][] {{3, 1}, {2, 4}}), 0)
     * $2 ==> array([[2, 1],
     *        [3, 4]])
     * }</pre>
     */
    public Tensor sort(Object x) { return t(x).sort(); }

    public Tensor sort(Object x, int axis) { return t(x).sort(axis); }

    /**
     * The indices that sort the last axis (or {@code axis}); ties keep their order.
     * <pre>{@code
     * jshell> np.argsort(np.array(0.3, 0.1, 0.2))
     * $1 ==> array([1, 2, 0])
     * }</pre>
     */
    public Tensor argsort(Object x) { return t(x).argsort(); }

    public Tensor argsort(Object x, int axis) { return t(x).argsort(axis); }

    /**
     * The sorted distinct values.
     * <pre>{@code
     * jshell> np.unique(np.array(3, 1, 3, 2, 1))
     * $1 ==> array([1, 2, 3])
     * }</pre>
     */
    public Tensor unique(Object x) { return Sorting.unique(t(x, "ar")); }

    // ---- numpy's next tier (issue #28) ---------------------------------------------------------------------

    /**
     * {@code np.diff(a)}: differences of neighbours along the last axis, {@code a[1:] - a[:-1]}.
     * <pre>{@code
     * jshell> np.diff(np.array(1, 4, 9, 16))
     * $1 ==> array([3, 5, 7])
     * }</pre>
     */
    public Tensor diff(Object a) { return diff(a, 1, -1); }

    /** {@code np.diff(a, n)}: the n-th difference along the last axis (n = 0 gives a back). */
    public Tensor diff(Object a, int n) { return diff(a, n, -1); }

    /** {@code np.diff(a, n, axis)}: the n-th difference along {@code axis}; on bools numpy's {@code !=} of neighbours. */
    public Tensor diff(Object a, int n, int axis) { return Rearranging.diff(t(a), n, axis); }

    /**
     * {@code np.cross(a, b)}: cross products of the 3-vectors (or z of the 2-vectors) along the last axis, broadcast.
     * <pre>{@code
     * jshell> np.cross(np.array(1, 0, 0), np.array(0, 1, 0))
     * $1 ==> array([0, 0, 1])
     * }</pre>
     */
    public Tensor cross(Object a, Object b) { return Rearranging.cross(t(a, "a"), t(b, "b")); }

    /**
     * {@code np.kron(a, b)}: the Kronecker product, the block array whose block (i, j) is {@code a[i, j] * b}.
     * <pre>{@code
     * jshell> np.kron(np.array(new int[][] {{1, 2}, {3, 4}}), np.array(new int[][] {{1, 1}}))
     * $1 ==> array([[1, 1, 2, 2],
     *        [3, 3, 4, 4]])
     * }</pre>
     */
    public Tensor kron(Object a, Object b) { return Rearranging.kron(t(a, "a"), t(b, "b")); }

    /** {@code np.diag(v, k)}: a 1-D v on the k-th diagonal (k &gt; 0 above, k &lt; 0 below), or a 2-D v's k-th diagonal. */
    public Tensor diag(Object v, int k) { return Rearranging.diag(t(v, "v"), k); }

    /**
     * {@code np.flip(m)}: the elements in reverse order along every axis.
     * <pre>{@code
     * jshell> np.flip(np.array(new int[][] {{1, 2}, {3, 4}}))
     * $1 ==> array([[4, 3],
     *        [2, 1]])
     * }</pre>
     */
    public Tensor flip(Object m) { return Rearranging.flip(t(m, "m"), null); }

    /** {@code np.flip(m, axis)}: reversed along the given axes only. */
    public Tensor flip(Object m, int... axis) { return Rearranging.flip(t(m, "m"), axis); }

    /**
     * {@code np.fliplr(m)}: columns reversed (axis 1).
     * <pre>{@code
     * jshell> np.fliplr(np.array(new int[][] {{1, 2}, {3, 4}}))
     * $1 ==> array([[2, 1],
     *        [4, 3]])
     * }</pre>
     */
    public Tensor fliplr(Object m) {
        Tensor x = t(m, "m");
        if (x.ndim() < 2) throw new ShapeException("Input must be >= 2-d.");
        return Rearranging.flip(x, new int[] {1});
    }

    /**
     * {@code np.flipud(m)}: rows reversed (axis 0).
     * <pre>{@code
     * jshell> np.flipud(np.array(new int[][] {{1, 2}, {3, 4}}))
     * $1 ==> array([[3, 4],
     *        [1, 2]])
     * }</pre>
     */
    public Tensor flipud(Object m) {
        Tensor x = t(m, "m");
        if (x.ndim() < 1) throw new ShapeException("Input must be >= 1-d.");
        return Rearranging.flip(x, new int[] {0});
    }

    /**
     * {@code np.roll(a, shift)}: the flattened elements shifted by {@code shift}, wrapping around, in a's shape.
     * <pre>{@code
     * jshell> np.roll(np.array(1, 2, 3, 4), 1)
     * $1 ==> array([4, 1, 2, 3])
     * }</pre>
     */
    public Tensor roll(Object a, int shift) { return Rearranging.roll(t(a), new int[] {shift}, null); }

    /** {@code np.roll(a, shift, axis)}: shifted along one axis, what falls off the end coming back at the start. */
    public Tensor roll(Object a, int shift, int axis) { return Rearranging.roll(t(a), new int[] {shift}, new int[] {axis}); }

    /** {@code np.roll(a, (s1, s2), axis=(0, 1))}: several shifts along several axes. */
    public Tensor roll(Object a, int[] shift, int[] axis) {
        if (shift == null) throw new ShapeException("'NoneType' object cannot be interpreted as an integer");
        return Rearranging.roll(t(a), shift.clone(), axis == null ? null : axis.clone());
    }

    /**
     * {@code np.pad(a, n)}: n zeros (constant mode) before and after along every axis.
     * <pre>{@code
     * jshell> np.pad(np.array(1, 2), 1)
     * $1 ==> array([0, 1, 2, 0])
     * }</pre>
     */
    public Tensor pad(Object a, int padWidth) { return pad(a, new int[] {padWidth}, "constant", 0); }

    /**
     * {@code np.pad(a, pad_width, mode)}: pad_width is {n}, {before, after}, or one pair per axis as {@code int[][]}.
     * <pre>{@code
     * jshell> np.pad(np.array(1, 2, 3), new int[] {1, 2}, "edge")
     * $1 ==> array([1, 1, 2, 3, 3, 3])
     * }</pre>
     */
    public Tensor pad(Object a, Object padWidth, String mode) { return pad(a, padWidth, mode, 0); }

    /**
     * {@code np.pad(a, pad_width, mode, constant_values)}: mode "constant" (with that value), "edge", "reflect",
     * "symmetric" or "wrap"; {@code np.pad(x, new int[] {1, 2}, "constant", 9)}.
     */
    public Tensor pad(Object a, Object padWidth, String mode, Object constantValues) {
        Tensor x = t(a, "array");
        return Rearranging.pad(x, padWidths(padWidth, x.ndim()), mode == null ? "None" : mode, t(constantValues, "constant_values"));
    }

    /** numpy's broadcasting of pad_width to one (before, after) pair per axis. */
    private static int[][] padWidths(Object padWidth, int ndim) {
        int[][] rows;
        if (padWidth instanceof Integer n) rows = new int[][] {{n, n}};
        else if (padWidth instanceof int[] p && (p.length == 1 || p.length == 2)) rows = new int[][] {p.length == 1 ? new int[] {p[0], p[0]} : p};
        else if (padWidth instanceof int[][] p) rows = p;
        else throw new ShapeException("pad_width must be an int, {before, after} or one {before, after} per axis");
        int[][] out = new int[ndim][];
        for (int i = 0; i < ndim; i++) {
            int[] r = rows[rows.length == 1 ? 0 : i];
            if (rows.length != 1 && rows.length != ndim || r.length < 1 || r.length > 2) {
                throw new ShapeException("operands could not be broadcast together with remapped shapes [original->remapped]: ("
                        + rows.length + "," + r.length + ")  and requested shape (" + ndim + ",2)");
            }
            out[i] = r.length == 1 ? new int[] {r[0], r[0]} : r;
            if (out[i][0] < 0 || out[i][1] < 0) throw new ShapeException("index can't contain negative values");
        }
        return out;
    }

    /**
     * {@code np.mod(a, b)} = {@code np.remainder}: Python's {@code %}, the sign of the divisor ({@code -7 % 3 == 2}).
     * <pre>{@code
     * jshell> np.mod(np.array(7, -7), 3)
     * $1 ==> array([1, 2])
     * }</pre>
     */
    public Tensor mod(Object a, Object b) { return Ufuncs.remainder(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code np.remainder(a, b)}, the same as {@link #mod}.
     * <pre>{@code
     * jshell> np.remainder(np.array(7.5, -7.5), 2)
     * $1 ==> array([1.5, 0.5])
     * }</pre>
     */
    public Tensor remainder(Object a, Object b) { return mod(a, b); }

    /**
     * {@code np.floor_divide(a, b)}: Python's {@code //}, the quotient rounded down ({@code -7 // 2 == -4}).
     * <pre>{@code
     * jshell> np.floor_divide(np.array(7, -7), 2)
     * $1 ==> array([ 3, -4])
     * }</pre>
     */
    public Tensor floor_divide(Object a, Object b) { return Ufuncs.floorDivide(t(a, "x1"), t(b, "x2")); }

    /**
     * {@code np.logaddexp(a, b)}: {@code log(exp(a) + exp(b))} computed without overflow.
     * <pre>{@code
     * jshell> np.logaddexp(np.array(0.0, 1000.0), np.array(0.0, 1000.0))
     * $1 ==> array([6.93147181e-01, 1.00069315e+03])
     * }</pre>
     */
    public Tensor logaddexp(Object a, Object b) { return Ufuncs.logaddexp(t(a, "x1"), t(b, "x2")); }

    /** scipy's {@code logsumexp(a)}: {@code log(sum(exp(a)))} over all elements, stable for large values. */
    public Tensor logsumexp(Object a) { return t(a).logsumexp(); }

    /**
     * scipy's {@code logsumexp(a, axis, keepdims)}: the stable log-sum-exp along one axis (the softmax denominator).
     * <pre>{@code
     * jshell> np.logsumexp(np.array(new double[][] {{0, 0}, {1000, 1000}}), 1, false)
     * $1 ==> array([6.93147181e-01, 1.00069315e+03])
     * }</pre>
     */
    public Tensor logsumexp(Object a, int axis, boolean keepdims) { return t(a).logsumexp(axis, keepdims); }

    /**
     * {@code np.nansum(a)}: the sum with NaNs treated as zero.
     * <pre>{@code
     * jshell> np.nansum(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 6.0
     * }</pre>
     */
    public Tensor nansum(Object a) { return Statistics.nansum(t(a), null, false); }

    /** {@code np.nansum(a, axis, keepdims)}. */
    public Tensor nansum(Object a, int axis, boolean keepdims) { return Statistics.nansum(t(a), new int[] {axis}, keepdims); }

    /**
     * {@code np.nanprod(a)}: the product with NaNs treated as one.
     * <pre>{@code
     * jshell> np.nanprod(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 6.0
     * }</pre>
     */
    public Tensor nanprod(Object a) { return Statistics.nanprod(t(a), null, false); }

    /** {@code np.nanprod(a, axis, keepdims)}. */
    public Tensor nanprod(Object a, int axis, boolean keepdims) { return Statistics.nanprod(t(a), new int[] {axis}, keepdims); }

    /**
     * {@code np.nanmean(a)}: the mean of the elements that are not NaN.
     * <pre>{@code
     * jshell> np.nanmean(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 2.0
     * }</pre>
     */
    public Tensor nanmean(Object a) { return Statistics.nanmean(t(a), null, false); }

    /** {@code np.nanmean(a, axis, keepdims)}: NaN where a slice has no numbers. */
    public Tensor nanmean(Object a, int axis, boolean keepdims) { return Statistics.nanmean(t(a), new int[] {axis}, keepdims); }

    /**
     * {@code np.nanmax(a)}: the maximum ignoring NaNs (NaN if all are NaN).
     * <pre>{@code
     * jshell> np.nanmax(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 3.0
     * }</pre>
     */
    public Tensor nanmax(Object a) { return Statistics.nanextreme(t(a), null, false, true); }

    /** {@code np.nanmax(a, axis, keepdims)}. */
    public Tensor nanmax(Object a, int axis, boolean keepdims) { return Statistics.nanextreme(t(a), new int[] {axis}, keepdims, true); }

    /**
     * {@code np.nanmin(a)}: the minimum ignoring NaNs (NaN if all are NaN).
     * <pre>{@code
     * jshell> np.nanmin(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 1.0
     * }</pre>
     */
    public Tensor nanmin(Object a) { return Statistics.nanextreme(t(a), null, false, false); }

    /** {@code np.nanmin(a, axis, keepdims)}. */
    public Tensor nanmin(Object a, int axis, boolean keepdims) { return Statistics.nanextreme(t(a), new int[] {axis}, keepdims, false); }

    /**
     * {@code np.nanargmax(a)}: the flat index of the maximum ignoring NaNs; all-NaN is an error.
     * <pre>{@code
     * jshell> np.nanargmax(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 2
     * }</pre>
     */
    public Tensor nanargmax(Object a) { return Statistics.nanarg(t(a), null, true); }

    /** {@code np.nanargmax(a, axis)}. */
    public Tensor nanargmax(Object a, int axis) { return Statistics.nanarg(t(a), axis, true); }

    /**
     * {@code np.nanargmin(a)}: the flat index of the minimum ignoring NaNs; all-NaN is an error.
     * <pre>{@code
     * jshell> np.nanargmin(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 0
     * }</pre>
     */
    public Tensor nanargmin(Object a) { return Statistics.nanarg(t(a), null, false); }

    /** {@code np.nanargmin(a, axis)}. */
    public Tensor nanargmin(Object a, int axis) { return Statistics.nanarg(t(a), axis, false); }

    /**
     * {@code np.nanvar(a)}: the variance of the non-NaN elements.
     * <pre>{@code
     * jshell> np.nanvar(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 0.6666666666666666
     * }</pre>
     */
    public Tensor nanvar(Object a) { return Statistics.nanvar(t(a), null, 0, false); }

    /** {@code np.nanvar(a, axis, ddof, keepdims)}: divides by (count − ddof); NaN where that is not positive. */
    public Tensor nanvar(Object a, int axis, double ddof, boolean keepdims) { return Statistics.nanvar(t(a), new int[] {axis}, ddof, keepdims); }

    /**
     * {@code np.nanstd(a)}: the standard deviation of the non-NaN elements.
     * <pre>{@code
     * jshell> np.nanstd(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 0.816496580927726
     * }</pre>
     */
    public Tensor nanstd(Object a) { return nanvar(a).sqrt(); }

    /** {@code np.nanstd(a, axis, ddof, keepdims)}. */
    public Tensor nanstd(Object a, int axis, double ddof, boolean keepdims) { return nanvar(a, axis, ddof, keepdims).sqrt(); }

    /**
     * {@code np.cov(m)}: the covariance matrix of the variables in m's rows (observations in columns), ddof 1.
     * <pre>{@code
     * jshell> np.cov(np.array(new double[][] {{1, 2, 3}, {2, 4, 7}}))
     * $1 ==> array([[1.        , 2.5       ],
     *        [2.5       , 6.33333333]])
     * }</pre>
     */
    public Tensor cov(Object m) { return Statistics.cov(t(m, "m"), null, true, false, null); }

    /** {@code np.cov(x, y)}: the covariance of x's and y's variables together. */
    public Tensor cov(Object m, Object y) { return Statistics.cov(t(m, "m"), t(y, "y"), true, false, null); }

    /** {@code np.cov(m, rowvar=rowvar, bias=bias)}: rowvar false when variables are columns; bias divides by N. */
    public Tensor cov(Object m, boolean rowvar, boolean bias) { return Statistics.cov(t(m, "m"), null, rowvar, bias, null); }

    /** {@code np.cov(m, y, rowvar, bias, ddof)}; y and ddof may be null. */
    public Tensor cov(Object m, Object y, boolean rowvar, boolean bias, Integer ddof) {
        return Statistics.cov(t(m, "m"), y == null ? null : t(y, "y"), rowvar, bias, ddof);
    }

    /**
     * {@code np.corrcoef(x)}: Pearson correlations between the variables in x's rows.
     * <pre>{@code
     * jshell> np.corrcoef(np.array(new double[][] {{1, 2, 3}, {2, 4, 7}}))
     * $1 ==> array([[1.        , 0.99339927],
     *        [0.99339927, 1.        ]])
     * }</pre>
     */
    public Tensor corrcoef(Object x) { return Statistics.corrcoef(t(x, "x"), null, true); }

    /** {@code np.corrcoef(x, y)}: correlations between x's and y's variables together. */
    public Tensor corrcoef(Object x, Object y) { return Statistics.corrcoef(t(x, "x"), t(y, "y"), true); }

    /** {@code np.corrcoef(x, rowvar=rowvar)}: rowvar false when variables are columns. */
    public Tensor corrcoef(Object x, boolean rowvar) { return Statistics.corrcoef(t(x, "x"), null, rowvar); }

    /** {@code hist, edges = np.histogram(a)}: counts in 10 equal bins from a's min to max, and the 11 edges. */
    public Tensor[] histogram(Object a) { return histogram(a, 10); }

    /**
     * {@code np.histogram(a, bins)}: {@code bins} equal-width bins; the last bin includes its right edge.
     * <pre>{@code
     * jshell> np.histogram(np.array(1.0, 2.0, 2.0, 3.0, 4.0), 3)
     * $1 ==> Tensor[2] { array([1, 2, 2]), array([1., 2., 3., 4.]) }
     * }</pre>
     */
    public Tensor[] histogram(Object a, int bins) { return Statistics.histogram(t(a), bins, null, false); }

    /** {@code np.histogram(a, bins, range, density)}: range {lo, hi} or null; density gives a pdf that integrates to 1. */
    public Tensor[] histogram(Object a, int bins, double[] range, boolean density) {
        return Statistics.histogram(t(a), bins, range == null ? null : range.clone(), density);
    }

    /** {@code np.histogram(a, bins=edges)}: bins given by their increasing edges. */
    public Tensor[] histogram(Object a, Tensor edges) { return Statistics.histogram(t(a), t(edges, "bins"), false); }

    /** {@code np.histogram(a, bins=edges, density=density)}. */
    public Tensor[] histogram(Object a, Tensor edges, boolean density) { return Statistics.histogram(t(a), t(edges, "bins"), density); }

    /**
     * {@code np.bincount(x)}: for each integer 0..max(x), how often it occurs in x (non-negative ints).
     * <pre>{@code
     * jshell> np.bincount(np.array(0, 1, 1, 3))
     * $1 ==> array([1, 2, 0, 1])
     * }</pre>
     */
    public Tensor bincount(Object x) { return Statistics.bincount(t(x, "x"), null, 0); }

    /** {@code np.bincount(x, weights, minlength)}: the weights summed per integer (weights may be null), at least minlength long. */
    public Tensor bincount(Object x, Object weights, int minlength) {
        return Statistics.bincount(t(x, "x"), weights == null ? null : t(weights, "weights"), minlength);
    }

    /**
     * {@code np.searchsorted(a, v)}: where each v goes in the sorted 1-D a, before equal values.
     * <pre>{@code
     * jshell> np.searchsorted(np.array(1, 3, 5), np.array(0, 3, 6))
     * $1 ==> array([0, 1, 3])
     * }</pre>
     */
    public Tensor searchsorted(Object a, Object v) { return searchsorted(a, v, "left"); }

    /** {@code np.searchsorted(a, v, side)}: side "left" (before equal values) or "right" (after them). */
    public Tensor searchsorted(Object a, Object v, String side) {
        if (!"left".equals(side) && !"right".equals(side)) {
            throw new ShapeException("search side must be 'left' or 'right' (got '" + side + "')");
        }
        return Searching.searchsorted(t(a, "a"), t(v, "v"), "right".equals(side));
    }

    /**
     * {@code np.digitize(x, bins)}: the index of the bin each x falls in ({@code bins[i-1] <= x < bins[i]}).
     * <pre>{@code
     * jshell> np.digitize(np.array(0.5, 1.5, 2.5), np.array(1.0, 2.0))
     * $1 ==> array([0, 1, 2])
     * }</pre>
     */
    public Tensor digitize(Object x, Object bins) { return digitize(x, bins, false); }

    /** {@code np.digitize(x, bins, right)}: with right true the bins hold their right edge instead. */
    public Tensor digitize(Object x, Object bins, boolean right) { return Searching.digitize(t(x, "x"), t(bins, "bins"), right); }

    /**
     * {@code np.argwhere(a)}: the index of every nonzero element, one row each (int64, N × ndim).
     * <pre>{@code
     * jshell> np.argwhere(np.array(new int[][] {{0, 1}, {2, 0}}))
     * $1 ==> array([[0, 1],
     *        [1, 0]])
     * }</pre>
     */
    public Tensor argwhere(Object a) { return Searching.argwhere(t(a)); }

    /**
     * {@code np.count_nonzero(a)}: how many elements are not zero.
     * <pre>{@code
     * jshell> np.count_nonzero(np.array(new int[][] {{0, 1}, {2, 3}}))
     * $1 ==> 3
     * }</pre>
     */
    public Tensor count_nonzero(Object a) { return Statistics.countNonzero(t(a), null, false); }

    /** {@code np.count_nonzero(a, axis, keepdims)}: counts along an axis (int64). */
    public Tensor count_nonzero(Object a, int axis, boolean keepdims) { return Statistics.countNonzero(t(a), new int[] {axis}, keepdims); }

    /**
     * {@code np.array_equal(a1, a2)}: true when both have the same shape and elements (NaN never equals NaN).
     * <pre>{@code
     * jshell> np.array_equal(np.array(1.0, Double.NaN), np.array(1.0, Double.NaN))
     * $1 ==> false
     * }</pre>
     */
    public boolean array_equal(Object a1, Object a2) { return array_equal(a1, a2, false); }

    /**
     * {@code np.array_equal(a1, a2, equal_nan)}: with equal_nan true, NaNs in the same places count as equal.
     * <pre>{@code
     * jshell> np.array_equal(np.array(1.0, Double.NaN), np.array(1.0, Double.NaN), true)
     * $1 ==> true
     * }</pre>
     */
    public boolean array_equal(Object a1, Object a2, boolean equalNan) { return Searching.arrayEqual(t(a1, "a1"), t(a2, "a2"), equalNan); }

    /** {@code np.ptp(a)}: peak to peak, max − min of all elements. */
    public Tensor ptp(Object a) { return Statistics.ptp(t(a), null, false); }

    /**
     * {@code np.ptp(a, axis, keepdims)}: max − min along an axis.
     * <pre>{@code
     * jshell> np.ptp(np.array(new int[][] {{1, 5}, {2, 9}}), 0, false)
     * $1 ==> array([1, 4])
     * }</pre>
     */
    public Tensor ptp(Object a, int axis, boolean keepdims) { return Statistics.ptp(t(a), new int[] {axis}, keepdims); }

    /**
     * {@code np.average(a, weights=w)}: the weighted mean {@code sum(a * w) / sum(w)} of all elements (w shaped like a).
     * <pre>{@code
     * jshell> np.average(np.array(1.0, 2.0, 3.0), np.array(3, 1, 0))
     * $1 ==> 1.25
     * }</pre>
     */
    public Tensor average(Object a, Object weights) { return Statistics.average(t(a), null, weights == null ? null : t(weights, "weights"), false); }

    /** {@code np.average(a, axis, weights)}: along one axis; w shaped like a or 1-D along that axis (may be null). */
    public Tensor average(Object a, int axis, Object weights) {
        return Statistics.average(t(a), axis, weights == null ? null : t(weights, "weights"), false);
    }

    /**
     * {@code np.save(file, arr)}: writes arr as a {@code .npy} file numpy reads with {@code np.load} (".npy" is added
     * to a name without it), the same bytes numpy writes.
     * <pre>{@code
     * jshell> np.save(System.getProperty("java.io.tmpdir") + "/mlmath-example", np.array(1, 2, 3))
     * jshell> np.load(System.getProperty("java.io.tmpdir") + "/mlmath-example.npy")
     * $2 ==> array([1, 2, 3])
     * }</pre>
     */
    public void save(String file, Object arr) {
        if (file == null) throw new ShapeException("expected str, bytes or os.PathLike object, not NoneType");
        String name = file.endsWith(".npy") ? file : file + ".npy";
        byte[] bytes = Npy.encode(t(arr, "arr"));
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(name), bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ShapeException("[Errno 2] No such file or directory: '" + name + "'");
        } catch (java.io.IOException e) {
            throw new ShapeException("could not write '" + name + "': " + e.getMessage());
        }
    }

    /**
     * {@code np.load(file)}: the array in a {@code .npy} file written by numpy (float, int and bool dtypes) or by {@link #save}.
     * <pre>{@code
     * jshell> np.save(System.getProperty("java.io.tmpdir") + "/mlmath-example.npy", np.eye(2))
     * jshell> np.load(System.getProperty("java.io.tmpdir") + "/mlmath-example.npy")
     * $2 ==> array([[1., 0.],
     *        [0., 1.]])
     * }</pre>
     */
    public Tensor load(String file) {
        if (file == null) throw new ShapeException("expected str, bytes or os.PathLike object, not NoneType");
        try {
            return Npy.decode(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)), file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ShapeException("[Errno 2] No such file or directory: '" + file + "'");
        } catch (java.io.IOException e) {
            throw new ShapeException("could not read '" + file + "': " + e.getMessage());
        }
    }

    /**
     * {@code np.nanmedian(a)}: the median of the elements that are not NaN.
     * <pre>{@code
     * jshell> np.nanmedian(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> 2.0
     * }</pre>
     */
    public Tensor nanmedian(Object x) { return Sorting.nanmedian(t(x), null, false); }

    /** {@code np.nanmedian(a, axis, keepdims)}: NaN where a slice has no numbers. */
    public Tensor nanmedian(Object x, int axis, boolean keepdims) { return Sorting.nanmedian(t(x), axis, keepdims); }

    /**
     * {@code np.nanquantile(a, q)}: the quantiles of the non-NaN elements, q in [0, 1].
     * <pre>{@code
     * jshell> np.nanquantile(np.array(1.0, Double.NaN, 3.0, 2.0), np.array(0.25, 0.5))
     * $1 ==> array([1.5, 2. ])
     * }</pre>
     */
    public Tensor nanquantile(Object x, Object q) { return nanquantileOf(x, q, null, false); }

    /** {@code np.nanquantile(a, q, axis, keepdims)}. */
    public Tensor nanquantile(Object x, Object q, int axis, boolean keepdims) { return nanquantileOf(x, q, axis, keepdims); }

    private Tensor nanquantileOf(Object x, Object q, Integer axis, boolean keepdims) {
        return Sorting.nanquantile(t(x), t(q, "q"), axis, keepdims, "Quantiles must be in the range [0, 1]");
    }

    /**
     * {@code np.nanpercentile(a, q)}: the percentiles of the non-NaN elements, q in [0, 100].
     * <pre>{@code
     * jshell> np.nanpercentile(np.array(1.0, Double.NaN, 3.0, 2.0), 50)
     * $1 ==> 2.0
     * }</pre>
     */
    public Tensor nanpercentile(Object x, Object q) { return nanpercentileOf(x, q, null, false); }

    /** {@code np.nanpercentile(a, q, axis, keepdims)}. */
    public Tensor nanpercentile(Object x, Object q, int axis, boolean keepdims) { return nanpercentileOf(x, q, axis, keepdims); }

    private Tensor nanpercentileOf(Object x, Object q, Integer axis, boolean keepdims) {
        Tensor fraction = Ufuncs.divide(t(q, "q"), t(100));
        return Sorting.nanquantile(t(x), fraction, axis, keepdims, "Percentiles must be in the range [0, 100]");
    }
}

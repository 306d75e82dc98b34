package mlmath.tensor;

import mlmath.tensor.internal.*;
import mlmath.tensor.internal.Reductions.Kind;

/**
 * A tensor's reductions: sum, mean, prod, max, min, argmax, argmin, all, any, var and std over all elements or along
 * axes, the running cumsum and cumprod, and logsumexp. {@link Tensor} is its one implementation.
 */
public sealed interface TensorReductions permits Tensor {
    // Every reduction comes as (), (axis), (axis, keepdims); sum/mean/prod/max/min/std/var also take several
    // axes as an int[] (numpy's axis=(0, 1)), where null means all axes.

    private Tensor reduce(int axis, boolean keepdims, Kind kind) { return Reductions.reduce((Tensor) this, axis, keepdims, kind); }

    private Tensor reduce(int[] axes, boolean keepdims, Kind kind) { return Reductions.reduce((Tensor) this, axes, keepdims, kind); }

    /**
     * The sum of all elements; with an axis, along it (negative axes count from the end).
     * <pre>{@code
     * jshell> var a = np.arange(6).reshape(2, 3)
     * a ==> array([[0, 1, 2],
     *        [3, 4, 5]])
     * jshell> a.sum()
     * $2 ==> np.int64(15)
     * jshell> a.sum(0)
     * $3 ==> array([3, 5, 7])
     * jshell> a.sum(-1, true)
     * $4 ==> array([[ 3],
     *        [12]])
     * }</pre>
     */
    default Tensor sum() { return Reductions.all((Tensor) this, Kind.SUM); }
    default Tensor sum(int axis) { return sum(axis, false); }
    default Tensor sum(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.SUM); }
    /**
     * Sum over several axes: {@code x.sum(new int[] {0, 1}, true)} is numpy's {@code x.sum(axis=(0, 1), keepdims=True)}.
     * <pre>{@code
     * jshell> np.ones(2, 3, 4).sum(new int[] {0, 2})
     * $1 ==> array([8., 8., 8.])
     * }</pre>
     */
    default Tensor sum(int[] axes) { return sum(axes, false); }
    default Tensor sum(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.SUM); }

    /**
     * The mean (float64 also for int arrays).
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).mean(1)
     * $1 ==> array([1., 4.])
     * jshell> np.arange(6).reshape(2, 3).mean(new int[] {0, 1}, true)
     * $2 ==> array([[2.5]])
     * }</pre>
     */
    default Tensor mean() { return Reductions.all((Tensor) this, Kind.MEAN); }
    default Tensor mean(int axis) { return mean(axis, false); }
    default Tensor mean(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.MEAN); }
    default Tensor mean(int[] axes) { return mean(axes, false); }
    default Tensor mean(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.MEAN); }

    /**
     * The product of all elements, or along an axis.
     * <pre>{@code
     * jshell> np.arange(1, 5).prod()
     * $1 ==> np.int64(24)
     * jshell> np.arange(1, 5).reshape(2, 2).prod(0)
     * $2 ==> array([3, 8])
     * }</pre>
     */
    default Tensor prod() { return Reductions.all((Tensor) this, Kind.PROD); }
    default Tensor prod(int axis) { return prod(axis, false); }
    default Tensor prod(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.PROD); }
    default Tensor prod(int[] axes) { return prod(axes, false); }
    default Tensor prod(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.PROD); }

    /**
     * The largest element, or the largest along an axis ({@code keepdims} keeps it as length 1).
     * <pre>{@code
     * jshell> var z = np.array(new double[][] {{1, 5, 2}, {7, 0, 3}})
     * z ==> array([[1., 5., 2.],
     *        [7., 0., 3.]])
     * jshell> z.max()
     * $2 ==> np.float64(7.0)
     * jshell> z.max(-1, true)
     * $3 ==> array([[5.],
     *        [7.]])
     * }</pre>
     */
    default Tensor max() { return Reductions.all((Tensor) this, Kind.MAX); }
    default Tensor max(int axis) { return max(axis, false); }
    default Tensor max(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.MAX); }
    default Tensor max(int[] axes) { return max(axes, false); }
    default Tensor max(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.MAX); }

    /**
     * The smallest element, or the smallest along an axis.
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).min(0)
     * $1 ==> array([1., 0., 2.])
     * }</pre>
     */
    default Tensor min() { return Reductions.all((Tensor) this, Kind.MIN); }
    default Tensor min(int axis) { return min(axis, false); }
    default Tensor min(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.MIN); }
    default Tensor min(int[] axes) { return min(axes, false); }
    default Tensor min(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.MIN); }

    /**
     * Index of the largest element of the flattened array (the first one on ties; the first NaN if any).
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).argmax()
     * $1 ==> np.int64(3)
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).argmax(-1)
     * $2 ==> array([1, 0])
     * }</pre>
     */
    default Tensor argmax() { return Reductions.all((Tensor) this, Kind.ARGMAX); }
    default Tensor argmax(int axis) { return argmax(axis, false); }
    default Tensor argmax(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ARGMAX); }

    /**
     * Index of the smallest element of the flattened array, or along an axis.
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 5, 2}, {7, 0, 3}}).argmin(1, true)
     * $1 ==> array([[0],
     *        [1]])
     * }</pre>
     */
    default Tensor argmin() { return Reductions.all((Tensor) this, Kind.ARGMIN); }
    default Tensor argmin(int axis) { return argmin(axis, false); }
    default Tensor argmin(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ARGMIN); }

    /**
     * True when every element is nonzero (a 0-d bool tensor).
     * <pre>{@code
     * jshell> np.array(1, 2, 0).all()
     * $1 ==> np.False_
     * jshell> np.array(new int[][] {{1, 0}, {1, 1}}).all(1)
     * $2 ==> array([False,  True])
     * }</pre>
     */
    default Tensor all() { return Reductions.all((Tensor) this, Kind.ALL); }
    default Tensor all(int axis) { return all(axis, false); }
    default Tensor all(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ALL); }
    default Tensor all(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.ALL); }

    /**
     * True when some element is nonzero (a 0-d bool tensor).
     * <pre>{@code
     * jshell> np.array(0, 0, 3).any()
     * $1 ==> np.True_
     * jshell> np.zeros(2, 2).any(new int[] {0, 1}, true)
     * $2 ==> array([[False]])
     * }</pre>
     */
    default Tensor any() { return Reductions.all((Tensor) this, Kind.ANY); }
    default Tensor any(int axis) { return any(axis, false); }
    default Tensor any(int axis, boolean keepdims) { return reduce(axis, keepdims, Kind.ANY); }
    default Tensor any(int[] axes, boolean keepdims) { return reduce(axes, keepdims, Kind.ANY); }

    /**
     * The variance, dividing by N (numpy's ddof=0).
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0, 4.0).var()
     * $1 ==> np.float64(1.25)
     * jshell> np.arange(6).reshape(2, 3).var(1)
     * $2 ==> array([0.66666667, 0.66666667])
     * }</pre>
     */
    default Tensor var() { return var(null, 0, false); }
    default Tensor var(int axis) { return var(axis, false); }
    default Tensor var(int axis, boolean keepdims) { return var(new int[] {axis}, 0, keepdims); }
    /**
     * The variance over {@code axes} (null: all) dividing by N - ddof: {@code x.var(null, 1, false)} is the sample variance.
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0, 4.0).var(null, 1, false)
     * $1 ==> np.float64(1.6666666666666667)
     * }</pre>
     */
    default Tensor var(int[] axes, double ddof, boolean keepdims) { return Reductions.var((Tensor) this, axes, ddof, keepdims); }

    /**
     * The standard deviation, dividing by N (numpy's ddof=0).
     * <pre>{@code
     * jshell> np.array(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0).std()
     * $1 ==> np.float64(2.0)
     * }</pre>
     */
    default Tensor std() { return std(null, 0, false); }
    default Tensor std(int axis) { return std(axis, false); }
    default Tensor std(int axis, boolean keepdims) { return std(new int[] {axis}, 0, keepdims); }
    /**
     * The standard deviation over {@code axes} (null: all) with N - ddof in the variance's denominator.
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0, 4.0).std(null, 1, false)
     * $1 ==> np.float64(1.2909944487358056)
     * }</pre>
     */
    default Tensor std(int[] axes, double ddof, boolean keepdims) { return var(axes, ddof, keepdims).sqrt(); }

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
    default Tensor cumsum() { return Reductions.cumulative((Tensor) this, null, false); }
    default Tensor cumsum(int axis) { return Reductions.cumulative((Tensor) this, axis, false); }

    /**
     * Running product of the flattened array.
     * <pre>{@code
     * jshell> np.arange(1, 5).cumprod()
     * $1 ==> array([ 1,  2,  6, 24])
     * }</pre>
     */
    default Tensor cumprod() { return Reductions.cumulative((Tensor) this, null, true); }
    default Tensor cumprod(int axis) { return Reductions.cumulative((Tensor) this, axis, true); }

    /**
     * scipy's {@code logsumexp}: {@code log(sum(exp(x)))} over all elements without overflow (0-d float64).
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0).logsumexp()
     * $1 ==> np.float64(3.40760596444438)
     * }</pre>
     */
    default Tensor logsumexp() { return Statistics.logsumexp((Tensor) this, null, false); }

    /** scipy's {@code logsumexp(x, axis, keepdims)}: the stable log-sum-exp along one axis, the softmax's log-denominator. */
    default Tensor logsumexp(int axis, boolean keepdims) { return Statistics.logsumexp((Tensor) this, axis, keepdims); }
}

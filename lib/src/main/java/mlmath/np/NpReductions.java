package mlmath.np;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's reductions on {@code np}: sum, mean, max, min, prod, argmax, argmin, all, any, var, std, ptp over all
 * elements or along axes, the running cumsum and cumprod, diff and logsumexp. {@link Np} is its one implementation;
 * learners call these on {@code np}.
 */
public sealed interface NpReductions permits Np {
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
    default Tensor sum(Object x) { return t(x).sum(); }

    default Tensor sum(Object x, int axis) { return t(x).sum(axis); }

    default Tensor sum(Object x, int axis, boolean keepdims) { return t(x).sum(axis, keepdims); }

    default Tensor sum(Object x, int[] axes) { return t(x).sum(axes); }

    default Tensor sum(Object x, int[] axes, boolean keepdims) { return t(x).sum(axes, keepdims); }

    /**
     * The mean (float64 also for ints), of all elements or along axes.
     * <pre>{@code
     * jshell> np.mean(np.array(1, 2, 3, 4))
     * $1 ==> np.float64(2.5)
     * jshell> np.mean(np.arange(6).reshape(2, 3), 0)
     * $2 ==> array([1.5, 2.5, 3.5])
     * }</pre>
     */
    default Tensor mean(Object x) { return t(x).mean(); }

    default Tensor mean(Object x, int axis) { return t(x).mean(axis); }

    default Tensor mean(Object x, int axis, boolean keepdims) { return t(x).mean(axis, keepdims); }

    default Tensor mean(Object x, int[] axes) { return t(x).mean(axes); }

    default Tensor mean(Object x, int[] axes, boolean keepdims) { return t(x).mean(axes, keepdims); }

    /**
     * The largest element, or the largest along axes.
     * <pre>{@code
     * jshell> np.max(np.array(new double[][] {{1, 4}, {3, 2}}), 1)
     * $1 ==> array([4., 3.])
     * }</pre>
     */
    default Tensor max(Object x) { return t(x).max(); }

    default Tensor max(Object x, int axis) { return t(x).max(axis); }

    default Tensor max(Object x, int axis, boolean keepdims) { return t(x).max(axis, keepdims); }

    default Tensor max(Object x, int[] axes) { return t(x).max(axes); }

    default Tensor max(Object x, int[] axes, boolean keepdims) { return t(x).max(axes, keepdims); }

    /**
     * The smallest element, or the smallest along axes.
     * <pre>{@code
     * jshell> np.min(np.array(new double[][] {{1, 4}, {3, 2}}), 0, true)
     * $1 ==> array([[1., 2.]])
     * }</pre>
     */
    default Tensor min(Object x) { return t(x).min(); }

    default Tensor min(Object x, int axis) { return t(x).min(axis); }

    default Tensor min(Object x, int axis, boolean keepdims) { return t(x).min(axis, keepdims); }

    default Tensor min(Object x, int[] axes) { return t(x).min(axes); }

    default Tensor min(Object x, int[] axes, boolean keepdims) { return t(x).min(axes, keepdims); }

    /**
     * The product of the elements, or along axes.
     * <pre>{@code
     * jshell> np.prod(np.array(1.5, 2.0, 4.0))
     * $1 ==> np.float64(12.0)
     * }</pre>
     */
    default Tensor prod(Object x) { return t(x).prod(); }

    default Tensor prod(Object x, int axis) { return t(x).prod(axis); }

    default Tensor prod(Object x, int axis, boolean keepdims) { return t(x).prod(axis, keepdims); }

    default Tensor prod(Object x, int[] axes) { return t(x).prod(axes); }

    default Tensor prod(Object x, int[] axes, boolean keepdims) { return t(x).prod(axes, keepdims); }

    /**
     * Index of the largest element (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.argmax(np.array(new double[][] {{1, 4}, {3, 2}}), 0)
     * $1 ==> array([1, 0])
     * }</pre>
     */
    default Tensor argmax(Object x) { return t(x).argmax(); }

    default Tensor argmax(Object x, int axis) { return t(x).argmax(axis); }

    default Tensor argmax(Object x, int axis, boolean keepdims) { return t(x).argmax(axis, keepdims); }

    /**
     * Index of the smallest element (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.argmin(np.array(3, 1, 2))
     * $1 ==> np.int64(1)
     * }</pre>
     */
    default Tensor argmin(Object x) { return t(x).argmin(); }

    default Tensor argmin(Object x, int axis) { return t(x).argmin(axis); }

    default Tensor argmin(Object x, int axis, boolean keepdims) { return t(x).argmin(axis, keepdims); }

    /**
     * Whether every element is nonzero (or along an axis).
     * <pre>{@code
     * jshell> np.all(np.array(new int[][] {{1, 0}, {1, 1}}), 0)
     * $1 ==> array([ True, False])
     * }</pre>
     */
    default Tensor all(Object x) { return t(x).all(); }

    default Tensor all(Object x, int axis) { return t(x).all(axis); }

    default Tensor all(Object x, int axis, boolean keepdims) { return t(x).all(axis, keepdims); }

    /**
     * Whether some element is nonzero (or along an axis).
     * <pre>{@code
     * jshell> np.any(np.array(0.0, Double.NaN))
     * $1 ==> np.True_
     * }</pre>
     */
    default Tensor any(Object x) { return t(x).any(); }

    default Tensor any(Object x, int axis) { return t(x).any(axis); }

    default Tensor any(Object x, int axis, boolean keepdims) { return t(x).any(axis, keepdims); }

    /**
     * The variance dividing by N, of all elements or along an axis.
     * <pre>{@code
     * jshell> np.var(np.array(1, 2, 3, 4))
     * $1 ==> np.float64(1.25)
     * }</pre>
     */
    default Tensor var(Object x) { return t(x).var(); }

    default Tensor var(Object x, int axis) { return t(x).var(axis); }

    default Tensor var(Object x, int axis, boolean keepdims) { return t(x).var(axis, keepdims); }

    /**
     * Variance over {@code axes} (null: all) with {@code ddof}: {@code np.var(x, null, 1, false)} is the sample variance.
     * <pre>{@code
     * jshell> np.var(np.array(1, 2, 3, 4), null, 1, false)
     * $1 ==> np.float64(1.6666666666666667)
     * }</pre>
     */
    default Tensor var(Object x, int[] axes, double ddof, boolean keepdims) { return t(x).var(axes, ddof, keepdims); }

    /**
     * The standard deviation dividing by N, of all elements or along an axis.
     * <pre>{@code
     * jshell> np.std(np.array(new double[][] {{1, 3}, {5, 9}}), 1)
     * $1 ==> array([1., 2.])
     * }</pre>
     */
    default Tensor std(Object x) { return t(x).std(); }

    default Tensor std(Object x, int axis) { return t(x).std(axis); }

    default Tensor std(Object x, int axis, boolean keepdims) { return t(x).std(axis, keepdims); }

    /**
     * The standard deviation over {@code axes} (null: all) with N - ddof in the variance's denominator.
     * <pre>{@code
     * jshell> np.std(np.array(1, 3), null, 1, false)
     * $1 ==> np.float64(1.4142135623730951)
     * }</pre>
     */
    default Tensor std(Object x, int[] axes, double ddof, boolean keepdims) { return t(x).std(axes, ddof, keepdims); }

    /**
     * The running sum (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.cumsum(np.array(0.5, 0.25, 0.25))
     * $1 ==> array([0.5 , 0.75, 1.  ])
     * }</pre>
     */
    default Tensor cumsum(Object x) { return t(x).cumsum(); }

    default Tensor cumsum(Object x, int axis) { return t(x).cumsum(axis); }

    /**
     * The running product (of the flattened array, or along an axis).
     * <pre>{@code
     * jshell> np.cumprod(np.arange(1, 7).reshape(2, 3), 1)
     * $1 ==> array([[  1,   2,   6],
     *        [  4,  20, 120]])
     * }</pre>
     */
    default Tensor cumprod(Object x) { return t(x).cumprod(); }

    default Tensor cumprod(Object x, int axis) { return t(x).cumprod(axis); }

    /**
     * {@code np.diff(a)}: differences of neighbours along the last axis, {@code a[1:] - a[:-1]}.
     * <pre>{@code
     * jshell> np.diff(np.array(1, 4, 9, 16))
     * $1 ==> array([3, 5, 7])
     * }</pre>
     */
    default Tensor diff(Object a) { return diff(a, 1, -1); }

    /** {@code np.diff(a, n)}: the n-th difference along the last axis (n = 0 gives a back). */
    default Tensor diff(Object a, int n) { return diff(a, n, -1); }

    /** {@code np.diff(a, n, axis)}: the n-th difference along {@code axis}; on bools numpy's {@code !=} of neighbours. */
    default Tensor diff(Object a, int n, int axis) { return Rearranging.diff(t(a), n, axis); }

    /**
     * {@code np.diff(a, n, axis, prepend, append)}: prepend and append (either may be null; a number stands for one
     * slice of it) are joined to a along the axis before differencing, so the result keeps a's length.
     * <pre>{@code
     * jshell> np.diff(np.array(1, 4, 9, 16), 1, -1, 0, null)
     * $1 ==> array([1, 3, 5, 7])
     * }</pre>
     */
    default Tensor diff(Object a, int n, int axis, Object prepend, Object append) {
        return Rearranging.diff(t(a), n, axis, prepend == null ? null : t(prepend, "prepend"), append == null ? null : t(append, "append"));
    }

    /**
     * {@code np.gradient(f)} of a 1-D f: central differences {@code (f[i+1] - f[i-1]) / 2} inside, one-sided at the
     * ends (numpy returns one array per axis for an n-d f: take each with {@code gradient(f, dx, axis)}).
     * <pre>{@code
     * jshell> np.gradient(np.array(1.0, 4.0, 9.0, 16.0, 25.0))
     * $1 ==> array([3., 4., 6., 8., 9.])
     * }</pre>
     */
    default Tensor gradient(Object f) { return gradient(f, 1.0); }

    /** {@code np.gradient(f, dx)} of a 1-D f sampled every dx. */
    default Tensor gradient(Object f, double dx) {
        Tensor x = t(f);
        if (x.ndim() > 1) throw new ShapeException("np.gradient of a " + x.ndim() + "-d array gives one array per axis: take each with np.gradient(f, dx, axis)");
        return Calculus.gradient(x, dx, 0);
    }

    /** {@code np.gradient(f, dx, axis=axis)}: the central differences along one axis, samples dx apart. */
    default Tensor gradient(Object f, double dx, int axis) { return Calculus.gradient(t(f), dx, axis); }

    /**
     * {@code np.trapezoid(y)}: the trapezoidal rule's integral along the last axis, samples 1 apart.
     * <pre>{@code
     * jshell> np.trapezoid(np.array(1.0, 2.0, 3.0))
     * $1 ==> np.float64(4.0)
     * }</pre>
     */
    default Tensor trapezoid(Object y) { return Calculus.trapezoid(t(y), 1.0, -1); }

    /** {@code np.trapezoid(y, dx=dx)}: samples dx apart (a number here is numpy's dx, as Java has no keywords). */
    default Tensor trapezoid(Object y, double dx) { return Calculus.trapezoid(t(y), dx, -1); }

    /** {@code np.trapezoid(y, x)}: samples at the points x (1-D, or shaped like y), along the last axis. */
    default Tensor trapezoid(Object y, Object x) { return Calculus.trapezoid(t(y), t(x, "x"), -1); }

    /** scipy's {@code logsumexp(a)}: {@code log(sum(exp(a)))} over all elements, stable for large values. */
    default Tensor logsumexp(Object a) { return t(a).logsumexp(); }

    /**
     * scipy's {@code logsumexp(a, axis, keepdims)}: the stable log-sum-exp along one axis (the softmax denominator).
     * <pre>{@code
     * jshell> np.logsumexp(np.array(new double[][] {{0, 0}, {1000, 1000}}), 1, false)
     * $1 ==> array([6.93147181e-01, 1.00069315e+03])
     * }</pre>
     */
    default Tensor logsumexp(Object a, int axis, boolean keepdims) { return t(a).logsumexp(axis, keepdims); }

    /** {@code np.ptp(a)}: peak to peak, max − min of all elements. */
    default Tensor ptp(Object a) { return Statistics.ptp(t(a), null, false); }

    /**
     * {@code np.ptp(a, axis, keepdims)}: max − min along an axis.
     * <pre>{@code
     * jshell> np.ptp(np.array(new int[][] {{1, 5}, {2, 9}}), 0, false)
     * $1 ==> array([1, 4])
     * }</pre>
     */
    default Tensor ptp(Object a, int axis, boolean keepdims) { return Statistics.ptp(t(a), new int[] {axis}, keepdims); }
}

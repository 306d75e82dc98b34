package mlmath.np;

import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's NaN-skipping functions on {@code np}: nansum, nanprod, nanmean, nanmax, nanmin, nanargmax, nanargmin, nanvar,
 * nanstd, nanmedian, nanquantile and nanpercentile, which ignore the NaNs in their input. {@link Np} is its one
 * implementation; learners call these on {@code np}.
 */
public sealed interface NpNanFunctions permits Np {
    /**
     * {@code np.nansum(a)}: the sum with NaNs treated as zero.
     * <pre>{@code
     * jshell> np.nansum(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(6.0)
     * }</pre>
     */
    default Tensor nansum(Object a) { return Statistics.nansum(t(a), null, false); }

    /** {@code np.nansum(a, axis, keepdims)}. */
    default Tensor nansum(Object a, int axis, boolean keepdims) { return Statistics.nansum(t(a), new int[] {axis}, keepdims); }

    /** {@code np.nansum(a, axis)}: along one axis. */
    default Tensor nansum(Object a, int axis) { return nansum(a, axis, false); }

    /**
     * {@code np.nanprod(a)}: the product with NaNs treated as one.
     * <pre>{@code
     * jshell> np.nanprod(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(6.0)
     * }</pre>
     */
    default Tensor nanprod(Object a) { return Statistics.nanprod(t(a), null, false); }

    /** {@code np.nanprod(a, axis, keepdims)}. */
    default Tensor nanprod(Object a, int axis, boolean keepdims) { return Statistics.nanprod(t(a), new int[] {axis}, keepdims); }

    /** {@code np.nanprod(a, axis)}: along one axis. */
    default Tensor nanprod(Object a, int axis) { return nanprod(a, axis, false); }

    /**
     * {@code np.nanmean(a)}: the mean of the elements that are not NaN.
     * <pre>{@code
     * jshell> np.nanmean(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(2.0)
     * }</pre>
     */
    default Tensor nanmean(Object a) { return Statistics.nanmean(t(a), null, false); }

    /** {@code np.nanmean(a, axis, keepdims)}: NaN where a slice has no numbers. */
    default Tensor nanmean(Object a, int axis, boolean keepdims) { return Statistics.nanmean(t(a), new int[] {axis}, keepdims); }

    /** {@code np.nanmean(a, axis)}: along one axis. */
    default Tensor nanmean(Object a, int axis) { return nanmean(a, axis, false); }

    /**
     * {@code np.nanmax(a)}: the maximum ignoring NaNs (NaN if all are NaN).
     * <pre>{@code
     * jshell> np.nanmax(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(3.0)
     * }</pre>
     */
    default Tensor nanmax(Object a) { return Statistics.nanextreme(t(a), null, false, true); }

    /** {@code np.nanmax(a, axis, keepdims)}. */
    default Tensor nanmax(Object a, int axis, boolean keepdims) { return Statistics.nanextreme(t(a), new int[] {axis}, keepdims, true); }

    /** {@code np.nanmax(a, axis)}: along one axis. */
    default Tensor nanmax(Object a, int axis) { return nanmax(a, axis, false); }

    /**
     * {@code np.nanmin(a)}: the minimum ignoring NaNs (NaN if all are NaN).
     * <pre>{@code
     * jshell> np.nanmin(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(1.0)
     * }</pre>
     */
    default Tensor nanmin(Object a) { return Statistics.nanextreme(t(a), null, false, false); }

    /** {@code np.nanmin(a, axis, keepdims)}. */
    default Tensor nanmin(Object a, int axis, boolean keepdims) { return Statistics.nanextreme(t(a), new int[] {axis}, keepdims, false); }

    /** {@code np.nanmin(a, axis)}: along one axis. */
    default Tensor nanmin(Object a, int axis) { return nanmin(a, axis, false); }

    /**
     * {@code np.nanargmax(a)}: the flat index of the maximum ignoring NaNs; all-NaN is an error.
     * <pre>{@code
     * jshell> np.nanargmax(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.int64(2)
     * }</pre>
     */
    default Tensor nanargmax(Object a) { return Statistics.nanarg(t(a), null, true); }

    /** {@code np.nanargmax(a, axis)}. */
    default Tensor nanargmax(Object a, int axis) { return Statistics.nanarg(t(a), axis, true); }

    /**
     * {@code np.nanargmin(a)}: the flat index of the minimum ignoring NaNs; all-NaN is an error.
     * <pre>{@code
     * jshell> np.nanargmin(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.int64(0)
     * }</pre>
     */
    default Tensor nanargmin(Object a) { return Statistics.nanarg(t(a), null, false); }

    /** {@code np.nanargmin(a, axis)}. */
    default Tensor nanargmin(Object a, int axis) { return Statistics.nanarg(t(a), axis, false); }

    /**
     * {@code np.nanvar(a)}: the variance of the non-NaN elements.
     * <pre>{@code
     * jshell> np.nanvar(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(0.6666666666666666)
     * }</pre>
     */
    default Tensor nanvar(Object a) { return Statistics.nanvar(t(a), null, 0, false); }

    /** {@code np.nanvar(a, axis, ddof, keepdims)}: divides by (count − ddof); NaN where that is not positive. */
    default Tensor nanvar(Object a, int axis, double ddof, boolean keepdims) { return Statistics.nanvar(t(a), new int[] {axis}, ddof, keepdims); }

    /** {@code np.nanvar(a, axis)}: along one axis, ddof 0. */
    default Tensor nanvar(Object a, int axis) { return nanvar(a, axis, 0, false); }

    /**
     * {@code np.nanstd(a)}: the standard deviation of the non-NaN elements.
     * <pre>{@code
     * jshell> np.nanstd(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(0.816496580927726)
     * }</pre>
     */
    default Tensor nanstd(Object a) { return nanvar(a).sqrt(); }

    /** {@code np.nanstd(a, axis, ddof, keepdims)}. */
    default Tensor nanstd(Object a, int axis, double ddof, boolean keepdims) { return nanvar(a, axis, ddof, keepdims).sqrt(); }

    /** {@code np.nanstd(a, axis)}: along one axis, ddof 0. */
    default Tensor nanstd(Object a, int axis) { return nanstd(a, axis, 0, false); }

    /**
     * {@code np.nanmedian(a)}: the median of the elements that are not NaN.
     * <pre>{@code
     * jshell> np.nanmedian(np.array(1.0, Double.NaN, 3.0, 2.0))
     * $1 ==> np.float64(2.0)
     * }</pre>
     */
    default Tensor nanmedian(Object x) { return Sorting.nanmedian(t(x), null, false); }

    /** {@code np.nanmedian(a, axis, keepdims)}: NaN where a slice has no numbers. */
    default Tensor nanmedian(Object x, int axis, boolean keepdims) { return Sorting.nanmedian(t(x), axis, keepdims); }

    /** {@code np.nanmedian(x, axis)}: along one axis. */
    default Tensor nanmedian(Object x, int axis) { return nanmedian(x, axis, false); }

    /**
     * {@code np.nanquantile(a, q)}: the quantiles of the non-NaN elements, q in [0, 1].
     * <pre>{@code
     * jshell> np.nanquantile(np.array(1.0, Double.NaN, 3.0, 2.0), np.array(0.25, 0.5))
     * $1 ==> array([1.5, 2. ])
     * }</pre>
     */
    default Tensor nanquantile(Object x, Object q) { return nanquantileOf(x, q, null, false); }

    /** {@code np.nanquantile(a, q, axis, keepdims)}. */
    default Tensor nanquantile(Object x, Object q, int axis, boolean keepdims) { return nanquantileOf(x, q, axis, keepdims); }

    private Tensor nanquantileOf(Object x, Object q, Integer axis, boolean keepdims) {
        return Sorting.nanquantile(t(x), t(q, "q"), axis, keepdims, "Quantiles must be in the range [0, 1]");
    }

    /**
     * {@code np.nanpercentile(a, q)}: the percentiles of the non-NaN elements, q in [0, 100].
     * <pre>{@code
     * jshell> np.nanpercentile(np.array(1.0, Double.NaN, 3.0, 2.0), 50)
     * $1 ==> np.float64(2.0)
     * }</pre>
     */
    default Tensor nanpercentile(Object x, Object q) { return nanpercentileOf(x, q, null, false); }

    /** {@code np.nanpercentile(a, q, axis, keepdims)}. */
    default Tensor nanpercentile(Object x, Object q, int axis, boolean keepdims) { return nanpercentileOf(x, q, axis, keepdims); }

    private Tensor nanpercentileOf(Object x, Object q, Integer axis, boolean keepdims) {
        Tensor fraction = Ufuncs.divide(t(q, "q"), t(100));
        return Sorting.nanquantile(t(x), fraction, axis, keepdims, "Percentiles must be in the range [0, 100]");
    }
}

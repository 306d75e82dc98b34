package mlmath.np;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's sorting, searching and counting on {@code np}: sort, argsort, unique, where, nonzero, argwhere, searchsorted,
 * digitize and count_nonzero. {@link Np} is its one implementation; learners call these on {@code np}.
 */
public sealed interface NpSortingSearching permits Np {
    /**
     * With one argument, the indices of the true elements per axis (numpy's {@code nonzero}).
     * <pre>{@code
     * jshell> np.where(np.array(3, 0, 5).gt(1))
     * $1 ==> Tensor[1] { array([0, 2]) }
     * }</pre>
     */
    default Tensor[] where(Object condition) { return t(condition, "condition").nonzero(); }

    /**
     * {@code x} where {@code condition} holds, else {@code y}, all broadcast: {@code np.where(x.gt(0), x, 0)}.
     * <pre>{@code
     * jshell> var x = np.array(-1.0, 2.0, -3.0)
     * x ==> array([-1.,  2., -3.])
     * jshell> np.where(x.gt(0), x, 0)
     * $2 ==> array([0., 2., 0.])
     * }</pre>
     */
    default Tensor where(Object condition, Object x, Object y) {
        return Buffers.asArray(Broadcast.where(t(condition, "condition"), t(x, "x"), t(y, "y")));  // numpy's where gives arrays
    }

    /**
     * Per axis, the int64 indices of the nonzero elements.
     * <pre>{@code
     * jshell> np.nonzero(np.eye(2))
     * $1 ==> Tensor[2] { array([0, 1]), array([0, 1]) }
     * }</pre>
     */
    default Tensor[] nonzero(Object x) { return t(x).nonzero(); }

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
    default Tensor sort(Object x) { return t(x).sort(); }

    default Tensor sort(Object x, int axis) { return t(x).sort(axis); }

    /**
     * The indices that sort the last axis (or {@code axis}); ties keep their order.
     * <pre>{@code
     * jshell> np.argsort(np.array(0.3, 0.1, 0.2))
     * $1 ==> array([1, 2, 0])
     * }</pre>
     */
    default Tensor argsort(Object x) { return t(x).argsort(); }

    default Tensor argsort(Object x, int axis) { return t(x).argsort(axis); }

    /**
     * The sorted distinct values.
     * <pre>{@code
     * jshell> np.unique(np.array(3, 1, 3, 2, 1))
     * $1 ==> array([1, 2, 3])
     * }</pre>
     */
    default Tensor unique(Object x) { return Sorting.unique(t(x, "ar"), false)[0]; }

    /**
     * {@code np.unique(x, return_counts=True)}: the sorted distinct values and how often each occurs (int64); with
     * {@code returnCounts} false, the values alone.
     * <pre>{@code
     * jshell> np.unique(np.array(3, 1, 3, 2, 3), true)
     * $1 ==> Tensor[2] { array([1, 2, 3]), array([1, 1, 3]) }
     * }</pre>
     */
    default Tensor[] unique(Object x, boolean returnCounts) { return Sorting.unique(t(x, "ar"), returnCounts); }

    /**
     * {@code np.searchsorted(a, v)}: where each v goes in the sorted 1-D a, before equal values.
     * <pre>{@code
     * jshell> np.searchsorted(np.array(1, 3, 5), np.array(0, 3, 6))
     * $1 ==> array([0, 1, 3])
     * }</pre>
     */
    default Tensor searchsorted(Object a, Object v) { return searchsorted(a, v, "left"); }

    /** {@code np.searchsorted(a, v, side)}: side "left" (before equal values) or "right" (after them). */
    default Tensor searchsorted(Object a, Object v, String side) {
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
    default Tensor digitize(Object x, Object bins) { return digitize(x, bins, false); }

    /** {@code np.digitize(x, bins, right)}: with right true the bins hold their right edge instead. */
    default Tensor digitize(Object x, Object bins, boolean right) { return Searching.digitize(t(x, "x"), t(bins, "bins"), right); }

    /**
     * {@code np.argwhere(a)}: the index of every nonzero element, one row each (int64, N × ndim).
     * <pre>{@code
     * jshell> np.argwhere(np.array(new int[][] {{0, 1}, {2, 0}}))
     * $1 ==> array([[0, 1],
     *        [1, 0]])
     * }</pre>
     */
    default Tensor argwhere(Object a) { return Searching.argwhere(t(a)); }

    /**
     * {@code np.count_nonzero(a)}: how many elements are not zero.
     * <pre>{@code
     * jshell> np.count_nonzero(np.array(new int[][] {{0, 1}, {2, 3}}))
     * $1 ==> np.int64(3)
     * }</pre>
     */
    default Tensor count_nonzero(Object a) { return Statistics.countNonzero(t(a), null, false); }

    /** {@code np.count_nonzero(a, axis, keepdims)}: counts along an axis (int64). */
    default Tensor count_nonzero(Object a, int axis, boolean keepdims) { return Statistics.countNonzero(t(a), new int[] {axis}, keepdims); }
}

package mlmath.tensor;

import mlmath.tensor.internal.*;

/** A tensor's sorting: sort and argsort along an axis. {@link Tensor} is its one implementation. */
public sealed interface TensorSorting permits Tensor {
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
    default Tensor sort() { return sort(-1); }
    default Tensor sort(int axis) { return Sorting.sort((Tensor) this, axis); }

    /**
     * The indices that sort the last axis (ties keep their order).
     * <pre>{@code
     * jshell> np.array(30, 10, 20, 10).argsort()
     * $1 ==> array([1, 3, 2, 0])
     * }</pre>
     */
    default Tensor argsort() { return argsort(-1); }
    default Tensor argsort(int axis) { return Sorting.argsort((Tensor) this, axis); }
}

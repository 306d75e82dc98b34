package mlmath.tensor;

import mlmath.tensor.internal.*;

import static mlmath.tensor.TensorArguments.arg;

/**
 * A tensor's indexing beyond {@code get}/{@code set}/{@code at}: numpy index strings ({@code slice}), rows' picks
 * ({@code pick}), paired integer indices ({@code take}) and {@code nonzero}. {@link Tensor} is its one implementation.
 */
public sealed interface TensorIndexing permits Tensor {
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
    default Tensor slice(String spec) { return Indexing.slice((Tensor) this, spec); }

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
    default Tensor pick(Object targets) {
        Tensor self = (Tensor) this;
        if (self.ndim() != 2) throw new ShapeException("pick(targets) needs a 2-D array (rows, classes), got shape " + self.shape());
        Tensor rows = ArrayLike.toTensor(java.util.stream.IntStream.range(0, self.shape().get(0)).toArray());
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
    default Tensor take(Object rows, Object cols) { return ArrayIndexing.take((Tensor) this, arg(rows, "rows"), arg(cols, "cols")); }

    /**
     * Per axis, the int64 indices of the nonzero (true) elements: {@code np.where(mask)}.
     * <pre>{@code
     * jshell> np.array(new int[][] {{0, 1}, {2, 0}}).nonzero()
     * $1 ==> Tensor[2] { array([0, 1]), array([1, 0]) }
     * }</pre>
     */
    default Tensor[] nonzero() { return ArrayIndexing.nonzero((Tensor) this); }
}

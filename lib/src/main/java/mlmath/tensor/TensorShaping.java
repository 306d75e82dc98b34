package mlmath.tensor;

import mlmath.tensor.internal.*;

import static mlmath.tensor.TensorArguments.notNull;

/**
 * A tensor's shape operations: reshape, flatten, transpose, swapaxes, squeeze, astype and repeat, each a new tensor.
 * As numpy's, they keep a scalar a scalar and an array an array ({@code np.ones(1, 1).squeeze()} is {@code array(1.)}).
 * {@link Tensor} is its one implementation.
 */
public sealed interface TensorShaping permits Tensor {
    /**
     * Same data, new shape; one dimension may be -1 and is inferred.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, -1)
     * $1 ==> array([[0, 1, 2],
     *        [3, 4, 5]])
     * }</pre>
     */
    default Tensor reshape(int... dims) { return Buffers.sameKind((Tensor) this, Shaping.reshape((Tensor) this, notNull(dims, "dims"))); }

    /**
     * The elements as a 1-D array.
     * <pre>{@code
     * jshell> np.eye(2).flatten()
     * $1 ==> array([1., 0., 0., 1.])
     * }</pre>
     */
    default Tensor flatten() { return reshape(((Tensor) this).size()); }

    /**
     * The transpose (axes reversed), numpy's {@code a.T}; a 0-d or 1-D array is returned as it is.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).T()
     * $1 ==> array([[0, 3],
     *        [1, 4],
     *        [2, 5]])
     * }</pre>
     */
    default Tensor T() { return transpose(); }

    /**
     * Permutes the axes, {@code x.transpose(0, 2, 1)}; no arguments reverses them.
     * <pre>{@code
     * jshell> np.zeros(2, 3, 4).transpose(0, 2, 1).shape()
     * $1 ==> (2, 4, 3)
     * }</pre>
     */
    default Tensor transpose(int... axes) { return Buffers.sameKind((Tensor) this, Shaping.transposeView((Tensor) this, notNull(axes, "axes"))); }

    /**
     * Exchanges two axes: {@code k.swapaxes(-1, -2)}.
     * <pre>{@code
     * jshell> np.zeros(5, 2, 3).swapaxes(-1, -2).shape()
     * $1 ==> (5, 3, 2)
     * }</pre>
     */
    default Tensor swapaxes(int axis1, int axis2) { return Buffers.sameKind((Tensor) this, Shaping.swapaxes((Tensor) this, axis1, axis2)); }

    /**
     * Drops length-1 axes (all of them, or the ones listed).
     * <pre>{@code
     * jshell> np.zeros(1, 3, 1).squeeze().shape()
     * $1 ==> (3,)
     * }</pre>
     */
    default Tensor squeeze(int... axes) { return Buffers.sameKind((Tensor) this, Shaping.squeeze((Tensor) this, notNull(axes, "axes"))); }

    /**
     * The values converted to {@code dtype}: floats to int64 truncate toward zero, bool is "nonzero".
     * <pre>{@code
     * jshell> np.array(-1.7, 0.5, 2.9).astype(DType.INT64)
     * $1 ==> array([-1,  0,  2])
     * }</pre>
     */
    default Tensor astype(DType dtype) { return Buffers.sameKind((Tensor) this, Ufuncs.astype((Tensor) this, notNull(dtype, "dtype"))); }

    /**
     * Each element repeated {@code repeats} times, flattened.
     * <pre>{@code
     * jshell> np.array(1, 2).repeat(2)
     * $1 ==> array([1, 1, 2, 2])
     * }</pre>
     */
    default Tensor repeat(int repeats) { return Joining.repeat((Tensor) this, new int[] {repeats}, null); }

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
    default Tensor repeat(int repeats, int axis) { return Joining.repeat((Tensor) this, new int[] {repeats}, axis); }
}

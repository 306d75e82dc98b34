package mlmath.np;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's products on {@code np}: matmul, dot, outer, trace, einsum, tensordot, cross and kron. {@link Np} is its one
 * implementation; learners call these on {@code np}.
 */
public sealed interface NpProducts permits Np {
    /**
     * {@code np.outer(a, b)}: the len(a)×len(b) matrix of products a[i]·b[j] (both flattened).
     * <pre>{@code
     * jshell> np.outer(np.array(1, 2), np.array(1, 10, 100))
     * $1 ==> array([[  1,  10, 100],
     *        [  2,  20, 200]])
     * }</pre>
     */
    default Tensor outer(Object a, Object b) {
        Tensor x = t(a, "a"), y = t(b, "b");
        return x.reshape(x.size(), 1).mul(y.reshape(1, y.size()));
    }

    /**
     * {@code np.trace(a)}: the sum of the main diagonal (over the first two axes of an N-D array).
     * <pre>{@code
     * jshell> np.trace(np.arange(9).reshape(3, 3))
     * $1 ==> np.int64(12)
     * }</pre>
     */
    default Tensor trace(Object a) {
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
    default Tensor matmul(Object a, Object b) { return t(a, "x1").matmul(t(b, "x2")); }

    /**
     * numpy's {@code dot}: the inner product of vectors, matmul of matrices.
     * <pre>{@code
     * jshell> np.dot(np.array(1, 2, 3), np.array(4, 5, 6))
     * $1 ==> np.int64(32)
     * }</pre>
     */
    default Tensor dot(Object a, Object b) { return t(a, "a").dot(t(b, "b")); }

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
     * $3 ==> np.int64(55)
     * }</pre>
     */
    default Tensor einsum(String subscripts, Object... operands) {
        return Einsum.einsum(subscripts, ArrayLike.toSequence(operands, "operands"));
    }

    /**
     * Sums products over the last two axes of a and the first two of b (numpy's default axes=2).
     * <pre>{@code
     * jshell> np.tensordot(np.ones(3, 2, 2), np.ones(2, 2, 4)).shape()
     * $1 ==> (3, 4)
     * }</pre>
     */
    default Tensor tensordot(Object a, Object b) { return tensordot(a, b, 2); }

    /**
     * Sums products over the last {@code axes} axes of a and the first {@code axes} of b.
     * <pre>{@code
     * jshell> np.tensordot(np.arange(4).reshape(2, 2), np.array(1, 10), 1)
     * $1 ==> array([10, 32])
     * }</pre>
     */
    default Tensor tensordot(Object a, Object b, int axes) { return Buffers.asArray(Einsum.tensordot(t(a, "a"), t(b, "b"), axes)); }

    /**
     * Sums products over {@code axes[0]} of a against {@code axes[1]} of b: {@code new int[][] {{1}, {0}}}.
     * <pre>{@code
     * jshell> np.tensordot(np.ones(3, 4), np.ones(4, 5), new int[][] {{1}, {0}}).shape()
     * $1 ==> (3, 5)
     * }</pre>
     */
    default Tensor tensordot(Object a, Object b, int[][] axes) {
        if (axes == null || axes.length != 2 || axes[0] == null || axes[1] == null) {
            throw new ShapeException("axes must be two lists of axes, e.g. new int[][] {{1}, {0}}");
        }
        return Buffers.asArray(Einsum.tensordot(t(a, "a"), t(b, "b"), axes[0], axes[1]));  // numpy's tensordot gives arrays
    }

    /**
     * {@code np.cross(a, b)}: cross products of the 3-vectors (or z of the 2-vectors) along the last axis, broadcast.
     * <pre>{@code
     * jshell> np.cross(np.array(1, 0, 0), np.array(0, 1, 0))
     * $1 ==> array([0, 0, 1])
     * }</pre>
     */
    default Tensor cross(Object a, Object b) { return Rearranging.cross(t(a, "a"), t(b, "b")); }

    /**
     * {@code np.cross(a, b, axis=axis)}: the vectors, and the 3-vector results, lie along {@code axis} of each array.
     * <pre>{@code
     * jshell> np.cross(np.array(new int[][] {{1, 0}, {0, 1}, {0, 0}}), np.array(new int[][] {{0, 0}, {1, 0}, {0, 1}}), 0)
     * $1 ==> array([[0, 1],
     *        [0, 0],
     *        [1, 0]])
     * }</pre>
     */
    default Tensor cross(Object a, Object b, int axis) { return Rearranging.cross(t(a, "a"), t(b, "b"), axis, axis, axis); }

    /** {@code np.cross(a, b, axisa, axisb, axisc)}: the vectors along axisa of a and axisb of b, 3-vector results along axisc. */
    default Tensor cross(Object a, Object b, int axisa, int axisb, int axisc) {
        return Rearranging.cross(t(a, "a"), t(b, "b"), axisa, axisb, axisc);
    }

    /**
     * {@code np.kron(a, b)}: the Kronecker product, the block array whose block (i, j) is {@code a[i, j] * b}.
     * <pre>{@code
     * jshell> np.kron(np.array(new int[][] {{1, 2}, {3, 4}}), np.array(new int[][] {{1, 1}}))
     * $1 ==> array([[1, 1, 2, 2],
     *        [3, 3, 4, 4]])
     * }</pre>
     */
    default Tensor kron(Object a, Object b) { return Rearranging.kron(t(a, "a"), t(b, "b")); }
}

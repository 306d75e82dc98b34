package mlmath.np;

import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's array manipulation routines on {@code np}: joining, splitting, tiling and repeating, reshaping, transposing
 * and moving axes, flipping, rolling and padding. {@link Np} is its one implementation; learners call these on
 * {@code np}.
 */
public sealed interface NpManipulation permits Np {
    /**
     * Joins arrays along axis 0: {@code np.concatenate(List.of(a, b))} or {@code np.concatenate(new Tensor[] {a, b})}.
     * <pre>{@code
     * jshell> np.concatenate(List.of(np.arange(2), np.arange(3)))
     * $1 ==> array([0, 1, 0, 1, 2])
     * }</pre>
     */
    default Tensor concatenate(Object arrays) { return concatenate(arrays, 0); }

    /**
     * Joins arrays along {@code axis}; the other dimensions must agree.
     * <pre>{@code
     * jshell> np.concatenate(new Tensor[] {np.zeros(2, 1), np.ones(2, 2)}, 1)
     * $1 ==> array([[0., 1., 1.],
     *        [0., 1., 1.]])
     * }</pre>
     */
    default Tensor concatenate(Object arrays, int axis) { return Joining.concatenate(ArrayLike.toSequence(arrays, "arrays"), axis); }

    /**
     * Joins equal-shaped arrays along a new first axis.
     * <pre>{@code
     * jshell> np.stack(List.of(np.arange(3), np.arange(3).mul(10)))
     * $1 ==> array([[ 0,  1,  2],
     *        [ 0, 10, 20]])
     * }</pre>
     */
    default Tensor stack(Object arrays) { return stack(arrays, 0); }

    /**
     * Joins equal-shaped arrays along a new axis at {@code axis}.
     * <pre>{@code
     * jshell> np.stack(List.of(np.arange(3), np.arange(3).mul(10)), 1)
     * $1 ==> array([[ 0,  0],
     *        [ 1, 10],
     *        [ 2, 20]])
     * }</pre>
     */
    default Tensor stack(Object arrays, int axis) { return Joining.stack(ArrayLike.toSequence(arrays, "arrays"), axis); }

    /**
     * Stacks rows (1-D arrays become rows).
     * <pre>{@code
     * jshell> np.vstack(List.of(np.array(1, 2), np.array(3, 4)))
     * $1 ==> array([[1, 2],
     *        [3, 4]])
     * }</pre>
     */
    default Tensor vstack(Object arrays) { return Joining.vstack(ArrayLike.toSequence(arrays, "tup")); }

    /**
     * Stacks side by side (along axis 1; axis 0 for 1-D arrays).
     * <pre>{@code
     * jshell> np.hstack(List.of(np.array(1, 2), np.array(3, 4)))
     * $1 ==> array([1, 2, 3, 4])
     * }</pre>
     */
    default Tensor hstack(Object arrays) { return Joining.hstack(ArrayLike.toSequence(arrays, "tup")); }

    /**
     * {@code sections} equal pieces along axis 0.
     * <pre>{@code
     * jshell> np.split(np.arange(6), 3)
     * $1 ==> Tensor[3] { array([0, 1]), array([2, 3]), array([4, 5]) }
     * }</pre>
     */
    default Tensor[] split(Object x, int sections) { return split(x, sections, 0); }

    /**
     * {@code sections} equal pieces along {@code axis}.
     * <pre>{@code
     * jshell> np.split(np.arange(4).reshape(2, 2), 2, 1)[1]
     * $1 ==> array([[1],
     *        [3]])
     * }</pre>
     */
    default Tensor[] split(Object x, int sections, int axis) { return Joining.split(t(x, "ary"), sections, axis); }

    /**
     * Pieces cut before each of {@code indices} along axis 0: {@code np.split(x, new int[] {2, 5})}.
     * <pre>{@code
     * jshell> np.split(np.arange(6), new int[] {2, 5})
     * $1 ==> Tensor[3] { array([0, 1]), array([2, 3, 4]), array([5]) }
     * }</pre>
     */
    default Tensor[] split(Object x, int[] indices) { return split(x, indices, 0); }

    /**
     * Pieces cut before each of {@code indices} along {@code axis}.
     * <pre>{@code
     * jshell> np.split(np.arange(6).reshape(2, 3), new int[] {1}, 1)[0]
     * $1 ==> array([[0],
     *        [3]])
     * }</pre>
     */
    default Tensor[] split(Object x, int[] indices, int axis) {
        if (indices == null) throw new ShapeException("indices is null");
        return Joining.split(t(x, "ary"), indices, axis);
    }

    /**
     * {@code np.array_split(x, sections, axis)}: like split, but the pieces may differ by one, the longer ones first.
     * <pre>{@code
     * jshell> np.array_split(np.arange(7), 3)
     * $1 ==> Tensor[3] { array([0, 1, 2]), array([3, 4]), array([5, 6]) }
     * }</pre>
     */
    default Tensor[] array_split(Object x, int sections, int axis) {
        Tensor a = t(x, "ary");
        if (sections <= 0) throw new ShapeException("number sections must be larger than 0.");
        if (axis < -a.ndim() || axis >= a.ndim()) throw new ShapeException("tuple index out of range");
        Buffers.requireFits(new long[] {sections + 1L}, DType.INT64);  // numpy's div_points array, refused in its words
        int total = a.shape().get(axis), each = total / sections, longer = total % sections;
        int[] cuts = new int[sections - 1];
        for (int i = 0, at = 0; i < cuts.length; i++) cuts[i] = at += i < longer ? each + 1 : each;
        return Joining.split(a, cuts, axis);
    }

    /** {@code np.array_split(x, sections)} along axis 0. */
    default Tensor[] array_split(Object x, int sections) { return array_split(x, sections, 0); }

    /**
     * The array repeated {@code reps} times along each axis.
     * <pre>{@code
     * jshell> np.tile(np.array(1, 2), 2, 2)
     * $1 ==> array([[1, 2, 1, 2],
     *        [1, 2, 1, 2]])
     * }</pre>
     */
    default Tensor tile(Object x, int... reps) {
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
    default Tensor repeat(Object x, int repeats) { return t(x).repeat(repeats); }

    /**
     * Each slice along {@code axis} repeated {@code repeats} times.
     * <pre>{@code
     * jshell> np.repeat(np.array(new int[][] {{1, 2}}), 2, 0)
     * $1 ==> array([[1, 2],
     *        [1, 2]])
     * }</pre>
     */
    default Tensor repeat(Object x, int repeats, int axis) { return t(x).repeat(repeats, axis); }

    /** {@code np.repeat(x, repeats)}: element i of the flattened x repeated {@code repeats[i]} times. */
    default Tensor repeat(Object x, int[] repeats) {
        if (repeats == null) throw new ShapeException("repeats is null");
        return Joining.repeat(t(x), repeats, null);
    }

    /**
     * Element (or slice) i repeated {@code repeats[i]} times along {@code axis}.
     * <pre>{@code
     * jshell> np.repeat(np.array(1, 2, 3), new int[] {3, 0, 1}, 0)
     * $1 ==> array([1, 1, 1, 3])
     * }</pre>
     */
    default Tensor repeat(Object x, int[] repeats, int axis) {
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
    default Tensor broadcast_to(Object x, int... shape) { return Buffers.asArray(Broadcast.broadcastTo(t(x, "array"), new Shape(shape))); }

    /**
     * Same data, new shape; one dimension may be -1.
     * <pre>{@code
     * jshell> np.reshape(np.arange(6), 3, -1)
     * $1 ==> array([[0, 1],
     *        [2, 3],
     *        [4, 5]])
     * }</pre>
     */
    default Tensor reshape(Object x, int... shape) { return t(x).reshape(shape); }

    /**
     * Axes reversed, or permuted as listed: {@code np.transpose(x, 0, 2, 1)}.
     * <pre>{@code
     * jshell> np.transpose(np.zeros(2, 3, 4), 0, 2, 1).shape()
     * $1 ==> (2, 4, 3)
     * }</pre>
     */
    default Tensor transpose(Object x, int... axes) { return t(x).transpose(axes); }

    /**
     * Exchanges two axes.
     * <pre>{@code
     * jshell> np.swapaxes(np.zeros(2, 3, 4), 0, 2).shape()
     * $1 ==> (4, 3, 2)
     * }</pre>
     */
    default Tensor swapaxes(Object x, int axis1, int axis2) { return t(x).swapaxes(axis1, axis2); }

    /**
     * Moves axis {@code source} to position {@code destination}.
     * <pre>{@code
     * jshell> np.moveaxis(np.zeros(2, 3, 4), 0, -1).shape()
     * $1 ==> (3, 4, 2)
     * }</pre>
     */
    default Tensor moveaxis(Object x, int source, int destination) { return Shaping.moveaxis(t(x), source, destination); }

    /**
     * Drops length-1 axes (all of them, or the ones listed).
     * <pre>{@code
     * jshell> np.squeeze(np.zeros(1, 3, 1), 0).shape()
     * $1 ==> (3, 1)
     * }</pre>
     */
    default Tensor squeeze(Object x, int... axes) { return t(x).squeeze(axes); }

    /**
     * Inserts a length-1 axis: {@code np.expand_dims(x, 0)} is {@code x[None]}.
     * <pre>{@code
     * jshell> np.expand_dims(np.arange(3), 0)
     * $1 ==> array([[0, 1, 2]])
     * }</pre>
     */
    default Tensor expand_dims(Object x, int axis) { return Shaping.expandDims(t(x), axis); }

    /**
     * The values converted to {@code dtype}.
     * <pre>{@code
     * jshell> np.astype(np.array(0, 2), DType.BOOL)
     * $1 ==> array([False,  True])
     * }</pre>
     */
    default Tensor astype(Object x, DType dtype) { return t(x, "x").astype(dtype); }

    /**
     * An equal array (numpy's {@code np.copy}).
     * <pre>{@code
     * jshell> np.copy(new double[] {1, 2})
     * $1 ==> array([1., 2.])
     * }</pre>
     */
    default Tensor copy(Object x) { return t(x).copy(); }

    /**
     * {@code np.flip(m)}: the elements in reverse order along every axis.
     * <pre>{@code
     * jshell> np.flip(np.array(new int[][] {{1, 2}, {3, 4}}))
     * $1 ==> array([[4, 3],
     *        [2, 1]])
     * }</pre>
     */
    default Tensor flip(Object m) { return Rearranging.flip(t(m, "m"), null); }

    /** {@code np.flip(m, axis)}: reversed along the given axes only. */
    default Tensor flip(Object m, int... axis) { return Rearranging.flip(t(m, "m"), axis); }

    /**
     * {@code np.fliplr(m)}: columns reversed (axis 1).
     * <pre>{@code
     * jshell> np.fliplr(np.array(new int[][] {{1, 2}, {3, 4}}))
     * $1 ==> array([[2, 1],
     *        [4, 3]])
     * }</pre>
     */
    default Tensor fliplr(Object m) {
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
    default Tensor flipud(Object m) {
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
    default Tensor roll(Object a, int shift) { return Rearranging.roll(t(a), new int[] {shift}, null); }

    /** {@code np.roll(a, shift, axis)}: shifted along one axis, what falls off the end coming back at the start. */
    default Tensor roll(Object a, int shift, int axis) { return Rearranging.roll(t(a), new int[] {shift}, new int[] {axis}); }

    /** {@code np.roll(a, (s1, s2), axis=(0, 1))}: several shifts along several axes. */
    default Tensor roll(Object a, int[] shift, int[] axis) {
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
    default Tensor pad(Object a, int padWidth) { return pad(a, new int[] {padWidth}, "constant", 0); }

    /**
     * {@code np.pad(a, pad_width, mode)}: pad_width is {n}, {before, after}, or one pair per axis as {@code int[][]}.
     * <pre>{@code
     * jshell> np.pad(np.array(1, 2, 3), new int[] {1, 2}, "edge")
     * $1 ==> array([1, 1, 2, 3, 3, 3])
     * }</pre>
     */
    default Tensor pad(Object a, Object padWidth, String mode) { return pad(a, padWidth, mode, 0); }

    /** {@code np.pad(a, pad_width)}: zeros (constant mode), pad_width as in {@link #pad(Object, Object, String)}. */
    default Tensor pad(Object a, Object padWidth) { return pad(a, padWidth, "constant", 0); }

    /**
     * {@code np.pad(a, pad_width, mode, constant_values)}: mode "constant" (with that value), "edge", "reflect",
     * "symmetric" or "wrap"; {@code np.pad(x, new int[] {1, 2}, "constant", 9)}.
     */
    default Tensor pad(Object a, Object padWidth, String mode, Object constantValues) {
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
}

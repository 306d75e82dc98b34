package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's functions that move, repeat or difference elements without reducing them: {@code diff}, {@code cross},
 * {@code kron}, {@code diag(v, k)}, {@code flip}, {@code roll} and {@code pad}. Most compose the basic ops (slicing,
 * broadcasting arithmetic); the rest run a line kernel along one axis.
 */
public final class Rearranging {
    private Rearranging() {}

    /** numpy's {@code diff(a, n, axis)}: the n-th forward difference along an axis ({@code !=} for bools). */
    public static Tensor diff(Tensor a, int n, int axis) { return diff(a, n, axis, null, null); }

    /**
     * numpy's {@code diff(a, n, axis, prepend, append)}: prepend and append (null for none) are joined to a along the
     * axis first, a 0-d one as a single slice; n = 0 gives a back unchecked, as numpy does.
     */
    public static Tensor diff(Tensor a, int n, int axis, Tensor prepend, Tensor append) {
        if (n == 0) return a;
        if (n < 0) throw new ShapeException("order must be non-negative but got " + n);
        if (a.ndim() == 0) throw new ShapeException("diff requires input that is at least one dimensional");
        int ax = a.shape().normalizeAxis(axis);
        if (prepend != null || append != null) {
            List<Tensor> parts = new ArrayList<>();
            if (prepend != null) parts.add(oneSliceIfScalar(prepend, a, ax));
            parts.add(a);
            if (append != null) parts.add(oneSliceIfScalar(append, a, ax));
            a = Joining.concatenate(parts.toArray(new Tensor[0]), ax);
        }
        boolean bool = a.dtype() == DType.BOOL;
        Tensor out = a;
        for (int k = 0, rounds = Math.min(n, a.shape().get(ax)); k < rounds; k++) {  // past the length it stays empty
            int len = out.shape().get(ax);
            if (Buffers.storesLongs(out)) {  // int64 differences wrap around, as numpy's do
                out = Lines.mapLongs(out, ax, Math.max(0, len - 1), (in, inOff, m, o, oOff) -> {
                    for (int i = 0; i + 1 < m; i++) o[oOff + i] = in[inOff + i + 1] - in[inOff + i];
                });
                continue;
            }
            out = Lines.map(out, ax, Math.max(0, len - 1), a.dtype(), (in, inOff, m, o, oOff) -> {
                for (int i = 0; i + 1 < m; i++) {
                    double x = in[inOff + i], y = in[inOff + i + 1];
                    o[oOff + i] = bool ? (x != y ? 1 : 0) : y - x;
                }
            });
        }
        return out;
    }

    /** A 0-d prepend or append broadcast to a's shape with the axis of length 1; others are joined as they are. */
    private static Tensor oneSliceIfScalar(Tensor edge, Tensor a, int axis) {
        if (edge.ndim() != 0) return edge;
        int[] dims = a.shape().dims();
        dims[axis] = 1;
        return Broadcast.broadcastTo(edge, new Shape(dims));
    }

    /** numpy's {@code cross(a, b)} along the last axis: 3-vectors give a 3-vector, two 2-vectors the z component. */
    public static Tensor cross(Tensor a, Tensor b) { return cross(a, b, -1, -1, -1); }

    /**
     * numpy's {@code cross(a, b, axisa, axisb, axisc)}: the vectors lie along axisa of a and axisb of b, and a 3-vector
     * result along axisc (a z-component result has no such axis, and axisc is then not checked, as in numpy).
     */
    public static Tensor cross(Tensor a, Tensor b, int axisa, int axisb, int axisc) {
        if (a.ndim() < 1 || b.ndim() < 1) throw new ShapeException("At least one array has zero dimension");
        a = Shaping.moveaxis(a, normalizeAxis(axisa, a.ndim(), "axisa"), -1);
        b = Shaping.moveaxis(b, normalizeAxis(axisb, b.ndim(), "axisb"), -1);
        int na = a.shape().get(-1), nb = b.shape().get(-1);
        if ((na != 2 && na != 3) || (nb != 2 && nb != 3)) {
            throw new ShapeException("incompatible dimensions for cross product (dimension must be 2 or 3)");
        }
        Tensor a0 = a.slice("..., 0"), a1 = a.slice("..., 1"), b0 = b.slice("..., 0"), b1 = b.slice("..., 1");
        Shape common = Broadcast.tryBroadcast(a0.shape(), b0.shape());
        if (common == null) {  // numpy's np.broadcast(a[..., 0], b[..., 0]) words it so
            throw new ShapeException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
                    + a0.shape() + " and arg 1 with shape " + b0.shape() + ".");
        }
        Tensor z = Ufuncs.subtract(Ufuncs.multiply(a0, b1), Ufuncs.multiply(a1, b0));
        if (na == 2 && nb == 2) return z;
        int ax = normalizeAxis(axisc, common.ndim() + 1, "axisc");
        Tensor zero = Ufuncs.multiply(a0, Buffers.wrap(new double[] {0}, new Shape(), DType.INT64));
        Tensor a2 = na == 3 ? a.slice("..., 2") : zero, b2 = nb == 3 ? b.slice("..., 2") : Ufuncs.multiply(b0, zero);
        Tensor x = Ufuncs.subtract(Ufuncs.multiply(a1, b2), Ufuncs.multiply(a2, b1));
        Tensor y = Ufuncs.subtract(Ufuncs.multiply(a2, b0), Ufuncs.multiply(a0, b2));
        return Joining.stack(new Tensor[] {Broadcast.broadcastTo(x, common), Broadcast.broadcastTo(y, common),
                Broadcast.broadcastTo(z, common)}, ax);
    }

    /** numpy's {@code normalize_axis_index(axis, ndim, msg_prefix)}: the error names the argument first. */
    private static int normalizeAxis(int axis, int ndim, String argument) {
        if (axis < -ndim || axis >= ndim) {
            throw new ShapeException(argument + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** numpy's {@code kron(a, b)}: the block array {@code a[i, j] * b}, with the dimensions lined up from the right. */
    public static Tensor kron(Tensor a, Tensor b) {
        int nd = Math.max(a.ndim(), b.ndim());
        int[] da = padLeft(a.shape().dims(), nd), db = padLeft(b.shape().dims(), nd);
        int[] ra = new int[2 * nd], rb = new int[2 * nd], out = new int[nd];
        for (int i = 0; i < nd; i++) {
            ra[2 * i] = da[i];
            ra[2 * i + 1] = 1;
            rb[2 * i] = 1;
            rb[2 * i + 1] = db[i];
            out[i] = da[i] * db[i];
        }
        return Ufuncs.multiply(a.reshape(ra), b.reshape(rb)).reshape(out);
    }

    private static int[] padLeft(int[] dims, int n) {
        int[] out = new int[n];
        Arrays.fill(out, 1);
        System.arraycopy(dims, 0, out, n - dims.length, dims.length);
        return out;
    }

    /** numpy's {@code diag(v, k)}: a 1-D v placed on the k-th diagonal of a square array, or a 2-D v's k-th diagonal. */
    public static Tensor diag(Tensor v, int k) {
        Object src = Buffers.typed(v, v.dtype());
        if (v.ndim() == 1) {
            int n = v.size() + Math.abs(k);
            Shape s = new Shape(n, n);
            Object d = Buffers.allocTyped(s, v.dtype());
            int[] at = new int[v.size()];
            for (int i = 0; i < at.length; i++) at[i] = (k >= 0 ? i : i - k) * n + (k >= 0 ? i + k : i);
            Copies.scatter(src, at, d);
            return Buffers.wrapTyped(d, s, v.dtype());
        }
        if (v.ndim() == 2) {
            int rows = v.shape().get(0), cols = v.shape().get(1);
            int n = Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols));
            Object d = Buffers.allocTyped(new Shape(n), v.dtype());
            int[] at = new int[n];
            for (int i = 0; i < n; i++) at[i] = (k >= 0 ? i : i - k) * cols + (k >= 0 ? i + k : i);
            Copies.gather(src, at, d, 0);
            return Buffers.wrapTyped(d, new Shape(n), v.dtype());
        }
        throw new ShapeException("Input must be 1- or 2-d.");
    }

    /** numpy's {@code flip(m, axis)}: the order of elements reversed along the given axes (null: every axis). */
    public static Tensor flip(Tensor m, int[] axes) {
        boolean[] flipped = new boolean[m.ndim()];
        if (axes == null) Arrays.fill(flipped, true);
        else for (int a : axes) flipped[m.shape().normalizeAxis(a)] = true;
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < flipped.length; i++) spec.append(i == 0 ? "" : ", ").append(flipped[i] ? "::-1" : ":");
        return m.slice(spec.toString());
    }

    /** numpy's {@code roll(a, shift, axis)}: elements shifted along each axis, those past the end coming back first. */
    public static Tensor roll(Tensor a, int[] shifts, int[] axes) {
        if (axes == null) return roll(a.reshape(a.size()), shifts, new int[] {0}).reshape(a.shape().dims());
        if (shifts.length != axes.length && shifts.length != 1 && axes.length != 1) {
            throw new ShapeException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0"
                    + " with shape (" + shifts.length + ",) and arg 1 with shape (" + axes.length + ",).");
        }
        int n = shifts.length == 1 ? axes.length : shifts.length;  // numpy broadcasts the two sequences
        int[] total = new int[a.ndim()];
        for (int i = 0; i < n; i++) {
            int ax = a.shape().normalizeAxis(axes[axes.length == 1 ? 0 : i]);
            total[ax] += shifts[shifts.length == 1 ? 0 : i];
        }
        Tensor out = a;
        for (int ax = 0; ax < total.length; ax++) {
            int len = a.shape().get(ax);
            if (len == 0 || Math.floorMod(total[ax], len) == 0) continue;
            int s = Math.floorMod(total[ax], len);
            int[] sourceOf = new int[len];
            for (int i = 0; i < len; i++) sourceOf[(i + s) % len] = i;
            out = Indexing.alongAxis(out, ax, sourceOf);
        }
        return out;
    }

    /**
     * numpy's {@code pad(array, pad_width, mode, constant_values)} with the modes "constant", "edge", "reflect",
     * "symmetric" and "wrap"; {@code widths} holds one (before, after) pair per axis.
     */
    public static Tensor pad(Tensor a, int[][] widths, String mode, Tensor constant) {
        if (!Arrays.asList("constant", "edge", "reflect", "symmetric", "wrap").contains(mode)) {
            throw new ShapeException("mode '" + mode + "' is not supported");
        }
        Tensor fill = Ufuncs.astype(constant, a.dtype());
        double value = Buffers.data(fill)[0];
        long longValue = Buffers.longs(fill)[0];
        Tensor out = a;
        for (int ax = 0; ax < a.ndim(); ax++) {
            int before = widths[ax][0], after = widths[ax][1], len = a.shape().get(ax);
            if (before == 0 && after == 0) continue;
            if (len == 0 && !mode.equals("constant")) {
                throw new ShapeException("can't extend empty axis " + ax + " using modes other than 'constant' or 'empty'");
            }
            if (Buffers.storesLongs(out)) {  // int64 beyond 2^53 keeps every digit
                out = Lines.mapLongs(out, ax, before + len + after, (in, inOff, m, o, oOff) -> {
                    for (int i = 0; i < before + m + after; i++) {
                        int src = source(i - before, m, mode);
                        o[oOff + i] = src < 0 ? longValue : in[inOff + src];
                    }
                });
                continue;
            }
            out = Lines.map(out, ax, before + len + after, a.dtype(), (in, inOff, m, o, oOff) -> {
                for (int i = 0; i < before + m + after; i++) {
                    int src = source(i - before, m, mode);
                    o[oOff + i] = src < 0 ? value : in[inOff + src];
                }
            });
        }
        return out;
    }

    /** Where padded position {@code i} (0 is the first original element) reads from, or -1 for the constant. */
    private static int source(int i, int n, String mode) {
        if (i >= 0 && i < n) return i;
        switch (mode) {
            case "edge": return i < 0 ? 0 : n - 1;
            case "wrap": return Math.floorMod(i, n);
            case "reflect": {
                if (n == 1) return 0;
                int p = Math.floorMod(i, 2 * (n - 1));
                return p < n ? p : 2 * (n - 1) - p;
            }
            case "symmetric": {
                int p = Math.floorMod(i, 2 * n);
                return p < n ? p : 2 * n - 1 - p;
            }
            default: return -1;
        }
    }
}

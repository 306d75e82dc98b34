package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.ArrayList;
import java.util.List;

/** Building arrays from arrays: concatenate, stack, split, tile, repeat, triangles, meshgrid. */
public final class Joining {
    private Joining() {}

    /** Joins along an existing axis; every other dimension must match (numpy's wording names the first offender). */
    public static Tensor concatenate(Tensor[] parts, int axis) {
        if (parts.length == 0) throw new ShapeException("need at least one array to concatenate");
        int n = parts[0].ndim();
        if (n == 0) throw new ShapeException("zero-dimensional arrays cannot be concatenated");
        int ax = parts[0].shape().normalizeAxis(axis);
        int[] dims = parts[0].shape().dims();
        DType dtype = parts[0].dtype();
        long total = 0;
        for (int p = 0; p < parts.length; p++) {
            int[] d = parts[p].shape().dims();
            if (d.length != n) {
                throw new ShapeException("all the input arrays must have same number of dimensions, but the array at index 0 has "
                        + n + " dimension(s) and the array at index " + p + " has " + d.length + " dimension(s)");
            }
            for (int i = 0; i < n; i++) {
                if (i != ax && d[i] != dims[i]) {
                    throw new ShapeException("all the input array dimensions except for the concatenation axis must match exactly, "
                            + "but along dimension " + i + ", the array at index 0 has size " + dims[i] + " and the array at index "
                            + p + " has size " + d[i]);
                }
            }
            total += d[ax];
            dtype = DType.promote(dtype, parts[p].dtype());
        }
        long[] wanted = Buffers.widened(dims);
        wanted[ax] = total;
        Buffers.requireFits(wanted, dtype);
        dims[ax] = (int) total;
        Shape shape = new Shape(dims);
        Object out = Buffers.allocTyped(shape, dtype);
        int outer = 1, inner = 1;
        for (int i = 0; i < ax; i++) outer *= dims[i];
        for (int i = ax + 1; i < n; i++) inner *= dims[i];
        int rowOut = dims[ax] * inner, at = 0;
        for (Tensor part : parts) {
            Object src = Buffers.typed(part, dtype);
            int rowIn = part.shape().get(ax) * inner;
            for (int o = 0; o < outer; o++) System.arraycopy(src, o * rowIn, out, o * rowOut + at, rowIn);
            at += rowIn;
        }
        return Buffers.wrapTyped(out, shape, dtype);
    }

    /** Joins equal-shaped arrays along a new axis. */
    public static Tensor stack(Tensor[] parts, int axis) {
        if (parts.length == 0) throw new ShapeException("need at least one array to stack");
        for (Tensor p : parts) {
            if (!p.shape().equals(parts[0].shape())) throw new ShapeException("all input arrays must have the same shape");
        }
        Tensor[] expanded = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) expanded[i] = Shaping.expandDims(parts[i], axis);
        return concatenate(expanded, axis);
    }

    /** Rows on top of each other: 1-D arrays become rows first. */
    public static Tensor vstack(Tensor[] parts) {
        Tensor[] t = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) t[i] = Shaping.atLeast(parts[i], 2);
        return concatenate(t, 0);
    }

    /** Side by side: along axis 1, or axis 0 when the arrays are 1-D. */
    public static Tensor hstack(Tensor[] parts) {
        Tensor[] t = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) t[i] = Shaping.atLeast(parts[i], 1);
        return concatenate(t, t.length > 0 && t[0].ndim() == 1 ? 0 : 1);
    }

    /** The length split: numpy's split reads {@code ary.shape[axis]}, a Python tuple index, before any axis check. */
    private static int splitLength(Tensor t, int axis) {
        if (axis < -t.ndim() || axis >= t.ndim()) throw new ShapeException("tuple index out of range");
        return t.shape().get(axis);
    }

    /** {@code sections} equal pieces along {@code axis}. */
    public static Tensor[] split(Tensor t, int sections, int axis) {
        if (sections == 0) throw new ShapeException("integer modulo by zero");  // numpy's split asks len % sections first
        int len = splitLength(t, axis);
        if (Math.floorMod(len, sections) != 0) throw new ShapeException("array split does not result in an equal division");
        if (sections < 0) throw new ShapeException("number sections must be larger than 0.");
        Buffers.requireFits(new long[] {sections + 1L}, DType.INT64);  // numpy's division points: an int64 array of sections + 1
        if (len == 0) {  // any number of sections divides an empty axis: every piece is the same empty array
            Tensor[] pieces = new Tensor[sections];
            java.util.Arrays.fill(pieces, Indexing.range(t, t.shape().normalizeAxis(axis), 0, 0));
            return pieces;
        }
        int[] cuts = new int[sections - 1];
        for (int i = 0; i < cuts.length; i++) cuts[i] = (i + 1) * (len / sections);
        return split(t, cuts, axis);
    }

    /** Pieces between the given indices along {@code axis} (clamped like Python slices, so pieces may be empty). */
    public static Tensor[] split(Tensor t, int[] indices, int axis) {
        int len = splitLength(t, axis);
        int ax = t.shape().normalizeAxis(axis);
        List<Tensor> out = new ArrayList<>();
        int prev = 0;
        for (int i = 0; i <= indices.length; i++) {
            int stop = i < indices.length ? clampIndex(indices[i], len) : len;
            int start = Math.min(prev, len);
            out.add(Indexing.range(t, ax, start, Math.max(start, stop)));
            if (i < indices.length) prev = clampIndex(indices[i], len);
        }
        return out.toArray(new Tensor[0]);
    }

    private static int clampIndex(int i, int len) { return Math.max(0, Math.min(i < 0 ? i + len : i, len)); }

    /** numpy's {@code tile}: the array repeated {@code reps} times per axis (missing axes count as 1 on either side). */
    public static Tensor tile(Tensor t, int[] reps) {
        for (int r : reps) if (r < 0) throw new ShapeException("negative dimensions are not allowed");
        int n = Math.max(t.ndim(), reps.length);
        Tensor src = Shaping.atLeast(t, n);
        int[] r = new int[n];
        java.util.Arrays.fill(r, 1);
        System.arraycopy(reps, 0, r, n - reps.length, reps.length);
        int[] dims = src.shape().dims(), outDims = new int[n];
        long[] wanted = new long[n];
        for (int i = 0; i < n; i++) wanted[i] = (long) dims[i] * r[i];
        Buffers.requireFits(wanted, t.dtype());
        for (int i = 0; i < n; i++) outDims[i] = (int) wanted[i];
        Shape shape = new Shape(outDims);
        Object in = Buffers.typed(src, t.dtype()), out = Buffers.allocTyped(shape, t.dtype());
        int[] outStrides = shape.strides(), inStrides = src.shape().strides(), counter = new int[n];
        // An output row of the last axis is its source row, repeated: one arraycopy per repeat.
        int row = n == 0 ? 1 : dims[n - 1], rowOut = n == 0 ? 1 : outDims[n - 1], size = shape.size();
        for (int o = 0; o < size && row > 0; o += rowOut) {
            int off = 0, rem = o;
            for (int d = 0; d < n - 1; d++) {
                counter[d] = rem / outStrides[d];
                rem %= outStrides[d];
                off += (counter[d] % dims[d]) * inStrides[d];
            }
            for (int at = o; at < o + rowOut; at += row) System.arraycopy(in, off, out, at, row);
        }
        return Buffers.wrapTyped(out, shape, t.dtype());
    }

    /**
     * numpy's {@code repeat}: each element (or each slice along {@code axis}) {@code repeats[i]} times; a single count
     * applies to all. {@code axis == null} works on the flattened array.
     */
    public static Tensor repeat(Tensor t, int[] repeats, Integer axis) {
        Tensor src = axis == null || t.ndim() == 0 ? t.reshape(t.size()) : t;  // numpy repeats a 0-d array as 1-d
        int ax = src.shape().normalizeAxis(axis == null ? 0 : axis);
        int len = src.shape().get(ax);
        if (repeats.length != 1 && repeats.length != len) {
            throw new ShapeException("operands could not be broadcast together with shape (" + len + ",) (" + repeats.length + ",)");
        }
        long total = 0;
        for (int i = 0; i < len; i++) {
            int r = repeats.length == 1 ? repeats[0] : repeats[i];
            if (r < 0) throw new ShapeException(repeats.length == 1 ? "negative dimensions are not allowed" : "repeats may not contain negative values.");
            total += r;
        }
        long[] outDims = Buffers.widened(src.shape().dims());
        outDims[ax] = total;
        Buffers.requireFits(outDims, t.dtype());
        int[] dims = src.shape().dims();
        int outer = 1, inner = 1;
        for (int i = 0; i < ax; i++) outer *= dims[i];
        for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
        dims[ax] = (int) total;
        Shape shape = new Shape(dims);
        // Each block of the axes after ax is copied r times in a row (a single element as a run of step 0): no table
        // of which block goes where.
        Object in = Buffers.typed(src, t.dtype()), out = Buffers.allocTyped(shape, t.dtype());
        for (int o = 0, at = 0; o < outer; o++) {
            for (int i = 0; i < len; i++) {
                int r = repeats.length == 1 ? repeats[0] : repeats[i], block = (o * len + i) * inner;
                if (inner == 1) Copies.run(in, block, 0, out, at, r);
                else for (int k = 0; k < r; k++) Copies.run(in, block, 1, out, at + k * inner, inner);
                at += r * inner;
            }
        }
        return Buffers.wrapTyped(out, shape, t.dtype());
    }

    /** Upper ({@code upper}) or lower triangle of the last two axes, relative to diagonal {@code k}; a 1-D input is first tiled into a square. */
    public static Tensor triangle(Tensor t, int k, boolean upper) {
        Tensor m = t.ndim() == 1 ? tile(t, new int[] {t.size(), 1}) : t;
        if (m.ndim() < 2) throw new ShapeException("triu/tril needs at least one dimension, got shape " + t.shape());
        int rows = m.shape().get(-2), cols = m.shape().get(-1);
        Object in = Buffers.typed(m, m.dtype()), out = Buffers.allocTyped(m.shape(), m.dtype());
        // Each row keeps one run of columns (j - i >= k above the diagonal, <= k below); the rest stays zero.
        for (int o = 0, size = m.size(); o < size; o += cols) {
            long i = (o / cols) % rows;
            int from = (int) (upper ? Math.max(0, Math.min(cols, i + k)) : 0);
            int to = (int) (upper ? cols : Math.max(0, Math.min(cols, i + k + 1)));
            System.arraycopy(in, o + from, out, o + from, to - from);
        }
        return Buffers.wrapTyped(out, m.shape(), m.dtype());
    }

    /** numpy's {@code meshgrid}: with {@code "xy"} the first two output axes are swapped (rows follow y). */
    public static Tensor[] meshgrid(Tensor[] xs, String indexing) {
        if (!indexing.equals("xy") && !indexing.equals("ij")) throw new ShapeException("Valid values for `indexing` are 'xy' and 'ij'.");
        int n = xs.length;
        int[] dims = new int[n];
        for (int i = 0; i < n; i++) dims[i] = xs[i].size();
        boolean swap = indexing.equals("xy") && n > 1;
        if (swap) {
            dims[0] = xs[1].size();
            dims[1] = xs[0].size();
        }
        Shape shape = new Shape(dims);
        Tensor[] out = new Tensor[n];
        for (int i = 0; i < n; i++) {
            int[] along = new int[n];
            java.util.Arrays.fill(along, 1);
            int axis = swap && i < 2 ? 1 - i : i;
            along[axis] = xs[i].size();
            out[i] = Broadcast.broadcastTo(xs[i].reshape(along), shape);
        }
        return out;
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

/**
 * numpy's indexing by arrays: a boolean mask ({@code a[a > 0]}), an integer array ({@code a[[2, 0]]}) or two of them
 * ({@code a[rows, cols]}), with the {@code set} counterpart that returns an updated copy, and {@code nonzero}.
 */
public final class ArrayIndexing {
    private ArrayIndexing() {}

    /** {@code a[index]} for a bool mask (a 1-D selection of the true places) or an int array (picks along axis 0). */
    public static Tensor get(Tensor t, Tensor index) {
        return index.dtype() == DType.BOOL ? masked(t, index) : picked(t, index);
    }

    /** {@code a[rows]}: whole rows (blocks along axis 0) in the index's shape. */
    private static Tensor picked(Tensor t, Tensor index) {
        Tensor rows = Indexing.alongAxis(t, 0, rows(t, index));
        return index.ndim() == 1 ? rows : Shaping.reshape(rows, maskedDims(t, 1, index.shape().dims()));
    }

    /** The rows an int index picks, each checked against axis 0 (negative ones counted from the end), after numpy's checks. */
    private static int[] rows(Tensor t, Tensor index) {
        if (index.dtype() == DType.FLOAT64) throw new ShapeException("arrays used as indices must be of integer (or boolean) type");
        if (t.ndim() == 0) throw new ShapeException("too many indices for array: array is 0-dimensional, but 1 were indexed");
        long[] idx = Buffers.longs(index);
        int[] rows = new int[idx.length];
        for (int i = 0; i < idx.length; i++) rows[i] = Indexing.checkIndex(idx[i], 0, t.shape().get(0));
        return rows;
    }

    /**
     * {@code a[mask]} copied straight from the source, without a table of offsets: the elements (or, for a mask over
     * the leading axes, the trailing blocks) where the mask is true, in row-major order.
     */
    private static Tensor masked(Tensor t, Tensor mask) {
        int k = maskAxes(t, mask), inner = blockSize(t, k);
        byte[] m = Buffers.bools(mask);
        Object src = Buffers.typed(t, t.dtype());
        int count = count(m);
        Shape shape = new Shape(maskedDims(t, k, count));
        Object out = Buffers.allocTyped(shape, t.dtype());
        if (inner == 1 && src instanceof double[] from) {
            // Every element is written and the next slot taken only where the mask is true: no branch to mispredict.
            double[] to = (double[]) out;
            for (int i = 0, c = 0; c < count; i++) {
                to[c] = from[i];
                c += m[i];
            }
        } else {
            // Each run of true places is one block of the output.
            for (int i = 0, c = 0; c < count; ) {
                if (m[i] == 0) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < m.length && m[end] != 0) end++;
                System.arraycopy(src, i * inner, out, c * inner, (end - i) * inner);
                c += end - i;
                i = end;
            }
        }
        return Buffers.wrapTyped(out, shape, t.dtype());
    }

    /** The number of true places in a mask (bytes 0 or 1). */
    private static int count(byte[] mask) {
        int count = 0;
        for (byte b : mask) count += b;
        return count;
    }

    /** The number of leading axes of {@code t} a bool mask covers, after numpy's checks on its shape. */
    private static int maskAxes(Tensor t, Tensor mask) {
        int k = mask.ndim(), n = t.ndim();
        if (k > n) throw new ShapeException("too many indices for array: array is " + n + "-dimensional, but " + k + " were indexed");
        for (int i = 0; i < k; i++) {
            if (mask.shape().get(i) != t.shape().get(i)) {
                throw new ShapeException("boolean index did not match indexed array along axis " + i + "; size of axis is "
                        + t.shape().get(i) + " but size of corresponding boolean axis is " + mask.shape().get(i));
            }
        }
        return k;
    }

    /** The number of elements in a block of the axes from {@code k} on. */
    private static int blockSize(Tensor t, int k) {
        int inner = 1;
        for (int i = k; i < t.ndim(); i++) inner *= t.shape().get(i);
        return inner;
    }

    /** The shape {@code lead} followed by {@code t}'s axes from {@code k} on. */
    private static int[] maskedDims(Tensor t, int k, int... lead) {
        int[] dims = t.shape().dims(), out = new int[lead.length + dims.length - k];
        System.arraycopy(lead, 0, out, 0, lead.length);
        System.arraycopy(dims, k, out, lead.length, dims.length - k);
        return out;
    }

    /** {@code a[index] = value} on a copy. */
    public static Tensor set(Tensor t, Tensor index, Tensor value) {
        Indexing.Selection s = select(t, index);
        if (index.dtype() == DType.BOOL && index.ndim() == t.ndim() && index.ndim() > 0) {
            // numpy's own checks for a full mask: a 0-d or 1-d value, of one element or one per true place.
            if (value.ndim() > 1) {
                throw new ShapeException("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
                        + value.ndim() + " dimensions");
            }
            int count = s.offsets().length;
            if (value.ndim() == 1 && value.size() != 1 && value.size() != count) {
                throw new ShapeException("NumPy boolean array indexing assignment cannot assign " + value.size()
                        + " input values to the " + count + " output values where the mask is true");
            }
        }
        return Indexing.scatter(t, s, value, true);
    }

    private static Indexing.Selection select(Tensor t, Tensor index) {
        int k = index.dtype() == DType.BOOL ? maskAxes(t, index) : 1, inner = blockSize(t, k);
        int[] blocks;
        int[] lead;
        if (index.dtype() == DType.BOOL) {
            byte[] m = Buffers.bools(index);
            blocks = new int[count(m)];
            for (int i = 0, c = 0; c < blocks.length; i++) {
                blocks[c] = i;
                c += m[i];
            }
            lead = new int[] {blocks.length};
        } else {
            blocks = rows(t, index);
            lead = index.shape().dims();
        }
        int[] outDims = maskedDims(t, k, lead);
        int[] offsets = new int[Buffers.requireFits(Buffers.widened(outDims), t.dtype(), Integer.BYTES + t.dtype().itemSize())];
        for (int b = 0; b < blocks.length; b++) {
            for (int j = 0; j < inner; j++) offsets[b * inner + j] = blocks[b] * inner + j;
        }
        return new Indexing.Selection(new Shape(outDims), offsets);
    }

    /** {@code a[rows, cols]}: two integer index arrays broadcast together, one element (or trailing block) per pair. */
    public static Tensor take(Tensor t, Tensor rows, Tensor cols) {
        if (t.ndim() < 2) {
            throw new ShapeException("too many indices for array: array is " + t.ndim() + "-dimensional, but 2 were indexed");
        }
        for (Tensor i : new Tensor[] {rows, cols}) {
            if (i.dtype() != DType.INT64) throw new ShapeException("arrays used as indices must be of integer (or boolean) type");
        }
        Shape common;
        try {
            common = Broadcast.broadcastShapes(rows.shape(), cols.shape());
        } catch (ShapeException e) {
            throw new ShapeException("shape mismatch: indexing arrays could not be broadcast together with shapes "
                    + rows.shape().compact() + " " + cols.shape().compact() + " ");
        }
        long[] r = Buffers.longs(Broadcast.broadcastTo(rows, common)), c = Buffers.longs(Broadcast.broadcastTo(cols, common));
        int[] dims = t.shape().dims();
        int inner = t.size() / Math.max(1, dims[0] * dims[1]);
        int[] rest = java.util.Arrays.copyOfRange(dims, 2, dims.length), lead = common.dims();
        int[] outDims = new int[lead.length + rest.length];
        System.arraycopy(lead, 0, outDims, 0, lead.length);
        System.arraycopy(rest, 0, outDims, lead.length, rest.length);
        int[] offsets = new int[Buffers.requireFits(Buffers.widened(outDims), t.dtype(), Integer.BYTES + t.dtype().itemSize())];
        for (int i = 0; i < r.length; i++) {
            int block = Indexing.checkIndex(r[i], 0, dims[0]) * dims[1] + Indexing.checkIndex(c[i], 1, dims[1]);
            for (int j = 0; j < inner; j++) offsets[i * inner + j] = block * inner + j;
        }
        return Indexing.gather(t, new Indexing.Selection(new Shape(outDims), offsets));
    }

    /** numpy's {@code nonzero}: per axis, the int64 indices of the nonzero elements in row-major order. */
    public static Tensor[] nonzero(Tensor t) {
        if (t.ndim() == 0) {
            throw new ShapeException("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
        }
        byte[] x = Buffers.bools(t);
        int n = t.ndim(), count = count(x);
        double[][] idx = new double[n][count];
        int[] strides = t.shape().strides(), dims = t.shape().dims();
        for (int i = 0, c = 0; i < x.length; i++) {
            if (x[i] == 0) continue;
            for (int d = 0; d < n; d++) idx[d][c] = (i / strides[d]) % dims[d];
            c++;
        }
        Tensor[] out = new Tensor[n];
        for (int d = 0; d < n; d++) out[d] = Buffers.wrap(idx[d], new Shape(count), DType.INT64);
        return out;
    }
}

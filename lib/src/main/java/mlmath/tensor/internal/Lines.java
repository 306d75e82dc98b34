package mlmath.tensor.internal;

import mlmath.tensor.*;

/** Runs a kernel over every 1-D line along one axis (sort, cumsum, quantile): the axis is moved last, then back. */
final class Lines {
    private Lines() {}

    /** Reads one contiguous line of {@code len} values and writes {@code outLen} values. */
    interface LineOp { void apply(double[] in, int inOff, int len, double[] out, int outOff); }

    /** The result has the input's shape with axis {@code axis} of length {@code outLen}. */
    static Tensor map(Tensor t, int axis, int outLen, DType dtype, LineOp op) {
        int n = t.ndim(), ax = t.shape().normalizeAxis(axis);
        int[] toLast = new int[n], back = new int[n];
        for (int i = 0, j = 0; i < n; i++) if (i != ax) toLast[j++] = i;
        toLast[n - 1] = ax;
        for (int i = 0; i < n; i++) back[toLast[i]] = i;
        Tensor moved = Shaping.transpose(t, toLast);
        int len = t.shape().get(ax);
        int[] dims = moved.shape().dims();
        dims[n - 1] = outLen;
        Shape outShape = new Shape(dims);
        double[] in = Buffers.data(moved), out = Buffers.alloc(outShape, dtype);
        int lines = outLen == 0 ? 0 : out.length / outLen;
        for (int l = 0; l < lines; l++) op.apply(in, l * len, len, out, l * outLen);
        return Shaping.transpose(Buffers.wrap(out, outShape, dtype), back);
    }
}

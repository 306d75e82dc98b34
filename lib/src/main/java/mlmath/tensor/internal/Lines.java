package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.lang.reflect.Array;
import java.util.function.Function;

/** Runs a kernel over every 1-D line along one axis (sort, cumsum, quantile): the axis is moved last, then back. */
final class Lines {
    private Lines() {}

    /** Reads one contiguous line of {@code len} values and writes {@code outLen} values. */
    interface LineOp { void apply(double[] in, int inOff, int len, double[] out, int outOff); }

    /** {@link LineOp} over int64 values, exact (a double holds integers only up to 2^53). */
    interface LongLineOp { void apply(long[] in, int inOff, int len, long[] out, int outOff); }

    /** The result has the input's shape with axis {@code axis} of length {@code outLen}. */
    static Tensor map(Tensor t, int axis, int outLen, DType dtype, LineOp op) {
        return map(t, axis, outLen, Buffers::data, shape -> Buffers.alloc(shape, dtype), dtype,
                (in, inOff, len, out, outOff) -> op.apply((double[]) in, inOff, len, (double[]) out, outOff));
    }

    /** {@link #map} over an int64 tensor's values as longs; the result is int64. */
    static Tensor mapLongs(Tensor t, int axis, int outLen, LongLineOp op) {
        return map(t, axis, outLen, Buffers::longs, Buffers::allocLongs, DType.INT64,
                (in, inOff, len, out, outOff) -> op.apply((long[]) in, inOff, len, (long[]) out, outOff));
    }

    private interface TypedLineOp { void apply(Object in, int inOff, int len, Object out, int outOff); }

    private static Tensor map(Tensor t, int axis, int outLen, Function<Tensor, Object> read, Function<Shape, Object> alloc,
                              DType dtype, TypedLineOp op) {
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
        Object in = read.apply(moved), out = alloc.apply(outShape);
        int lines = outLen == 0 ? 0 : Array.getLength(out) / outLen;
        for (int l = 0; l < lines; l++) op.apply(in, l * len, len, out, l * outLen);
        return Shaping.transpose(Buffers.wrapTyped(out, outShape, dtype), back);
    }
}

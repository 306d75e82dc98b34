package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.lang.reflect.Array;
import java.util.function.Function;

/** Runs a kernel over every 1-D line along one axis (sort, cumsum, quantile). */
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

    /** Lines along an inner axis are copied out and back this many at a time, at most: a line each, then. */
    private static final int BLOCK_LINES = 16, BLOCK_VALUES = 1 << 14;

    /**
     * Lines along the last axis are read in place; along another axis a block of neighbouring lines is copied out and
     * back (neighbours share cache lines), so the scratch is a few lines, not a transposed copy of the array.
     */
    private static Tensor map(Tensor t, int axis, int outLen, Function<Tensor, Object> read, Function<Shape, Object> alloc,
                              DType dtype, TypedLineOp op) {
        int ax = t.shape().normalizeAxis(axis);
        int[] dims = t.shape().dims();
        int len = dims[ax], outer = 1, inner = 1;
        for (int i = 0; i < ax; i++) outer *= dims[i];
        for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
        dims[ax] = outLen;
        Shape outShape = new Shape(dims);
        Object in = read.apply(t), out = alloc.apply(outShape);
        if (outLen == 0) return Buffers.wrapTyped(out, outShape, dtype);
        if (inner == 1) {
            for (int l = 0; l < outer; l++) op.apply(in, l * len, len, out, l * outLen);
            return Buffers.wrapTyped(out, outShape, dtype);
        }
        int block = Math.max(1, Math.min(Math.min(BLOCK_LINES, inner), BLOCK_VALUES / Math.max(len, outLen)));
        Object lines = Array.newInstance(in.getClass().getComponentType(), block * len);
        Object results = Array.newInstance(out.getClass().getComponentType(), block * outLen);
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j += block) {
                int b = Math.min(block, inner - j);
                copyBlock(in, o * len * inner + j, inner, 1, lines, 0, 1, len, len, b);
                for (int l = 0; l < b; l++) op.apply(lines, l * len, len, results, l * outLen);
                copyBlock(results, 0, 1, outLen, out, o * outLen * inner + j, inner, 1, outLen, b);
            }
        }
        return Buffers.wrapTyped(out, outShape, dtype);
    }

    /**
     * Copies a {@code rows × cols} block of doubles or longs between arrays, each side with its own steps, a column
     * (a line) at a time: the next line finds the cache lines this one touched still warm.
     */
    private static void copyBlock(Object src, int from, int srcRowStep, int srcColStep, Object dst, int to, int dstRowStep,
                                  int dstColStep, int rows, int cols) {
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int c = 0; c < cols; c++) {
                for (int r = 0; r < rows; r++) d[to + r * dstRowStep + c * dstColStep] = s[from + r * srcRowStep + c * srcColStep];
            }
        } else {
            long[] s = (long[]) src, d = (long[]) dst;
            for (int c = 0; c < cols; c++) {
                for (int r = 0; r < rows; r++) d[to + r * dstRowStep + c * dstColStep] = s[from + r * srcRowStep + c * srcColStep];
            }
        }
    }
}

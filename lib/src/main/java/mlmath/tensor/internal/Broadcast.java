package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Elementwise kernels: numpy broadcasting for binary (and where's ternary) ops, plain maps for unary ones. */
public final class Broadcast {
    private Broadcast() {}

    /** numpy's rule: align trailing dimensions; each pair must be equal or contain a 1; a missing dimension is 1. */
    public static Shape broadcastShapes(Shape a, Shape b) {
        Shape s = tryBroadcast(a, b);
        if (s == null) throw ShapeException.broadcast(a, b);
        return s;
    }

    /** The common shape of all operands, or numpy's error listing every shape: {@code shapes (2,) (3,) (4,) }. */
    public static Shape broadcastShapes(Shape... shapes) {
        Shape out = new Shape();
        for (Shape s : shapes) {
            out = tryBroadcast(out, s);
            if (out == null) {
                StringBuilder msg = new StringBuilder("operands could not be broadcast together with shapes ");
                for (Shape each : shapes) msg.append(each.compact()).append(' ');
                throw new ShapeException(msg.toString());
            }
        }
        return out;
    }

    private static Shape tryBroadcast(Shape a, Shape b) {
        int n = Math.max(a.ndim(), b.ndim());
        int[] out = new int[n];
        int[] da = a.dims(), db = b.dims();
        for (int i = 0; i < n; i++) {
            int x = i < n - da.length ? 1 : da[i - (n - da.length)];
            int y = i < n - db.length ? 1 : db[i - (n - db.length)];
            if (x != y && x != 1 && y != 1) return null;
            out[i] = x == 1 ? y : x;
        }
        return new Shape(out);
    }

    /** Applies {@code op} elementwise after broadcasting both operands to a common shape. */
    public static Tensor binary(Tensor a, Tensor b, DoubleBinaryOperator op, DType dtype) {
        double[] x = Buffers.data(a), y = Buffers.data(b);
        if (a.shape().equals(b.shape())) {
            double[] out = Buffers.alloc(a.shape(), dtype);
            for (int i = 0; i < out.length; i++) out[i] = op.applyAsDouble(x[i], y[i]);
            return Buffers.wrap(out, a.shape(), dtype);
        }
        Shape shape = broadcastShapes(a.shape(), b.shape());
        int[] dims = shape.dims();
        int n = dims.length;
        int[] sa = broadcastStrides(a.shape(), n), sb = broadcastStrides(b.shape(), n);
        double[] out = Buffers.alloc(shape, dtype);
        if (out.length == 0) return Buffers.wrap(out, shape, dtype);
        int inner = n == 0 ? 1 : dims[n - 1];
        int ia = n == 0 ? 0 : sa[n - 1], ib = n == 0 ? 0 : sb[n - 1];
        int[] counter = new int[n];
        int offA = 0, offB = 0;
        for (int o = 0; o < out.length; o += inner) {
            for (int j = 0, pa = offA, pb = offB; j < inner; j++, pa += ia, pb += ib) {
                out[o + j] = op.applyAsDouble(x[pa], y[pb]);
            }
            // Odometer over the outer dimensions, keeping both source offsets in step.
            for (int d = n - 2; d >= 0; d--) {
                if (++counter[d] < dims[d]) {
                    offA += sa[d];
                    offB += sb[d];
                    break;
                }
                counter[d] = 0;
                offA -= sa[d] * (dims[d] - 1);
                offB -= sb[d] * (dims[d] - 1);
            }
        }
        return Buffers.wrap(out, shape, dtype);
    }

    /** Strides of {@code s} seen as an {@code n}-D array where broadcast (size-1 or missing) axes have stride 0. */
    static int[] broadcastStrides(Shape s, int n) {
        int[] dims = s.dims(), strides = s.strides(), out = new int[n];
        for (int i = 0; i < dims.length; i++) {
            out[n - dims.length + i] = dims[i] == 1 ? 0 : strides[i];
        }
        return out;
    }

    /** Copies {@code t} expanded to {@code shape} (which must be a broadcast of its shape), numpy's {@code broadcast_to}. */
    public static Tensor broadcastTo(Tensor t, Shape shape) {
        Shape common = tryBroadcast(t.shape(), shape);
        if (common == null || !common.equals(shape)) {
            throw new ShapeException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + t.shape().compact() + "  and requested shape " + shape.compact());
        }
        if (t.shape().equals(shape)) return t;
        return binary(t, Buffers.wrap(Buffers.alloc(shape, t.dtype()), shape, t.dtype()), (x, zero) -> x, t.dtype());
    }

    /** numpy's {@code where(cond, x, y)}: x where cond is true (nonzero), else y, all three broadcast together. */
    public static Tensor where(Tensor cond, Tensor x, Tensor y) {
        Shape shape = broadcastShapes(cond.shape(), x.shape(), y.shape());
        DType dtype = DType.promote(x.dtype(), y.dtype());
        double[] c = Buffers.data(broadcastTo(cond, shape)), a = Buffers.data(broadcastTo(x, shape)),
                b = Buffers.data(broadcastTo(y, shape));
        double[] out = Buffers.alloc(shape, dtype);
        for (int i = 0; i < out.length; i++) out[i] = c[i] != 0 ? a[i] : b[i];
        return Buffers.wrap(out, shape, dtype);
    }

    /** Applies {@code op} to every element. */
    public static Tensor unary(Tensor a, DoubleUnaryOperator op, DType dtype) {
        double[] x = Buffers.data(a), out = Buffers.alloc(a.shape(), dtype);
        for (int i = 0; i < x.length; i++) out[i] = op.applyAsDouble(x[i]);
        return Buffers.wrap(out, a.shape(), dtype);
    }
}

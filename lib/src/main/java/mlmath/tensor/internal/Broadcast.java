package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Elementwise kernels: numpy broadcasting for binary ops, plain maps for unary ones. */
public final class Broadcast {
    private Broadcast() {}

    /** numpy's rule: align trailing dimensions; each pair must be equal or contain a 1; a missing dimension is 1. */
    public static Shape broadcastShapes(Shape a, Shape b) {
        int n = Math.max(a.ndim(), b.ndim());
        int[] out = new int[n];
        int[] da = a.dims(), db = b.dims();
        for (int i = 0; i < n; i++) {
            int x = i < n - da.length ? 1 : da[i - (n - da.length)];
            int y = i < n - db.length ? 1 : db[i - (n - db.length)];
            if (x != y && x != 1 && y != 1) throw ShapeException.broadcast(a, b);
            out[i] = x == 1 ? y : x;
        }
        return new Shape(out);
    }

    /** Applies {@code op} elementwise after broadcasting both operands to a common shape. */
    public static Tensor binary(Tensor a, Tensor b, DoubleBinaryOperator op, DType dtype) {
        double[] x = a.data(), y = b.data();
        if (a.shape().equals(b.shape())) {
            double[] out = new double[x.length];
            for (int i = 0; i < out.length; i++) out[i] = op.applyAsDouble(x[i], y[i]);
            return new Tensor(out, a.shape(), dtype);
        }
        Shape shape = broadcastShapes(a.shape(), b.shape());
        int[] dims = shape.dims();
        int n = dims.length;
        int[] sa = broadcastStrides(a.shape(), n), sb = broadcastStrides(b.shape(), n);
        double[] out = new double[shape.size()];
        if (out.length == 0) return new Tensor(out, shape, dtype);
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
        return new Tensor(out, shape, dtype);
    }

    /** Strides of {@code s} seen as an {@code n}-D array where broadcast (size-1 or missing) axes have stride 0. */
    static int[] broadcastStrides(Shape s, int n) {
        int[] dims = s.dims(), strides = s.strides(), out = new int[n];
        for (int i = 0; i < dims.length; i++) {
            out[n - dims.length + i] = dims[i] == 1 ? 0 : strides[i];
        }
        return out;
    }

    /** Copies {@code t} expanded to {@code shape} (which must be a broadcast of its shape). */
    public static Tensor broadcastTo(Tensor t, Shape shape) {
        if (!broadcastShapes(t.shape(), shape).equals(shape)) {
            throw new ShapeException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + t.shape().compact() + " and requested shape " + shape.compact());
        }
        return binary(t, new Tensor(new double[shape.size()], shape, t.dtype()), (x, zero) -> x, t.dtype());
    }

    /** Applies {@code op} to every element. */
    public static Tensor unary(Tensor a, DoubleUnaryOperator op, DType dtype) {
        double[] x = a.data(), out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = op.applyAsDouble(x[i]);
        return new Tensor(out, a.shape(), dtype);
    }
}

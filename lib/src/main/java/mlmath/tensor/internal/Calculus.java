package mlmath.tensor.internal;

import mlmath.tensor.DType;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/** numpy's numerical calculus on sampled values: {@code gradient} (central differences) and {@code trapezoid}. */
public final class Calculus {
    private Calculus() {}

    /**
     * numpy's {@code gradient(f, dx, axis=axis)} with edge_order 1: {@code (f[i+1] - f[i-1]) / (2 dx)} inside, one-sided
     * differences at the two ends; ints as float64, bools refused by the subtraction as numpy refuses them.
     */
    public static Tensor gradient(Tensor f, double dx, int axis) {
        int ax = f.shape().normalizeAxis(axis), n = f.shape().get(ax);
        if (n < 2) {
            throw new ShapeException("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
        }
        Tensor x = f.dtype() == DType.INT64 ? f.astype(DType.FLOAT64) : f;
        Tensor inside = along(x, ax, "2:").sub(along(x, ax, ":-2")).div(2.0 * dx);
        Tensor first = along(x, ax, "1:2").sub(along(x, ax, ":1")).div(dx);
        Tensor last = along(x, ax, "-1:").sub(along(x, ax, "-2:-1")).div(dx);
        return Joining.concatenate(new Tensor[] {first, inside, last}, ax);
    }

    /**
     * numpy's {@code trapezoid(y, x or dx, axis)}: {@code sum(d * (y[1:] + y[:-1]) / 2)} along the axis, d the spacing
     * (a number, or the differences of a 1-D x).
     */
    public static Tensor trapezoid(Tensor y, Object spacing, int axis) {
        if (y.ndim() == 0) throw new ShapeException("list assignment index out of range");
        int ax = y.shape().normalizeAxis(axis);
        Object d = spacing;
        if (spacing instanceof Tensor x) {
            d = x.ndim() == 1 ? Rearranging.diff(x, 1, 0).reshape(widthAlong(y.ndim(), ax, x.size() - 1)) : Rearranging.diff(x, 1, axis);
        }
        return along(y, ax, "1:").add(along(y, ax, ":-1")).mul(d).div(2.0).sum(ax);
    }

    /** The slice {@code part} of axis {@code ax}, the other axes whole: numpy's {@code y[(slice(None),) * ax + (part,)]}. */
    private static Tensor along(Tensor t, int ax, String part) { return t.get(":, ".repeat(ax) + part); }

    /** The shape that lays {@code n} values along axis {@code ax} of an array of {@code ndim} axes. */
    private static int[] widthAlong(int ndim, int ax, int n) {
        int[] shape = new int[ndim];
        java.util.Arrays.fill(shape, 1);
        shape[ax] = n;
        return shape;
    }
}

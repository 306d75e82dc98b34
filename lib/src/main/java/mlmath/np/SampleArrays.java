package mlmath.np;

import mlmath.random.Sampling;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.internal.Buffers;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * How {@code np.random}'s draws become tensors, numpy's way: the size checks, filling in C order, the heap check and
 * the broadcasting of array parameters to the output shape.
 */
final class SampleArrays {
    private SampleArrays() {}

    /**
     * The parameters broadcast to the output shape, numpy's way: a given {@code size} is arg 0 of the broadcast (when
     * size is empty the parameters are broadcast alone, the first as arg 0), and numpy's two errors name the shapes that
     * disagree.
     */
    static Tensor[] broadcastParams(int[] size, Tensor... params) {
        requireSize(size);
        int[][] shapes = new int[params.length + 1][];
        shapes[0] = size;
        for (int k = 0; k < params.length; k++) shapes[k + 1] = params[k].shape().dims();
        int nd = 0;
        for (int[] s : shapes) nd = Math.max(nd, s.length);
        int[] dims = new int[nd], setBy = new int[nd];
        java.util.Arrays.fill(dims, 1);
        java.util.Arrays.fill(setBy, -1);
        int first = size.length > 0 ? 0 : 1;  // without a size numpy broadcasts the parameters alone, from arg 0
        for (int k = first; k < shapes.length; k++) {
            int[] s = shapes[k];
            for (int j = 0; j < s.length; j++) {
                int ax = nd - s.length + j;
                if (s[j] == 1) continue;
                if (dims[ax] == 1) {
                    dims[ax] = s[j];
                    setBy[ax] = k;
                } else if (dims[ax] != s[j]) {
                    throw new ShapeException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
                            + (setBy[ax] - first) + " with shape " + new Shape(shapes[setBy[ax]]) + " and arg " + (k - first) + " with shape " + new Shape(s) + ".");
                }
            }
        }
        if (size.length > 0 && !java.util.Arrays.equals(dims, size)) {
            throw new ShapeException("Output size " + new Shape(size) + " is not compatible with broadcast dimensions of inputs " + new Shape(dims) + ".");
        }
        Tensor[] out = new Tensor[params.length];
        for (int k = 0; k < params.length; k++) out[k] = mlmath.tensor.internal.Broadcast.broadcastTo(params[k], new Shape(dims));
        return out;
    }

    /** A distribution's parameter, a number or an array, as float64 (numpy's name for it in errors). */
    static Tensor param(Object x, String name) { return ArrayLike.toTensor(x, name).astype(DType.FLOAT64); }

    /** numpy's sign-bit check on every element: -0.0 is refused too, NaN passes. */
    static void nonNegative(Tensor values, String name) {
        for (double v : Buffers.data(values)) if (!Double.isNaN(v) && Math.copySign(1.0, v) < 0) throw new ShapeException(name + " < 0");
    }

    /** numpy's check of a parameter that must be positive, on every element (NaN passes, as in numpy). */
    static void positive(Tensor values, String name) {
        for (double v : Buffers.data(values)) if (!Double.isNaN(v) && v <= 0) throw new ShapeException(name + " <= 0");
    }

    /**
     * numpy's legacy {@code cont()} for one parameter: a draw for each element of the parameter's shape, or of
     * {@code size} when given (the parameter broadcast to it), in C order; numbers are 0-d and draw size values.
     */
    static Tensor drawEach(int[] size, DoubleUnaryOperator draw, Tensor a) {
        Tensor av = broadcastParams(size, a)[0];
        double[] v = Buffers.data(av);
        int[] i = {0};
        return fill(av.shape().dims(), DType.FLOAT64, () -> draw.applyAsDouble(v[i[0]++]));
    }

    /** numpy's legacy {@code cont()} for two parameters: a draw for each element of their broadcast (or of size). */
    static Tensor drawEach(int[] size, DoubleBinaryOperator draw, Tensor a, Tensor b) {
        Tensor[] both = broadcastParams(size, a, b);
        double[] av = Buffers.data(both[0]), bv = Buffers.data(both[1]);
        int[] i = {0};
        return fill(both[0].shape().dims(), DType.FLOAT64, () -> draw.applyAsDouble(av[i[0]], bv[i[0]++]));  // arguments run left to right
    }

    /** One binomial draw of n trials of probability p, by the legacy stream's sampler or the Generator's. */
    interface BinomialDraw {
        long draw(long n, double p);
    }

    /**
     * numpy's {@code binomial(n, p, size)} (int64), legacy or Generator, whose checks and broadcasting are the same:
     * scalar n and p draw size values; arrays draw one per element of their broadcast shape (or of size), an array n
     * holding integers as numpy's safe cast wants.
     */
    static Tensor binomial(Object n, Object p, int[] size, BinomialDraw draw) {
        Tensor pt = ArrayLike.toTensor(p, "p").astype(DType.FLOAT64), nt = ArrayLike.toTensor(n, "n");
        if (pt.ndim() == 0 && nt.ndim() == 0) {
            long trials = (long) nt.item();
            double prob = pt.item();
            if (!(prob >= 0) || !(prob <= 1)) throw new ShapeException("p < 0, p > 1 or p is NaN");
            if (trials < 0) throw new ShapeException("n < 0");
            return fill(size, DType.INT64, () -> draw.draw(trials, prob));
        }
        if (nt.dtype() == DType.FLOAT64) {
            throw new ShapeException("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
        }
        for (double v : pt.toArray()) if (!(v >= 0) || !(v <= 1)) throw new ShapeException("p < 0, p > 1 or p contains NaNs");
        for (double v : nt.toArray()) if (v < 0) throw new ShapeException("n < 0");
        Tensor[] b = broadcastParams(size, pt, nt);
        double[] pv = b[0].toArray(), nv = b[1].toArray();
        int[] i = {0};
        return fill(b[0].shape().dims(), DType.INT64, () -> draw.draw((long) nv[i[0]], pv[i[0]++]));
    }

    /** numpy's limit: {@code np.iinfo('l').max - np.sqrt(np.iinfo('l').max) * 10}. */
    private static final double POISSON_LAM_MAX = (double) Long.MAX_VALUE - Math.sqrt((double) Long.MAX_VALUE) * 10;

    /**
     * numpy's {@code poisson(lam, size)} (int64), legacy or Generator, whose checks and broadcasting are the same: a
     * scalar lam draws size values, an array lam one per element (or per element of size).
     */
    static Tensor poisson(Object lam, int[] size, DoubleToLongFunction draw) {
        Tensor lt = ArrayLike.toTensor(lam, "lam").astype(DType.FLOAT64);
        if (lt.ndim() == 0) {
            double mean = lt.item();
            if (!(mean >= 0)) throw new ShapeException("lam < 0 or lam is NaN");
            if (mean > POISSON_LAM_MAX) throw new ShapeException("lam value too large");
            return fill(size, DType.INT64, () -> draw.applyAsLong(mean));
        }
        for (double v : lt.toArray()) if (!(v <= POISSON_LAM_MAX)) throw new ShapeException("lam value too large");
        for (double v : lt.toArray()) if (!(v >= 0)) throw new ShapeException("lam < 0 or lam contains NaNs");
        double[] lv = broadcastParams(size, lt)[0].toArray();
        int[] i = {0};
        return fill(size.length > 0 ? size : lt.shape().dims(), DType.INT64, () -> draw.applyAsLong(lv[i[0]++]));
    }

    /** numpy's {@code exponential(scale, size)}, legacy or Generator: {@code scale · standard}; scale may be an array. */
    static Tensor exponential(Object scale, int[] size, DoubleSupplier standard) {
        Tensor theta = param(scale, "scale");
        nonNegative(theta, "scale");
        return drawEach(size, c -> c * standard.getAsDouble(), theta);
    }

    /** numpy's {@code standard_gamma(shape, size)}, legacy or Generator by {@code standardGamma}; shape may be an array. */
    static Tensor standardGamma(Object shape, int[] size, DoubleUnaryOperator standardGamma) {
        Tensor k = param(shape, "shape");
        nonNegative(k, "shape");
        return drawEach(size, standardGamma, k);
    }

    /** numpy's {@code gamma(shape, scale, size)}: {@code scale · standardGamma(shape)}, either may be an array. */
    static Tensor gamma(Object shape, Object scale, int[] size, DoubleUnaryOperator standardGamma) {
        Tensor k = param(shape, "shape"), theta = param(scale, "scale");
        nonNegative(k, "shape");
        nonNegative(theta, "scale");
        return drawEach(size, (s, c) -> c * standardGamma.applyAsDouble(s), k, theta);
    }

    /** numpy's {@code beta(a, b, size)}, legacy or Generator by {@code beta}; a and b may be arrays. */
    static Tensor beta(Object a, Object b, int[] size, DoubleBinaryOperator beta) {
        Tensor at = param(a, "a"), bt = param(b, "b");
        positive(at, "a");
        positive(bt, "b");
        return drawEach(size, beta, at, bt);
    }

    /** A 1-D parameter such as pvals or alpha as doubles, with numpy's error for any other depth. */
    static double[] vector(Object x, String name) {
        Tensor t = ArrayLike.toTensor(x, name);
        if (t.ndim() != 1) throw new ShapeException("object " + (t.ndim() == 0 ? "of too small depth" : "too deep") + " for desired array");
        return t.toArray();
    }

    /** A tensor of shape size + (k,) filled row by row by {@code row}. */
    static Tensor rows(int[] size, int k, DType dtype, Supplier<double[]> row) {
        requireSize(size);
        int[] dims = java.util.Arrays.copyOf(size, size.length + 1);
        dims[size.length] = k;
        Shape shape = new Shape(dims);
        double[] d = Buffers.alloc(shape, dtype);
        for (int off = 0; off + k <= d.length && k > 0; off += k) System.arraycopy(row.get(), 0, d, off, k);
        return Buffers.wrap(d, shape, dtype);
    }

    /**
     * A tensor of the given size filled in order by {@code draw} (numpy fills in C order too); of no size, the Python
     * number numpy returns ({@code np.random.rand()} is {@code 0.5488135039273248}, not {@code np.float64(...)}).
     */
    static Tensor fill(int[] size, DType dtype, DoubleSupplier draw) {
        requireSize(size);
        Shape shape = new Shape(size);
        double[] d = Buffers.alloc(shape, dtype);
        for (int i = 0; i < d.length; i++) d[i] = draw.getAsDouble();
        return Buffers.asPython(Buffers.wrap(d, shape, dtype));
    }

    /** {@link #fill} for int64 draws, kept exact as longs (a draw beyond 2**53 has no double of its own). */
    static Tensor fillLongs(int[] size, LongSupplier draw) {
        requireSize(size);
        Shape shape = new Shape(size);
        long[] values = Buffers.allocLongs(shape);
        for (int i = 0; i < values.length; i++) values[i] = draw.getAsLong();
        return Buffers.wrapLongs(values, shape);
    }

    /**
     * A copy of {@code t} whose rows (first-axis slices) {@code shuffle} reorders in place with numpy's swaps: the copy
     * and one row of scratch, where an index array and a gather through it would take two more arrays.
     */
    static Tensor shuffledRows(Tensor t, ObjIntConsumer<Sampling.Swap> shuffle) {
        int rows = t.shape().get(0), rowSize = rows == 0 ? 0 : t.size() / rows;
        Object out = Buffers.allocTyped(t.shape(), t.dtype());
        System.arraycopy(Buffers.typed(t, t.dtype()), 0, out, 0, t.size());
        shuffle.accept(rowSwap(out, rowSize), rows);
        return Buffers.wrapTyped(out, t.shape(), t.dtype());
    }

    /** Swaps rows of {@code rowSize} elements of {@code array}; a vector's single elements without a scratch row. */
    private static Sampling.Swap rowSwap(Object array, int rowSize) {
        if (rowSize == 1 && array instanceof double[] d) {
            return (i, j) -> {
                double v = d[i];
                d[i] = d[j];
                d[j] = v;
            };
        }
        if (rowSize == 1 && array instanceof long[] l) {
            return (i, j) -> {
                long v = l[i];
                l[i] = l[j];
                l[j] = v;
            };
        }
        if (rowSize == 1 && array instanceof byte[] b) {
            return (i, j) -> {
                byte v = b[i];
                b[i] = b[j];
                b[j] = v;
            };
        }
        Object row = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), rowSize);
        return (i, j) -> {
            System.arraycopy(array, i * rowSize, row, 0, rowSize);
            System.arraycopy(array, j * rowSize, array, i * rowSize, rowSize);
            System.arraycopy(row, 0, array, j * rowSize, rowSize);
        };
    }

    /** Runs {@code make}, refusing in numpy's words (not with OutOfMemoryError) when the heap cannot hold a result of {@code shape}. */
    static <T> T withinHeap(Shape shape, DType dtype, Supplier<T> make) {
        try {
            return make.get();
        } catch (OutOfMemoryError e) {
            throw Buffers.tooBig(shape, dtype, shape.size());
        }
    }

    /** numpy's checks of a size argument: given, and no negative dimension. */
    static void requireSize(int[] size) {
        if (size == null) throw new ShapeException("size must be a list of dimensions, got null");
        for (int d : size) if (d < 0) throw new ShapeException("negative dimensions are not allowed");
    }

    /** numpy's {@code np.prod(size)}: negative when one dimension is negative, 0 when one is 0. */
    static long sizeProduct(int[] size) {
        if (size == null) throw new ShapeException("size must be a list of dimensions, got null");
        double n = 1;
        for (int d : size) n *= d;
        return (long) n; // saturates instead of wrapping, and is exact wherever a tensor could be allocated
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.Arrays;

/** Reductions over all elements, one axis or several, numpy style (negative axes, keepdims, ddof). */
public final class Reductions {
    private Reductions() {}

    /** The reductions numpy offers, with the name numpy uses in its errors. */
    public enum Kind {
        SUM("add"), PROD("multiply"), MAX("maximum"), MIN("minimum"), MEAN("mean"), ARGMAX("argmax"), ARGMIN("argmin"),
        ALL("logical_and"), ANY("logical_or");

        final String ufunc;
        Kind(String ufunc) { this.ufunc = ufunc; }
    }

    /** Reduces every element to a 0-d tensor. */
    public static Tensor all(Tensor t, Kind kind) { return reduce(t, null, false, kind); }

    /**
     * Reduces over {@code axes} ({@code null}: all of them, numpy's {@code axis=None}); with {@code keepdims} the
     * reduced axes stay with length 1.
     */
    public static Tensor reduce(Tensor t, int[] axes, boolean keepdims, Kind kind) {
        int n = t.ndim();
        if (axes == null) {
            Tensor r = reduce(t.reshape(t.size()), 0, false, kind);
            return keepdims ? r.reshape(ones(n)) : r;
        }
        boolean[] reduced = axisSet(t.shape(), axes);
        if (axes.length == 1) return reduce(t, axes[0], keepdims, kind);
        int first = 0, last = n - 1;
        while (first < n && !reduced[first]) first++;
        while (last >= 0 && !reduced[last]) last--;
        if (axes.length > 0 && last - first + 1 == axes.length) {
            // Adjacent axes are one axis to numpy's iterator (so a trailing block is summed pairwise): fold them.
            int[] dims = t.shape().dims();
            int pre = 1, run = 1, post = 1;
            for (int i = 0; i < n; i++) {
                if (i < first) pre *= dims[i];
                else if (i <= last) run *= dims[i];
                else post *= dims[i];
            }
            Tensor r = reduce(t.reshape(pre, run, post), 1, false, kind);
            return r.reshape(keepdims ? keptWithOnes(t.shape(), reduced) : keptDims(t.shape(), reduced));
        }
        if (kind == Kind.MEAN) {
            double count = count(t.shape(), reduced);
            return Broadcast.unary(reduce(t, axes, keepdims, Kind.SUM), s -> s / count, DType.FLOAT64);
        }
        Tensor r = t;
        for (int ax = n - 1; ax >= 0; ax--) if (reduced[ax]) r = reduce(r, ax, true, kind);
        if (axes.length == 0) r = Ufuncs.astype(r, resultType(t.dtype(), kind));
        return keepdims ? r : r.reshape(keptDims(t.shape(), reduced));
    }

    /** Which axes are listed, normalised; numpy refuses an axis listed twice. */
    static boolean[] axisSet(Shape shape, int[] axes) {
        boolean[] set = new boolean[shape.ndim()];
        for (int a : axes) {
            int ax = shape.normalizeAxis(a);
            if (set[ax]) throw new ShapeException("duplicate value in 'axis'");
            set[ax] = true;
        }
        return set;
    }

    private static int[] ones(int n) {
        int[] d = new int[n];
        Arrays.fill(d, 1);
        return d;
    }

    private static int[] keptDims(Shape shape, boolean[] reduced) {
        int[] dims = shape.dims();
        return java.util.stream.IntStream.range(0, dims.length).filter(i -> !reduced[i]).map(i -> dims[i]).toArray();
    }

    private static int[] keptWithOnes(Shape shape, boolean[] reduced) {
        int[] dims = shape.dims();
        for (int i = 0; i < dims.length; i++) if (reduced[i]) dims[i] = 1;
        return dims;
    }

    private static double count(Shape shape, boolean[] reduced) {
        double c = 1;
        for (int i = 0; i < reduced.length; i++) if (reduced[i]) c *= shape.get(i);
        return c;
    }

    private static DType resultType(DType in, Kind kind) {
        return switch (kind) {
            case ARGMAX, ARGMIN -> DType.INT64;
            case MEAN -> DType.FLOAT64;
            case ALL, ANY -> DType.BOOL;
            case SUM, PROD -> in == DType.BOOL ? DType.INT64 : in;
            default -> in;
        };
    }

    /**
     * numpy's {@code var}: the mean over {@code axes} (kept for broadcasting), squared deviations summed and divided by
     * {@code N - ddof} (0 when that is negative, giving inf or nan as numpy does after its warning).
     */
    public static Tensor var(Tensor t, int[] axes, double ddof, boolean keepdims) {
        Tensor mean = reduce(t, axes, true, Kind.MEAN);
        Tensor dev = Ufuncs.subtract(Ufuncs.astype(t, DType.FLOAT64), mean);
        Tensor sum = reduce(Ufuncs.multiply(dev, dev), axes, keepdims, Kind.SUM);
        boolean[] reduced = axes == null ? allTrue(t.ndim()) : axisSet(t.shape(), axes);
        double div = Math.max(count(t.shape(), reduced) - ddof, 0);
        return Broadcast.unary(sum, s -> s / div, DType.FLOAT64);
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    /** Running sums or products along {@code axis} ({@code null}: over the flattened array); bool counts as int64. */
    public static Tensor cumulative(Tensor t, Integer axis, boolean product) {
        Tensor src = axis == null ? t.reshape(t.size()) : t;
        DType dtype = t.dtype() == DType.BOOL ? DType.INT64 : t.dtype();
        int ax = axis == null ? 0 : src.shape().normalizeAxis(axis);
        return Lines.map(src, ax, src.shape().get(ax), dtype, (in, inOff, len, out, outOff) -> {
            double acc = product ? 1 : 0;
            for (int i = 0; i < len; i++) {
                acc = product ? acc * in[inOff + i] : acc + in[inOff + i];
                out[outOff + i] = acc;
            }
        });
    }

    /** Reduces along {@code axis}; with {@code keepdims} the axis stays with length 1. */
    public static Tensor reduce(Tensor t, int axis, boolean keepdims, Kind kind) {
        Shape shape = t.shape();
        if (shape.ndim() == 0) {
            if (axis != 0 && axis != -1) shape.normalizeAxis(axis);
            return reduce(t.reshape(t.size()), 0, false, kind);
        }
        int ax = shape.normalizeAxis(axis);
        int[] dims = shape.dims();
        int len = dims[ax];
        if (len == 0 && (kind == Kind.MAX || kind == Kind.MIN || kind == Kind.ARGMAX || kind == Kind.ARGMIN)) {
            String op = kind == Kind.ARGMAX || kind == Kind.ARGMIN ? "attempt to get " + kind.ufunc + " of an empty sequence"
                    : "zero-size array to reduction operation " + kind.ufunc + " which has no identity";
            throw new ShapeException(op);
        }
        int[] outDims;
        if (keepdims) {
            outDims = dims.clone();
            outDims[ax] = 1;
        } else {
            outDims = new int[dims.length - 1];
            for (int i = 0, j = 0; i < dims.length; i++) if (i != ax) outDims[j++] = dims[i];
        }
        Shape outShape = new Shape(outDims);
        DType dtype = resultType(t.dtype(), kind);
        int outer = 1, inner = 1;
        for (int i = 0; i < ax; i++) outer *= dims[i];
        for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
        double[] x = Buffers.data(t), out = Buffers.alloc(outShape, dtype);
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                int base = o * len * inner + in;
                out[o * inner + in] = reduceLine(x, base, inner, len, kind);
            }
        }
        return Buffers.wrap(out, outShape, dtype);
    }

    /** numpy's scalar {@code pairwise_sum}: eight running sums in blocks of up to 128, halves combined recursively. */
    static double pairwiseSum(double[] x, int from, int n) {
        if (n < 8) {
            double s = 0;
            for (int i = 0; i < n; i++) s += x[from + i];
            return s;
        }
        if (n <= 128) {
            double[] r = new double[8];
            System.arraycopy(x, from, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) r[j] += x[from + i + j];
            }
            double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) s += x[from + i];
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwiseSum(x, from, half) + pairwiseSum(x, from + half, n - half);
    }

    private static double reduceLine(double[] x, int base, int stride, int len, Kind kind) {
        switch (kind) {
            case SUM, MEAN -> {
                double s;
                if (stride == 1 && len > 0) {
                    // Pairwise, as numpy does for contiguous data: error grows like log n, not n. numpy's SIMD
                    // loops may group the additions differently, so the last digit or two can still differ.
                    s = x[base] + pairwiseSum(x, base + 1, len - 1);
                } else {
                    s = 0;
                    for (int i = 0; i < len; i++) s += x[base + i * stride];
                }
                return kind == Kind.SUM ? s : s / len;
            }
            case PROD -> {
                double p = 1;
                for (int i = 0; i < len; i++) p *= x[base + i * stride];
                return p;
            }
            case ALL, ANY -> {
                boolean want = kind == Kind.ANY;
                for (int i = 0; i < len; i++) if ((x[base + i * stride] != 0) == want) return want ? 1 : 0;
                return want ? 0 : 1;
            }
            default -> {
                // numpy propagates NaN through max/min and argmax/argmin returns the first NaN's index.
                boolean wantMax = kind == Kind.MAX || kind == Kind.ARGMAX;
                int best = 0;
                double bv = x[base];
                for (int i = 1; i < len && !Double.isNaN(bv); i++) {
                    double v = x[base + i * stride];
                    if (Double.isNaN(v) || (wantMax ? v > bv : v < bv)) {
                        bv = v;
                        best = i;
                    }
                }
                return kind == Kind.ARGMAX || kind == Kind.ARGMIN ? best : bv;
            }
        }
    }
}

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
            return keepdims ? Shaping.reshape(r, ones(n)) : r;
        }
        if (axes.length == 1) return reduce(t, axes[0], keepdims, kind);  // which takes axis 0 or -1 of a 0-d array, as numpy
        boolean[] reduced = axisSet(t.shape(), axes);
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
            return Shaping.reshape(r, keepdims ? keptWithOnes(t.shape(), reduced) : keptDims(t.shape(), reduced));
        }
        if (kind == Kind.MEAN) {
            double count = count(t.shape(), reduced);
            return Broadcast.unary(reduce(t, axes, keepdims, Kind.SUM), s -> s / count, DType.FLOAT64);
        }
        Tensor r = t;
        for (int ax = n - 1; ax >= 0; ax--) if (reduced[ax]) r = reduce(r, ax, true, kind);
        if (axes.length == 0) r = Ufuncs.astype(r, resultType(t.dtype(), kind));
        return keepdims ? r : Shaping.reshape(r, keptDims(t.shape(), reduced));
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
        boolean[] reduced = axes == null ? allTrue(t.ndim()) : axisSet(t.shape(), axes);
        double div = Math.max(count(t.shape(), reduced) - ddof, 0);
        if (axes == null || axes.length == 1) {
            Tensor src = axes == null ? t.reshape(t.size()) : t;
            Tensor sum = squaredDeviations(src, axes == null ? 0 : axes[0], keepdims && axes != null);
            if (axes == null && keepdims) sum = sum.reshape(ones(t.ndim()));
            return Broadcast.unary(sum, s -> s / div, DType.FLOAT64);
        }
        Tensor mean = reduce(t, axes, true, Kind.MEAN);
        Tensor dev = Ufuncs.subtract(Ufuncs.astype(t, DType.FLOAT64), mean);
        Tensor sum = reduce(Ufuncs.multiply(dev, dev), axes, keepdims, Kind.SUM);
        return Broadcast.unary(sum, s -> s / div, DType.FLOAT64);
    }

    /**
     * Σ (x − mean)² along one axis, in numpy's order for {@code umr_sum((x - mean)**2)} (pairwise along a contiguous
     * axis, row by row along another) without the two full-size temporaries numpy makes.
     */
    private static Tensor squaredDeviations(Tensor t, int axis, boolean keepdims) {
        Tensor mean = reduce(t, axis, true, Kind.MEAN);
        Along a = along(t.shape(), axis, keepdims);
        double[] x = Buffers.data(t), m = Buffers.data(mean), out = Buffers.alloc(a.out(), DType.FLOAT64);
        for (int o = 0; o < a.outer(); o++) {
            int from = o * a.len() * a.inner(), off = o * a.inner();
            if (a.inner() == 1) {
                out[o] = 0.0 + pairwise(x, from, a.len(), m[o], true);
                continue;
            }
            for (int r = 0; r < a.len(); r++) {
                int row = from + r * a.inner();
                for (int j = 0; j < a.inner(); j++) {
                    double d = x[row + j] - m[off + j];
                    out[off + j] += d * d;
                }
            }
        }
        return Buffers.wrap(out, a.out(), DType.FLOAT64);
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    /** Running sums or products along {@code axis} ({@code null}: over the flattened array); bool counts as int64. */
    public static Tensor cumulative(Tensor t, Integer axis, boolean product) {
        Tensor src = axis == null || t.ndim() == 0 ? t.reshape(t.size()) : t;  // numpy accumulates a 0-d array as 1-d
        DType dtype = t.dtype() == DType.BOOL ? DType.INT64 : t.dtype();
        int ax = axis == null ? 0 : src.shape().normalizeAxis(axis);
        if (dtype == DType.INT64) return accumulateLongs(src, ax, product);
        return Lines.map(src, ax, src.shape().get(ax), dtype, (in, inOff, len, out, outOff) -> {
            double acc = product ? 1 : 0;
            for (int i = 0; i < len; i++) {
                acc = product ? acc * in[inOff + i] : acc + in[inOff + i];
                out[outOff + i] = acc;
            }
        });
    }

    /** Running sums or products of int64 (or bool) along {@code axis}, in longs: exact, wrapping around as numpy's int64. */
    private static Tensor accumulateLongs(Tensor t, int axis, boolean product) {
        Along a = along(t.shape(), axis, true);
        long[] x = Buffers.longs(t), out = Buffers.allocLongs(t.shape());
        int inner = a.inner(), len = a.len();
        for (int o = 0; o < a.outer(); o++) {
            for (int j = 0; j < inner; j++) {
                long acc = product ? 1 : 0;
                for (int r = 0, i = o * len * inner + j; r < len; r++, i += inner) {
                    acc = product ? acc * x[i] : acc + x[i];
                    out[i] = acc;
                }
            }
        }
        return Buffers.wrapLongs(out, t.shape());
    }

    /**
     * A reduction along one axis seen as {@code outer} blocks of {@code len} rows of {@code inner} elements (the axis
     * is contiguous when inner is 1), and the result's shape.
     */
    private record Along(int outer, int len, int inner, Shape out) {}

    private static Along along(Shape shape, int axis, boolean keepdims) {
        int ax = shape.normalizeAxis(axis);
        int[] dims = shape.dims();
        int[] outDims;
        if (keepdims) {
            outDims = dims.clone();
            outDims[ax] = 1;
        } else {
            outDims = new int[dims.length - 1];
            for (int i = 0, j = 0; i < dims.length; i++) if (i != ax) outDims[j++] = dims[i];
        }
        int outer = 1, inner = 1;
        for (int i = 0; i < ax; i++) outer *= dims[i];
        for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
        return new Along(outer, dims[ax], inner, new Shape(outDims));
    }

    /** Reduces along {@code axis}; with {@code keepdims} the axis stays with length 1. */
    public static Tensor reduce(Tensor t, int axis, boolean keepdims, Kind kind) {
        Shape shape = t.shape();
        if (shape.ndim() == 0) {
            if (axis != 0 && axis != -1) shape.normalizeAxis(axis);
            return reduce(t.reshape(t.size()), 0, false, kind);
        }
        Along a = along(shape, axis, keepdims);
        if (a.len() == 0 && (kind == Kind.MAX || kind == Kind.MIN || kind == Kind.ARGMAX || kind == Kind.ARGMIN)) {
            String op = kind == Kind.ARGMAX || kind == Kind.ARGMIN ? "attempt to get " + kind.ufunc + " of an empty sequence"
                    : "zero-size array to reduction operation " + kind.ufunc + " which has no identity";
            throw new ShapeException(op);
        }
        DType dtype = resultType(t.dtype(), kind);
        if (Buffers.storesBools(t) && (kind == Kind.SUM || kind == Kind.MEAN || kind == Kind.ALL || kind == Kind.ANY)) {
            return countTrue(Buffers.bools(t), a, kind, dtype);
        }
        if (t.dtype() == DType.INT64 && (kind == Kind.SUM || kind == Kind.PROD || kind == Kind.MAX || kind == Kind.MIN)) {
            return reduceLongs(Buffers.longs(t), a, kind);
        }
        boolean arg = kind == Kind.ARGMAX || kind == Kind.ARGMIN;
        double[] out = Buffers.alloc(a.out(), dtype);
        if (arg && Buffers.storesLongs(t)) {  // int64 beyond 2^53 compared exactly
            Extremes.args(Buffers.longs(t), a.outer(), a.len(), a.inner(), out, kind == Kind.ARGMAX);
            return Buffers.wrap(out, a.out(), dtype);
        }
        double[] x = Buffers.data(t);
        boolean byRows = a.inner() > 1 && kind != Kind.ALL && kind != Kind.ANY;
        if (arg) {
            Extremes.args(x, a.outer(), a.len(), a.inner(), out, kind == Kind.ARGMAX);
        } else if (byRows && (kind == Kind.MAX || kind == Kind.MIN)) {
            Extremes.rows(x, a.outer(), a.len(), a.inner(), out, kind == Kind.MAX);
        } else {
            for (int o = 0; o < a.outer(); o++) {
                int from = o * a.len() * a.inner(), off = o * a.inner();
                if (byRows) reduceRows(x, from, a.len(), a.inner(), out, off, kind);
                else for (int in = 0; in < a.inner(); in++) out[off + in] = reduceLine(x, from + in, a.inner(), a.len(), kind);
            }
        }
        return Buffers.wrap(out, a.out(), dtype);
    }

    /**
     * sum, mean, all and any of bools, read as bytes: each counts the true places along the axis (exact, so the order
     * of the additions does not matter), row by row when the axis is not the last.
     */
    private static Tensor countTrue(byte[] x, Along a, Kind kind, DType dtype) {
        double[] out = Buffers.alloc(a.out(), dtype);
        int inner = a.inner(), len = a.len();
        int[] count = new int[inner];
        for (int o = 0; o < a.outer(); o++) {
            int from = o * len * inner, off = o * inner;
            Arrays.fill(count, 0);
            for (int r = 0; r < len; r++) {
                int row = from + r * inner;
                for (int j = 0; j < inner; j++) count[j] += x[row + j];
            }
            for (int j = 0; j < inner; j++) {
                out[off + j] = switch (kind) {
                    case SUM -> count[j];
                    case MEAN -> count[j] / (double) len;
                    case ANY -> count[j] > 0 ? 1 : 0;
                    default -> count[j] == len ? 1 : 0;
                };
            }
        }
        return Buffers.wrap(out, a.out(), dtype);
    }

    /**
     * sum, prod, max and min of int64 in longs, exact and wrapping around as numpy's int64 does. Wrapped sums and
     * products, max and min do not depend on the order, so a non-last axis is taken row by row (each row read
     * contiguously, not a column strided through memory) and the last axis line by line.
     */
    private static Tensor reduceLongs(long[] x, Along a, Kind kind) {
        long[] out = Buffers.allocLongs(a.out());
        int inner = a.inner(), len = a.len();
        boolean identity = kind == Kind.SUM || kind == Kind.PROD;  // else max or min, which start from the first row
        for (int o = 0; o < a.outer(); o++) {
            int from = o * len * inner, off = o * inner;
            if (identity) Arrays.fill(out, off, off + inner, kind == Kind.SUM ? 0 : 1);
            else System.arraycopy(x, from, out, off, inner);
            int first = identity ? 0 : 1;
            if (inner == 1) out[off] = foldLine(x, from + first, len - first, out[off], kind);
            else for (int r = first; r < len; r++) foldRow(x, from + r * inner, out, off, inner, kind);
        }
        return Buffers.wrapLongs(out, a.out());
    }

    /**
     * {@code acc} folded with {@code x[from..from+n)}, a loop per op. max and min are written as a compare and select:
     * JDK 25's C2 compiles a Math.max(long, long) fold about twice as slow (0.549 against 0.266 ms on 1000 lines of
     * 1000; JDK 17 0.25 ms either way).
     */
    private static long foldLine(long[] x, int from, int n, long acc, Kind kind) {
        switch (kind) {
            case SUM -> { for (int i = 0; i < n; i++) acc += x[from + i]; }
            case PROD -> { for (int i = 0; i < n; i++) acc *= x[from + i]; }
            case MAX -> {
                for (int i = 0; i < n; i++) {
                    long v = x[from + i];
                    acc = v > acc ? v : acc;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    long v = x[from + i];
                    acc = v < acc ? v : acc;
                }
            }
        }
        return acc;
    }

    /** {@code out[off + j]} folded with {@code x[row + j]} for {@code j < n}, a loop per op. */
    private static void foldRow(long[] x, int row, long[] out, int off, int n, Kind kind) {
        switch (kind) {
            case SUM -> { for (int j = 0; j < n; j++) out[off + j] += x[row + j]; }
            case PROD -> { for (int j = 0; j < n; j++) out[off + j] *= x[row + j]; }
            case MAX -> { for (int j = 0; j < n; j++) out[off + j] = Math.max(out[off + j], x[row + j]); }
            default -> { for (int j = 0; j < n; j++) out[off + j] = Math.min(out[off + j], x[row + j]); }
        }
    }

    /**
     * Sums, means or products of {@code len} rows of {@code inner} elements into {@code out[off..off+inner)} row by
     * row, the order numpy's iterator takes along an axis that is not the last: each result is a running sum (product)
     * in row order.
     */
    private static void reduceRows(double[] x, int from, int len, int inner, double[] out, int off, Kind kind) {
        if (kind == Kind.PROD) {
            Arrays.fill(out, off, off + inner, 1.0);
            for (int r = 0; r < len; r++) {
                int row = from + r * inner;
                for (int j = 0; j < inner; j++) out[off + j] *= x[row + j];
            }
            return;
        }
        sumRows(x, from, len, inner, out, off);
        if (kind == Kind.MEAN) for (int j = 0; j < inner; j++) out[off + j] /= len;
    }

    /**
     * The row-by-row sum from numpy's identity, the zeros of the fresh {@code out}; four rows per pass spare the stores.
     * A method of its own: beside the other kinds' loops C2 compiles this one about a quarter slower.
     */
    private static void sumRows(double[] x, int from, int len, int inner, double[] out, int off) {
        int r = 0;
        for (; r + 4 <= len; r += 4) {
            int r0 = from + r * inner, r1 = r0 + inner, r2 = r1 + inner, r3 = r2 + inner;
            for (int j = 0; j < inner; j++) out[off + j] = (((out[off + j] + x[r0 + j]) + x[r1 + j]) + x[r2 + j]) + x[r3 + j];
        }
        for (; r < len; r++) {
            int row = from + r * inner;
            for (int j = 0; j < inner; j++) out[off + j] += x[row + j];
        }
    }

    /** numpy's scalar {@code pairwise_sum}: eight running sums in blocks of up to 128, halves combined recursively. */
    static double pairwiseSum(double[] x, int from, int n) { return pairwise(x, from, n, 0, false); }

    /**
     * {@link #pairwiseSum} of {@code x}, or with {@code squares} of {@code (x - mean)²}: the terms are formed as they
     * are read, so the sum has numpy's order over a temporary array without one.
     */
    private static double pairwise(double[] x, int from, int n, double mean, boolean squares) {
        if (n < 8) {
            double s = 0;
            for (int i = 0; i < n; i++) s += term(x[from + i], mean, squares);
            return s;
        }
        if (n <= 128) {
            double r0 = term(x[from], mean, squares), r1 = term(x[from + 1], mean, squares);
            double r2 = term(x[from + 2], mean, squares), r3 = term(x[from + 3], mean, squares);
            double r4 = term(x[from + 4], mean, squares), r5 = term(x[from + 5], mean, squares);
            double r6 = term(x[from + 6], mean, squares), r7 = term(x[from + 7], mean, squares);
            // The loop counts the array index itself: counting i from 0 and reading x[from + i], JDK 25's C2 compiled
            // code a quarter slower (1e6 sum 0.236 -> 0.208 ms, 0.273 -> 0.215 cached; JDK 17 the same either way).
            int end = from + n - n % 8, k = from + 8;
            for (; k < end; k += 8) {
                r0 += term(x[k], mean, squares);
                r1 += term(x[k + 1], mean, squares);
                r2 += term(x[k + 2], mean, squares);
                r3 += term(x[k + 3], mean, squares);
                r4 += term(x[k + 4], mean, squares);
                r5 += term(x[k + 5], mean, squares);
                r6 += term(x[k + 6], mean, squares);
                r7 += term(x[k + 7], mean, squares);
            }
            double s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; k < from + n; k++) s += term(x[k], mean, squares);
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwise(x, from, half, mean, squares) + pairwise(x, from + half, n - half, mean, squares);
    }

    private static double term(double v, double mean, boolean squares) {
        if (!squares) return v;
        double d = v - mean;
        return d * d;
    }

    /** Reduces one line; sums, products, max and min come here only for contiguous lines ({@code stride} 1). */
    private static double reduceLine(double[] x, int base, int stride, int len, Kind kind) {
        switch (kind) {
            case SUM, MEAN -> {
                // numpy starts from the identity 0 and adds the line pairwise (error grows like log n, not n).
                double s = 0.0 + pairwiseSum(x, base, len);
                return kind == Kind.SUM ? s : s / len;
            }
            case PROD -> {
                double p = 1;
                for (int i = 0; i < len; i++) p *= x[base + i];
                return p;
            }
            case ALL, ANY -> {
                boolean want = kind == Kind.ANY;
                for (int i = 0; i < len; i++) if ((x[base + i * stride] != 0) == want) return want ? 1 : 0;
                return want ? 0 : 1;
            }
            case MAX -> { return Extremes.max(x, base, len); }
            default -> { return Extremes.min(x, base, len); }
        }
    }
}

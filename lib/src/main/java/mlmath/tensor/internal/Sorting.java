package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.Arrays;

/** Order statistics: sort, argsort, unique, median and numpy's default ("linear") quantiles. NaN sorts last. */
public final class Sorting {
    private Sorting() {}

    /** Sorted copy along {@code axis}. */
    public static Tensor sort(Tensor t, int axis) {
        if (t.ndim() == 0) throw new ShapeException("axis " + axis + " is out of bounds for array of dimension 0");
        if (Buffers.storesLongs(t)) {
            return Lines.mapLongs(t, axis, t.shape().get(axis), (in, inOff, len, out, outOff) -> {
                System.arraycopy(in, inOff, out, outOff, len);
                Arrays.sort(out, outOff, outOff + len);
            });
        }
        LineSort lines = new LineSort();
        return Lines.map(t, axis, t.shape().get(axis), t.dtype(), lines::sort);
    }

    /** Indices that sort each line along {@code axis} (stable: ties keep their order). */
    public static Tensor argsort(Tensor t, int axis) {
        if (t.ndim() == 0) throw new ShapeException("axis " + axis + " is out of bounds for array of dimension 0");
        LineArgsort lines = new LineArgsort();
        return Buffers.storesLongs(t) ? Lines.mapLongs(t, axis, t.shape().get(axis), lines::argsort)
                : Lines.map(t, axis, t.shape().get(axis), DType.INT64, lines::argsort);
    }

    /**
     * The sorted distinct values of the flattened array (NaNs collapse to one, as numpy 2's equal_nan) and, when
     * {@code counts} is asked, how often each occurs (int64): numpy's {@code unique(x, return_counts=True)}.
     */
    public static Tensor[] unique(Tensor t, boolean counts) {
        // The sorted copy is this method's own, so the distinct values are packed to its front in place.
        Tensor sorted = sort(t.reshape(t.size()), 0);
        long[] times = counts ? new long[t.size()] : null;
        int n = 0;
        Tensor values;
        if (Buffers.storesLongs(sorted)) {
            long[] s = Buffers.longs(sorted);
            for (int i = 0; i < s.length; i++) {
                if (n == 0 || s[i] != s[n - 1]) s[n++] = s[i];
                if (counts) times[n - 1]++;
            }
            values = Buffers.wrapLongs(Arrays.copyOf(s, n), new Shape(n));
        } else {
            double[] s = Buffers.data(sorted);
            for (int i = 0; i < s.length; i++) {
                if (n == 0 || Double.compare(s[i], s[n - 1]) != 0 && !(s[i] == s[n - 1])) s[n++] = s[i];
                if (counts) times[n - 1]++;
            }
            values = Buffers.wrap(Arrays.copyOf(s, n), new Shape(n), t.dtype());
        }
        return counts ? new Tensor[] {values, Buffers.wrapLongs(Arrays.copyOf(times, n), new Shape(n))} : new Tensor[] {values};
    }

    /** numpy's median: the middle value, or the mean of the two middle values; NaN if the line has one. */
    public static Tensor median(Tensor t, Integer axis, boolean keepdims) {
        return perLine(t, axis, keepdims, null, (line, len, q) -> line.numbers() < len ? Double.NaN : median(line, len));
    }

    private static double median(LineRanks line, int len) {
        if (len == 0) return Double.NaN;
        int mid = len / 2;
        return len % 2 == 1 ? line.at(mid) : (line.at(mid - 1) + line.at(mid)) / 2;
    }

    /** numpy's {@code nanmedian}: the median of each line's numbers, NaNs left out (NaN where a line has none). */
    public static Tensor nanmedian(Tensor t, Integer axis, boolean keepdims) {
        return perLine(t, axis, keepdims, null, (line, len, q) -> median(line, line.numbers()));
    }

    /** numpy's {@code nanquantile}: {@link #quantile} over each line's numbers, NaNs left out. */
    public static Tensor nanquantile(Tensor t, Tensor q, Integer axis, boolean keepdims, String rangeError) {
        checkRange(q, rangeError);
        return perLine(t, axis, keepdims, q, (line, len, p) -> linear(line, line.numbers(), p));
    }

    private static void checkRange(Tensor q, String rangeError) {
        for (double v : Buffers.data(q)) if (!(v >= 0 && v <= 1)) throw new ShapeException(rangeError);
    }

    /** numpy's {@code quantile(a, q, axis)} with the default linear method; q's shape leads the result. */
    public static Tensor quantile(Tensor t, Tensor q, Integer axis, boolean keepdims, String rangeError) {
        checkRange(q, rangeError);
        int len = axis == null ? t.size() : t.shape().get(t.shape().normalizeAxis(axis));
        // numpy takes the last element of the sorted line to look for NaN (floats only), else the element below q.
        if (len == 0) {
            boolean below = t.dtype() != mlmath.tensor.DType.FLOAT64 && java.util.Arrays.stream(Buffers.data(q)).anyMatch(v -> v > 0);
            throw new ShapeException("index " + (below ? 0 : -1) + " is out of bounds for axis 0 with size 0");
        }
        return perLine(t, axis, keepdims, q, (line, n, p) -> line.numbers() < n ? Double.NaN : linear(line, n, p));
    }

    /** numpy 2's {@code _quantile} for method "linear": virtual index (n − 1)·q, then its {@code _lerp}. */
    private static double linear(LineRanks line, int len, double q) {
        if (len == 0) return Double.NaN;
        double virtual = (len - 1) * q;
        double below = Math.floor(virtual);
        double gamma = virtual - below;
        int lo = (int) Math.max(0, Math.min(below, len - 1)), hi = (int) Math.max(0, Math.min(below + 1, len - 1));
        double a = line.at(lo), b = line.at(hi), diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }

    /** A statistic of a line of len values (NaNs among them), read by rank. */
    private interface Statistic { double of(LineRanks line, int len, double q); }

    /**
     * Evaluates {@code stat} for every q on each line along the axis (or the whole array), which it reads by rank: a
     * line is sorted whole only for more than two q, as each q would otherwise pass over it again.
     */
    private static Tensor perLine(Tensor t, Integer axis, boolean keepdims, Tensor q, Statistic stat) {
        Tensor src = axis == null ? t.reshape(t.size()) : t;
        int ax = axis == null ? 0 : src.shape().normalizeAxis(axis);
        double[] qs = q == null ? new double[] {0} : Buffers.data(q);
        LineRanks ranks = new LineRanks();
        Tensor lines = Lines.map(src, ax, qs.length, DType.FLOAT64, (in, inOff, len, out, outOff) -> {
            ranks.of(in, inOff, len);
            if (qs.length > 2 && len > 0) ranks.sortWhole();
            for (int i = 0; i < qs.length; i++) out[outOff + i] = stat.of(ranks, len, qs[i]);
        });
        // The q axis sits where the reduced axis was: move it to the front, then shape it like q.
        Tensor moved = Shaping.moveaxis(lines, ax, 0);
        int[] rest = moved.shape().dims();
        int[] tail;
        if (keepdims) {
            tail = t.ndim() == 0 ? new int[0] : t.shape().dims();
            if (axis == null) Arrays.fill(tail, 1);
            else tail[ax] = 1;
        } else {
            tail = Arrays.copyOfRange(rest, 1, rest.length);
        }
        int[] lead = q == null ? new int[0] : q.shape().dims();
        int[] dims = new int[lead.length + tail.length];
        System.arraycopy(lead, 0, dims, 0, lead.length);
        System.arraycopy(tail, 0, dims, lead.length, tail.length);
        return Shaping.reshape(moved, dims);
    }
}

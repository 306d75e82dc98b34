package mlmath.tensor.internal;

import mlmath.tensor.*;

/** numpy's searches over sorted data and positions: {@code searchsorted}, {@code digitize}, {@code argwhere}, {@code array_equal}. */
public final class Searching {
    private Searching() {}

    /** numpy's sort order, NaN last: {@code a < b}. */
    private static boolean less(double a, double b) { return a < b || (b != b && a == a); }

    /**
     * numpy's {@code searchsorted(a, v, side)}: for each v, the index where it would go in the sorted 1-D a to keep it
     * sorted, before equal values ("left") or after them ("right"). Int64, shaped like v.
     */
    public static Tensor searchsorted(Tensor a, Tensor v, boolean right) {
        if (a.ndim() != 1) {
            throw new ShapeException(a.ndim() == 0 ? "object of too small depth for desired array" : "object too deep for desired array");
        }
        double[] s = Buffers.data(a), x = Buffers.data(v), out = Buffers.alloc(v.shape(), DType.INT64);
        for (int i = 0; i < x.length; i++) {
            int lo = 0, hi = s.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (right ? !less(x[i], s[mid]) : less(s[mid], x[i])) lo = mid + 1;
                else hi = mid;
            }
            out[i] = lo;
        }
        return Buffers.wrap(out, v.shape(), DType.INT64);
    }

    /** numpy's {@code digitize(x, bins, right)}: the bin index of each x for monotonic bins (increasing or decreasing). */
    public static Tensor digitize(Tensor x, Tensor bins, boolean right) {
        if (bins.ndim() != 1) {
            throw new ShapeException(bins.ndim() == 0 ? "object of too small depth for desired array" : "object too deep for desired array");
        }
        double[] b = Buffers.data(bins);
        boolean up = true, down = true;
        for (int i = 1; i < b.length; i++) {
            up &= !(b[i] < b[i - 1]);
            down &= !(b[i] > b[i - 1]);
        }
        if (!up && !down) throw new ShapeException("bins must be monotonically increasing or decreasing");
        if (up) return searchsorted(bins, x, !right);
        Tensor n = Buffers.wrap(new double[] {b.length}, new Shape(), DType.INT64);
        return Ufuncs.subtract(n, searchsorted(Rearranging.flip(bins, null), x, !right));
    }

    /** numpy's {@code argwhere(a)}: the indices of the nonzero elements, one row per element (int64, N × ndim). */
    public static Tensor argwhere(Tensor a) {
        if (a.ndim() == 0) return Buffers.wrap(new double[0], new Shape(a.item() != 0 ? 1 : 0, 0), DType.INT64);
        Tensor[] idx = ArrayIndexing.nonzero(a);
        return Joining.stack(idx, 1);
    }

    /** numpy's {@code array_equal(a1, a2, equal_nan)}: the same shape and the same elements. */
    public static boolean arrayEqual(Tensor a, Tensor b, boolean equalNan) {
        if (!a.shape().equals(b.shape())) return false;
        double[] x = Buffers.data(a), y = Buffers.data(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i] || (equalNan && x[i] != x[i] && y[i] != y[i])) continue;
            return false;
        }
        return true;
    }
}

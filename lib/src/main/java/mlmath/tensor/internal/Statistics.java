package mlmath.tensor.internal;

import mlmath.tensor.*;

/**
 * numpy's statistics beyond the plain reductions: the NaN-ignoring reductions ({@code nansum}, {@code nanmean}, …),
 * {@code average} with weights, {@code ptp}, {@code count_nonzero}, {@code cov}/{@code corrcoef}, {@code histogram},
 * {@code bincount}, and scipy's stable {@code logsumexp}. Axes arguments are null for all axes.
 */
public final class Statistics {
    private Statistics() {}

    private static Tensor scalar(double v, DType dtype) { return Buffers.wrap(new double[] {v}, new Shape(), dtype); }

    private static Tensor axes(Tensor t, int[] axes, boolean keepdims, Reductions.Kind kind) {
        return axes == null && !keepdims ? Reductions.all(t, kind) : Reductions.reduce(t, axes, keepdims, kind);
    }

    // ---- NaN-ignoring reductions ---------------------------------------------------------------------------

    /** What the nan-functions reduce: NaNs replaced by {@code fill} (integers and bools have none). */
    private static Tensor filled(Tensor a, double fill) {
        if (a.dtype() != DType.FLOAT64) return a;
        return Broadcast.where(Ufuncs.isnan(a), scalar(fill, DType.FLOAT64), a);
    }

    /** How many non-NaN elements each reduction sees. */
    private static Tensor counts(Tensor a, int[] axes, boolean keepdims) {
        return axes(Ufuncs.logicalNot(Ufuncs.isnan(a)), axes, keepdims, Reductions.Kind.SUM);
    }

    /** numpy's {@code nansum}: the sum with NaNs counted as zero. */
    public static Tensor nansum(Tensor a, int[] axes, boolean keepdims) { return axes(filled(a, 0), axes, keepdims, Reductions.Kind.SUM); }

    /** numpy's {@code nanprod}: the product with NaNs counted as one. */
    public static Tensor nanprod(Tensor a, int[] axes, boolean keepdims) { return axes(filled(a, 1), axes, keepdims, Reductions.Kind.PROD); }

    /** numpy's {@code nanmean}: the mean of the non-NaN elements (NaN where there are none). */
    public static Tensor nanmean(Tensor a, int[] axes, boolean keepdims) {
        if (a.dtype() != DType.FLOAT64) return axes(a, axes, keepdims, Reductions.Kind.MEAN);
        return Ufuncs.divide(nansum(a, axes, keepdims), counts(a, axes, keepdims));
    }

    /** numpy's {@code nanmax} / {@code nanmin}: NaN only where a slice is all NaN. */
    public static Tensor nanextreme(Tensor a, int[] axes, boolean keepdims, boolean max) {
        Reductions.Kind kind = max ? Reductions.Kind.MAX : Reductions.Kind.MIN;
        Tensor r;
        try {
            r = axes(filled(a, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY), axes, keepdims, kind);
        } catch (ShapeException e) {  // numpy's nanmax/nanmin reduce with fmax/fmin, and its errors say so
            throw new ShapeException(e.getMessage().replace("operation " + kind.ufunc, "operation f" + (max ? "max" : "min")));
        }
        if (a.dtype() != DType.FLOAT64) return r;
        Tensor none = Ufuncs.compare(counts(a, axes, keepdims), scalar(0, DType.INT64), Ufuncs.Comparison.EQ);
        return Broadcast.where(none, scalar(Double.NaN, DType.FLOAT64), r);
    }

    /** numpy's {@code nanargmax} / {@code nanargmin}; an all-NaN slice is an error, as in numpy. */
    public static Tensor nanarg(Tensor a, Integer axis, boolean max) {
        Reductions.Kind kind = max ? Reductions.Kind.ARGMAX : Reductions.Kind.ARGMIN;
        if (a.dtype() == DType.FLOAT64 && a.size() > 0) {
            Tensor any = axis == null ? Reductions.all(counts(a, null, false), Reductions.Kind.MIN)
                    : Reductions.reduce(counts(a, new int[] {axis}, false), null, false, Reductions.Kind.MIN);
            if (Buffers.data(any)[0] == 0) throw new ShapeException("All-NaN slice encountered");
            a = filled(a, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return axis == null ? Reductions.all(a, kind) : Reductions.reduce(a, axis, false, kind);
    }

    /** numpy's {@code nanvar}: squared deviations of the non-NaN elements over (count − ddof); NaN when that is ≤ 0. */
    public static Tensor nanvar(Tensor a, int[] axes, double ddof, boolean keepdims) {
        if (a.dtype() != DType.FLOAT64) return Reductions.var(a, axes, ddof, keepdims);
        Tensor cnt = counts(a, axes, true);
        Tensor avg = Ufuncs.divide(nansum(a, axes, true), cnt);
        Tensor dev = Broadcast.where(Ufuncs.isnan(a), scalar(0, DType.FLOAT64), Ufuncs.subtract(a, avg));
        Tensor sq = axes(Ufuncs.multiply(dev, dev), axes, keepdims, Reductions.Kind.SUM);
        Tensor dof = Ufuncs.subtract(counts(a, axes, keepdims), scalar(ddof, DType.FLOAT64));
        Tensor var = Ufuncs.divide(sq, dof);
        return Broadcast.where(Ufuncs.compare(dof, scalar(0, DType.FLOAT64), Ufuncs.Comparison.LE),
                scalar(Double.NaN, DType.FLOAT64), var);
    }

    // ---- weighted average, range, counts -------------------------------------------------------------------

    /**
     * numpy's {@code average(a, axis, weights, returned=True)}: {@code sum(a * w) / sum(w)} along the axis (all axes
     * when null) and the sum of the weights (without weights, the count averaged), broadcast to the average's shape.
     */
    public static Tensor[] average(Tensor a, Integer axis, Tensor weights, boolean keepdims) {
        if (axis != null && (axis < -a.ndim() || axis >= a.ndim())) {  // numpy names the argument before its AxisError
            throw new ShapeException("axis: axis " + axis + " is out of bounds for array of dimension " + a.ndim());
        }
        int[] ax = axis == null ? null : new int[] {axis};
        Tensor avg, scl;
        if (weights == null) {
            avg = axes(a, ax, keepdims, Reductions.Kind.MEAN);
            if (avg.size() == 0) throw new ShapeException("division by zero");  // numpy's a.size / avg.size in Python
            scl = scalar((double) a.size() / avg.size(), avg.dtype());
        } else {
            Tensor w = weights;
            if (!a.shape().equals(w.shape())) {
                if (axis == null) throw new ShapeException("Axis must be specified when shapes of a and weights differ.");
                int k = a.shape().normalizeAxis(axis);
                if (w.ndim() != 1 || w.size() != a.shape().get(k)) {
                    throw new ShapeException("Shape of weights must be consistent with shape of a along specified axis.");
                }
                int[] dims = new int[a.ndim()];
                java.util.Arrays.fill(dims, 1);
                dims[k] = w.size();
                w = w.reshape(dims);
            }
            w = Ufuncs.astype(w, DType.FLOAT64);
            scl = axes(Broadcast.broadcastTo(w, a.shape()), ax, keepdims, Reductions.Kind.SUM);
            for (double v : Buffers.data(scl)) if (v == 0) throw new ShapeException("Weights sum to zero, can't be normalized");
            avg = Ufuncs.divide(axes(Ufuncs.multiply(Ufuncs.astype(a, DType.FLOAT64), w), ax, keepdims, Reductions.Kind.SUM), scl);
        }
        return new Tensor[] {avg, Broadcast.broadcastTo(scl, avg.shape())};
    }

    /** numpy's {@code ptp}: max − min along the axes, in the input's dtype. */
    public static Tensor ptp(Tensor a, int[] axes, boolean keepdims) {
        return Ufuncs.subtract(axes(a, axes, keepdims, Reductions.Kind.MAX), axes(a, axes, keepdims, Reductions.Kind.MIN));
    }

    /** numpy's {@code count_nonzero}: how many elements are not zero (NaN counts), as int64. */
    public static Tensor countNonzero(Tensor a, int[] axes, boolean keepdims) {
        Tensor nz = Ufuncs.compare(a, scalar(0, DType.INT64), Ufuncs.Comparison.NE);
        return Ufuncs.astype(axes(nz, axes, keepdims, Reductions.Kind.SUM), DType.INT64);
    }

    // ---- covariance ----------------------------------------------------------------------------------------

    /** numpy's {@code cov(m, y, rowvar, bias, ddof)}: rows are variables (columns when rowvar is false); squeezed. */
    public static Tensor cov(Tensor m, Tensor y, boolean rowvar, boolean bias, Integer ddof) {
        if (m.ndim() > 2) throw new ShapeException("m has more than 2 dimensions");
        Tensor x = observations(m, !rowvar && m.ndim() != 1);
        if (x.shape().get(0) == 0) return Buffers.wrap(new double[0], new Shape(0, 0), DType.FLOAT64);
        if (y != null) {
            if (y.ndim() > 2) throw new ShapeException("y has more than 2 dimensions");
            x = Joining.concatenate(new Tensor[] {x, observations(y, !rowvar && Shaping.atLeast(y, 2).shape().get(0) != 1)}, 0);
        }
        int d = ddof != null ? ddof : bias ? 0 : 1;
        double fact = Math.max(0, x.shape().get(1) - d);
        Tensor centred = Ufuncs.subtract(x, Reductions.reduce(x, new int[] {1}, true, Reductions.Kind.MEAN));
        Tensor c = MatMul.dot(centred, Shaping.transposeView(centred, new int[0]));
        return Buffers.asArray(Shaping.squeeze(Ufuncs.multiply(c, scalar(1 / fact, DType.FLOAT64))));  // numpy: array(v) for one variable
    }

    /** m as a float64 matrix with one variable a row; numpy decides {@code transpose} differently for m and y. */
    private static Tensor observations(Tensor m, boolean transpose) {
        Tensor x = Ufuncs.astype(Shaping.atLeast(m, 2), DType.FLOAT64);
        return transpose ? Shaping.transpose(x, new int[0]) : x;
    }

    /** numpy's {@code corrcoef}: the covariance scaled to correlations, clipped to [-1, 1]. */
    public static Tensor corrcoef(Tensor x, Tensor y, boolean rowvar) {
        Tensor c = cov(x, y, rowvar, false, null);
        if (c.ndim() == 0) return Ufuncs.divide(c, c);
        Tensor std = Broadcast.unary(Rearranging.diag(c, 0), Math::sqrt, DType.FLOAT64);
        int n = std.size();
        c = Ufuncs.divide(c, std.reshape(n, 1));
        c = Ufuncs.divide(c, std.reshape(1, n));
        return Ufuncs.clip(c, scalar(-1, DType.FLOAT64), scalar(1, DType.FLOAT64));
    }

    // ---- histograms and counts -----------------------------------------------------------------------------

    /** numpy's {@code linspace}: {@code i * step + start}, the last value exactly {@code stop} when it is an endpoint. */
    public static Tensor linspace(double start, double stop, int num, boolean endpoint) {
        if (num < 0) throw new ShapeException("Number of samples, " + num + ", must be non-negative.");
        double[] d = Buffers.alloc(new Shape(num), DType.FLOAT64);
        int div = endpoint ? num - 1 : num;
        double step = div > 0 ? (stop - start) / div : 0;
        for (int i = 0; i < num; i++) d[i] = start + i * step;
        if (endpoint && num > 1) d[num - 1] = stop;
        return Buffers.wrap(d, new Shape(num), DType.FLOAT64);
    }

    /** numpy sums a histogram's weights in blocks of this many elements, adding the blocks' sums. */
    private static final int BLOCK = 65536;

    /**
     * numpy's {@code histogram(a, bins, range, density, weights)} over the flattened array: {@code bins} equal-width
     * bins over {@code range} (or a's min and max), the last bin closed; returns the counts (int64; the weights' sums in
     * their dtype when weights are given; float64 densities) and the edges.
     */
    public static Tensor[] histogram(Tensor a, int bins, double[] range, boolean density, Tensor weights) {
        double[] w = weightsOf(a, weights);
        if (bins < 1) throw new ShapeException("`bins` must be positive, when an integer");
        double[] x = Buffers.data(a);
        double first, last;
        if (range != null) {
            if (range.length != 2) throw new ShapeException("too many values to unpack (expected 2)");
            first = range[0];
            last = range[1];
            if (first > last) throw new ShapeException("max must be larger than min in range parameter.");
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw new ShapeException("supplied range of [" + num(first) + ", " + num(last) + "] is not finite");
            }
        } else if (x.length == 0) {
            first = 0;
            last = 1;
        } else {
            first = Buffers.data(Reductions.all(a, Reductions.Kind.MIN))[0];
            last = Buffers.data(Reductions.all(a, Reductions.Kind.MAX))[0];
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw new ShapeException("autodetected range of [" + num(first) + ", " + num(last) + "] is not finite");
            }
        }
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        Tensor edges = linspace(first, last, bins + 1, true);
        // numpy adds each block's weight sums to the totals; counts without weights are exact, so they go straight in
        double[] e = Buffers.data(edges), n = new double[bins], blockSums = w == null ? n : new double[bins];
        double denom = last - first;
        for (int start = 0; start < x.length; start += BLOCK) {
            if (blockSums != n) java.util.Arrays.fill(blockSums, 0);
            for (int k = start, end = Math.min(x.length, start + BLOCK); k < end; k++) {
                double v = x[k];
                if (!(v >= first && v <= last)) continue;
                int i = (int) ((v - first) / denom * bins);
                if (i == bins) i--;
                if (v < e[i]) i--;
                else if (v >= e[i + 1] && i != bins - 1) i++;
                blockSums[i] += w == null ? 1 : w[k];
            }
            if (blockSums != n) for (int i = 0; i < bins; i++) n[i] += blockSums[i];
        }
        return new Tensor[] {counted(n, weights == null ? DType.INT64 : weights.dtype(), edges, density), edges};
    }

    /**
     * numpy's {@code histogram(a, bins=edges, density, weights)}: edges increasing, each bin [e_i, e_{i+1}) but the
     * last closed. As numpy does, each block of a is sorted and a bin's count (or weight) is the difference of the
     * running totals at its edges.
     */
    public static Tensor[] histogram(Tensor a, Tensor edges, boolean density, Tensor weights) {
        double[] w = weightsOf(a, weights);
        if (edges.ndim() != 1) throw new ShapeException("`bins` must be 1d, when an array");
        double[] e = Buffers.data(Ufuncs.astype(edges, DType.FLOAT64));
        for (int i = 1; i < e.length; i++) {
            if (e[i] < e[i - 1]) throw new ShapeException("`bins` must increase monotonically, when an array");
        }
        if (weights != null && weights.dtype() == DType.BOOL && a.size() > 0) {  // numpy adds the weights' int64 cumsum to bool counts
            throw new ShapeException("Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule 'same_kind'");
        }
        Tensor flat = a.reshape(a.size()), inner = edges.slice(":-1"), last = edges.slice("-1:");
        double[] cum = new double[e.length];
        for (int start = 0; start < a.size(); start += BLOCK) {
            Tensor block = flat.slice(start + ":" + Math.min(a.size(), start + BLOCK)), sorted;
            double[] running = null;
            if (w == null) {
                sorted = Sorting.sort(block, 0);
            } else {
                double[] order = Buffers.data(Sorting.argsort(block, 0)), values = Buffers.data(block), s = new double[order.length];
                running = new double[order.length + 1];
                for (int k = 0; k < order.length; k++) {
                    s[k] = values[(int) order[k]];
                    running[k + 1] = running[k] + w[start + (int) order[k]];
                }
                sorted = Buffers.wrap(s, new Shape(s.length), block.dtype());
            }
            double[] at = Buffers.data(Joining.concatenate(new Tensor[] {Searching.searchsorted(sorted, inner, false),
                    Searching.searchsorted(sorted, last, true)}, 0));
            for (int j = 0; j < at.length; j++) cum[j] += running == null ? at[j] : running[(int) at[j]];
        }
        double[] n = new double[Math.max(0, e.length - 1)];
        for (int j = 0; j < n.length; j++) n[j] = cum[j + 1] - cum[j];
        return new Tensor[] {counted(n, weights == null ? DType.INT64 : weights.dtype(), Ufuncs.astype(edges, DType.FLOAT64), density), edges};
    }

    /** The weights' values, which must have a's shape; null without weights. */
    private static double[] weightsOf(Tensor a, Tensor weights) {
        if (weights == null) return null;
        if (!weights.shape().equals(a.shape())) throw new ShapeException("weights should have the same shape as a.");
        return Buffers.data(weights);
    }

    /** The counts in their dtype (bool weights: whether any in the bin was true), or densities that integrate to 1. */
    private static Tensor counted(double[] n, DType dtype, Tensor edges, boolean density) {
        if (dtype == DType.BOOL) for (int i = 0; i < n.length; i++) n[i] = n[i] != 0 ? 1 : 0;
        Tensor counts = Buffers.wrap(n, new Shape(n.length), dtype);
        if (!density) return counts;
        Tensor widths = Rearranging.diff(edges, 1, 0);
        return Ufuncs.divide(Ufuncs.divide(counts, widths), Reductions.all(counts, Reductions.Kind.SUM));
    }

    /** Python's str of a float in numpy's messages: {@code nan}, {@code inf}, {@code 1.0}. */
    private static String num(double v) { return ArrayFormat.scalar(v, DType.FLOAT64); }

    /** numpy's {@code bincount(x, weights, minlength)}: how often each non-negative integer occurs (or its weight sum). */
    public static Tensor bincount(Tensor x, Tensor weights, int minlength) {
        if (x.dtype() == DType.FLOAT64) {
            throw new ShapeException("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
        }
        if (x.ndim() > 1) throw new ShapeException("object too deep for desired array");
        if (x.ndim() == 0) throw new ShapeException("object of too small depth for desired array");
        if (minlength < 0) throw new ShapeException("'minlength' must not be negative");
        double[] v = Buffers.data(x);
        int len = minlength;
        for (double d : v) {
            if (d < 0) throw new ShapeException("'list' argument must have no negative elements");
            len = (int) Math.max(len, d + 1);
        }
        double[] w = null;
        if (weights != null) {
            if (weights.size() != v.length || weights.ndim() != 1) throw new ShapeException("The weights and list don't have the same length.");
            w = Buffers.data(Ufuncs.astype(weights, DType.FLOAT64));
        }
        Shape s = new Shape(len);
        double[] out = Buffers.alloc(s, DType.FLOAT64);
        for (int i = 0; i < v.length; i++) out[(int) v[i]] += w == null ? 1 : w[i];
        return Buffers.wrap(out, s, w == null ? DType.INT64 : DType.FLOAT64);
    }

    // ---- logsumexp -----------------------------------------------------------------------------------------

    /**
     * scipy.special's {@code logsumexp(a, axis, keepdims)}: {@code log(sum(exp(a)))} without overflow. As scipy does,
     * the maximal elements are kept out of the sum: {@code log1p(s / m) + log(m) + max}, where m counts them and s sums
     * the others' {@code exp(a − max)}; where that is not finite, the direct formula decides (inf, -inf, NaN).
     */
    public static Tensor logsumexp(Tensor a, Integer axis, boolean keepdims) {
        Tensor src = axis == null ? a.reshape(a.size()) : Shaping.atLeast(a, 1);
        int ax = axis == null ? 0 : src.shape().normalizeAxis(axis);
        Tensor out = Lines.map(Ufuncs.astype(src, DType.FLOAT64), ax, 1, DType.FLOAT64, (in, off, len, o, oOff) -> {
            o[oOff] = logsumexp(in, off, len);
        });
        if (keepdims) {
            int[] dims = a.ndim() == 0 ? new int[] {1} : a.shape().dims();
            if (axis == null) java.util.Arrays.fill(dims, 1);
            else dims[ax] = 1;
            return Shaping.reshape(out, dims);
        }
        return axis == null ? Shaping.reshape(out, new int[0]) : Shaping.squeeze(out, ax);
    }

    private static double logsumexp(double[] x, int off, int len) {
        if (len == 0) return Double.NEGATIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (int i = 0; i < len; i++) {
            double v = x[off + i];
            if (v != v) nan = true;
            else if (v > max) max = v;
        }
        if (nan) max = Double.NaN;
        double[] terms = new double[len], direct = new double[len];
        int m = 0;
        for (int i = 0; i < len; i++) {
            double v = x[off + i];
            if (v == max) m++;
            terms[i] = v == max ? 0 : Math.exp(v - max);
            direct[i] = Math.exp(v);
        }
        double s = Reductions.pairwiseSum(terms, 0, len);
        s = s == 0 ? s : s / m;
        double out = Math.log1p(s) + Math.log(m) + max;
        return Double.isFinite(out) ? out : Math.log(Reductions.pairwiseSum(direct, 0, len));
    }
}

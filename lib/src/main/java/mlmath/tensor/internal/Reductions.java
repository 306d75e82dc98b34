package mlmath.tensor.internal;

import mlmath.tensor.*;

/** Reductions over all elements or one axis, numpy style (negative axes, keepdims). */
public final class Reductions {
    private Reductions() {}

    /** The reductions numpy offers, with the name numpy uses in its errors. */
    public enum Kind {
        SUM("add"), PROD("multiply"), MAX("maximum"), MIN("minimum"), MEAN("mean"), ARGMAX("argmax"), ARGMIN("argmin");

        final String ufunc;
        Kind(String ufunc) { this.ufunc = ufunc; }
    }

    /** Reduces every element to a 0-d tensor. */
    public static Tensor all(Tensor t, Kind kind) {
        Tensor flat = t.reshape(t.size());
        return reduce(flat, 0, false, kind);
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
        if (len == 0 && kind != Kind.SUM && kind != Kind.PROD && kind != Kind.MEAN) {
            String op = kind == Kind.ARGMAX || kind == Kind.ARGMIN ? "attempt to get " + kind.ufunc + " of an empty sequence"
                    : "zero-size array to reduction operation " + kind.ufunc + " which has no identity";
            throw new ShapeException(op);
        }
        int outer = 1, inner = 1;
        for (int i = 0; i < ax; i++) outer *= dims[i];
        for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
        double[] x = t.data(), out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                int base = o * len * inner + in;
                out[o * inner + in] = reduceLine(x, base, inner, len, kind);
            }
        }
        int[] outDims;
        if (keepdims) {
            outDims = dims.clone();
            outDims[ax] = 1;
        } else {
            outDims = new int[dims.length - 1];
            for (int i = 0, j = 0; i < dims.length; i++) if (i != ax) outDims[j++] = dims[i];
        }
        DType dtype = switch (kind) {
            case ARGMAX, ARGMIN -> DType.INT64;
            case MEAN -> DType.FLOAT64;
            default -> t.dtype();
        };
        return new Tensor(out, new Shape(outDims), dtype);
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

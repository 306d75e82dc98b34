package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.ArrayList;
import java.util.List;

/** Element access, numpy slice strings ({@code ":, :10"}) and integer-array picking. */
public final class Indexing {
    private Indexing() {}

    /** Flat offset of a full index, with numpy's out-of-bounds wording. */
    public static int offset(Shape shape, int... index) {
        if (index.length != shape.ndim()) {
            throw new ShapeException("too " + (index.length > shape.ndim() ? "many" : "few") + " indices for array: array is "
                    + shape.ndim() + "-dimensional, but " + index.length + " were indexed");
        }
        int[] dims = shape.dims(), strides = shape.strides();
        int off = 0;
        for (int i = 0; i < index.length; i++) off += checkIndex(index[i], i, dims[i]) * strides[i];
        return off;
    }

    private static int checkIndex(int index, int axis, int size) {
        int j = index < 0 ? index + size : index;
        if (j < 0 || j >= size) {
            throw new ShapeException("index " + index + " is out of bounds for axis " + axis + " with size " + size);
        }
        return j;
    }

    /** One axis of a slice expression: a range with a step, or a single index that drops the axis. */
    private record AxisSlice(int start, int stop, int step, boolean drop) {
        int length() {
            if (step > 0) return Math.max(0, (stop - start + step - 1) / step);
            return Math.max(0, (start - stop - step - 1) / -step);
        }
    }

    /** Evaluates a numpy slice string such as {@code ":, :10"}, {@code "::2"}, {@code "-1"} or {@code "..., 0"}. */
    public static Tensor slice(Tensor t, String spec) {
        if (spec == null) throw new ShapeException("slice needs a string such as \":, :10\"");
        int[] dims = t.shape().dims();
        List<String> parts = new ArrayList<>(List.of(spec.split(",", -1)));
        int ellipsis = -1;
        for (int i = 0; i < parts.size(); i++) {
            parts.set(i, parts.get(i).trim());
            if (parts.get(i).equals("...")) {
                if (ellipsis >= 0) throw new ShapeException("an index can only have a single ellipsis ('...')");
                ellipsis = i;
            }
        }
        if (ellipsis >= 0) {
            parts.remove(ellipsis);
            int fill = dims.length - parts.size();
            for (int i = 0; i < fill; i++) parts.add(ellipsis, ":");
        }
        if (parts.size() > dims.length) {
            throw new ShapeException("too many indices for array: array is " + dims.length + "-dimensional, but "
                    + parts.size() + " were indexed");
        }
        while (parts.size() < dims.length) parts.add(":");
        AxisSlice[] axes = new AxisSlice[dims.length];
        for (int i = 0; i < dims.length; i++) axes[i] = parseAxis(parts.get(i), i, dims[i], spec);
        return gather(t, axes);
    }

    private static AxisSlice parseAxis(String s, int axis, int size, String spec) {
        try {
            if (!s.contains(":")) {
                if (s.isEmpty()) throw new NumberFormatException();
                int j = checkIndex(Integer.parseInt(s), axis, size);
                return new AxisSlice(j, j + 1, 1, true);
            }
            String[] f = s.split(":", -1);
            if (f.length > 3) throw new NumberFormatException();
            int step = f.length == 3 && !f[2].isBlank() ? Integer.parseInt(f[2].trim()) : 1;
            if (step == 0) throw new ShapeException("slice step cannot be zero");
            int start = clamp(f[0].trim(), size, step, true);
            int stop = clamp(f[1].trim(), size, step, false);
            return new AxisSlice(start, stop, step, false);
        } catch (NumberFormatException e) {
            throw new ShapeException("cannot read slice \"" + spec + "\": axis " + axis + " has \"" + s
                    + "\"; use forms like \":\", \"2\", \":10\", \"1:5\", \"::2\", \"-1\"");
        }
    }

    /** Python's slice bound rules: negatives count from the end, then clamp to the valid range. */
    private static int clamp(String text, int size, int step, boolean isStart) {
        if (text.isEmpty()) return step > 0 ? (isStart ? 0 : size) : (isStart ? size - 1 : -1);
        int v = Integer.parseInt(text);
        if (v < 0) v += size;
        if (step > 0) return Math.max(0, Math.min(v, size));
        return Math.max(-1, Math.min(v, size - 1));
    }

    private static Tensor gather(Tensor t, AxisSlice[] axes) {
        int n = axes.length;
        int[] lens = new int[n], strides = t.shape().strides();
        List<Integer> kept = new ArrayList<>();
        int total = 1;
        for (int i = 0; i < n; i++) {
            lens[i] = axes[i].length();
            total *= lens[i];
            if (!axes[i].drop()) kept.add(lens[i]);
        }
        double[] src = t.data(), out = new double[total];
        int[] counter = new int[n];
        for (int o = 0; o < total; o++) {
            int off = 0;
            for (int i = 0; i < n; i++) off += (axes[i].start() + counter[i] * axes[i].step()) * strides[i];
            out[o] = src[off];
            for (int d = n - 1; d >= 0; d--) {
                if (++counter[d] < lens[d]) break;
                counter[d] = 0;
            }
        }
        return new Tensor(out, new Shape(kept.stream().mapToInt(Integer::intValue).toArray()), t.dtype());
    }

    /** {@code t[rows, cols]} with two integer arrays of equal length: one element per pair. */
    public static Tensor take(Tensor t, int[] rows, int[] cols) {
        if (t.ndim() != 2) throw new ShapeException("take(rows, cols) needs a 2-D array, got shape " + t.shape());
        if (rows.length != cols.length) {
            throw new ShapeException("shape mismatch: indexing arrays could not be broadcast together with shapes ("
                    + rows.length + ",) (" + cols.length + ",)");
        }
        int r = t.shape().get(0), c = t.shape().get(1);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = t.data()[checkIndex(rows[i], 0, r) * c + checkIndex(cols[i], 1, c)];
        }
        return new Tensor(out, new Shape(rows.length), t.dtype());
    }
}

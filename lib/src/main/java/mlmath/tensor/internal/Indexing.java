package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy indexing: full integer indices and slice strings ({@code ":, :10"}, {@code "None, :"}, {@code "..., 0"}), and
 * the {@code set} counterparts that return an updated copy; boolean masks and integer arrays are {@link ArrayIndexing}'s.
 * An index that picks scattered elements becomes a {@link Selection}: the result shape and, per result element, its
 * source offset.
 */
public final class Indexing {
    private Indexing() {}

    /** What an index picks: the shape of the result and the flat source offset of each of its elements. */
    record Selection(Shape shape, int[] offsets) {}

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

    /** {@code a[i, j]} for integer indices, fewer than the dimensions allowed: the sub-array at that place. */
    public static Tensor at(Tensor t, int... index) {
        if (index.length > t.ndim()) offset(t.shape(), index);  // numpy's "too many indices" wording
        return slice(t, join(index));
    }

    /** The indices as numpy writes them inside brackets: {@code -2, 3, 3}. */
    public static String join(int... index) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < index.length; i++) b.append(i == 0 ? "" : ", ").append(index[i]);
        return b.toString();
    }

    static int checkIndex(long index, int axis, int size) {
        long j = index < 0 ? index + size : index;
        if (j < 0 || j >= size) {
            throw new ShapeException("index " + index + " is out of bounds for axis " + axis + " with size " + size);
        }
        return (int) j;
    }

    /** The elements an index picks, as a new tensor. */
    static Tensor gather(Tensor t, Selection s) {
        Object out = Buffers.allocTyped(s.shape(), t.dtype());
        Copies.gather(Buffers.typed(t, t.dtype()), s.offsets(), out, 0);
        return Buffers.wrapTyped(out, s.shape(), t.dtype());
    }

    /** A copy of {@code t} with the selected elements replaced by {@code value}, broadcast and cast to t's dtype. */
    static Tensor scatter(Tensor t, Selection s, Tensor value, boolean advanced) {
        Tensor v;
        try {
            v = Broadcast.broadcastTo(Ufuncs.astype(value, t.dtype()), s.shape());
        } catch (ShapeException e) {
            throw new ShapeException(advanced
                    ? "shape mismatch: value array of shape " + value.shape().compact() + " could not be broadcast to indexing result of shape " + s.shape().compact()
                    : "could not broadcast input array from shape " + value.shape().compact() + " into shape " + s.shape().compact());
        }
        Object out = Copies.copyOf(Buffers.typed(t, t.dtype()));
        Copies.scatter(Buffers.typed(v, t.dtype()), s.offsets(), out);
        return Buffers.wrapTyped(out, t.shape(), t.dtype());
    }

    // ---- slice strings -------------------------------------------------------------------------------------

    /** Evaluates a numpy index string such as {@code ":, :10"}, {@code "::2"}, {@code "-1"}, {@code "..., 0"} or {@code ":, None"}. */
    public static Tensor slice(Tensor t, String spec) {
        Tensor picked = parse(t.shape(), spec).copy(t);
        // Integer indices alone pick a scalar; numpy's a[...] and a[0, ...] stay arrays even when 0-d.
        return splitParts(spec).contains("...") ? Buffers.asArray(picked) : picked;
    }

    /** {@code a[spec] = value} on a copy. */
    public static Tensor set(Tensor t, String spec, Tensor value) {
        return scatter(t, parse(t.shape(), spec).selection(), value, hasList(spec));
    }

    /**
     * One output axis: {@code len} elements starting at {@code start}, {@code step} apart (flat offsets); or, for the
     * broadcast list indices of an index string, the flat offset of each of its elements in {@code table}.
     */
    private record Axis(int start, int len, int step, int[] table) {
        Axis(int start, int len, int step) { this(start, len, step, null); }

        int at(int i) { return table != null ? table[i] : start + i * step; }
    }

    /** Splits an index string at the commas outside brackets: {@code "[0, 2], 1:"} is {@code "[0, 2]"} and {@code "1:"}. */
    private static List<String> splitParts(String spec) {
        List<String> parts = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(spec.substring(from, i).trim());
                from = i + 1;
            }
        }
        parts.add(spec.substring(from).trim());
        return parts;
    }

    private static boolean isList(String p) { return p.startsWith("[") && p.endsWith("]"); }

    /** The positions a list index names along an axis of {@code size}: ints, or Python bools as a mask. */
    private static long[] listIndices(String p, int axis, int size) {
        String body = p.substring(1, p.length() - 1).trim();
        if (body.contains("[")) throw new NumberFormatException();
        String[] items = body.isEmpty() ? new String[0] : body.split(",", -1);
        boolean bools = items.length > 0;
        for (String it : items) bools &= it.trim().equals("True") || it.trim().equals("False");
        if (bools) {
            if (items.length != size) {
                throw new ShapeException("boolean index did not match indexed array along axis " + axis + "; size of axis is "
                        + size + " but size of corresponding boolean axis is " + items.length);
            }
            return java.util.stream.IntStream.range(0, size).filter(i -> items[i].trim().equals("True")).asLongStream().toArray();
        }
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) out[i] = Long.parseLong(items[i].trim());
        return out;
    }

    /** Whether an index string holds a list (numpy's advanced indexing: {@code A[[0, 2], 1:]}). */
    private static boolean hasList(String spec) { return spec != null && spec.contains("["); }

    private static Picks parse(Shape shape, String spec) {
        if (spec == null) throw new ShapeException("index is null: pass a string such as \":, :10\"");
        List<String> parts = new ArrayList<>();
        String trimmed = spec.trim();
        if (!trimmed.isEmpty()) parts.addAll(splitParts(trimmed));
        // numpy's a[0,] is a[0]: one trailing comma makes a tuple and adds nothing.
        if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) parts.remove(parts.size() - 1);
        int[] dims = shape.dims(), strides = shape.strides();
        int consuming = 0, ellipsis = -1;
        boolean advanced = false;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (p.equals("...")) {
                if (ellipsis >= 0) throw new ShapeException("an index can only have a single ellipsis ('...')");
                ellipsis = i;
            } else if (!isNewAxis(p)) {
                consuming++;
                advanced |= isList(p);
            }
        }
        if (consuming > dims.length) {
            throw new ShapeException("too many indices for array: array is " + dims.length + "-dimensional, but "
                    + consuming + " were indexed");
        }
        if (ellipsis >= 0) parts.remove(ellipsis);
        else ellipsis = parts.size();
        for (int i = consuming; i < dims.length; i++) parts.add(ellipsis, ":");
        List<Axis> axes = new ArrayList<>();
        // With a list in the index, numpy treats its integers as (0-d) index arrays too: all of them broadcast together
        // and give one output axis, in place when they are adjacent, else first.
        List<long[]> lists = new ArrayList<>();
        List<Integer> listAxes = new ArrayList<>();
        int firstAdvanced = -1, lastAdvanced = -1, advancedSlot = -1;
        boolean adjacent = true;
        int base = 0, src = 0;
        for (int pi = 0; pi < parts.size(); pi++) {
            String p = parts.get(pi);
            if (isNewAxis(p)) {
                axes.add(new Axis(0, 1, 0));
                continue;
            }
            int axis = src++;
            try {
                boolean list = isList(p);
                if (advanced && (list || !p.contains(":"))) {
                    if (list) lists.add(listIndices(p, axis, dims[axis]));
                    else if (p.isEmpty()) throw new NumberFormatException();
                    else lists.add(new long[] {Long.parseLong(p)});
                    listAxes.add(axis);
                    if (lastAdvanced >= 0 && lastAdvanced != pi - 1) adjacent = false;
                    if (firstAdvanced < 0) {
                        firstAdvanced = pi;
                        advancedSlot = axes.size();
                    }
                    lastAdvanced = pi;
                } else if (!p.contains(":")) {
                    if (p.isEmpty()) throw new NumberFormatException();
                    base += checkIndex(Long.parseLong(p), axis, dims[axis]) * strides[axis];
                } else {
                    Axis a = parseRange(p, dims[axis]);
                    axes.add(new Axis(a.start() * strides[axis], a.len(), a.step() * strides[axis]));
                }
            } catch (NumberFormatException e) {
                throw new ShapeException("cannot read index \"" + spec + "\": axis " + axis + " has \"" + p
                        + "\"; use forms like \":\", \"2\", \":10\", \"1:5\", \"::2\", \"-1\", \"None\", \"...\", \"[0, 2]\"");
            }
        }
        if (advanced) axes.add(adjacent ? advancedSlot : 0, listAxis(lists, listAxes, parts, dims, strides));
        return new Picks(base, axes);
    }

    /** What an index string picks: from flat offset {@code base}, one {@link Axis} per output axis. */
    private record Picks(int base, List<Axis> axes) {
        Shape shape() { return new Shape(axes.stream().mapToInt(Axis::len).toArray()); }

        /** The flat source offset of every picked element, in the result's order. */
        Selection selection() {
            Shape out = shape();
            int[] outDims = out.dims();
            int[] offsets = new int[Buffers.requireFits(Buffers.widened(outDims), DType.FLOAT64)];
            int[] counter = new int[outDims.length];
            for (int o = 0; o < offsets.length; o++) {
                int off = base;
                for (int i = 0; i < counter.length; i++) off += axes.get(i).at(counter[i]);
                offsets[o] = off;
                next(counter, outDims);
            }
            return new Selection(out, offsets);
        }

        /** The picked elements as a new tensor, a row of the last axis at a time (one arraycopy when it has step 1), in the storage type of its dtype. */
        Tensor copy(Tensor t) {
            Shape out = shape();
            Object src = Buffers.typed(t, t.dtype()), dst = Buffers.allocTyped(out, t.dtype());
            int n = axes.size(), size = out.size();
            Axis last = n == 0 ? new Axis(0, 1, 0) : axes.get(n - 1);
            int[] outer = java.util.Arrays.copyOf(out.dims(), Math.max(0, n - 1)), counter = new int[outer.length];
            int[] row = last.table() == null ? null : new int[last.len()];
            for (int o = 0; o + last.len() <= size && last.len() > 0; o += last.len()) {
                int off = base;
                for (int i = 0; i < counter.length; i++) off += axes.get(i).at(counter[i]);
                if (row == null) Copies.run(src, off + last.start(), last.step(), dst, o, last.len());
                else {
                    for (int j = 0; j < row.length; j++) row[j] = off + last.table()[j];
                    Copies.gather(src, row, dst, o);
                }
                next(counter, outer);
            }
            return Buffers.wrapTyped(dst, out, t.dtype());
        }
    }

    /** Advances a row-major counter over {@code dims} by one. */
    private static void next(int[] counter, int[] dims) {
        for (int d = counter.length - 1; d >= 0; d--) {
            if (++counter[d] < dims[d]) break;
            counter[d] = 0;
        }
    }

    /** The one output axis of an index string's lists (and integers beside them), broadcast as numpy does. */
    private static Axis listAxis(List<long[]> lists, List<Integer> listAxes, List<String> parts, int[] dims, int[] strides) {
        int len = 1;
        for (long[] l : lists) {
            if (l.length != 1 && len != 1 && l.length != len) {
                StringBuilder shapes = new StringBuilder();
                for (int i = 0; i < lists.size(); i++) {
                    boolean scalar = !isList(nonNewAxis(parts, listAxes.get(i)));
                    shapes.append(scalar ? "()" : "(" + lists.get(i).length + ",)").append(' ');
                }
                throw new ShapeException("shape mismatch: indexing arrays could not be broadcast together with shapes " + shapes);
            }
            if (l.length != 1) len = l.length;
        }
        int[] table = new int[len];
        for (int k = 0; k < lists.size(); k++) {
            long[] l = lists.get(k);
            int axis = listAxes.get(k);
            for (int i = 0; i < len; i++) table[i] += checkIndex(l[l.length == 1 ? 0 : i], axis, dims[axis]) * strides[axis];
        }
        return new Axis(0, len, 0, table);
    }

    /** The index part that addresses source axis {@code axis} (new axes skipped). */
    private static String nonNewAxis(List<String> parts, int axis) {
        int a = 0;
        for (String p : parts) {
            if (isNewAxis(p)) continue;
            if (a++ == axis) return p;
        }
        throw new IllegalStateException();
    }


    private static boolean isNewAxis(String p) { return p.equals("None") || p.equals("np.newaxis") || p.equals("newaxis"); }

    /** Python's slice rules for {@code start:stop:step}: negatives count from the end, then clamp. */
    private static Axis parseRange(String s, int size) {
        String[] f = s.split(":", -1);
        if (f.length > 3) throw new NumberFormatException();
        long step = f.length == 3 && !f[2].isBlank() ? Long.parseLong(f[2].trim()) : 1;
        if (step == 0) throw new ShapeException("slice step cannot be zero");
        int start = clamp(f[0].trim(), size, step, true), stop = clamp(f[1].trim(), size, step, false);
        long len = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / -step);
        return new Axis(start, (int) len, (int) Math.max(Integer.MIN_VALUE + 1, Math.min(step, Integer.MAX_VALUE)));
    }

    private static int clamp(String text, int size, long step, boolean isStart) {
        if (text.isEmpty()) return step > 0 ? (isStart ? 0 : size) : (isStart ? size - 1 : -1);
        long v = Long.parseLong(text);
        if (v < 0) v += size;
        if (step > 0) return (int) Math.max(0, Math.min(v, size));
        return (int) Math.max(-1, Math.min(v, size - 1));
    }

    /** Positions {@code [start, stop)} along {@code axis}. */
    static Tensor range(Tensor t, int axis, int start, int stop) {
        return alongAxis(t, axis, java.util.stream.IntStream.range(start, stop).toArray());
    }

    /**
     * The array whose position {@code j} along {@code axis} is {@code t}'s position {@code sourceOf[j]} (take,
     * roll, split): whole blocks of the axes after it are copied, in the storage type of t's dtype.
     */
    static Tensor alongAxis(Tensor t, int axis, int[] sourceOf) {
        int[] dims = t.shape().dims();
        int len = dims[axis], outer = 1, inner = 1;
        for (int i = 0; i < axis; i++) outer *= dims[i];
        for (int i = axis + 1; i < dims.length; i++) inner *= dims[i];
        dims[axis] = sourceOf.length;
        Shape shape = new Shape(dims);
        Object src = Buffers.typed(t, t.dtype()), out = Buffers.allocTyped(shape, t.dtype());
        // One line (axis 0 of a vector) gathers at the positions themselves; more lines shift them by each line's start.
        int[] row = inner == 1 && outer > 1 ? new int[sourceOf.length] : sourceOf;
        for (int o = 0; o < outer; o++) {
            int in = o * len * inner, at = o * sourceOf.length * inner;
            if (inner == 1) {
                if (outer > 1) for (int j = 0; j < row.length; j++) row[j] = in + sourceOf[j];
                Copies.gather(src, row, out, at);
                continue;
            }
            // Consecutive source positions are one run of blocks.
            for (int j = 0, end; j < sourceOf.length; j = end) {
                for (end = j + 1; end < sourceOf.length && sourceOf[end] == sourceOf[end - 1] + 1; end++) {}
                System.arraycopy(src, in + sourceOf[j] * inner, out, at + j * inner, (end - j) * inner);
            }
        }
        return Buffers.wrapTyped(out, shape, t.dtype());
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.ArrayList;
import java.util.List;

/** Turns what a learner types ({@code double[]}, {@code double[][]}, {@code int[]}, {@code boolean[]}, numbers, lists) into a Tensor. */
public final class ArrayLike {
    private ArrayLike() {}

    /** Converts an array-like to a Tensor; a Tensor is returned as is. */
    public static Tensor toTensor(Object x) { return toTensor(x, "array"); }

    /** Same, naming the argument in the message when it is null. */
    public static Tensor toTensor(Object x, String name) {
        if (x instanceof Tensor t) return t;
        if (x == null) throw new ShapeException(name + " is null: pass a Tensor, double[], double[][], int[] or a number");
        if (x instanceof Boolean b) return scalar(b ? 1 : 0, DType.BOOL);
        if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte) {
            return Buffers.wrapLongs(new long[] {((Number) x).longValue()}, new Shape());
        }
        if (x instanceof Number n) return scalar(n.doubleValue(), DType.FLOAT64);
        if (x instanceof double[] a) return Buffers.wrap(a.clone(), new Shape(a.length), DType.FLOAT64);
        if (x instanceof int[] a) return Buffers.wrapLongs(Buffers.widened(a), new Shape(a.length));
        if (x instanceof long[] a) return Buffers.wrapLongs(a.clone(), new Shape(a.length));
        if (x instanceof float[] a) return vector(a.length, DType.FLOAT64, i -> a[i]);
        if (x instanceof boolean[] a) return vector(a.length, DType.BOOL, i -> a[i] ? 1 : 0);
        if (x instanceof List<?> list) return fromNested(list.toArray(), x);
        if (x instanceof Object[] rows) return fromNested(rows, x);
        throw new ShapeException("cannot make an array from " + x.getClass().getSimpleName()
                + "; pass a Tensor, double[], double[][], double[][][], int[] or a number");
    }

    private static Tensor scalar(double v, DType dtype) { return Buffers.wrap(new double[] {v}, new Shape(), dtype); }

    private static Tensor vector(int n, DType dtype, java.util.function.IntToDoubleFunction at) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = at.applyAsDouble(i);
        return Buffers.wrap(d, new Shape(n), dtype);
    }

    /** Nested rows ({@code double[][]}, {@code int[][]}, {@code double[][][]}, lists): all rows must share a shape. */
    private static Tensor fromNested(Object[] rows, Object original) {
        if (rows.length == 0) return Buffers.wrap(new double[0], new Shape(0), DType.FLOAT64);
        Tensor[] parts = new Tensor[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) throw new ShapeException("row " + i + " is null: every row of an array must be present");
            try {
                parts[i] = toTensor(rows[i]);
            } catch (ShapeException e) {
                // A ragged row deeper down: numpy describes the raggedness from the outermost array.
                if (e.getMessage().startsWith("setting an array element")) throw inhomogeneous(original);
                throw e;
            }
            if (!parts[i].shape().equals(parts[0].shape())) throw inhomogeneous(original);
        }
        int inner = parts[0].size();
        int[] innerDims = parts[0].shape().dims();
        int[] dims = new int[innerDims.length + 1];
        dims[0] = rows.length;
        System.arraycopy(innerDims, 0, dims, 1, innerDims.length);
        DType dtype = DType.BOOL;
        for (Tensor p : parts) dtype = DType.promote(dtype, p.dtype());
        Shape shape = new Shape(dims);
        if (dtype == DType.INT64) {
            long[] data = Buffers.allocLongs(shape);
            for (int i = 0; i < rows.length; i++) System.arraycopy(Buffers.longs(parts[i]), 0, data, i * inner, inner);
            return Buffers.wrapLongs(data, shape);
        }
        double[] data = Buffers.alloc(shape, dtype);
        for (int i = 0; i < rows.length; i++) System.arraycopy(Buffers.data(parts[i]), 0, data, i * inner, inner);
        return Buffers.wrap(data, shape, dtype);
    }

    /** numpy's ragged-array error: how many leading dimensions agree, and their shape. */
    private static ShapeException inhomogeneous(Object original) {
        List<Integer> dims = new ArrayList<>();
        List<Object> level = List.of(original);
        while (true) {
            int len = -1;
            List<Object> next = new ArrayList<>();
            boolean same = true;
            for (Object item : level) {
                Object[] children = children(item);
                if (children == null || (len >= 0 && children.length != len)) {
                    same = false;
                    break;
                }
                len = children.length;
                next.addAll(List.of(children));
            }
            if (!same) break;
            dims.add(len);
            level = next;
        }
        String shape = dims.size() == 1 ? "(" + dims.get(0) + ",)" : dims.toString().replace('[', '(').replace(']', ')');
        return new ShapeException("setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                + dims.size() + " dimensions. The detected shape was " + shape + " + inhomogeneous part.");
    }

    /** The elements of a sequence, or null for a scalar. */
    private static Object[] children(Object x) {
        if (x instanceof List<?> l) return l.toArray();
        if (x instanceof Object[] a) return a;
        if (x instanceof Tensor t) {
            if (t.ndim() == 0) return null;
            Object[] rows = new Object[t.shape().get(0)];
            for (int i = 0; i < rows.length; i++) rows[i] = Indexing.slice(t, Integer.toString(i));
            return rows;
        }
        if (x == null || x instanceof Number || x instanceof Boolean) return null;
        Tensor t = toTensor(x);
        Object[] out = new Object[t.size()];
        java.util.Arrays.fill(out, 0.0);
        return out;
    }

    /** A sequence of arrays (array of arrays, a List, or a Tensor seen as its rows), for concatenate and stack. */
    public static Tensor[] toSequence(Object x, String name) {
        if (x == null) throw new ShapeException(name + " is null: pass the arrays, e.g. new Tensor[] {a, b} or List.of(a, b)");
        Object[] items;
        if (x instanceof List<?> l) items = l.toArray();
        else if (x instanceof Object[] a) items = a;
        else if (x instanceof Tensor t && t.ndim() > 0) items = children(t);
        else throw new ShapeException(name + " must be a sequence of arrays (Tensor[], List or a Tensor), got " + x.getClass().getSimpleName());
        return toTensors(items, name);
    }

    private static Tensor[] toTensors(Object[] items, String name) {
        Tensor[] out = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) out[i] = toTensor(items[i], name + "[" + i + "]");
        return out;
    }

    /** Converts integer targets/indices ({@code int[]}, an int-valued Tensor, a {@code double[]} of whole numbers) to ints. */
    public static int[] toIndices(Object x, String what) {
        if (x instanceof int[] a) return a.clone();
        Tensor t = toTensor(x, what);
        if (t.ndim() > 1) throw new ShapeException(what + " must be 1-D, got shape " + t.shape());
        double[] d = Buffers.data(t);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i]) || Math.abs(d[i]) > Integer.MAX_VALUE) {
                throw new ShapeException(what + " must be integers, got " + d[i] + " at position " + i);
            }
            out[i] = (int) d[i];
        }
        return out;
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.List;

/** Turns what a learner types ({@code double[]}, {@code double[][]}, {@code int[]}, numbers, lists) into a Tensor. */
public final class ArrayLike {
    private ArrayLike() {}

    /** Converts an array-like to a Tensor; a Tensor is returned as is. */
    public static Tensor toTensor(Object x) {
        if (x instanceof Tensor t) return t;
        if (x == null) throw new ShapeException("expected an array-like (Tensor, double[], double[][], int[] or a number), got null");
        if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte) {
            return new Tensor(new double[] {((Number) x).doubleValue()}, new Shape(), DType.INT64);
        }
        if (x instanceof Number n) return new Tensor(new double[] {n.doubleValue()}, new Shape(), DType.FLOAT64);
        if (x instanceof double[] a) return new Tensor(a.clone(), new Shape(a.length), DType.FLOAT64);
        if (x instanceof int[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) d[i] = a[i];
            return new Tensor(d, new Shape(a.length), DType.INT64);
        }
        if (x instanceof long[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) d[i] = a[i];
            return new Tensor(d, new Shape(a.length), DType.INT64);
        }
        if (x instanceof float[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) d[i] = a[i];
            return new Tensor(d, new Shape(a.length), DType.FLOAT64);
        }
        if (x instanceof List<?> list) return fromNested(list.toArray(), x);
        if (x instanceof Object[] rows) return fromNested(rows, x);
        throw new ShapeException("cannot make an array from " + x.getClass().getSimpleName()
                + "; pass a Tensor, double[], double[][], double[][][], int[] or a number");
    }

    /** Nested rows ({@code double[][]}, {@code int[][]}, {@code double[][][]}, lists): all rows must share a shape. */
    private static Tensor fromNested(Object[] rows, Object original) {
        if (rows.length == 0) return new Tensor(new double[0], new Shape(0), DType.FLOAT64);
        Tensor[] parts = new Tensor[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) throw new ShapeException("row " + i + " is null: every row of an array must be present");
            parts[i] = toTensor(rows[i]);
            if (!parts[i].shape().equals(parts[0].shape())) {
                throw new ShapeException("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                        + "after 1 dimensions. The detected shape was (" + rows.length + ",) + inhomogeneous part "
                        + "(row 0 has shape " + parts[0].shape() + ", row " + i + " has shape " + parts[i].shape() + ")");
            }
        }
        int inner = parts[0].size();
        double[] data = new double[rows.length * inner];
        DType dtype = DType.INT64;
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(parts[i].data(), 0, data, i * inner, inner);
            dtype = DType.promote(dtype, parts[i].dtype());
        }
        int[] innerDims = parts[0].shape().dims();
        int[] dims = new int[innerDims.length + 1];
        dims[0] = rows.length;
        System.arraycopy(innerDims, 0, dims, 1, innerDims.length);
        return new Tensor(data, new Shape(dims), dtype);
    }

    /** Converts integer targets/indices ({@code int[]}, an int-valued Tensor, a {@code double[]} of whole numbers) to ints. */
    public static int[] toIndices(Object x, String what) {
        if (x instanceof int[] a) return a.clone();
        Tensor t = toTensor(x);
        if (t.ndim() > 1) throw new ShapeException(what + " must be 1-D, got shape " + t.shape());
        double[] d = t.data();
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

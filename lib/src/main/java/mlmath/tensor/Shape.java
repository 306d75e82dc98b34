package mlmath.tensor;

import java.util.Arrays;

/** An immutable tensor shape such as {@code (32, 64)}; validates its dimensions and prints like numpy. */
public final class Shape {
    private final int[] dims;

    /** Creates a shape from its dimensions; every dimension must be zero or positive. */
    public Shape(int... dims) {
        if (dims == null) throw new ShapeException("shape is null: pass the dimensions, e.g. 2, 3");
        for (int d : dims) {
            if (d < 0) throw new ShapeException("negative dimensions are not allowed");
        }
        this.dims = dims.clone();
    }

    public int ndim() { return dims.length; }

    /** Size of axis {@code axis}; negative axes count from the end. */
    public int get(int axis) { return dims[normalizeAxis(axis)]; }

    public int[] dims() { return dims.clone(); }

    /** Number of elements (1 for a scalar). */
    public int size() {
        long n = 1;
        for (int d : dims) if (d == 0) return 0;
        // Saturates past Integer.MAX_VALUE: both factors stay below 2^31, so the product cannot overflow a long.
        for (int d : dims) n = n > Integer.MAX_VALUE ? n : n * d;
        if (n > Integer.MAX_VALUE) throw mlmath.tensor.internal.Buffers.tooBig(this, DType.FLOAT64, n);
        return (int) n;
    }

    /** Row-major strides in elements. */
    public int[] strides() {
        int[] s = new int[dims.length];
        int acc = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= dims[i];
        }
        return s;
    }

    /** Maps a possibly negative axis onto {@code [0, ndim)}, with numpy's error when it is out of range. */
    public int normalizeAxis(int axis) {
        int a = axis < 0 ? axis + dims.length : axis;
        if (a < 0 || a >= dims.length) {
            throw new ShapeException("axis " + axis + " is out of bounds for array of dimension " + dims.length);
        }
        return a;
    }

    /** numpy's compact form used inside error messages: {@code (32,64)}, {@code (63,)}, {@code ()}. */
    public String compact() {
        if (dims.length == 1) return "(" + dims[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) sb.append(i == 0 ? "" : ",").append(dims[i]);
        return sb.append(')').toString();
    }

    @Override public boolean equals(Object o) { return o instanceof Shape s && Arrays.equals(dims, s.dims); }

    @Override public int hashCode() { return Arrays.hashCode(dims); }

    /** Prints like numpy's {@code a.shape}: {@code (32, 64)}, {@code (64,)}, {@code ()}. */
    @Override public String toString() {
        if (dims.length == 1) return "(" + dims[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) sb.append(i == 0 ? "" : ", ").append(dims[i]);
        return sb.append(')').toString();
    }
}

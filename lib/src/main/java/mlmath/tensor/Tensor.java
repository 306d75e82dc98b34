package mlmath.tensor;

import mlmath.tensor.internal.*;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable float64 n-d array, row-major, with numpy's semantics: every op returns a new tensor.
 * Arguments typed {@code Object} take a Tensor, {@code double[]}, {@code double[][]}, {@code int[]} or a number.
 * <pre>
 * jshell&gt; np.array(new double[][] {{1, 2}, {3, 4}}).add(new double[] {10, 20})
 * $1 ==&gt; array([[11., 22.],
 *                [13., 24.]])
 * </pre>
 */
public final class Tensor {
    private final double[] data;
    private final Shape shape;
    private final DType dtype;
    private final String source;

    /** Wraps {@code data} (not copied) as an array of {@code shape}. */
    public Tensor(double[] data, Shape shape, DType dtype) { this(data, shape, dtype, null); }

    private Tensor(double[] data, Shape shape, DType dtype, String source) {
        if (data.length != shape.size()) {
            throw new ShapeException("cannot reshape array of size " + data.length + " into shape " + shape);
        }
        this.data = data;
        this.shape = shape;
        this.dtype = dtype;
        this.source = source;
    }

    /** A float64 tensor over {@code data} (not copied) with the given dimensions. */
    public Tensor(double[] data, int... dims) { this(data, new Shape(dims), DType.FLOAT64); }

    // ---- data ----------------------------------------------------------------------------------------------

    public Shape shape() { return shape; }

    public int ndim() { return shape.ndim(); }

    public int size() { return data.length; }

    public DType dtype() { return dtype; }

    /** Who computed these values, e.g. {@code "torch 2.7.1"}; null for values computed here. Ops drop it. */
    public String source() { return source; }

    /** The same values labelled with where they came from (used by the torch bridge). */
    public Tensor withSource(String source) { return new Tensor(data, shape, dtype, source); }

    /** The backing row-major array; treat it as read-only (use {@link #toArray()} for a copy you may change). */
    public double[] data() { return data; }

    /** The value of a one-element tensor, like numpy's {@code .item()}. */
    public double item() {
        if (data.length != 1) throw new ShapeException("can only convert an array of size 1 to a Python scalar (this one has shape " + shape + ")");
        return data[0];
    }

    /** The element at a full index; negative indices count from the end. */
    public double get(int... index) { return data[Indexing.offset(shape, index)]; }

    /** The element at an integer index tensor, e.g. {@code ps.get(likes.argmax())} for {@code ps[np.argmax(likes)]}. */
    public double get(Tensor index) { return get(ArrayLike.toIndices(index.ndim() == 0 ? index.reshape(1) : index, "index")); }

    /** A copy of the elements in row-major order. */
    public double[] toArray() { return data.clone(); }

    /** A copy as rows; the tensor must be 2-D. */
    public double[][] toArray2() {
        if (ndim() != 2) throw new ShapeException("toArray2 needs a 2-D array, got shape " + shape);
        int r = shape.get(0), c = shape.get(1);
        double[][] out = new double[r][];
        for (int i = 0; i < r; i++) out[i] = java.util.Arrays.copyOfRange(data, i * c, (i + 1) * c);
        return out;
    }

    /** numpy's repr; a 0-d tensor prints as a plain number. */
    @Override public String toString() { return ArrayFormat.repr(this); }

    // ---- shape ---------------------------------------------------------------------------------------------

    /** Same data, new shape; one dimension may be -1 and is inferred. */
    public Tensor reshape(int... dims) {
        int[] d = dims.clone();
        int infer = -1, known = 1;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == -1) {
                if (infer >= 0) throw new ShapeException("can only specify one unknown dimension");
                infer = i;
            } else {
                known *= d[i];
            }
        }
        if (infer >= 0) {
            if (known == 0 || data.length % known != 0) {
                throw new ShapeException("cannot reshape array of size " + data.length + " into shape " + shapeWithUnknown(d));
            }
            d[infer] = data.length / known;
        }
        Shape target = new Shape(d);
        if (target.size() != data.length) {
            throw new ShapeException("cannot reshape array of size " + data.length + " into shape " + target.compact());
        }
        return new Tensor(data, target, dtype);
    }

    /** numpy prints the inferred dimension of a failed reshape as {@code newaxis}: {@code (3,newaxis)}. */
    private static String shapeWithUnknown(int[] d) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < d.length; i++) sb.append(i == 0 ? "" : ",").append(d[i] == -1 ? "newaxis" : Integer.toString(d[i]));
        return sb.append(d.length == 1 ? ",)" : ")").toString();
    }

    /** 1-D copy of all elements. */
    public Tensor flatten() { return reshape(data.length); }

    /** The transpose (axes reversed), numpy's {@code a.T}. */
    public Tensor T() {
        int n = ndim();
        int[] axes = new int[n];
        for (int i = 0; i < n; i++) axes[i] = n - 1 - i;
        return transpose(axes);
    }

    /** Permutes the axes; no arguments reverses them. */
    public Tensor transpose(int... axes) {
        if (axes.length == 0) return T();
        int n = ndim();
        if (axes.length != n) throw new ShapeException("axes don't match array: got " + axes.length + " axes for an array of dimension " + n);
        int[] perm = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            perm[i] = shape.normalizeAxis(axes[i]);
            if (seen[perm[i]]) throw new ShapeException("repeated axis in transpose");
            seen[perm[i]] = true;
        }
        int[] dims = shape.dims(), strides = shape.strides(), outDims = new int[n], srcStrides = new int[n];
        for (int i = 0; i < n; i++) {
            outDims[i] = dims[perm[i]];
            srcStrides[i] = strides[perm[i]];
        }
        double[] out = new double[data.length];
        int[] counter = new int[n];
        int off = 0;
        for (int o = 0; o < out.length; o++) {
            out[o] = data[off];
            for (int d = n - 1; d >= 0; d--) {
                if (++counter[d] < outDims[d]) {
                    off += srcStrides[d];
                    break;
                }
                counter[d] = 0;
                off -= srcStrides[d] * (outDims[d] - 1);
            }
        }
        return new Tensor(out, new Shape(outDims), dtype);
    }

    // ---- elementwise ---------------------------------------------------------------------------------------

    private Tensor zip(Object other, DoubleBinaryOperator op, boolean keepInt) {
        Tensor b = ArrayLike.toTensor(other);
        DType out = keepInt ? DType.promote(dtype, b.dtype()) : DType.FLOAT64;
        return Broadcast.binary(this, b, op, out);
    }

    /** Applies a Java function to every element (numpy's {@code np.vectorize}): {@code ps.map(p -> p * (1 - p))}. */
    public Tensor map(DoubleUnaryOperator op) { return Broadcast.unary(this, op, DType.FLOAT64); }

    /** {@code this + other}, broadcasting. */
    public Tensor add(Object other) { return zip(other, Double::sum, true); }
    public Tensor add(double s) { return zip(s, Double::sum, false); }

    /** {@code this - other}, broadcasting. */
    public Tensor sub(Object other) { return zip(other, (x, y) -> x - y, true); }
    public Tensor sub(double s) { return zip(s, (x, y) -> x - y, false); }

    /** {@code this * other} elementwise, broadcasting. */
    public Tensor mul(Object other) { return zip(other, (x, y) -> x * y, true); }
    public Tensor mul(double s) { return zip(s, (x, y) -> x * y, false); }

    /** {@code this / other} elementwise (true division), broadcasting. */
    public Tensor div(Object other) { return zip(other, (x, y) -> x / y, false); }
    public Tensor div(double s) { return zip(s, (x, y) -> x / y, false); }

    /** {@code this ** other} elementwise, broadcasting. */
    public Tensor pow(Object other) { return zip(other, Math::pow, true); }
    public Tensor pow(double s) { return zip(s, Math::pow, false); }

    /** Elementwise maximum, broadcasting; NaN propagates as in numpy. */
    public Tensor maximum(Object other) { return zip(other, (x, y) -> x != x || y != y ? Double.NaN : Math.max(x, y), true); }
    public Tensor maximum(double s) { return zip(s, (x, y) -> x != x || y != y ? Double.NaN : Math.max(x, y), false); }

    public Tensor neg() { return Broadcast.unary(this, x -> -x, dtype); }
    public Tensor abs() { return Broadcast.unary(this, Math::abs, dtype); }
    public Tensor exp() { return map(Math::exp); }
    /** Natural log; {@code log(0) = -inf} and negatives give NaN, as numpy (without its warning). */
    public Tensor log() { return map(Math::log); }
    public Tensor sqrt() { return map(Math::sqrt); }

    // ---- reductions ----------------------------------------------------------------------------------------

    private Tensor reduce(int axis, boolean keepdims, Reductions.Kind kind) { return Reductions.reduce(this, axis, keepdims, kind); }

    public Tensor sum() { return Reductions.all(this, Reductions.Kind.SUM); }
    public Tensor sum(int axis) { return sum(axis, false); }
    public Tensor sum(int axis, boolean keepdims) { return reduce(axis, keepdims, Reductions.Kind.SUM); }

    public Tensor mean() { return Reductions.all(this, Reductions.Kind.MEAN); }
    public Tensor mean(int axis) { return mean(axis, false); }
    public Tensor mean(int axis, boolean keepdims) { return reduce(axis, keepdims, Reductions.Kind.MEAN); }

    public Tensor prod() { return Reductions.all(this, Reductions.Kind.PROD); }
    public Tensor prod(int axis) { return prod(axis, false); }
    public Tensor prod(int axis, boolean keepdims) { return reduce(axis, keepdims, Reductions.Kind.PROD); }

    public Tensor max() { return Reductions.all(this, Reductions.Kind.MAX); }
    public Tensor max(int axis) { return max(axis, false); }
    public Tensor max(int axis, boolean keepdims) { return reduce(axis, keepdims, Reductions.Kind.MAX); }

    public Tensor min() { return Reductions.all(this, Reductions.Kind.MIN); }
    public Tensor min(int axis) { return min(axis, false); }
    public Tensor min(int axis, boolean keepdims) { return reduce(axis, keepdims, Reductions.Kind.MIN); }

    /** Index of the largest element of the flattened array. */
    public Tensor argmax() { return Reductions.all(this, Reductions.Kind.ARGMAX); }
    public Tensor argmax(int axis) { return reduce(axis, false, Reductions.Kind.ARGMAX); }

    public Tensor argmin() { return Reductions.all(this, Reductions.Kind.ARGMIN); }
    public Tensor argmin(int axis) { return reduce(axis, false, Reductions.Kind.ARGMIN); }

    // ---- linear algebra and indexing -----------------------------------------------------------------------

    /** {@code this @ other} with numpy's matmul rules. */
    public Tensor matmul(Object other) { return MatMul.matmul(this, ArrayLike.toTensor(other)); }

    /** numpy's {@code dot} (inner product for 1-D, matmul for 2-D). */
    public Tensor dot(Object other) { return MatMul.dot(this, ArrayLike.toTensor(other)); }

    /** A numpy slice such as {@code ":, :10"} or {@code ":k"} (a copy). */
    public Tensor slice(String spec) { return Indexing.slice(this, spec); }

    /** {@code p[np.arange(n), targets]}: from each row of a 2-D array, the element in column {@code targets[i]}. */
    public Tensor pick(Object targets) {
        if (ndim() != 2) throw new ShapeException("pick(targets) needs a 2-D array (rows, classes), got shape " + shape);
        int[] cols = ArrayLike.toIndices(targets, "targets");
        if (cols.length != shape.get(0)) {
            throw new ShapeException("shape mismatch: indexing arrays could not be broadcast together with shapes ("
                    + shape.get(0) + ",) (" + cols.length + ",)");
        }
        return Indexing.take(this, java.util.stream.IntStream.range(0, cols.length).toArray(), cols);
    }

    /** {@code a[rows, cols]} with two integer arrays of equal length. */
    public Tensor take(Object rows, Object cols) {
        return Indexing.take(this, ArrayLike.toIndices(rows, "rows"), ArrayLike.toIndices(cols, "cols"));
    }
}

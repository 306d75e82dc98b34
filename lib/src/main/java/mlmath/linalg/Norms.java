package mlmath.linalg;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.internal.Shaping;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

import java.util.Arrays;

/**
 * numpy's {@code norm(x, ord, axis, keepdims)}: vector norms along one axis (ord None/2, 1, ±inf, 0, any p), matrix
 * norms over two ('fro', 'nuc', ±1, ±2, ±inf), and the 2-norm of the flattened array by default.
 */
public final class Norms {
    private Norms() {}

    /**
     * @param ord  null, a number (Double.POSITIVE_INFINITY for inf) or "fro" / "nuc"
     * @param axis null (all axes), an Integer, or an int[] of one or two axes
     */
    public static Tensor norm(Tensor x, Object ord, Object axis, boolean keepdims) {
        if (x.dtype() != DType.FLOAT64) x = new Tensor(Buffers.data(x), x.shape(), DType.FLOAT64);   // numpy: astype(float)
        int nd = x.ndim();
        if (axis != null && !(axis instanceof Integer) && !(axis instanceof int[])) {
            throw new ShapeException("'axis' must be None, an integer or a tuple of integers");
        }
        if (ord instanceof Tensor t) {  // numpy compares ord with its orders: a one-element array is its number
            if (t.size() == 0) throw new ShapeException("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
            if (t.size() > 1) throw new ShapeException("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
            ord = t.item();
        }
        if (ord != null && !(ord instanceof Number) && !(ord instanceof String)) {
            throw new ShapeException("Invalid norm order '" + ord + "'");
        }
        Double p = ord instanceof Number num ? num.doubleValue() : null;
        boolean fro = "fro".equals(ord) || "f".equals(ord);
        if (axis == null && (ord == null || (fro && nd == 2) || (p != null && p == 2 && nd == 1))) {
            double sq = 0;
            for (double v : Buffers.data(x)) sq += v * v;
            return reshaped(new double[] {Math.sqrt(sq)}, keepdims ? ones(nd) : new int[0]);
        }
        int[] axes = axis == null ? range(nd) : axis instanceof Integer i ? new int[] {i} : ((int[]) axis).clone();
        for (int i = 0; i < axes.length; i++) axes[i] = x.shape().normalizeAxis(axes[i]);
        if (axes.length == 1) return vector(x, ord, p, axes[0], keepdims);
        if (axes.length != 2) throw new ShapeException("Improper number of dimensions to norm.");
        if (axes[0] == axes[1]) throw new ShapeException("Duplicate axes given.");
        return matrix(x, ord, p, fro, axes[0], axes[1], keepdims);
    }

    /**
     * {@code np.linalg.vector_norm(x, ord, axis, keepdims)} (numpy 2): a vector norm over the flattened array when
     * axis is null, otherwise along that axis.
     */
    public static Tensor vectorNorm(Tensor x, Object ord, Integer axis, boolean keepdims) {
        if (axis != null) return norm(x, ord, axis, keepdims);
        Tensor flat = norm(x.reshape(x.size()), ord, 0, false);
        return keepdims ? Shaping.reshape(flat, ones(x.ndim())) : flat;
    }

    /** {@code np.linalg.matrix_norm(x, ord, keepdims)} (numpy 2): a matrix norm over the last two axes. */
    public static Tensor matrixNorm(Tensor x, Object ord, boolean keepdims) {
        if (x.ndim() < 2) throw new ShapeException("axis -2 is out of bounds for array of dimension " + x.ndim());
        return norm(x, ord, new int[] {-2, -1}, keepdims);
    }

    /**
     * {@code np.linalg.cond(x, p)}: σ_max/σ_min for p null or ±2, otherwise ‖x‖_p · ‖x⁻¹‖_p; a singular matrix gives
     * inf (NaN only when x holds NaN), as in numpy.
     */
    public static Tensor cond(Tensor x, Object p) {
        Stacks.requireMatrices(x);
        if (x.size() == 0 && x.ndim() == 2) throw new LinAlgError("cond is not defined on empty arrays");
        Tensor r;
        Double order = p instanceof Number num ? num.doubleValue() : null;
        if (p == null || order != null && Math.abs(order) == 2) {
            Tensor s = Svd.svdvals(x);
            Tensor first = s.slice("..., 0"), last = s.slice("..., -1");
            r = order != null && order < 0 ? last.div(first) : first.div(last);
        } else {
            Stacks.requireSquare(x);
            int[] axes = {-2, -1};
            r = norm(x, p, axes, false).mul(norm(Solve.inverse(x, false), p, axes, false));
        }
        // numpy turns NaN into inf unless the matrix itself held a NaN.
        double[] out = r.toArray();
        int per = Stacks.rows(x) * Stacks.cols(x);
        for (int i = 0; i < out.length; i++) {
            boolean inputNan = false;
            for (int j = i * per; j < (i + 1) * per; j++) inputNan |= Double.isNaN(Buffers.data(x)[j]);
            if (Double.isNaN(out[i]) && !inputNan) out[i] = Double.POSITIVE_INFINITY;
        }
        return new Tensor(out, r.shape(), DType.FLOAT64);
    }

    private static Tensor vector(Tensor x, Object ord, Double p, int axis, boolean keepdims) {
        if (ord instanceof String) throw new ShapeException("Invalid norm order '" + ord + "' for vectors");
        if (p == null || p == 2) return x.mul(x).sum(axis, keepdims).sqrt();
        if (x.shape().get(axis) == 0 && Double.isInfinite(p)) {   // numpy 2: max of nothing is 0, min of nothing fails
            if (p < 0) throw emptyMinimum();
            return x.sum(axis, keepdims);
        }
        if (p == Double.POSITIVE_INFINITY) return x.abs().max(axis, keepdims);
        if (p == Double.NEGATIVE_INFINITY) return x.abs().min(axis, keepdims);
        if (p == 0) return x.map(v -> v != 0 ? 1 : 0).sum(axis, keepdims);
        if (p == 1) return x.abs().sum(axis, keepdims);
        return x.abs().pow(p).sum(axis, keepdims).pow(1 / p);
    }

    private static Tensor matrix(Tensor x, Object ord, Double p, boolean fro, int row, int col, boolean keepdims) {
        int nd = x.ndim();
        int[] order = new int[nd], rest = new int[nd - 2];
        for (int i = 0, r = 0; i < nd; i++) if (i != row && i != col) { order[r] = i; rest[r++] = x.shape().get(i); }
        order[nd - 2] = row;
        order[nd - 1] = col;
        Tensor moved = x.transpose(order);                         // (..., rows, cols)
        int rows = x.shape().get(row), cols = x.shape().get(col), count = new Shape(rest).size();
        double[] out = new double[count];
        boolean svd = p != null && Math.abs(p) == 2 || "nuc".equals(ord);
        if (svd) {
            Tensor s = Svd.svdvals(moved);
            int k = Math.min(rows, cols);
            for (int i = 0; i < count; i++) {
                double[] v = Arrays.copyOfRange(Buffers.data(s), i * k, (i + 1) * k);
                out[i] = "nuc".equals(ord) ? Arrays.stream(v).sum() : p > 0 ? Arrays.stream(v).max().orElse(0)
                        : Arrays.stream(v).min().orElseThrow(Norms::emptyMinimum);
            }
        } else if (ord == null || fro) {
            Tensor sq = moved.mul(moved).reshape(count, rows * cols).sum(1);
            out = sq.sqrt().toArray();
        } else if (p != null && (Math.abs(p) == 1 || Double.isInfinite(p))) {
            // ±1: max/min over columns of the column sums of |x|; ±inf: the same over rows of the row sums.
            boolean columns = Math.abs(p) == 1;
            Tensor sums = moved.abs().reshape(count, rows, cols).sum(columns ? 1 : 2);
            if (sums.shape().get(1) > 0) out = (p > 0 ? sums.max(1) : sums.min(1)).toArray();
            else if (p < 0) throw emptyMinimum();
        } else {
            throw new ShapeException("Invalid norm order for matrices.");
        }
        if (!keepdims) return reshaped(out, rest);
        int[] dims = x.shape().dims();
        dims[row] = 1;
        dims[col] = 1;
        return reshaped(out, dims);
    }

    /** numpy 2 takes the maximum of no values as 0 but has no minimum of none. */
    private static ShapeException emptyMinimum() {
        return new ShapeException("zero-size array to reduction operation minimum which has no identity");
    }

    private static Tensor reshaped(double[] data, int[] dims) { return new Tensor(data, new Shape(dims), DType.FLOAT64); }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    private static int[] ones(int n) {
        int[] r = new int[n];
        Arrays.fill(r, 1);
        return r;
    }
}

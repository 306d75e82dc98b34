package mlmath.np;

import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.DType;
import mlmath.tensor.internal.MatMul;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

import java.util.Arrays;

/**
 * The numpy-shaped facade reached as {@code np} in the REPL: creation functions, elementwise math, reductions,
 * {@code np.random} and {@code np.linalg}. Every method delegates to {@link Tensor} and its kernels.
 */
public final class Np {
    /** numpy's global legacy random stream: {@code np.random.seed(0); np.random.randn(3)}. */
    public final NpRandom random = new NpRandom();
    /** {@code np.linalg}: svd, eig, eigh, solve, inv, lstsq, qr, cholesky, det, norm, … on LAPACK. */
    public final NpLinalg linalg = new NpLinalg();

    /** Builds an array from {@code double[]}, {@code double[][]}, {@code double[][][]}, {@code int[]}, numbers or lists. */
    public Tensor array(Object x) { return ArrayLike.toTensor(x); }

    /** An array of the given values, {@code np.array([1.0, 0.0, 0.0])} is {@code np.array(1.0, 0.0, 0.0)}. */
    public Tensor array(double... values) { return ArrayLike.toTensor(values); }

    public Tensor zeros(int... shape) { return full(shape, 0.0); }

    public Tensor ones(int... shape) { return full(shape, 1.0); }

    /** An array of {@code shape} filled with {@code value}. */
    public Tensor full(int[] shape, double value) {
        Shape s = new Shape(shape);
        double[] d = new double[s.size()];
        Arrays.fill(d, value);
        return new Tensor(d, s, DType.FLOAT64);
    }

    /** The n×n identity. */
    public Tensor eye(int n) {
        Tensor z = zeros(n, n);
        for (int i = 0; i < n; i++) z.data()[i * n + i] = 1;
        return z;
    }

    /** Integers 0, 1, …, stop-1 (int64, like numpy). */
    public Tensor arange(int stop) { return arange(0, stop, 1); }

    /** Integers from start (inclusive) to stop (exclusive) in steps of step. */
    public Tensor arange(int start, int stop, int step) {
        Tensor t = arange((double) start, stop, step);
        return new Tensor(t.data(), t.shape(), DType.INT64);
    }

    /** Floats start, start+step, … below stop; the count is {@code ceil((stop - start) / step)} as in numpy. */
    public Tensor arange(double start, double stop, double step) {
        if (step == 0 || !Double.isFinite(step)) throw new ShapeException("arange: step must be a finite nonzero number, got " + step);
        int n = (int) Math.max(0, Math.ceil((stop - start) / step));
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = start + i * step;
        return new Tensor(d, n);
    }

    /** {@code num} evenly spaced values from start to stop inclusive (numpy's formula, last value exactly stop). */
    public Tensor linspace(double start, double stop, int num) {
        if (num < 0) throw new ShapeException("Number of samples, " + num + ", must be non-negative.");
        double[] d = new double[num];
        double step = num > 1 ? (stop - start) / (num - 1) : 0;
        for (int i = 0; i < num; i++) d[i] = start + i * step;
        if (num > 1) d[num - 1] = stop;
        return new Tensor(d, num);
    }

    /** {@code num} values spaced evenly on a log scale from 10^start to 10^stop. */
    public Tensor logspace(double start, double stop, int num) {
        return linspace(start, stop, num).map(e -> Math.pow(10, e));
    }

    /** From a 1-D array, the square matrix with it on the diagonal; from a 2-D array, its diagonal. */
    public Tensor diag(Object v) {
        Tensor t = ArrayLike.toTensor(v);
        if (t.ndim() == 1) {
            int n = t.size();
            Tensor z = zeros(n, n);
            for (int i = 0; i < n; i++) z.data()[i * n + i] = t.data()[i];
            return z;
        }
        if (t.ndim() == 2) {
            int n = Math.min(t.shape().get(0), t.shape().get(1)), cols = t.shape().get(1);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = t.data()[i * cols + i];
            return new Tensor(d, new Shape(n), t.dtype());
        }
        throw new ShapeException("Input must be 1- or 2-d.");
    }

    public Tensor matmul(Object a, Object b) { return MatMul.matmul(ArrayLike.toTensor(a), ArrayLike.toTensor(b)); }

    public Tensor dot(Object a, Object b) { return MatMul.dot(ArrayLike.toTensor(a), ArrayLike.toTensor(b)); }

    public Tensor add(Object a, Object b) { return ArrayLike.toTensor(a).add(b); }

    public Tensor subtract(Object a, Object b) { return ArrayLike.toTensor(a).sub(b); }

    public Tensor multiply(Object a, Object b) { return ArrayLike.toTensor(a).mul(b); }

    public Tensor divide(Object a, Object b) { return ArrayLike.toTensor(a).div(b); }

    public Tensor power(Object a, Object b) { return ArrayLike.toTensor(a).pow(b); }

    public Tensor maximum(Object a, Object b) { return ArrayLike.toTensor(a).maximum(b); }

    public Tensor exp(Object x) { return ArrayLike.toTensor(x).exp(); }

    public Tensor log(Object x) { return ArrayLike.toTensor(x).log(); }

    public Tensor sqrt(Object x) { return ArrayLike.toTensor(x).sqrt(); }

    public Tensor abs(Object x) { return ArrayLike.toTensor(x).abs(); }

    public Tensor sum(Object x) { return ArrayLike.toTensor(x).sum(); }

    public Tensor sum(Object x, int axis) { return ArrayLike.toTensor(x).sum(axis); }

    public Tensor sum(Object x, int axis, boolean keepdims) { return ArrayLike.toTensor(x).sum(axis, keepdims); }

    public Tensor mean(Object x) { return ArrayLike.toTensor(x).mean(); }

    public Tensor mean(Object x, int axis) { return ArrayLike.toTensor(x).mean(axis); }

    public Tensor mean(Object x, int axis, boolean keepdims) { return ArrayLike.toTensor(x).mean(axis, keepdims); }

    public Tensor max(Object x) { return ArrayLike.toTensor(x).max(); }

    public Tensor max(Object x, int axis) { return ArrayLike.toTensor(x).max(axis); }

    public Tensor max(Object x, int axis, boolean keepdims) { return ArrayLike.toTensor(x).max(axis, keepdims); }

    public Tensor min(Object x) { return ArrayLike.toTensor(x).min(); }

    public Tensor min(Object x, int axis) { return ArrayLike.toTensor(x).min(axis); }

    public Tensor min(Object x, int axis, boolean keepdims) { return ArrayLike.toTensor(x).min(axis, keepdims); }

    public Tensor prod(Object x) { return ArrayLike.toTensor(x).prod(); }

    public Tensor prod(Object x, int axis) { return ArrayLike.toTensor(x).prod(axis); }

    public Tensor prod(Object x, int axis, boolean keepdims) { return ArrayLike.toTensor(x).prod(axis, keepdims); }

    public Tensor argmax(Object x) { return ArrayLike.toTensor(x).argmax(); }

    public Tensor argmax(Object x, int axis) { return ArrayLike.toTensor(x).argmax(axis); }

    public Tensor reshape(Object x, int... shape) { return ArrayLike.toTensor(x).reshape(shape); }

    public Tensor transpose(Object x) { return ArrayLike.toTensor(x).T(); }

    /** {@code np.outer(a, b)}: the len(a)×len(b) matrix of products a[i]·b[j] (both flattened). */
    public Tensor outer(Object a, Object b) {
        Tensor x = ArrayLike.toTensor(a), y = ArrayLike.toTensor(b);
        return x.reshape(x.size(), 1).mul(y.reshape(1, y.size()));
    }

    /** {@code np.trace(a)}: the sum of the main diagonal (over the first two axes of an N-D array). */
    public Tensor trace(Object a) {
        Tensor t = ArrayLike.toTensor(a);
        if (t.ndim() < 2) throw new ShapeException("diag requires an array of at least two dimensions");
        int rows = t.shape().get(0), cols = t.shape().get(1), inner = t.size() / Math.max(1, rows * cols);
        if (rows * cols == 0) inner = new Shape(java.util.Arrays.copyOfRange(t.shape().dims(), 2, t.ndim())).size();
        double[] out = new double[inner];
        for (int i = 0; i < Math.min(rows, cols); i++) {
            for (int j = 0; j < inner; j++) out[j] += t.data()[(i * cols + i) * inner + j];
        }
        return new Tensor(out, new Shape(java.util.Arrays.copyOfRange(t.shape().dims(), 2, t.ndim())), t.dtype());
    }
}

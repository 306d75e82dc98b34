package mlmath.linalg;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;

import java.util.Arrays;

/** numpy's checks on {@code (..., M, N)} inputs and the loop over their leading axes. */
final class Stacks {
    private Stacks() {}

    /** numpy's {@code _assert_stacked_2d}. */
    static void requireMatrices(Tensor a) {
        if (a.ndim() < 2) {
            throw new LinAlgError(a.ndim() + "-dimensional array given. Array must be at least two-dimensional");
        }
    }

    /** numpy's {@code _assert_stacked_2d} and {@code _assert_stacked_square}. */
    static int requireSquare(Tensor a) {
        requireMatrices(a);
        if (rows(a) != cols(a)) throw new LinAlgError("Last 2 dimensions of the array must be square");
        return rows(a);
    }

    /** numpy's {@code _assert_2d}, for the functions without stacks (lstsq). */
    static void requireMatrix(Tensor a) {
        if (a.ndim() != 2) throw new LinAlgError(a.ndim() + "-dimensional array given. Array must be two-dimensional");
    }

    static int rows(Tensor a) { return a.shape().get(a.ndim() - 2); }

    static int cols(Tensor a) { return a.shape().get(a.ndim() - 1); }

    /** The leading (batch) dimensions. */
    static int[] lead(Tensor a) { return Arrays.copyOf(a.shape().dims(), a.ndim() - 2); }

    /** How many matrices the stack holds. */
    static int count(Tensor a) { return new Shape(lead(a)).size(); }

    /** A copy of the i-th matrix, row-major, for a driver to overwrite. */
    static double[] matrix(Tensor a, int i) {
        int size = rows(a) * cols(a);
        return Arrays.copyOfRange(Buffers.data(a), i * size, (i + 1) * size);
    }

    /** A float64 tensor of the leading dimensions followed by {@code tail}. */
    static Tensor tensor(double[] data, int[] lead, int... tail) {
        int[] dims = Arrays.copyOf(lead, lead.length + tail.length);
        System.arraycopy(tail, 0, dims, lead.length, tail.length);
        return new Tensor(data, new Shape(dims), DType.FLOAT64);
    }

    /** Writes the n×n identity at {@code offset}. */
    static void identity(double[] out, int offset, int n) {
        for (int i = 0; i < n; i++) out[offset + i * n + i] = 1;
    }
}

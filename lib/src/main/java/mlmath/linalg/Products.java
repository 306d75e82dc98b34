package mlmath.linalg;

import mlmath.tensor.ShapeException;
import mlmath.tensor.internal.Shaping;
import mlmath.tensor.Tensor;

/** numpy's {@code matrix_power} and {@code multi_dot}: products of matrices, in numpy's order of multiplication. */
public final class Products {
    private Products() {}

    /** {@code np.linalg.matrix_power(a, n)}: repeated squaring; n = 0 gives the identity, n &lt; 0 powers the inverse. */
    public static Tensor matrixPower(Tensor a, int n) {
        int size = Stacks.requireSquare(a);
        if (n == 0) {
            double[] eye = new double[a.size()];
            for (int i = 0; i < Stacks.count(a); i++) Stacks.identity(eye, i * size * size, size);
            return new Tensor(eye, a.shape(), a.dtype());          // numpy: empty_like(a), so ints stay ints
        }
        Tensor base = n < 0 ? Solve.inv(a) : a;
        int e = Math.abs(n);
        if (e == 1) return base;
        if (e == 2) return base.matmul(base);
        if (e == 3) return base.matmul(base).matmul(base);
        Tensor z = null, result = null;
        while (e > 0) {
            z = z == null ? base : z.matmul(z);
            if ((e & 1) == 1) result = result == null ? z : result.matmul(z);
            e >>= 1;
        }
        return result;
    }

    /**
     * {@code np.linalg.multi_dot([A, B, C, ...])}: the product in the cheapest order (numpy's matrix-chain rule); the
     * first argument may be a row vector and the last a column vector, as in numpy.
     */
    public static Tensor multiDot(Tensor... arrays) {
        int n = arrays.length;
        if (n < 2) throw new ShapeException("Expecting at least two arrays.");
        if (n == 2) return arrays[0].dot(arrays[1]);
        Tensor[] m = arrays.clone();
        boolean firstVector = m[0].ndim() == 1, lastVector = m[n - 1].ndim() == 1;
        if (firstVector) m[0] = m[0].reshape(1, m[0].size());
        if (lastVector) m[n - 1] = m[n - 1].reshape(m[n - 1].size(), 1);
        for (Tensor t : m) Stacks.requireMatrix(t);
        long[] dims = new long[n + 1];
        for (int i = 0; i < n; i++) dims[i] = m[i].shape().get(0);
        dims[n] = m[n - 1].shape().get(1);
        // cost[i][j]: fewest multiply-adds for m[i..j]; split[i][j]: where that product splits (numpy's tie rule).
        long[][] cost = new long[n][n];
        int[][] split = new int[n][n];
        for (int len = 1; len < n; len++) {
            for (int i = 0; i + len < n; i++) {
                int j = i + len;
                cost[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        split[i][j] = k;
                    }
                }
            }
        }
        Tensor result = chain(m, split, 0, n - 1);
        if (firstVector && lastVector) return Shaping.reshape(result, new int[0]);
        return firstVector || lastVector ? result.flatten() : result;
    }

    private static Tensor chain(Tensor[] m, int[][] split, int i, int j) {
        if (i == j) return m[i];
        return chain(m, split, i, split[i][j]).dot(chain(m, split, split[i][j] + 1, j));
    }
}

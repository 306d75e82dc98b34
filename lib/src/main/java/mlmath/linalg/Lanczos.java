package mlmath.linalg;

import mlmath.tensor.internal.VectorMath;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * The top eigenpairs of the Gram matrix AᵀA by symmetric Lanczos with full reorthogonalisation — the Krylov space
 * of Golub–Kahan bidiagonalisation (ARPACK's and scipy's {@code svds}), with one basis to keep orthogonal instead
 * of two. Each step reads A once ({@link VectorMath#normalProduct}); the Gram–Schmidt against the basis is split
 * across the cores.
 */
final class Lanczos {
    private Lanczos() {}

    /** Eigenvalues of AᵀA, descending, and their eigenvectors as the rows of a k×cols array. */
    record Eigenpairs(double[] values, double[] vectors) {}

    /**
     * Iteration stops once every top Ritz pair's residual ‖AᵀA·x − θ·x‖ is below this times its θ. Its value error
     * is then below residual²/gap and its vector's angle below residual/gap (gap: the distance to the nearest other
     * eigenvalue), which on a flat spectrum (randn 1000×1000) puts σ within 1e-11·σ₁ of the full SVD and the vectors
     * within 1e-10.
     */
    private static final double TOL = 1e-10;
    /**
     * Eigenvalues below this times θ₁ (σ below 1e-3·σ₁) are left to the full SVD: AᵀA squares the spread, and near
     * θ₁·ε a Ritz value has lost its digits.
     */
    private static final double SMALLEST = 1e-6;

    /**
     * The top k eigenpairs of AᵀA for the row-major rows×cols A, or null when the Krylov space closed before k
     * values (A has rank below k) or the k-th is below {@link #SMALLEST}, for the caller to fall back to a full
     * decomposition.
     */
    static Eigenpairs top(double[] a, int rows, int cols, int k) {
        double[][] basis = new double[cols + 1][];
        double[] alpha = new double[cols], beta = new double[cols], av = new double[rows];
        Random rng = new Random(0);
        double[] v = new double[cols];
        for (int i = 0; i < cols; i++) v[i] = rng.nextGaussian();
        scale(v, 1 / norm(v));
        basis[0] = v;
        double largest = 0;
        int steps = 0, nextCheck = 2 * k;
        Ritz ritz = null;
        for (int j = 0; j < cols; j++) {
            double[] w = new double[cols];
            VectorMath.normalProduct(a, rows, cols, basis[j], av, w);
            alpha[j] = VectorMath.dot(basis[j], 0, w, 0, cols);
            largest = Math.max(largest, alpha[j]);
            VectorMath.axpy(-alpha[j], basis[j], 0, w, 0, cols);
            if (j > 0) VectorMath.axpy(-beta[j - 1], basis[j - 1], 0, w, 0, cols);
            reorthogonalize(w, basis, j + 1);
            beta[j] = norm(w);
            steps = j + 1;
            ritz = null;
            if (beta[j] <= 1e-14 * largest) break;                  // an invariant subspace: the Ritz pairs are exact
            scale(w, 1 / beta[j]);
            basis[j + 1] = w;
            if (steps == nextCheck) {
                ritz = Ritz.of(alpha, beta, steps, k);
                if (ritz == null) break;
                // Ritz values grow towards the eigenvalues: once the k-th is this small, so is the eigenvalue.
                if (ritz.values[k - 1] < SMALLEST * ritz.values[0]) return null;
                // Residuals fall about tenfold per ten steps near the end: check sparsely while far from the goal.
                double behind = ritz.relativeResidual(beta[j]) / TOL;
                if (behind <= 1) break;
                nextCheck += behind > 1e4 ? 20 : behind > 1e2 ? 10 : 5;
            }
        }
        if (steps < k) return null;
        if (ritz == null) ritz = Ritz.of(alpha, beta, steps, k);
        if (ritz == null || !(ritz.values[k - 1] >= SMALLEST * ritz.values[0])) return null;
        double[] vectors = new double[k * cols];
        for (int c = 0; c < k; c++) {
            double[] y = ritz.vectors[c];
            for (int j = 0; j < steps; j++) VectorMath.axpy(y[j], basis[j], 0, vectors, c * cols, cols);
        }
        return new Eigenpairs(ritz.values, vectors);
    }

    /** The top k eigenpairs of the Lanczos tridiagonal T (alpha on the diagonal, beta beside it), by LAPACK's dsyevd. */
    private record Ritz(double[] values, double[][] vectors) {
        /** Null if the eigensolver did not converge. */
        static Ritz of(double[] alpha, double[] beta, int steps, int k) {
            double[] t = new double[steps * steps];
            for (int i = 0; i < steps; i++) {
                t[i * steps + i] = alpha[i];
                if (i > 0) t[i * steps + i - 1] = beta[i - 1];
            }
            Driver.Factors eig = Lapack.driver().eigh(t, steps, true, true);
            if (eig == null) return null;
            double[] values = new double[k];
            double[][] vectors = new double[k][steps];
            for (int c = 0; c < k; c++) {
                int col = steps - 1 - c;                                  // dsyevd sorts ascending
                values[c] = eig.s()[col];
                for (int r = 0; r < steps; r++) vectors[c][r] = eig.vt()[r * steps + col];
            }
            return new Ritz(values, vectors);
        }

        /** The largest ‖AᵀA·x − θ·x‖/θ over the pairs; the residual is β times the last entry of T's eigenvector. */
        double relativeResidual(double lastBeta) {
            double r = 0;
            for (int c = 0; c < vectors.length; c++) {
                double[] y = vectors[c];
                r = Math.max(r, Math.abs(lastBeta * y[y.length - 1]) / values[c]);
            }
            return r;
        }
    }

    /**
     * Classical Gram–Schmidt of w against the first {@code count} basis vectors, all dot products first and then
     * one combined update, each split across the cores; a second pass only when the first removed most of w
     * (Kahan's criterion), which after the three-term recurrence is rare.
     */
    private static void reorthogonalize(double[] w, double[][] basis, int count) {
        int n = w.length;
        int chunks = count * (long) n < (1 << 15) ? 1 : Runtime.getRuntime().availableProcessors();
        double before = norm(w);
        for (int pass = 0; pass < 2; pass++) {
            double[] c = new double[count];
            IntStream.range(0, chunks).parallel().forEach(p -> {
                for (int i = p; i < count; i += chunks) c[i] = VectorMath.dot(basis[i], 0, w, 0, n);
            });
            int per = (n + chunks - 1) / chunks;
            IntStream.range(0, chunks).parallel().forEach(p -> {
                int from = p * per, len = Math.max(0, Math.min(n, from + per) - from);
                for (int i = 0; i < count; i++) VectorMath.axpy(-c[i], basis[i], from, w, from, len);
            });
            if (norm(w) > 0.7 * before) return;
        }
    }

    private static double norm(double[] x) { return Math.sqrt(VectorMath.dot(x, 0, x, 0, x.length)); }

    private static void scale(double[] x, double f) {
        for (int i = 0; i < x.length; i++) x[i] *= f;
    }
}

package mlmath.linalg;

/**
 * The LAPACK drivers numpy calls, on one row-major matrix each: implemented by OpenBLAS ({@link OpenBlasDriver}) and,
 * when it cannot load, by EJML ({@link EjmlDriver}). An input may be overwritten unless the method says otherwise; a
 * failed factorisation returns null or false and the caller raises numpy's error.
 */
interface Driver {
    /** dgesdd with jobz 'A' (full), 'S' (reduced) or 'N' (values only); null when it did not converge. */
    Factors svd(double[] a, int m, int n, char jobz);

    /** dsyevd on the lower (or upper) triangle: ascending values, vectors as columns (null unless asked); null if no convergence. */
    Factors eigh(double[] a, int n, boolean vectors, boolean lower);

    /**
     * The k largest eigenvalues of a symmetric matrix, ascending, and their vectors as the columns of an n×k array;
     * null if no convergence. LAPACK's dsyevr computes only those; this default takes them from {@link #eigh}.
     */
    default Factors eighTop(double[] a, int n, int k) {
        Factors all = eigh(a, n, true, true);
        if (all == null) return null;
        double[] w = java.util.Arrays.copyOfRange(all.s(), n - k, n), v = new double[n * k];
        for (int r = 0; r < n; r++) System.arraycopy(all.vt(), r * n + n - k, v, r * k, k);
        return new Factors(null, w, v);
    }

    /** dgeev: real and imaginary parts, right vectors in LAPACK's packed form for complex pairs; null if no convergence. */
    Eigen eig(double[] a, int n, boolean vectors);

    /**
     * dgesv: writes X = A⁻¹B (n×nrhs) at {@code x[xOff..]} for the n×n A at {@code a[aOff..]} and B at
     * {@code b[bOff..]}, or the identity when {@code b} is null (numpy's inv); reads A and B only. False when A is
     * singular.
     */
    boolean solve(double[] a, int aOff, int n, double[] b, int bOff, int nrhs, double[] x, int xOff);

    /** dgetrf: {sign, log|det|} from the LU factors (sign 0 and -inf when U has a zero pivot). */
    double[] slogdet(double[] a, int n);

    /** dpotrf on the lower (or upper) triangle, the other one zeroed; false when A is not positive definite. */
    boolean cholesky(double[] a, int n, boolean lower);

    /** dgeqrf + dorgqr: Q (m×qCols) and R (rRows×n, upper triangular). */
    Factors qr(double[] a, int m, int n, int qCols, int rRows);

    /** dgelsd: b (max(m,n)×nrhs) holds the solution in its first n rows; returns S (min(m,n)) and the rank. */
    Lstsq lstsq(double[] a, int m, int n, double[] b, int nrhs, double rcond);

    /** U, S, Vt of an SVD (or Q, -, R of a QR; -, W, V of eigh). */
    record Factors(double[] u, double[] s, double[] vt) {}

    /** Eigenvalues as real and imaginary parts, and dgeev's right vectors (or null). */
    record Eigen(double[] re, double[] im, double[] vectors) {}

    /** dgelsd's singular values and effective rank; null when the SVD did not converge. */
    record Lstsq(double[] s, int rank) {}
}

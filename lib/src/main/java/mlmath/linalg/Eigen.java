package mlmath.linalg;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/** numpy's {@code eig}, {@code eigvals} (LAPACK dgeev), {@code eigh} and {@code eigvalsh} (dsyevd, one triangle read). */
public final class Eigen {
    private Eigen() {}

    /**
     * {@code np.linalg.eigh(a, UPLO)}: eigenvalues ascending, orthonormal eigenvectors as columns; only the lower ("L",
     * numpy's default) or upper ("U") triangle is read.
     */
    public static EighResult eigh(Tensor a, String uplo) {
        boolean lower = lower(uplo);
        int n = Stacks.requireSquare(a), count = Stacks.count(a);
        double[] w = new double[count * n], v = new double[count * n * n];
        for (int i = 0; i < count; i++) {
            Driver.Factors f = symmetric(Stacks.matrix(a, i), n, true, lower);
            System.arraycopy(f.s(), 0, w, i * n, n);
            System.arraycopy(f.vt(), 0, v, i * n * n, n * n);
        }
        int[] lead = Stacks.lead(a);
        return new EighResult(Stacks.tensor(w, lead, n), Stacks.tensor(v, lead, n, n));
    }

    /** {@code np.linalg.eigvalsh(a, UPLO)}: the eigenvalues of {@link #eigh} alone (dsyevd without vectors). */
    public static Tensor eigvalsh(Tensor a, String uplo) {
        boolean lower = lower(uplo);
        int n = Stacks.requireSquare(a), count = Stacks.count(a);
        double[] w = new double[count * n];
        for (int i = 0; i < count; i++) System.arraycopy(symmetric(Stacks.matrix(a, i), n, false, lower).s(), 0, w, i * n, n);
        return Stacks.tensor(w, Stacks.lead(a), n);
    }

    /** numpy upper-cases UPLO and accepts only L or U. */
    private static boolean lower(String uplo) {
        if (uplo == null) throw new ShapeException("UPLO argument must be 'L' or 'U'");
        String u = uplo.toUpperCase(java.util.Locale.ROOT);
        if (!u.equals("L") && !u.equals("U")) throw new ShapeException("UPLO argument must be 'L' or 'U'");
        return u.equals("L");
    }

    private static Driver.Factors symmetric(double[] a, int n, boolean vectors, boolean lower) {
        if (n == 0) return new Driver.Factors(null, new double[0], new double[0]);
        Driver.Factors f = Lapack.driver().eigh(a, n, vectors, lower);
        if (f == null) throw new LinAlgError("Eigenvalues did not converge");
        return f;
    }

    /**
     * {@code np.linalg.eig(a)}: eigenvalues in dgeev's order and unit eigenvectors as columns; float64 tensors when
     * every eigenvalue is real, otherwise {@link ComplexTensor}s (conjugate pairs next to each other).
     */
    public static EigResult eig(Tensor a) {
        Object[] parts = general(a, true);
        return new EigResult(parts[0], parts[1]);
    }

    /** {@code np.linalg.eigvals(a)}: a float64 Tensor when all are real, otherwise a {@link ComplexTensor}. */
    public static Object eigvals(Tensor a) { return general(a, false)[0]; }

    private static Object[] general(Tensor a, boolean vectors) {
        int n = Stacks.requireSquare(a), count = Stacks.count(a);
        for (double x : Buffers.data(a)) if (!Double.isFinite(x)) throw new LinAlgError("Array must not contain infs or NaNs");
        double[] re = new double[count * n], im = new double[count * n];
        double[] vRe = new double[count * n * n], vIm = new double[count * n * n];
        boolean complex = false;
        for (int i = 0; i < count && n > 0; i++) {
            Driver.Eigen e = Lapack.driver().eig(Stacks.matrix(a, i), n, vectors);
            if (e == null) throw new LinAlgError("Eigenvalues did not converge");
            System.arraycopy(e.re(), 0, re, i * n, n);
            System.arraycopy(e.im(), 0, im, i * n, n);
            for (double x : e.im()) complex |= x != 0;
            if (vectors) unpack(e, n, vRe, vIm, i * n * n);
        }
        int[] lead = Stacks.lead(a);
        Tensor wRe = Stacks.tensor(re, lead, n), vR = Stacks.tensor(vRe, lead, n, n);
        if (!complex) return new Object[] {wRe, vR};
        return new Object[] {new ComplexTensor(wRe, Stacks.tensor(im, lead, n)),
                new ComplexTensor(vR, Stacks.tensor(vIm, lead, n, n))};
    }

    /** dgeev packs a conjugate pair's vectors as columns j (real part) and j+1 (imaginary part). */
    private static void unpack(Driver.Eigen e, int n, double[] vRe, double[] vIm, int offset) {
        double[] v = e.vectors();
        for (int j = 0; j < n; j++) {
            boolean pairStart = e.im()[j] != 0 && j + 1 < n && e.im()[j] > 0;
            for (int r = 0; r < n; r++) {
                vRe[offset + r * n + j] = v[r * n + j];
                if (pairStart) {
                    vRe[offset + r * n + j + 1] = v[r * n + j];
                    vIm[offset + r * n + j] = v[r * n + j + 1];
                    vIm[offset + r * n + j + 1] = -v[r * n + j + 1];
                }
            }
            if (pairStart) j++;
        }
    }
}

package mlmath.linalg;

import mlmath.tensor.internal.Blas;

/** OpenBLAS's dgemm, dsyrk and ddot for the tensors' products, provided to them through {@code META-INF/services}. */
public final class OpenBlasGemm implements Blas {
    @Override
    public boolean gemm(double[] a, int aOff, boolean aTransposed, double[] b, int bOff, boolean bTransposed, double[] c, int cOff,
                        int m, int k, int n) {
        return Lapack.gemm(a, aOff, aTransposed, b, bOff, bTransposed, c, cOff, m, k, n);
    }

    @Override
    public boolean gram(double[] a, int aOff, double[] c, int cOff, int m, int k) {
        return Lapack.gram(a, aOff, c, cOff, m, k);
    }

    @Override
    public java.util.OptionalDouble dot(double[] x, int xOff, double[] y, int yOff, int n) {
        return Lapack.dot(x, xOff, y, yOff, n);
    }
}

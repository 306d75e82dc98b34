package mlmath.linalg;

import mlmath.tensor.internal.Blas;

/** OpenBLAS's dgemm for the tensors' large products, provided to them through {@code META-INF/services}. */
public final class OpenBlasGemm implements Blas {
    @Override
    public boolean gemm(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        return Lapack.gemm(a, aOff, b, bOff, c, cOff, m, k, n);
    }
}

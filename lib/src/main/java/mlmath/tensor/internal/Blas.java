package mlmath.tensor.internal;

/**
 * The BLAS behind the products: a provider of dgemm (and dgemv), dsyrk and ddot that {@link Gemm} finds through {@link java.util.ServiceLoader}
 * on its first product (mlmath.linalg provides OpenBLAS's), so tensors never import the package that imports them.
 */
public interface Blas {
    /**
     * {@code c[cOff..] = A(m×k) · B(k×n)}, A at {@code a[aOff..]} row-major, or Aᵀ (k×m) there when {@code aTransposed}
     * (numpy's transposed view, multiplied with a Trans flag), and B likewise; false when BLAS is unavailable, and the
     * caller multiplies in Java. A and B are tensors' arrays, never written after.
     */
    boolean gemm(double[] a, int aOff, boolean aTransposed, double[] b, int bOff, boolean bTransposed, double[] c, int cOff,
                 int m, int k, int n);

    /**
     * {@code c[cOff..] = a·aᵀ} for {@code a[aOff..]} (m×k) by dsyrk, its upper triangle mirrored, as numpy multiplies a
     * matrix and its own transpose; false when BLAS is unavailable, as {@link #gemm}.
     */
    boolean gram(double[] a, int aOff, double[] c, int cOff, int m, int k);

    /** {@code Σ x[xOff + i]·y[yOff + i]} for i &lt; n by ddot (numpy's dot of two vectors); empty when BLAS is unavailable. */
    java.util.OptionalDouble dot(double[] x, int xOff, double[] y, int yOff, int n);
}

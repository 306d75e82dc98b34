package mlmath.tensor.internal;

/** The straightforward i-j-k product the fast paths are tested against. */
public final class ReferenceProduct {
    private ReferenceProduct() {}

    public static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[aOff + i * k + p] * b[bOff + p * n + j];
                c[cOff + i * n + j] = s;
            }
        }
    }
}

package mlmath.tensor.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VectorMathTest {
    private final Random rng = new Random(4);

    private double[] random(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = rng.nextGaussian();
        return d;
    }

    @Test
    void dotAndAxpy_matchPlainLoops_onOffsetsAndOddLengths() {
        for (int len : new int[] {0, 1, 3, 7, 8, 9, 31, 1000}) {
            double[] x = random(len + 5), y = random(len + 3);
            double want = 0;
            for (int i = 0; i < len; i++) want += x[5 + i] * y[3 + i];
            assertEquals(want, VectorMath.dot(x, 5, y, 3, len), 1e-12);
            double[] expected = y.clone();
            for (int i = 0; i < len; i++) expected[3 + i] += 0.5 * x[5 + i];
            VectorMath.axpy(0.5, x, 5, y, 3, len);
            assertArrayEquals(expected, y, 1e-15);
        }
    }

    @Test
    void normalProduct_isMvAndMtMv() {
        int rows = 300, cols = 257;
        double[] m = random(rows * cols), v = random(cols), y = new double[rows], z = new double[cols];
        VectorMath.normalProduct(m, rows, cols, v, y, z);
        double[] wantY = new double[rows], wantZ = new double[cols];
        ReferenceProduct.multiply(m, 0, v, 0, wantY, 0, rows, cols, 1);
        ReferenceProduct.multiply(wantY, 0, m, 0, wantZ, 0, 1, rows, cols);
        assertArrayEquals(wantY, y, 1e-11);
        assertArrayEquals(wantZ, z, 1e-10);
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import mlmath.np.Np;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatMulTest {
    @Test
    void shapesAndValues_matchNumpy_including1dBatchedAndEmpty() {
        var m = Fixtures.numpy().getAsJsonObject("matmul");
        for (JsonElement e : m.getAsJsonArray("cases")) {
            var c = e.getAsJsonObject();
            Tensor a = Fixtures.tensor(c.get("a")), b = Fixtures.tensor(c.get("b"));
            if (c.has("error")) {
                assertEquals(c.get("error").getAsString(), assertThrows(ShapeException.class, () -> a.matmul(b)).getMessage());
            } else {
                assertClose(Fixtures.tensor(c.get("out")), a.matmul(b), 1e-13);
            }
        }
    }

    @Test
    void dotErrors_useNumpysAlignmentWording() {
        var m = Fixtures.numpy().getAsJsonObject("matmul");
        Np np = new Np();
        assertEquals(m.get("dot_error").getAsString(), assertThrows(ShapeException.class, () -> np.dot(np.ones(32, 64), np.ones(128, 10))).getMessage());
        assertEquals(m.get("dot_1d_error").getAsString(), assertThrows(ShapeException.class, () -> np.dot(np.ones(3), np.ones(2))).getMessage());
        assertEquals(0.7, np.dot(np.array(1.0, 0, 0), np.array(0.7, 0.7, 0)).item(), 1e-15);
    }

    @Test
    void fastKernel_equalsNaiveReference_onAwkwardSizes() {
        Random rng = new Random(1);
        int[][] sizes = {{1, 1, 1}, {1, 7, 1}, {5, 3, 9}, {4, 8, 8}, {9, 17, 33}, {65, 1, 70}, {130, 257, 63}, {200, 300, 100}, {3, 600, 2}};
        for (int[] s : sizes) {
            int m = s[0], k = s[1], n = s[2];
            double[] a = random(rng, m * k), b = random(rng, k * n), blas = new double[m * n], java = new double[m * n];
            double[] slow = new double[m * n];
            Gemm.multiply(a, 0, b, 0, blas, 0, m, k, n);
            Gemm.inJava(a, 0, b, 0, java, 0, m, k, n);     // einsum's loop, and every product's where BLAS is missing
            ReferenceProduct.multiply(a, 0, b, 0, slow, 0, m, k, n);
            assertArrayEquals(slow, blas, 1e-11, "BLAS, size " + m + "x" + k + "x" + n);
            assertArrayEquals(slow, java, 1e-11, "Java, size " + m + "x" + k + "x" + n);
        }
    }

    @Test
    void thousandByThousand_matchesReferenceOnSampledEntries() {
        Random rng = new Random(2);
        int n = 1000;
        double[] a = random(rng, n * n), b = random(rng, n * n), c = new double[n * n];
        Gemm.multiply(a, 0, b, 0, c, 0, n, n, n);
        for (int t = 0; t < 2000; t++) {
            int i = rng.nextInt(n), j = rng.nextInt(n);
            double s = 0;
            for (int p = 0; p < n; p++) s += a[i * n + p] * b[p * n + j];
            assertEquals(s, c[i * n + j], 1e-10);
        }
    }

    @Test
    void smallAndLargerProducts_agreeWithTheReference_atOffsets() {
        // Small and larger products, multiplying the second matrix of a batch (non-zero offsets).
        Random rng = new Random(3);
        for (int n : new int[] {7, 8, 9, 33, 64}) {
            double[] a = random(rng, 2 * n * n), b = random(rng, 2 * n * n), slow = new double[2 * n * n];
            double[] blas = new double[2 * n * n], java = new double[2 * n * n];
            Gemm.multiply(a, n * n, b, n * n, blas, n * n, n, n, n);
            Gemm.inJava(a, n * n, b, n * n, java, n * n, n, n, n);
            ReferenceProduct.multiply(a, n * n, b, n * n, slow, n * n, n, n, n);
            assertArrayEquals(slow, blas, 1e-12, "BLAS, n=" + n);
            assertArrayEquals(slow, java, 1e-12, "Java, n=" + n);
        }
    }

    @Test
    void zeroDimensionalOperand_isRefused() {
        Tensor s = new Tensor(new double[] {2}, new Shape(), DType.FLOAT64);
        assertTrue(assertThrows(ShapeException.class, () -> s.matmul(new double[] {1, 2})).getMessage()
                .startsWith("matmul: Input operand 0 does not have enough dimensions"));
    }

    private static double[] random(Random rng, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = rng.nextGaussian();
        return d;
    }
}

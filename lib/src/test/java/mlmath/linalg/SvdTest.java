package mlmath.linalg;

import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvdTest {
    private final Np np = new Np();

    @Test
    void full_singularValuesMatchNumpy_andFactorsReconstruct() {
        var f = Fixtures.numpy().getAsJsonObject("svd");
        Tensor a = Fixtures.tensor(f.get("a"));
        Svd.Result r = Svd.full(a);
        assertClose(Fixtures.tensor(f.get("s")), r.S(), 1e-12);
        assertEquals("(30, 30)", r.U().shape().toString());
        assertEquals("(20, 20)", r.Vt().shape().toString());
        Tensor back = r.U().slice(":, :20").mul(r.S()).matmul(r.Vt());
        assertTrue(Norms.frobenius(back.sub(a)) < 1e-10);
        assertOrthonormalColumns(r.U());
        assertOrthonormalColumns(r.Vt().T());
        assertEquals(f.get("norm").getAsDouble(), Norms.frobenius(a), 1e-12);
    }

    @Test
    void signs_areDeterministic_largestEntryOfEachUColumnPositive() {
        np.random.seed(3);
        Svd.Result r = Svd.full(np.random.randn(8, 6));
        for (int c = 0; c < 6; c++) {
            Tensor col = r.U().slice(":, " + c);
            double big = col.get(col.abs().argmax()).item();
            assertTrue(big > 0);
        }
    }

    @Test
    void truncated_matchesFullOnAFlatSpectrum_1000x1000rank20() {
        np.random.seed(0);
        Tensor a = np.random.randn(1000, 1000);
        Svd.Result top = Svd.truncated(a, 20), full = Svd.full(a);
        assertClose(full.S().slice(":20"), top.S(), 1e-8);
        assertClose(full.U().slice(":, :20"), top.U(), 1e-8);
        assertOrthonormalColumns(top.U());
        assertOrthonormalColumns(top.Vt().T());
        double dropped = Math.sqrt(full.S().slice("20:").pow(2).sum().item());
        assertEquals(dropped, Norms.frobenius(a.sub(top.reconstruct(20))), 1e-8 * dropped);
    }

    @Test
    void truncated_agreesWithFull_onTallAndWide_valuesAndSignFixedVectors() {
        np.random.seed(4);
        for (int[] shape : new int[][] {{400, 150}, {150, 400}}) {
            Tensor a = np.random.randn(shape[0], shape[1]);
            Svd.Result top = Svd.truncated(a, 10), full = Svd.full(a);
            double smax = full.S().get(0);
            assertClose(full.S().slice(":10"), top.S(), 1e-10 * smax);
            assertClose(full.U().slice(":, :10"), top.U(), 1e-8);
            assertClose(full.Vt().slice(":10, :"), top.Vt(), 1e-8);
            assertEquals("(" + shape[0] + ", 10)", top.U().shape().toString());
            assertEquals("(10, " + shape[1] + ")", top.Vt().shape().toString());
        }
    }

    @Test
    void truncated_handlesRepeatedTopValuesAndLowRank() {
        np.random.seed(6);
        Tensor q1 = Svd.full(np.random.randn(200, 200)).U(), q2 = Svd.full(np.random.randn(120, 120)).U();
        double[] s = new double[120];
        for (int i = 0; i < 120; i++) s[i] = i < 6 ? 5 : 1.0 / (1 + i);    // σ₁ = … = σ₆ = 5: one exact cluster
        Tensor a = q1.slice(":, :120").mul(np.array(s)).matmul(q2.T());
        Svd.Result top = Svd.truncated(a, 8);
        assertClose(np.array(java.util.Arrays.copyOf(s, 8)), top.S(), 1e-12 * 5);
        assertOrthonormalColumns(top.U());
        assertOrthonormalColumns(top.Vt().T());
        double[] decay = new double[120];
        for (int i = 0; i < 120; i++) decay[i] = Math.pow(1 + i, -3);          // σ₂₀ ≈ 1e-4·σ₁: squaring would blur it
        Tensor steep = q1.slice(":, :120").mul(np.array(decay)).matmul(q2.T());
        Tensor steepS = Svd.truncated(steep, 20).S();
        for (int i = 0; i < 20; i++) assertEquals(decay[i], steepS.get(i), 1e-12 * decay[i]);     // Lanczos alone: 2e-11
        for (int i = 0; i < 120; i++) decay[i] = Math.pow(1 + i, -1.5);        // σ₂₀ ≈ 0.01·σ₁: Lanczos, vectors too
        steep = q1.slice(":, :120").mul(np.array(decay)).matmul(q2.T());
        Svd.Result lanczos = Svd.truncated(steep, 20), full = Svd.full(steep);
        assertClose(full.S().slice(":20"), lanczos.S(), 1e-13);
        assertClose(full.U().slice(":, :20"), lanczos.U(), 1e-8);
        assertClose(full.Vt().slice(":20, :"), lanczos.Vt(), 1e-8);
        Tensor rank3 = np.random.randn(300, 3).matmul(np.random.randn(3, 200));   // fewer values than k: full SVD
        Svd.Result low = Svd.truncated(rank3, 5);
        assertClose(Svd.full(rank3).S().slice(":5"), low.S(), 1e-10 * low.S().get(0));
        assertOrthonormalColumns(low.U().slice(":, :3"));
    }

    @Test
    void householderPath_agreesWithImplicitQr_onTallWideAndSquare() {
        np.random.seed(11);
        for (int[] shape : new int[][] {{200, 120}, {120, 200}, {300, 300}, {17, 16}}) {
            Tensor a = np.random.randn(shape[0], shape[1]);
            Svd.Result fast = Svd.householder(a), qr = Svd.implicitQr(a);
            assertNotNull(fast, "a random matrix must not need the fallback");
            assertSameDecomposition(a, qr, fast);
        }
    }

    @Test
    void repeatedSingularValues_areOrthogonalised() {
        np.random.seed(5);
        Tensor q1 = Svd.full(np.random.randn(80, 80)).U(), q2 = Svd.full(np.random.randn(60, 60)).U();
        double[] s = new double[60];
        for (int i = 0; i < 60; i++) s[i] = i < 25 ? 3 : i < 50 ? 1 : 1 + 1e-9 * i;   // two exact clusters, one near-cluster
        Tensor a = q1.slice(":, :60").mul(np.array(s)).matmul(q2.T());
        Svd.Result fast = Svd.householder(a);
        assertNotNull(fast);
        assertSameDecomposition(a, Svd.implicitQr(a), fast);
        assertTrue(Svd.householder(np.eye(40)) != null && Svd.full(np.eye(40)).S().sub(1).abs().max().item() == 0);
    }

    @Test
    void tinyAndHugeEntries_giveTheSameSingularValuesScaled() {
        np.random.seed(21);
        Tensor a = np.random.randn(120, 90);
        Tensor s = Svd.implicitQr(a).S();
        for (double f : new double[] {1e-200, 1e-150, 1e150, 1e200}) {
            Svd.Result r = Svd.full(a.mul(f));
            assertClose(s, r.S().div(f), 1e-12 * s.get(0));
            assertOrthonormalColumns(r.U());
        }
    }

    @Test
    void rankDeficientMatrices_fallBackToImplicitQr() {
        np.random.seed(9);
        Tensor a = np.random.randn(60, 5).matmul(np.random.randn(5, 40));
        assertNull(Svd.householder(a), "zero singular values are left to implicit QR");
        Svd.Result r = Svd.full(a);
        assertTrue(r.S().get(5) < 1e-12 * r.S().get(0));
        assertTrue(Norms.frobenius(r.reconstruct(40).sub(a)) < 1e-12 * Norms.frobenius(a));
        assertOrthonormalColumns(r.U());
        assertOrthonormalColumns(r.Vt().T());
    }

    /** Same S, reconstructs A, orthonormal factors, and (S being distinct or clusters aside) the same sign-fixed vectors. */
    private static void assertSameDecomposition(Tensor a, Svd.Result expected, Svd.Result actual) {
        double smax = expected.S().get(0);
        assertClose(expected.S(), actual.S(), 1e-12 * smax);
        int r = actual.S().size();
        assertTrue(Norms.frobenius(actual.reconstruct(r).sub(a)) < 1e-12 * Norms.frobenius(a) * Math.sqrt(r));
        assertOrthonormalColumns(actual.U());
        assertOrthonormalColumns(actual.Vt().T());
        assertEquals(expected.U().shape(), actual.U().shape());
        assertEquals(expected.Vt().shape(), actual.Vt().shape());
    }

    @Test
    void badInputs_areRefusedClearly() {
        assertEquals("3-dimensional array given. Array must be two-dimensional",
                assertThrows(ShapeException.class, () -> Svd.full(np.zeros(2, 2, 2))).getMessage());
        Tensor withNan = np.array(new double[][] {{1, Double.NaN}, {0, 1}});
        assertEquals("SVD input contains infs or NaNs", assertThrows(ShapeException.class, () -> Svd.full(withNan)).getMessage());
        assertTrue(assertThrows(ShapeException.class, () -> Svd.truncated(np.eye(4), 5)).getMessage().startsWith("k must be between 1"));
    }

    private static void assertOrthonormalColumns(Tensor q) {
        Tensor gram = q.T().matmul(q);
        int n = gram.shape().get(0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) assertEquals(i == j ? 1.0 : 0.0, gram.get(i, j), 1e-12);
        }
    }
}

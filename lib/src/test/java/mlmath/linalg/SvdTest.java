package mlmath.linalg;

import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
            double big = col.get(col.abs().argmax());
            assertTrue(big > 0);
        }
    }

    @Test
    void truncated_matchesFullOnAFlatSpectrum_1000x1000rank20() {
        np.random.seed(0);
        Tensor a = np.random.randn(1000, 1000);
        Svd.Result top = Svd.truncated(a, 20), full = Svd.full(a);
        assertClose(full.S().slice(":20"), top.S(), 1e-8);
        assertOrthonormalColumns(top.U());
        assertOrthonormalColumns(top.Vt().T());
        double dropped = Math.sqrt(full.S().slice("20:").pow(2).sum().item());
        assertEquals(dropped, Norms.frobenius(a.sub(top.reconstruct(20))), 1e-8 * dropped);
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
            for (int j = 0; j < n; j++) assertEquals(i == j ? 1.0 : 0.0, gram.get(i, j), 1e-10);
        }
    }
}

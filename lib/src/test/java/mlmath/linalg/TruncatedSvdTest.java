package mlmath.linalg;

import mlmath.np.Np;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruncatedSvdTest {
    private final Np np = new Np();

    @Test
    void topValues_matchTheFullSvd_to1e10_tallAndWide() {
        np.random.seed(4);
        for (Tensor a : new Tensor[] {np.random.randn(500, 300), np.random.randn(250, 400)}) {
            SVDResult top = np.linalg.svd(a, 20);
            Tensor full = np.linalg.svdvals(a).slice(":20");
            double worst = top.S().sub(full).abs().div(full).max().item();
            assertTrue(worst < 1e-10, "relative error " + worst);
            // The vectors are orthonormal and U·diag(S)·Vt is the best rank-20 approximation: ‖A − A_k‖² = Σ dropped σ².
            Tensor approx = top.reconstruct(20), s = np.linalg.svdvals(a);
            double dropped = s.slice("20:").mul(s.slice("20:")).sum().item();
            double err = np.linalg.norm(a.sub(approx));
            assertEquals(Math.sqrt(dropped), err, 1e-9 * err);
            assertTrue(top.U().T().matmul(top.U()).sub(np.eye(20)).abs().max().item() < 1e-10);
        }
    }

    @Test
    void signs_largestEntryOfEachUColumnPositive() {
        np.random.seed(5);
        SVDResult top = np.linalg.svd(np.random.randn(300, 200), 10);
        for (int c = 0; c < 10; c++) {
            Tensor col = top.U().slice(":, " + c);
            assertTrue(col.get(col.abs().argmax()).item() > 0, "column " + c);
        }
    }

    @Test
    void kOutOfRange_andNonMatrices_areRefused() {
        assertEquals("k must be between 1 and min(m, n) = 3, got 4",
                assertThrows(ShapeException.class, () -> np.linalg.svd(np.ones(3, 5), 4)).getMessage());
        assertEquals("1-dimensional array given. Array must be two-dimensional",
                assertThrows(LinAlgError.class, () -> np.linalg.svd(np.ones(3), 1)).getMessage());
    }
}

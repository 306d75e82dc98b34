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
    void aDecayingSpectrum_andARankBelowK_matchTheFullSvd() {
        np.random.seed(5);
        // σ from 1 down to 2e-3 (above the 1e-3·σ₁ the Gram matrix answers for), then a matrix of rank 10 < k.
        Tensor q1 = np.linalg.qr(np.random.randn(400, 200)).Q(), q2 = np.linalg.qr(np.random.randn(200, 200)).Q();
        Tensor decaying = q1.mul(np.logspace(0, -2.7, 200)).matmul(q2.T());
        Tensor lowRank = np.random.randn(300, 10).matmul(np.random.randn(10, 250));
        for (Tensor a : new Tensor[] {decaying, lowRank}) {
            Tensor full = np.linalg.svdvals(a).slice(":20"), top = np.linalg.svd(a, 20).S();
            double scale = full.get(0);
            assertTrue(top.sub(full).abs().max().item() < 1e-12 * scale, top + " vs " + full);
        }
    }

    @Test
    void everyDriver_givesTheSameTopEigenpairs() {
        np.random.seed(6);
        Tensor x = np.random.randn(120, 80);
        double[] g = x.T().matmul(x).toArray();
        Driver.Factors lapack = Lapack.driver().eighTop(g.clone(), 80, 5), ejml = new EjmlDriver().eighTop(g.clone(), 80, 5);
        for (int c = 0; c < 5; c++) {
            assertEquals(lapack.s()[c], ejml.s()[c], 1e-10 * lapack.s()[4]);
            double dot = 0;
            for (int r = 0; r < 80; r++) dot += lapack.vt()[r * 5 + c] * ejml.vt()[r * 5 + c];
            assertEquals(1, Math.abs(dot), 1e-9, "vector " + c + " up to its sign");
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

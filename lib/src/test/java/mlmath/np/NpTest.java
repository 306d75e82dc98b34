package mlmath.np;

import mlmath.Fixtures;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NpTest {
    private final Np np = new Np();
    private final com.google.gson.JsonObject c = Fixtures.numpy().getAsJsonObject("creation");

    @Test
    void creationFunctions_matchNumpy() {
        assertClose(Fixtures.tensor(c.get("linspace")), np.linspace(0.01, 0.99, 100), 1e-15);
        assertClose(Fixtures.tensor(c.get("linspace1")), np.linspace(2.0, 3.0, 1), 0);
        assertClose(Fixtures.tensor(c.get("arange_float")), np.arange(0.0, 1.0, 0.1), 1e-15);
        assertClose(Fixtures.tensor(c.get("arange_int")), np.arange(2, 11, 3), 0);
        assertClose(Fixtures.tensor(c.get("logspace")), np.logspace(-3, 2, 11), 1e-14);
        assertClose(Fixtures.tensor(c.get("eye")), np.eye(3), 0);
        assertClose(Fixtures.tensor(c.get("diag_from_vector")), np.diag(new double[] {1, 2, 3}), 0);
        assertClose(Fixtures.tensor(c.get("diag_of_matrix")), np.diag(np.arange(0.0, 6.0, 1.0).reshape(2, 3)), 0);
        assertClose(Fixtures.tensor(c.get("transpose3")), np.arange(0.0, 24.0, 1.0).reshape(2, 3, 4).transpose(1, 0, 2), 0);
    }

    @Test
    void reshapeErrors_useNumpysWording() {
        Tensor t = np.arange(0.0, 10.0, 1.0);
        assertEquals(c.get("reshape_error").getAsString(), assertThrows(ShapeException.class, () -> t.reshape(3, 4)).getMessage());
        assertEquals(c.get("reshape_infer_error").getAsString(), assertThrows(ShapeException.class, () -> t.reshape(3, -1)).getMessage());
        assertEquals("negative dimensions are not allowed", assertThrows(ShapeException.class, () -> np.zeros(-2, 3)).getMessage());
    }

    @Test
    void arraysFromJavaValues() {
        assertEquals("array([[1., 2.],\n       [3., 4.]])", np.array(new double[][] {{1, 2}, {3, 4}}).toString());
        assertEquals("array([1, 2, 3])", np.array(new int[] {1, 2, 3}).toString());
        assertEquals("(2, 2, 1)", np.array(new double[][][] {{{1}, {2}}, {{3}, {4}}}).shape().toString());
        assertEquals(2.0, np.array(java.util.List.of(1, 2.0)).get(1));
        Tensor m = np.array(new double[][] {{1, 2}, {3, 4}});
        assertEquals(4.0, m.toArray2()[1][1]);
        assertEquals("(4,)", m.flatten().shape().toString());
        assertEquals("array([[1., 3.],\n       [2., 4.]])", m.T().toString());
    }
}

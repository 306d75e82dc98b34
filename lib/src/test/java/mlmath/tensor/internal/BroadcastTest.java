package mlmath.tensor.internal;

import mlmath.tensor.*;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import org.junit.jupiter.api.Test;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BroadcastTest {
    @Test
    void elementwiseOps_matchNumpyOnEveryBroadcastCase() {
        for (JsonElement e : Fixtures.numpy().getAsJsonArray("broadcast")) {
            var c = e.getAsJsonObject();
            Tensor a = Fixtures.tensor(c.get("a")), b = Fixtures.tensor(c.get("b"));
            if (c.has("error")) {
                ShapeException ex = assertThrows(ShapeException.class, () -> a.add(b));
                assertEquals(c.get("error").getAsString(), ex.getMessage());
                assertThrows(ShapeException.class, () -> a.mul(b));
                continue;
            }
            assertClose(Fixtures.tensor(c.get("add")), a.add(b), 1e-15);
            assertClose(Fixtures.tensor(c.get("mul")), a.mul(b), 1e-15);
            assertClose(Fixtures.tensor(c.get("div")), a.div(b), 1e-15);
            assertClose(Fixtures.tensor(c.get("maximum")), a.maximum(b), 0);
        }
    }

    @Test
    void add_broadcastsBiasRow_theSeedsExample() {
        Tensor x = new Tensor(new double[32 * 64], 32, 64);
        double[] bias = new double[64];
        for (int i = 0; i < 64; i++) bias[i] = i;
        Tensor y = x.add(bias);
        assertEquals(new Shape(32, 64), y.shape());
        assertEquals(63.0, y.get(31, 63));
        assertEquals("operands could not be broadcast together with shapes (32,64) (63,) ",
                assertThrows(ShapeException.class, () -> x.add(new double[63])).getMessage());
    }

    @Test
    void scalarsAndZeroDimensional_broadcastEverywhere() {
        Tensor a = new Tensor(new double[] {1, 2, 3, 4}, 2, 2);
        assertEquals("array([[2., 3.],\n       [4., 5.]])", a.add(1).toString());
        assertEquals(new Shape(2, 2), a.mul(new Tensor(new double[] {2}, new Shape(), DType.FLOAT64)).shape());
    }

    @Test
    void nanAndInf_propagateLikeNumpy() {
        Tensor a = new Tensor(new double[] {0, -1, Double.NaN}, 3);
        Tensor logs = a.log();
        assertEquals(Double.NEGATIVE_INFINITY, logs.get(0));
        assertEquals(Double.NaN, logs.get(1));
        assertEquals(Double.NaN, a.maximum(0).get(2));
    }

    @Test
    void nullAndUnsupportedInputs_giveClearErrors() {
        Tensor a = new Tensor(new double[] {1}, 1);
        assertEquals("other is null: pass a Tensor, double[], double[][], int[] or a number",
                assertThrows(ShapeException.class, () -> a.add((Object) null)).getMessage());
        assertThrows(ShapeException.class, () -> a.add("three"));
        ShapeException ragged = assertThrows(ShapeException.class, () -> ArrayLike.toTensor(new double[][] {{1, 2}, {3}}));
        assertEquals(true, ragged.getMessage().startsWith("setting an array element with a sequence. The requested array has an inhomogeneous shape"));
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import org.junit.jupiter.api.Test;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexingTest {
    @Test
    void sliceStrings_matchNumpyIndexing() {
        var s = Fixtures.numpy().getAsJsonObject("slicing");
        Tensor a = Fixtures.tensor(s.get("a"));
        for (JsonElement e : s.getAsJsonArray("cases")) {
            var c = e.getAsJsonObject();
            assertClose(Fixtures.tensor(c.get("out")), a.slice(c.get("spec").getAsString()), 0);
        }
        assertEquals(s.get("index_error").getAsString(), assertThrows(ShapeException.class, () -> a.slice("7")).getMessage());
        assertClose(Fixtures.tensor(s.get("pick")), a.pick(new int[] {0, 4, 2, 1}), 0);
    }

    @Test
    void pick_rejectsOutOfRangeAndWrongLengthTargets() {
        Tensor p = new Tensor(new double[6], 2, 3);
        assertEquals("index 3 is out of bounds for axis 1 with size 3",
                assertThrows(ShapeException.class, () -> p.pick(new int[] {0, 3})).getMessage());
        assertEquals("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ",
                assertThrows(ShapeException.class, () -> p.pick(new int[] {0, 1, 2})).getMessage());
        assertEquals(new Shape(2), p.pick(new int[] {1}).shape(), "one target broadcasts over the rows, as in numpy");
        assertTrue(assertThrows(ShapeException.class, () -> p.slice(":, x")).getMessage().startsWith("cannot read index"));
    }

    @Test
    void get_checksBoundsAndArity() {
        Tensor a = new Tensor(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals(6.0, a.get(-1, -1));
        assertEquals("index 2 is out of bounds for axis 0 with size 2", assertThrows(ShapeException.class, () -> a.get(2, 0)).getMessage());
        assertEquals("get(...) needs one index per dimension (2) and returns a number, as numpy's item(); for the sub-array"
                + " A[1] use at(1)", assertThrows(ShapeException.class, () -> a.get(1)).getMessage());
        assertEquals("too many indices for array: array is 2-dimensional, but 3 were indexed",
                assertThrows(ShapeException.class, () -> a.get(1, 1, 1)).getMessage());
    }
}

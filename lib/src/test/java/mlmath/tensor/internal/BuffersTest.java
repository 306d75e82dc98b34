package mlmath.tensor.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The allocation guard speaks numpy's MemoryError text (fixtures from numpy's own formatter), and bool prints as numpy. */
class BuffersTest {
    private final Np np = new Np();

    @Test
    void arraysJavaCannotHold_areRefusedWithNumpysWording() {
        for (JsonElement e : Fixtures.load("numpy_api.json").getAsJsonArray("memory")) {
            JsonObject c = e.getAsJsonObject();
            int[] dims = new int[c.getAsJsonArray("shape").size()];
            for (int i = 0; i < dims.length; i++) dims[i] = c.getAsJsonArray("shape").get(i).getAsInt();
            DType dtype = c.has("dtype") ? DType.BOOL : DType.FLOAT64;
            String got = assertThrows(ShapeException.class, () -> Buffers.alloc(new Shape(dims), dtype)).getMessage();
            assertEquals(c.get("error").getAsString(), got);
            if (dtype == DType.FLOAT64) {
                assertEquals(c.get("error").getAsString(), assertThrows(ShapeException.class, () -> np.zeros(dims)).getMessage());
            }
        }
    }

    @Test
    void sizeString_followsNumpysRounding() {
        assertEquals("0 bytes", Buffers.sizeString(0));
        assertEquals("1023 bytes", Buffers.sizeString(1023));
        assertEquals("1.00 KiB", Buffers.sizeString(1024));
        assertEquals("1.00 MiB", Buffers.sizeString(1024 * 1024 - 1));
        assertEquals("999. KiB", Buffers.sizeString(999 * 1024));
    }

    @Test
    void repr_ofBoolAndIntResults_matchesNumpy() {
        for (JsonElement e : Fixtures.load("numpy_api.json").getAsJsonArray("repr")) {
            JsonObject c = e.getAsJsonObject();
            DType dtype = switch (c.getAsJsonObject("a").get("dtype").getAsString()) {
                case "bool" -> DType.BOOL;
                case "int64" -> DType.INT64;
                default -> DType.FLOAT64;
            };
            Tensor t = Fixtures.tensor(c.get("a"), dtype);
            assertEquals(c.get("repr").getAsString(), t.toString());
        }
        assertEquals("np.True_", np.array(1.0).gt(0).toString());
    }
}

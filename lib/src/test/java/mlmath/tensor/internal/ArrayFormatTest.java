package mlmath.tensor.internal;

import mlmath.tensor.*;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArrayFormatTest {
    @Test
    void floatRepr_matchesNumpy_smallSummarisedScientificNonFinite() {
        for (JsonElement e : Fixtures.numpy().getAsJsonObject("repr").getAsJsonArray("floats")) {
            var c = e.getAsJsonObject();
            assertEquals(c.get("repr").getAsString(), Fixtures.tensor(c.get("a")).toString());
        }
    }

    @Test
    void intRepr_matchesNumpy() {
        for (JsonElement e : Fixtures.numpy().getAsJsonObject("repr").getAsJsonArray("ints")) {
            var c = e.getAsJsonObject();
            assertEquals(c.get("repr").getAsString(), Fixtures.tensor(c.get("a"), DType.INT64).toString());
        }
    }

    @Test
    void scalars_printLikePythonFloats() {
        assertEquals("0.7", ArrayFormat.scalar(0.7, DType.FLOAT64));
        assertEquals("1e-05", ArrayFormat.scalar(1e-5, DType.FLOAT64));
        assertEquals("0.0009639", ArrayFormat.scalar(9.639e-4, DType.FLOAT64));
        assertEquals("1e+16", ArrayFormat.scalar(1e16, DType.FLOAT64));
        assertEquals("39.0", ArrayFormat.scalar(39, DType.FLOAT64));
        assertEquals("nan", ArrayFormat.scalar(Double.NaN, DType.FLOAT64));
        assertEquals("5", ArrayFormat.scalar(5, DType.INT64));
    }

    @Test
    void emptyArrays_showShapeAndDtype() {
        assertEquals("array([], dtype=float64)", new Tensor(new double[0], 0).toString());
        assertEquals("array([], shape=(0, 3), dtype=float64)", new Tensor(new double[0], 0, 3).toString());
    }

    @Test
    void shape_printsLikeNumpy() {
        assertEquals("(32, 64)", new Shape(32, 64).toString());
        assertEquals("(64,)", new Shape(64).toString());
        assertEquals("()", new Shape().toString());
    }
}

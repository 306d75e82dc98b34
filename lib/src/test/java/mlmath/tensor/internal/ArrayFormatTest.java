package mlmath.tensor.internal;

import mlmath.tensor.*;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mlmath.random.RandomFixtures;

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

    /** A fixture array: its data, or (when summarised) a short cycle of values repeated to fill its shape. */
    private static Tensor reprCase(com.google.gson.JsonObject c) {
        if (c.has("a")) return RandomFixtures.tensor(c.get("a"));
        Tensor cycle = RandomFixtures.tensor(c.get("cycle"));
        Shape shape = new Shape(RandomFixtures.ints(c.get("shape")));
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) data[i] = cycle.data()[i % cycle.size()];
        return new Tensor(data, shape, cycle.dtype());
    }

    @Test
    void differentialRepr_hundredsOfGeneratedArrays_matchNumpyExactly() {
        int n = 0;
        for (JsonElement e : RandomFixtures.json().getAsJsonArray("repr")) {
            var c = e.getAsJsonObject();
            Tensor t = reprCase(c);
            assertEquals(c.get("repr").getAsString(), t.toString(), "shape " + t.shape() + " " + t.dtype());
            n++;
        }
        assertEquals(672, n);
    }

    @Test
    void zeroDimResults_printLikeNumpyScalarsStr() {
        for (JsonElement e : RandomFixtures.json().getAsJsonArray("scalars")) {
            var c = e.getAsJsonObject();
            String got = c.has("i") ? ArrayFormat.scalar(c.get("i").getAsLong(), DType.INT64)
                    : ArrayFormat.scalar(Fixtures.tensor(vector(c.get("v"))).item(), DType.FLOAT64);
            assertEquals(c.get("str").getAsString(), got, c.toString());
        }
    }

    /** {@code {"shape": [], "data": [v]}}, so the fixture decoder reads "nan"/"inf" too. */
    private static com.google.gson.JsonObject vector(JsonElement v) {
        var o = new com.google.gson.JsonObject();
        o.add("shape", new com.google.gson.JsonArray());
        var data = new com.google.gson.JsonArray();
        data.add(v);
        o.add("data", data);
        return o;
    }
}

package mlmath;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loads the committed numpy/torch fixtures (see src/test/python) and compares tensors with them. */
public final class Fixtures {
    private Fixtures() {}

    private static JsonObject numpy, torch;

    public static synchronized JsonObject numpy() { return numpy != null ? numpy : (numpy = load("numpy.json")); }

    public static synchronized JsonObject torch() { return torch != null ? torch : (torch = load("torch.json")); }

    /** A fixture file of src/test/resources/fixtures by name, e.g. {@code "numpy_api.json"}. */
    public static JsonObject load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes {@code {"shape": [...], "data": [...]}}; non-finite values are stored as "nan" / "inf" / "-inf". */
    public static Tensor tensor(JsonElement e) { return tensor(e, DType.FLOAT64); }

    public static Tensor tensor(JsonElement e, DType dtype) {
        JsonObject o = e.getAsJsonObject();
        var shapeArr = o.getAsJsonArray("shape");
        int[] shape = new int[shapeArr.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = shapeArr.get(i).getAsInt();
        var dataArr = o.getAsJsonArray("data");
        double[] data = new double[dataArr.size()];
        for (int i = 0; i < data.length; i++) {
            var v = dataArr.get(i).getAsJsonPrimitive();
            data[i] = v.isString() ? switch (v.getAsString()) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                default -> Double.NEGATIVE_INFINITY;
            } : v.getAsDouble();
        }
        return new Tensor(data, new Shape(shape), dtype);
    }

    public static double[] doubles(JsonElement e) {
        var arr = e.getAsJsonArray();
        double[] d = new double[arr.size()];
        for (int i = 0; i < d.length; i++) d[i] = arr.get(i).getAsDouble();
        return d;
    }

    /** Same shape and every element within {@code tol} (absolute + relative), NaN matching NaN. */
    public static void assertClose(Tensor expected, Tensor actual, double tol) {
        assertEquals(expected.shape(), actual.shape(), "shape");
        double[] e = expected.data(), a = actual.data();
        for (int i = 0; i < e.length; i++) {
            if (Double.isNaN(e[i])) {
                assertEquals(Double.NaN, a[i], "element " + i);
            } else if (Math.abs(e[i] - a[i]) > tol * (1 + Math.abs(e[i]))) {
                assertArrayEquals(e, a, tol, "element " + i + " differs");
            }
        }
    }
}

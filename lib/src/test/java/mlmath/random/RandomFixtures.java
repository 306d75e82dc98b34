package mlmath.random;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import mlmath.Fixtures;
import mlmath.tensor.DType;
import mlmath.tensor.Tensor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixtures written by src/test/python/gen_numpy_random_fixtures.py: np.random streams, errors and reprs. */
public final class RandomFixtures {
    private RandomFixtures() {}

    private static JsonObject json;

    public static synchronized JsonObject json() {
        if (json != null) return json;
        try (InputStream in = RandomFixtures.class.getResourceAsStream("/fixtures/numpy_random.json")) {
            return json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes {@code {"shape", "dtype", "data"}}. */
    public static Tensor tensor(JsonElement e) {
        boolean ints = e.getAsJsonObject().get("dtype").getAsString().equals("int64");
        return Fixtures.tensor(e, ints ? DType.INT64 : DType.FLOAT64);
    }

    /** A JSON argument as what a learner would type: integral numbers as Long, others as Double, arrays as
     *  {@code long[]} / {@code double[]} / nested {@code Object[]}. */
    public static Object javaValue(JsonElement e) {
        if (e.isJsonPrimitive()) {
            String text = e.getAsString();
            return text.matches("-?\\d+") ? (Object) e.getAsLong() : (Object) e.getAsDouble();
        }
        JsonArray a = e.getAsJsonArray();
        boolean flat = true, integral = true;
        for (JsonElement x : a) {
            flat &= x.isJsonPrimitive();
            if (x.isJsonPrimitive()) integral &= x.getAsString().matches("-?\\d+");
        }
        if (!flat) {
            Object[] rows = new Object[a.size()];
            for (int i = 0; i < rows.length; i++) rows[i] = javaValue(a.get(i));
            return rows;
        }
        if (integral && a.size() > 0) {
            long[] out = new long[a.size()];
            for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsLong();
            return out;
        }
        return Fixtures.doubles(a);
    }

    public static int[] ints(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsInt();
        return out;
    }
}

package mlmath.np;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.tensor.ShapeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The everyday numpy API against hand-picked numpy cases: values, dtypes, shapes and error wording. */
class NumpyApiTest {
    private final Np np = new Np();

    @Test
    void everyFunction_matchesNumpy() { NumpyCases.check("api"); }

    @Test
    void raggedArrays_nameTheDimensionAndShapeAsNumpy() {
        for (JsonElement e : Fixtures.load("numpy_api.json").getAsJsonArray("ragged")) {
            JsonObject c = e.getAsJsonObject();
            Object rows = nested(c.get("rows"));
            assertEquals(c.get("error").getAsString(), assertThrows(ShapeException.class, () -> np.array(rows)).getMessage());
        }
    }

    private static Object nested(JsonElement e) {
        if (!e.isJsonArray()) return e.getAsInt();
        List<Object> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) out.add(nested(x));
        return out;
    }
}

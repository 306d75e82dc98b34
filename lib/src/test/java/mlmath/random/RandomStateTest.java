package mlmath.random;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.DType;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RandomStateTest {
    private static int[] ints(JsonElement e) {
        var a = e.getAsJsonArray();
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsInt();
        return out;
    }

    @Test
    void seededCallSequences_matchNumpyLegacyRandomStateBitForBit() {
        Np np = new Np();
        for (JsonElement c : Fixtures.numpy().getAsJsonArray("rng")) {
            long seed = c.getAsJsonObject().get("seed").getAsLong();
            np.random.seed(seed);
            for (JsonElement call : c.getAsJsonObject().getAsJsonArray("calls")) {
                var o = call.getAsJsonObject();
                int[] shape = ints(o.get("shape"));
                Tensor got = switch (o.get("op").getAsString()) {
                    case "randn" -> np.random.randn(shape);
                    case "rand" -> np.random.rand(shape);
                    default -> np.random.randint(o.get("low").getAsLong(), o.get("high").getAsLong(), shape);
                };
                Tensor want = Fixtures.tensor(o.get("out"));
                assertEquals(want.shape(), got.shape());
                // Exact: the same stream must give the same doubles, not merely close ones.
                assertArrayEquals(want.data(), got.data(), 0.0, "seed " + seed + " " + o.get("op"));
            }
        }
    }

    @Test
    void seed0_printsNumpysDigits() {
        Np np = new Np();
        np.random.seed(0);
        assertEquals("array([1.76405235, 0.40015721, 0.97873798])", np.random.randn(3).toString());
    }

    @Test
    void randint_isInt64AndPrintsWithoutDecimalPoints() {
        Np np = new Np();
        np.random.seed(0);
        Tensor t = np.random.randint(0, 10, 8);
        assertEquals(DType.INT64, t.dtype());
        assertEquals("array([5, 0, 3, 3, 7, 9, 3, 5])", t.toString());
    }

    @Test
    void badSeedAndRange_areRefusedWithNumpysWords() {
        Np np = new Np();
        assertEquals("Seed must be between 0 and 2**32 - 1, got -1",
                assertThrows(IllegalArgumentException.class, () -> np.random.seed(-1)).getMessage());
        assertEquals("low >= high", assertThrows(IllegalArgumentException.class, () -> np.random.randint(5, 5, 3)).getMessage());
    }
}

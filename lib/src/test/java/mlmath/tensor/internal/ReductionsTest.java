package mlmath.tensor.internal;

import mlmath.tensor.*;

import com.google.gson.JsonElement;
import mlmath.Fixtures;
import org.junit.jupiter.api.Test;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReductionsTest {
    @Test
    void everyReduction_overEveryAxis_matchesNumpy() {
        var r = Fixtures.numpy().getAsJsonObject("reductions");
        Tensor x = Fixtures.tensor(r.get("x"));
        int checked = 0;
        for (JsonElement e : r.getAsJsonArray("cases")) {
            var c = e.getAsJsonObject();
            String op = c.get("op").getAsString();
            boolean all = c.get("axis").isJsonNull();
            int axis = all ? 0 : c.get("axis").getAsInt();
            boolean keep = c.get("keepdims").getAsBoolean();
            Tensor got = switch (op) {
                case "sum" -> all ? x.sum() : x.sum(axis, keep);
                case "max" -> all ? x.max() : x.max(axis, keep);
                case "min" -> all ? x.min() : x.min(axis, keep);
                case "mean" -> all ? x.mean() : x.mean(axis, keep);
                case "prod" -> all ? x.prod() : x.prod(axis, keep);
                default -> all ? x.argmax() : x.argmax(axis);
            };
            assertClose(Fixtures.tensor(c.get("out")), got, 1e-13);
            checked++;
        }
        assertEquals(61, checked);  // 6 ops x (all + 5 axes x keepdims on/off), argmax without keepdims
    }

    @Test
    void badAxisAndEmptyMax_useNumpysMessages() {
        var r = Fixtures.numpy().getAsJsonObject("reductions");
        Tensor x = Fixtures.tensor(r.get("x"));
        assertEquals(r.get("axis_error").getAsString(), assertThrows(ShapeException.class, () -> x.sum(3)).getMessage());
        assertEquals(r.get("empty_max_error").getAsString(),
                assertThrows(ShapeException.class, () -> new Tensor(new double[0], 0).max()).getMessage());
    }

    @Test
    void argmax_isIntAndNaNWins() {
        Tensor t = new Tensor(new double[] {1, Double.NaN, 3}, 3);
        assertEquals(1.0, t.argmax().item());
        assertEquals(DType.INT64, t.argmax().dtype());
        assertEquals(Double.NaN, t.max().item());
    }

    @Test
    void longSums_arePairwise_soRoundingStaysSmall() {
        double[] tenths = new double[1_000_000];
        java.util.Arrays.fill(tenths, 0.1);
        // A running sum drifts to 100000.00000133288; numpy's pairwise sum stays within a few ulps of 1e5.
        assertEquals(100000.0, new Tensor(tenths, tenths.length).sum().item(), 1e-9);
    }

    @Test
    void sumOfEmpty_isZeroAndMeanOfScalarIsItself() {
        assertEquals(0.0, new Tensor(new double[0], 0, 3).sum().item());
        assertEquals(new Shape(3), new Tensor(new double[0], 0, 3).sum(0).shape());
        assertEquals(2.5, new Tensor(new double[] {2.5}, new Shape(), DType.FLOAT64).mean().item());
    }
}

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

    /**
     * max and min along the last axis equal a fold of Math.max and Math.min (numpy's maximum and minimum): NaN
     * anywhere in a line wins, 0.0 beats -0.0 for max and loses for min, on lines rising, falling, flat and random.
     */
    @Test
    void maxAndMinOfLines_propagateNaN_andOrderSignedZeros() {
        var rs = new mlmath.random.RandomState(3);
        int n = 37;
        double[][] lines = new double[10][n];
        for (int i = 0; i < n; i++) {
            lines[0][i] = rs.nextGaussian();
            lines[1][i] = i;
            lines[2][i] = -i;
            lines[3][i] = 2.5;
            lines[4][i] = i % 2 == 0 ? -0.0 : 0.0;
            lines[5][i] = i % 2 == 0 ? 0.0 : -0.0;
            lines[6][i] = i == 0 ? Double.NaN : rs.nextGaussian();
            lines[7][i] = i == 20 ? Double.NaN : i;
            lines[8][i] = i == n - 1 ? Double.NaN : -i;
            lines[9][i] = i < 30 ? -0.0 : Double.NEGATIVE_INFINITY;
        }
        double[] flat = new double[lines.length * n];
        for (int l = 0; l < lines.length; l++) System.arraycopy(lines[l], 0, flat, l * n, n);
        Tensor x = new Tensor(flat, lines.length, n);
        double[] max = Buffers.data(x.max(-1)), min = Buffers.data(x.min(-1));
        for (int l = 0; l < lines.length; l++) {
            double wantMax = lines[l][0], wantMin = lines[l][0];
            for (double v : lines[l]) {
                wantMax = Math.max(wantMax, v);
                wantMin = Math.min(wantMin, v);
            }
            assertEquals(Double.doubleToLongBits(wantMax), Double.doubleToLongBits(max[l]), "max of line " + l);
            assertEquals(Double.doubleToLongBits(wantMin), Double.doubleToLongBits(min[l]), "min of line " + l);
        }
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

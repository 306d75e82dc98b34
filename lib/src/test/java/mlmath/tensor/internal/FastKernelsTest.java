package mlmath.tensor.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.random.RandomState;
import mlmath.tensor.*;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast paths of reductions, slices, transposes, sort and dot give numpy's results to the last bit
 * (fixtures from lib/src/test/python/gen_fast_kernel_fixtures.py).
 */
class FastKernelsTest {
    private static final JsonObject F = Fixtures.load("fast_kernels.json");

    private static void assertSame(JsonElement expected, Tensor actual, String what) {
        Tensor e = Fixtures.tensor(expected);
        assertEquals(e.shape(), actual.shape(), what + ": shape");
        assertArrayEquals(e.data(), actual.data(), what);
    }

    @Test
    void reductions_alongEveryAxis_haveNumpysDigits() {
        int checked = 0;
        for (JsonElement e : F.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            Tensor x = Fixtures.tensor(F.get(c.get("input").getAsString()));
            boolean all = c.get("axis").isJsonNull();
            int[] axes = all ? null : new int[] {c.get("axis").getAsInt()};
            boolean keep = c.get("keepdims").getAsBoolean();
            double ddof = c.has("ddof") ? c.get("ddof").getAsDouble() : 0;
            Tensor got = switch (c.get("op").getAsString()) {
                case "sum" -> all && !keep ? x.sum() : x.sum(axes, keep);
                case "mean" -> all && !keep ? x.mean() : x.mean(axes, keep);
                case "max" -> all && !keep ? x.max() : x.max(axes, keep);
                case "min" -> all && !keep ? x.min() : x.min(axes, keep);
                case "prod" -> all && !keep ? x.prod() : x.prod(axes, keep);
                case "var" -> x.var(axes, ddof, keep);
                default -> x.std(axes, ddof, keep);
            };
            assertSame(c.get("out"), got, c.toString().replaceAll("\"out\".*", ""));
            checked++;
        }
        assertEquals(53, checked);
    }

    @Test
    void slices_andTransposedCopies_areNumpys() {
        Tensor m = Fixtures.tensor(F.get("m")), y = Fixtures.tensor(F.get("y"));
        for (var s : F.getAsJsonObject("slices").entrySet()) assertSame(s.getValue(), m.get(s.getKey()), s.getKey());
        JsonObject t = F.getAsJsonObject("transposes");
        assertSame(t.get("T"), y.T(), "y.T");
        assertSame(t.get("mT"), m.T(), "m.T");
        assertSame(t.get("0,2,1"), y.transpose(0, 2, 1), "0,2,1");
        assertSame(t.get("1,0,2"), y.transpose(1, 0, 2), "1,0,2");
        assertSame(t.get("2,0,1"), y.transpose(2, 0, 1), "2,0,1");
        double[] places = new double[2 * 67 * 70];
        for (int i = 0; i < places.length; i++) places[i] = i;
        Tensor wide = new Tensor(places, 2, 67, 70);
        assertSame(t.get("wide[0].T"), wide.get("0").T(), "wide[0].T");
        assertSame(t.get("wide 0,2,1"), wide.transpose(0, 2, 1), "wide 0,2,1");
    }

    @Test
    void bigTransposes_putEveryElementWhereNumpyDoes() {
        // Each 600×1001 matrix is big enough for the strips (two of 300 rows), and 1001 columns leave one over the fours.
        int batch = 2, rows = 600, cols = 1001;
        double[] places = new double[batch * rows * cols];
        for (int i = 0; i < places.length; i++) places[i] = i;
        double[] got = new Tensor(places, batch, rows, cols).transpose(0, 2, 1).data();
        int misplaced = 0;
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) if (got[(b * cols + j) * rows + i] != (b * rows + i) * cols + j) misplaced++;
            }
        }
        assertEquals(0, misplaced);
    }

    @Test
    void sort_putsNaNLast_alongEitherAxis() {
        Tensor s = Fixtures.tensor(F.get("sortable"));
        assertSame(F.getAsJsonObject("sorts").get("-1"), s.sort(-1), "sort(-1)");
        assertSame(F.getAsJsonObject("sorts").get("0"), s.sort(0), "sort(0)");
    }

    @Test
    void vectorDot_isNumpysDdot() {
        RandomState rs = new RandomState(7);
        double[] v = new double[20011];
        for (int i = 0; i < v.length; i++) v[i] = rs.nextGaussian();
        Tensor t = new Tensor(v, v.length), head = t.get(":1001");
        assertEquals(F.get("v_dot_v").getAsDouble(), t.dot(t).item());
        assertEquals(F.get("v_dot_v_head").getAsDouble(), head.dot(head).item());
    }
}

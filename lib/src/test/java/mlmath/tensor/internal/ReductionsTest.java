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

    /**
     * max and min along a middle or first axis (rows copied in blocks, stacked when narrow, split when wider than a
     * block) and argmax and argmin along any axis equal a plain fold in numpy's order: NaN wins, the first index wins a
     * tie, 0.0 beats -0.0 for max and loses for min.
     */
    @Test
    void extremesAlongEveryAxis_matchAPlainFold() {
        var rs = new mlmath.random.RandomState(5);
        int[][] shapes = {{3, 7, 5}, {700, 3}, {2, 3, Extremes.BLOCK + 300}, {4, 600, 2}, {1, 9}};
        for (int[] dims : shapes) {
            int size = 1;
            for (int d : dims) size *= d;
            double[] data = new double[size];
            for (int i = 0; i < size; i++) {
                long pick = rs.nextLong(0, 40);
                data[i] = pick == 0 ? Double.NaN : pick == 1 ? -0.0 : pick == 2 ? 0.0 : pick < 10 ? 1.5 : rs.nextGaussian();
            }
            Tensor x = new Tensor(data, dims);
            for (int ax = 0; ax < dims.length; ax++) {
                int outer = 1, inner = 1, len = dims[ax];
                for (int i = 0; i < ax; i++) outer *= dims[i];
                for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
                double[] max = Buffers.data(x.max(ax)), min = Buffers.data(x.min(ax));
                double[] argmax = Buffers.data(x.argmax(ax)), argmin = Buffers.data(x.argmin(ax));
                for (int o = 0; o < outer; o++) {
                    for (int j = 0; j < inner; j++) {
                        int base = o * len * inner + j, at = o * inner + j, first = -1, hi = 0, lo = 0;
                        double wantMax = data[base], wantMin = data[base];
                        for (int r = 0; r < len; r++) {
                            double v = data[base + r * inner];
                            wantMax = Math.max(wantMax, v);
                            wantMin = Math.min(wantMin, v);
                            if (first < 0 && Double.isNaN(v)) first = r;
                            if (v > data[base + hi * inner]) hi = r;
                            if (v < data[base + lo * inner]) lo = r;
                        }
                        String where = java.util.Arrays.toString(dims) + " axis " + ax + " at " + at;
                        assertEquals(Double.doubleToLongBits(wantMax), Double.doubleToLongBits(max[at]), "max " + where);
                        assertEquals(Double.doubleToLongBits(wantMin), Double.doubleToLongBits(min[at]), "min " + where);
                        assertEquals(first >= 0 ? first : hi, argmax[at], "argmax " + where);
                        assertEquals(first >= 0 ? first : lo, argmin[at], "argmin " + where);
                    }
                }
            }
        }
    }

    /** int64 sum, prod, max and min along every axis (rows folded in turn) equal a plain wrapping fold down each line. */
    @Test
    void int64ReductionsAlongEveryAxis_wrapLikeNumpy() {
        var rs = new mlmath.random.RandomState(6);
        for (int[] dims : new int[][] {{3, 7, 5}, {700, 3}, {1, 9}, {4, 0, 2}}) {
            int size = 1;
            for (int d : dims) size *= d;
            long[] data = new long[size];
            for (int i = 0; i < size; i++) {
                long pick = rs.nextLong(0, 10);
                data[i] = pick == 0 ? Long.MAX_VALUE : pick == 1 ? Long.MIN_VALUE : rs.nextLong(-1000, 1000);
            }
            Tensor x = Buffers.wrapLongs(data, new Shape(dims));
            for (int ax = 0; ax < dims.length; ax++) {
                int outer = 1, inner = 1, len = dims[ax];
                for (int i = 0; i < ax; i++) outer *= dims[i];
                for (int i = ax + 1; i < dims.length; i++) inner *= dims[i];
                long[] sum = Buffers.longs(x.sum(ax)), prod = Buffers.longs(x.prod(ax));
                long[] max = len == 0 ? null : Buffers.longs(x.max(ax)), min = len == 0 ? null : Buffers.longs(x.min(ax));
                for (int o = 0; o < outer; o++) {
                    for (int j = 0; j < inner; j++) {
                        int base = o * len * inner + j, at = o * inner + j;
                        long s = 0, p = 1, hi = Long.MIN_VALUE, lo = Long.MAX_VALUE;
                        for (int r = 0; r < len; r++) {
                            long v = data[base + r * inner];
                            s += v;
                            p *= v;
                            hi = Math.max(hi, v);
                            lo = Math.min(lo, v);
                        }
                        String where = java.util.Arrays.toString(dims) + " axis " + ax + " at " + at;
                        assertEquals(s, sum[at], "sum " + where);
                        assertEquals(p, prod[at], "prod " + where);
                        if (len > 0) {
                            assertEquals(hi, max[at], "max " + where);
                            assertEquals(lo, min[at], "min " + where);
                        }
                    }
                }
            }
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

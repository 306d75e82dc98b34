package mlmath.tensor.internal;

import mlmath.random.RandomState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LineSort on every kind of line its paths meet — bucketed, too uneven for buckets, with NaN, infinities, ±0.0, ties,
 * tiny and huge ranges, short and long — gives Arrays.sort's result bit for bit (Double.compare's order, numpy's values).
 */
class LineSortTest {
    private static final RandomState RS = new RandomState(5);

    private static void sortsLikeArraysSort(String kind, IntToDoubleFunction value) {
        // The last two past LONG_LINE: dealt by leading bits first, a bucket of the last one past LONG_LINE itself.
        for (int n : new int[] {0, 1, 2, 127, 128, 129, 1000, 4099, 40_000, 100_000}) {
            double[] line = new double[n + 3];  // sorted at offset 2, so the bounds are checked too
            for (int i = 0; i < line.length; i++) line[i] = value.applyAsDouble(i);
            double[] want = line.clone();
            Arrays.sort(want, 2, 2 + n);
            new LineSort().sort(line.clone(), 2, n, line, 2);
            long[] gotBits = Arrays.stream(line).mapToLong(Double::doubleToLongBits).toArray();
            long[] wantBits = Arrays.stream(want).mapToLong(Double::doubleToLongBits).toArray();
            assertArrayEquals(wantBits, gotBits, kind + ", n = " + n);
        }
    }

    /**
     * argsort gives the stable order numpy's {@code kind="stable"} gives: a boxed stable sort by value, -0.0 equal to
     * 0.0, NaN (of either sign) last.
     */
    private static void argsortsStably(String kind, IntToDoubleFunction value) {
        for (int n : new int[] {0, 1, 2, 127, 128, 129, 1000, 4099, 40_000}) {  // the last past LONG_LINE
            double[] line = new double[n + 3];
            for (int i = 0; i < line.length; i++) line[i] = value.applyAsDouble(i);
            Integer[] want = new Integer[n];
            for (int i = 0; i < n; i++) want[i] = i;
            Arrays.sort(want, (a, b) -> Double.compare(line[2 + a] + 0.0, line[2 + b] + 0.0));
            double[] got = new double[n + 1];
            new LineArgsort().argsort(line, 2, n, got, 1);
            assertArrayEquals(Arrays.stream(want).mapToDouble(i -> i).toArray(), Arrays.copyOfRange(got, 1, n + 1), kind + ", n = " + n);
            long[] longs = Arrays.stream(line).mapToLong(v -> Double.isFinite(v) ? (long) (v * 1e6) : Long.MIN_VALUE).toArray();
            Integer[] wantLongs = new Integer[n];
            for (int i = 0; i < n; i++) wantLongs[i] = i;
            Arrays.sort(wantLongs, (a, b) -> Long.compare(longs[2 + a], longs[2 + b]));
            long[] gotLongs = new long[n];
            new LineArgsort().argsort(longs, 2, n, gotLongs, 0);
            assertArrayEquals(Arrays.stream(wantLongs).mapToLong(i -> i).toArray(), gotLongs, kind + " as int64, n = " + n);
        }
    }

    private static void everyKind(java.util.function.BiConsumer<String, IntToDoubleFunction> check) {
        check.accept("normal", i -> RS.nextGaussian());
        check.accept("uniform", i -> RS.nextDouble());
        check.accept("few distinct integers", i -> RS.nextLong(-3, 4));
        check.accept("heavy-tailed", i -> Math.exp(5 * RS.nextGaussian()));
        check.accept("one outlier", i -> i == 40 ? 1e300 : RS.nextGaussian());
        check.accept("a narrow cluster and an outlier", i -> i == 40 ? 1e300 : 1 + 1e-9 * RS.nextGaussian());
        check.accept("signed zeros", i -> RS.nextDouble() < 0.5 ? -0.0 : 0.0);
        check.accept("zeros and numbers", i -> RS.nextDouble() < 0.3 ? -0.0 : RS.nextDouble() < 0.5 ? 0.0 : RS.nextGaussian());
        check.accept("NaN among numbers", i -> i % 37 == 3 ? Double.NaN : i % 37 == 5 ? -Double.NaN : RS.nextGaussian());
        check.accept("infinities", i -> i % 41 == 3 ? Double.POSITIVE_INFINITY : i % 43 == 4 ? Double.NEGATIVE_INFINITY : RS.nextGaussian());
        check.accept("subnormal range", i -> Double.MIN_VALUE * RS.nextLong(-50, 50));
        check.accept("widest range", i -> (RS.nextDouble() - 0.5) * Double.MAX_VALUE * 2);
        check.accept("all equal", i -> 2.5);
        check.accept("descending", i -> -i);
        check.accept("ascending", i -> i * 0.5);
    }

    @Test
    void everyKindOfLine_sortsAsArraysSortDoes() { everyKind(LineSortTest::sortsLikeArraysSort); }

    /**
     * NaNs of any payload and sign come out as the one canonical NaN, as numpy 2.4.6's np.sort writes them (x86, lines
     * of 5 to 40,000 values): on a line sorted whole by the radix sort and on lines past LONG_LINE, mixed or all NaN.
     */
    @Test
    void nanPayloads_comeOutCanonical() {
        for (int n : new int[] {200, 40_000}) {
            for (boolean allNaN : new boolean[] {false, true}) {
                double[] line = new double[n];
                for (int i = 0; i < n; i++) {
                    long payload = 0x7ff0_0000_0000_0000L | (i + 1) | (i % 2 == 0 ? Long.MIN_VALUE : 0);
                    line[i] = allNaN || i % 3 == 0 ? Double.longBitsToDouble(payload) : RS.nextGaussian();
                }
                double[] sorted = new double[n];
                new LineSort().sort(line, 0, n, sorted, 0);
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(sorted[i])) {
                        assertEquals(0x7ff8_0000_0000_0000L, Double.doubleToRawLongBits(sorted[i]), "n = " + n + ", at " + i);
                    }
                }
            }
        }
    }

    @Test
    void everyKindOfLine_argsortsStably_inDoublesAndInLongs() { everyKind(LineSortTest::argsortsStably); }
}

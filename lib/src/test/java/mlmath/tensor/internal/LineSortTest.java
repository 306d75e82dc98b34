package mlmath.tensor.internal;

import mlmath.random.RandomState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * LineSort on every kind of line its paths meet — bucketed, too uneven for buckets, with NaN, infinities, ±0.0, ties,
 * tiny and huge ranges, short and long — gives Arrays.sort's result bit for bit (Double.compare's order, numpy's values).
 */
class LineSortTest {
    private static final RandomState RS = new RandomState(5);

    private static void sortsLikeArraysSort(String kind, IntToDoubleFunction value) {
        for (int n : new int[] {0, 1, 2, 127, 128, 129, 1000, 4099}) {
            double[] line = new double[n + 3];  // sorted at offset 2, so the bounds are checked too
            for (int i = 0; i < line.length; i++) line[i] = value.applyAsDouble(i);
            double[] want = line.clone();
            Arrays.sort(want, 2, 2 + n);
            new LineSort(n).sort(line, 2, n);
            long[] gotBits = Arrays.stream(line).mapToLong(Double::doubleToLongBits).toArray();
            long[] wantBits = Arrays.stream(want).mapToLong(Double::doubleToLongBits).toArray();
            assertArrayEquals(wantBits, gotBits, kind + ", n = " + n);
        }
    }

    @Test
    void everyKindOfLine_sortsAsArraysSortDoes() {
        sortsLikeArraysSort("normal", i -> RS.nextGaussian());
        sortsLikeArraysSort("uniform", i -> RS.nextDouble());
        sortsLikeArraysSort("few distinct integers", i -> RS.nextLong(-3, 4));
        sortsLikeArraysSort("heavy-tailed", i -> Math.exp(5 * RS.nextGaussian()));
        sortsLikeArraysSort("one outlier", i -> i == 40 ? 1e300 : RS.nextGaussian());
        sortsLikeArraysSort("signed zeros", i -> RS.nextDouble() < 0.5 ? -0.0 : 0.0);
        sortsLikeArraysSort("zeros and numbers", i -> RS.nextDouble() < 0.3 ? -0.0 : RS.nextDouble() < 0.5 ? 0.0 : RS.nextGaussian());
        sortsLikeArraysSort("NaN among numbers", i -> i % 37 == 3 ? Double.NaN : RS.nextGaussian());
        sortsLikeArraysSort("infinities", i -> i % 41 == 3 ? Double.POSITIVE_INFINITY : i % 43 == 4 ? Double.NEGATIVE_INFINITY : RS.nextGaussian());
        sortsLikeArraysSort("subnormal range", i -> Double.MIN_VALUE * RS.nextLong(-50, 50));
        sortsLikeArraysSort("widest range", i -> (RS.nextDouble() - 0.5) * Double.MAX_VALUE * 2);
        sortsLikeArraysSort("all equal", i -> 2.5);
        sortsLikeArraysSort("descending", i -> -i);
        sortsLikeArraysSort("ascending", i -> i * 0.5);
    }
}

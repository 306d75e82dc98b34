package mlmath.random;

/**
 * The samplers numpy's {@code RandomState} and {@code Generator} share over any bit source: {@code random_interval}
 * (masked rejection), the cdf and right-sided search behind weighted choices, and weighted draws without replacement.
 */
public final class Sampling {
    private Sampling() {}

    /** numpy's {@code kahan_sum} of the first {@code n} values, the sum its probability checks compare with 1. */
    public static double kahanSum(double[] p, int n) {
        if (n <= 0) return 0;
        double sum = p[0], c = 0;
        for (int i = 1; i < n; i++) {
            double y = p[i] - c, t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** numpy's {@code random_interval(max)}: a value in [0, max] by masked rejection, 32-bit draws when max fits. */
    static long interval(BitSource bits, long max) {
        if (max == 0) return 0;
        long mask = -1L >>> Long.numberOfLeadingZeros(max);
        long v;
        if (Long.compareUnsigned(max, 0xFFFFFFFFL) <= 0) {
            do v = Integer.toUnsignedLong(bits.nextInt32()) & mask; while (v > max);
        } else {
            do v = bits.nextInt64() & mask; while (Long.compareUnsigned(v, max) > 0);
        }
        return v;
    }

    /** Swaps items i and j of whatever a shuffle reorders in place (elements, or rows of an array). */
    public interface Swap { void swap(int i, int j); }

    /** numpy's {@code _shuffle_raw} over n items: for i from n-1 down to 1, swap i with {@link #interval}{@code (i)}. */
    static void shuffle(BitSource bits, int n, Swap swap) {
        for (int i = n - 1; i > 0; i--) swap.swap(i, (int) interval(bits, i));
    }

    /** {@code 0, 1, …, n-1} shuffled by {@link #shuffle}; empty for n ≤ 0. */
    static int[] permutation(BitSource bits, int n) {
        int[] order = new int[Math.max(n, 0)];
        for (int i = 0; i < order.length; i++) order[i] = i;
        shuffle(bits, order.length, (i, j) -> {
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        });
        return order;
    }

    /** Running sums divided by the last one ({@code cdf = p.cumsum(); cdf /= cdf[-1]}). */
    static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double run = 0;
        for (int i = 0; i < p.length; i++) cdf[i] = run += p[i];
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) cdf[i] /= last;
        return cdf;
    }

    /** The first index whose cdf value exceeds {@code u} ({@code searchsorted(u, side='right')}). */
    static long searchRight(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** {@code size} draws with replacement from the weights {@code p}: one double each, searched in the cdf. */
    static long[] weighted(BitSource bits, double[] p, int size) {
        double[] cdf = cdf(p);
        long[] out = new long[size];
        for (int i = 0; i < size; i++) out[i] = searchRight(cdf, bits.nextDouble());
        return out;
    }

    /**
     * numpy's weighted choice without replacement: rounds of doubles, each searched in the cdf of the weights not yet
     * picked, keeping each round's new indices once in the order they were first drawn. {@code p} must have at least
     * {@code size} positive entries.
     */
    static long[] weightedDistinct(BitSource bits, double[] p, int size) {
        long[] out = new long[size];
        double[] weights = p.clone();
        java.util.BitSet picked = new java.util.BitSet(p.length);
        int found = 0;
        while (found < size) {
            double[] x = new double[size - found];
            for (int i = 0; i < x.length; i++) x[i] = bits.nextDouble();
            for (int i = 0; i < found; i++) weights[(int) out[i]] = 0;
            double[] cdf = cdf(weights);
            for (double u : x) {
                int pick = (int) searchRight(cdf, u);
                if (!picked.get(pick)) {
                    picked.set(pick);
                    out[found++] = pick;
                }
            }
        }
        return out;
    }
}

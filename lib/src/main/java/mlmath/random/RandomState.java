package mlmath.random;

import mlmath.tensor.ShapeException;

/**
 * numpy's legacy {@code RandomState} stream: MT19937 seeded like {@code np.random.seed}, 53-bit doubles,
 * the polar Gaussian with one cached value, masked-rejection integers and the Fisher–Yates shuffle numpy's
 * {@code shuffle}/{@code permutation} use — so seeded runs print numpy's digits.
 */
public final class RandomState {
    private static final int N = 624, M = 397;
    private final int[] mt = new int[N];
    private int index;
    private boolean hasGauss;
    private double gauss;

    /** A stream seeded with {@code seed}, like {@code np.random.RandomState(seed)}. */
    public RandomState(long seed) { seed(seed); }

    /** Re-seeds the stream; numpy accepts seeds in {@code [0, 2**32 - 1]}. */
    public void seed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) throw new ShapeException("Seed must be between 0 and 2**32 - 1");
        // MT19937's init_genrand, as numpy's legacy seeding does (unsigned 32-bit arithmetic throughout).
        long s = seed;
        mt[0] = (int) s;
        for (int i = 1; i < N; i++) {
            s = (1812433253L * (s ^ (s >>> 30)) + i) & 0xFFFFFFFFL;
            mt[i] = (int) s;
        }
        index = N;
        hasGauss = false;
    }

    /** The next tempered 32-bit MT19937 output. */
    private int nextInt32() {
        if (index >= N) {
            for (int k = 0; k < N; k++) {
                int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** 64 bits from two draws, the first in the high half (numpy's {@code mt19937_next64}). */
    private long nextInt64() {
        long hi = Integer.toUnsignedLong(nextInt32());
        return hi << 32 | Integer.toUnsignedLong(nextInt32());
    }

    /** A uniform double in [0, 1) from two 32-bit draws (numpy's {@code random_sample}). */
    public double nextDouble() {
        long a = Integer.toUnsignedLong(nextInt32()) >>> 5, b = Integer.toUnsignedLong(nextInt32()) >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A standard normal from the Marsaglia polar method, caching the second value (numpy's {@code legacy_gauss}). */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        // The C library's log, as numpy's: Java's logs round differently on a few inputs in ten thousand.
        double f = Math.sqrt(-2.0 * CMath.logOf(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * An integer in {@code [low, high)} over the whole int64 range, numpy's legacy {@code randint}: 32-bit draws
     * masked to the range's bit width when the range fits 32 bits, 64-bit draws otherwise, rejected until in range.
     * Every draw is accepted with probability above 1/2, so even {@code [Long.MIN_VALUE, Long.MAX_VALUE)} returns at once.
     */
    public long nextLong(long low, long high) {
        if (low >= high) throw new ShapeException("low >= high");
        return low + bounded(high - 1 - low);
    }

    /**
     * A value in {@code [0, rng]}, {@code rng} read as unsigned: numpy's masked {@code random_bounded_uint64} behind
     * {@code randint}, which {@code random_interval} behind {@code shuffle} draws alike for every {@code rng}.
     */
    private long bounded(long rng) {
        if (rng == 0) return 0;
        long mask = maskFor(rng);
        long v;
        if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
            do v = Integer.toUnsignedLong(nextInt32()) & mask; while (v > rng);
        } else {
            do v = nextInt64() & mask; while (Long.compareUnsigned(v, rng) > 0);
        }
        return v;
    }

    /** The smallest all-ones mask covering {@code rng}. */
    private static long maskFor(long rng) { return rng == 0 ? 0 : -1L >>> Long.numberOfLeadingZeros(rng); }

    /** Shuffles {@code order} in place with numpy's loop: for i from n-1 down to 1, swap i with a draw in [0, i] ({@code random_interval}). */
    public void shuffle(int[] order) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = (int) bounded(i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /** {@code 0, 1, …, n-1} shuffled (numpy's {@code permutation(n)}); empty for {@code n ≤ 0} as {@code arange(n)} is. */
    public int[] permutation(int n) {
        int[] order = new int[Math.max(n, 0)];
        for (int i = 0; i < order.length; i++) order[i] = i;
        shuffle(order);
        return order;
    }

    /**
     * The indices numpy's legacy {@code choice(popSize, size, replace, p)} picks, in its exact stream order: uniform
     * with replacement by {@code randint}, weighted with replacement by the cdf and a right-sided search, without
     * replacement by a {@code permutation} prefix, weighted without replacement by repeated cdf draws keeping new
     * indices in first-seen order. {@code p} is null or already checked by {@link #checkProbabilities}.
     */
    public long[] choice(long popSize, int size, boolean replace, double[] p) {
        long[] out = new long[size];
        if (replace) {
            if (p == null) {
                for (int i = 0; i < size; i++) out[i] = nextLong(0, popSize);
            } else {
                double[] cdf = cdf(p);
                for (int i = 0; i < size; i++) out[i] = searchRight(cdf, nextDouble());
            }
            return out;
        }
        if (size > popSize) throw new ShapeException("Cannot take a larger sample than population when 'replace=False'");
        if (p == null) {
            int[] order = permutation((int) popSize);
            for (int i = 0; i < size; i++) out[i] = order[i];
            return out;
        }
        long nonZero = java.util.Arrays.stream(p).filter(v -> v > 0).count();
        if (nonZero < size) throw new ShapeException("Fewer non-zero entries in p than size");
        double[] weights = p.clone();
        java.util.BitSet picked = new java.util.BitSet(p.length);
        int found = 0;
        while (found < size) {
            double[] x = new double[size - found];
            for (int i = 0; i < x.length; i++) x[i] = nextDouble();
            for (int i = 0; i < found; i++) weights[(int) out[i]] = 0;
            double[] cdf = cdf(weights);
            // numpy keeps each round's new indices once, in the order they were first drawn (unique + sort).
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

    /**
     * numpy's checks on {@code p} for {@code choice}: NaN sum, negative entries, and a Kahan sum farther than
     * √eps from 1, in that order and with numpy's words.
     */
    public static void checkProbabilities(double[] p) {
        double sum = p.length == 0 ? 0 : p[0], c = 0;
        for (int i = 1; i < p.length; i++) {
            double y = p[i] - c, t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        if (Double.isNaN(sum)) throw new ShapeException("probabilities contain NaN");
        for (double v : p) if (v < 0) throw new ShapeException("probabilities are not non-negative");
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) throw new ShapeException("probabilities do not sum to 1");
    }

    /** Running sums divided by the last one ({@code cdf = p.cumsum(); cdf /= cdf[-1]}). */
    private static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double run = 0;
        for (int i = 0; i < p.length; i++) cdf[i] = run += p[i];
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) cdf[i] /= last;
        return cdf;
    }

    /** The first index whose cdf value exceeds {@code u} ({@code searchsorted(u, side='right')}). */
    private static long searchRight(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

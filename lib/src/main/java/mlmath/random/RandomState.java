package mlmath.random;

import mlmath.tensor.ShapeException;

/**
 * numpy's legacy {@code RandomState} stream: MT19937 seeded like {@code np.random.seed}, 53-bit doubles,
 * the polar Gaussian with one cached value, masked-rejection integers and the Fisher–Yates shuffle numpy's
 * {@code shuffle}/{@code permutation} use — so seeded runs print numpy's digits.
 */
public final class RandomState implements BitSource {
    private static final int N = 624, M = 397;
    private final int[] mt = new int[N], tempered = new int[N];
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
    @Override public int nextInt32() {
        if (index >= N) nextBlock();
        return tempered[index++];
    }

    /**
     * The twist in three runs, as MT19937's reference code has it, so no index needs a modulo; then the whole block
     * is tempered in one loop, which the JIT vectorises, rather than one output at a time.
     */
    private void nextBlock() {
        for (int k = 0; k < N - M; k++) mt[k] = twist(mt[k], mt[k + 1], mt[k + M]);
        for (int k = N - M; k < N - 1; k++) mt[k] = twist(mt[k], mt[k + 1], mt[k + M - N]);
        mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
        for (int k = 0; k < N; k++) {
            int y = mt[k];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            tempered[k] = y ^ (y >>> 18);
        }
        index = 0;
    }

    private static int twist(int self, int next, int far) {
        int y = (self & 0x80000000) | (next & 0x7fffffff);
        return far ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
    }

    /** 64 bits from two draws, the first in the high half (numpy's {@code mt19937_next64}). */
    @Override public long nextInt64() {
        long hi = Integer.toUnsignedLong(nextInt32());
        return hi << 32 | Integer.toUnsignedLong(nextInt32());
    }

    /** A uniform double in [0, 1) from two 32-bit draws (numpy's {@code random_sample}). */
    @Override public double nextDouble() {
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
        return low + Sampling.interval(this, high - 1 - low);
    }

    /** Shuffles n items in place with numpy's loop: for i from n-1 down to 1, {@code swap} i with a draw in [0, i] ({@code random_interval}). */
    public void shuffle(int n, Sampling.Swap swap) { Sampling.shuffle(this, n, swap); }

    /** {@code 0, 1, …, n-1} shuffled (numpy's {@code permutation(n)}); empty for {@code n ≤ 0} as {@code arange(n)} is. */
    public int[] permutation(int n) { return Sampling.permutation(this, n); }

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
                return Sampling.weighted(this, p, size);
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
        return Sampling.weightedDistinct(this, p, size);
    }

    /**
     * numpy's checks on {@code p} for {@code choice}: NaN sum, negative entries, and a Kahan sum farther than
     * √eps from 1, in that order and with numpy's words.
     */
    public static void checkProbabilities(double[] p) {
        double sum = Sampling.kahanSum(p, p.length);
        if (Double.isNaN(sum)) throw new ShapeException("probabilities contain NaN");
        for (double v : p) if (v < 0) throw new ShapeException("probabilities are not non-negative");
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) throw new ShapeException("probabilities do not sum to 1");
    }
}

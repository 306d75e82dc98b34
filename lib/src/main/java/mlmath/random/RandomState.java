package mlmath.random;

/**
 * numpy's legacy {@code RandomState} stream: MT19937 seeded like {@code np.random.seed}, 53-bit doubles,
 * the polar Gaussian with one cached value, and masked-rejection integers — so seeded runs print numpy's digits.
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
        if (seed < 0 || seed > 0xFFFFFFFFL) throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
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
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** An integer in {@code [low, high)}: 32-bit draws masked to the range's bit width, rejected until in range. */
    public long nextInt(long low, long high) {
        if (low >= high) throw new IllegalArgumentException("low >= high (low " + low + ", high " + high + ")");
        long rng = high - 1 - low;
        if (rng == 0) return low;
        if (rng > 0xFFFFFFFFL) throw new IllegalArgumentException("randint ranges wider than 2**32 are not supported here");
        long mask = rng;
        mask |= mask >>> 1; mask |= mask >>> 2; mask |= mask >>> 4; mask |= mask >>> 8; mask |= mask >>> 16;
        long v;
        do {
            v = Integer.toUnsignedLong(nextInt32()) & mask;
        } while (v > rng);
        return low + v;
    }
}

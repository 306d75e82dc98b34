package mlmath.random;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * numpy's legacy {@code RandomState} stream: MT19937 seeded like {@code np.random.seed}, 53-bit doubles,
 * the polar Gaussian with one cached value, and masked-rejection integers — so seeded runs print numpy's digits.
 */
public final class RandomState {
    private MersenneTwister mt;
    private boolean hasGauss;
    private double gauss;

    /** A stream seeded with {@code seed}, like {@code np.random.RandomState(seed)}. */
    public RandomState(long seed) { seed(seed); }

    /** Re-seeds the stream; numpy accepts seeds in {@code [0, 2**32 - 1]}. */
    public void seed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
        // commons-math3's int seeding is MT19937's init_genrand, the same as numpy's legacy seeding.
        mt = new MersenneTwister((int) seed);
        hasGauss = false;
    }

    /** A uniform double in [0, 1) from two 32-bit draws (numpy's {@code random_sample}). */
    public double nextDouble() {
        long a = Integer.toUnsignedLong(mt.nextInt()) >>> 5, b = Integer.toUnsignedLong(mt.nextInt()) >>> 6;
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
            v = Integer.toUnsignedLong(mt.nextInt()) & mask;
        } while (v > rng);
        return low + v;
    }
}

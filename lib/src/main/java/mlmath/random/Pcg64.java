package mlmath.random;

import mlmath.tensor.ShapeException;

/**
 * numpy's {@code PCG64} bit generator (O'Neill's PCG XSL-RR 128/64: a 128-bit LCG whose output folds and rotates
 * the new state) seeded through numpy's {@code SeedSequence}, with the bounded integers, doubles and interval draws
 * numpy's {@code Generator} builds on. The same seed gives numpy's stream, word for word.
 */
public final class Pcg64 implements BitSource {
    private static final long MULT_HI = 2549297995355413924L, MULT_LO = 4865540595714422341L;
    private long stateHi, stateLo, incHi, incLo;
    private boolean hasUint32;
    private int uinteger;

    /** A generator seeded like {@code np.random.PCG64(seed)} with a non-negative integer seed. */
    public Pcg64(long seed) {
        if (seed < 0) throw new ShapeException("expected non-negative integer");
        int[] entropy = seed >>> 32 == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
        init(entropy);
    }

    /** A generator seeded from 128 bits of fresh entropy, as {@code np.random.default_rng()} is. */
    public static Pcg64 fromEntropy() {
        byte[] b = new byte[16];
        new java.security.SecureRandom().nextBytes(b);
        int[] words = new int[4];
        for (int i = 0; i < 16; i++) words[i / 4] |= (b[i] & 0xFF) << (8 * (i % 4));
        return new Pcg64(words);
    }

    private Pcg64(int[] entropy) { init(entropy); }

    private void init(int[] entropy) {
        long[] s = SeedSequence.generateState64(entropy, 4);
        // pcg64_set_seed: state = (s0, s1), increment = ((s2, s3) << 1) | 1; step, add the state, step.
        incHi = (s[2] << 1) | (s[3] >>> 63);
        incLo = (s[3] << 1) | 1;
        stateHi = 0;
        stateLo = 0;
        step();
        long lo = stateLo + s[1];
        stateHi = stateHi + s[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        step();
    }

    /** state = state · MULT + inc (mod 2^128). */
    private void step() {
        long lo = stateLo * MULT_LO;
        long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateHi * MULT_LO + stateLo * MULT_HI;
        long sumLo = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0);
        stateLo = sumLo;
    }

    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** The next 64-bit output. */
    @Override public long nextInt64() {
        step();
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
    }

    /** The next 32-bit output: the low half of a 64-bit word, its high half kept for the next call (numpy's buffer). */
    @Override public int nextInt32() {
        if (hasUint32) {
            hasUint32 = false;
            return uinteger;
        }
        long next = nextInt64();
        hasUint32 = true;
        uinteger = (int) (next >>> 32);
        return (int) next;
    }

    /** A double in [0, 1) from the top 53 bits of one 64-bit output. */
    @Override public double nextDouble() { return (nextInt64() >>> 11) * (1.0 / 9007199254740992.0); }

    /** numpy's {@code Generator.standard_normal()} draw: the ziggurat, in step with numpy's stream ({@link Ziggurat}). */
    public double nextStandardNormal() { return Ziggurat.standardNormal(this); }

    /** numpy's {@code Generator.standard_exponential()} draw: the exponential ziggurat ({@link Ziggurat}). */
    public double nextStandardExponential() { return Ziggurat.standardExponential(this); }

    private final Discrete discrete = new Discrete(this);
    private final Continuous continuous = new Continuous(this, this::nextStandardNormal, this::nextStandardExponential);

    /** numpy's {@code Generator.standard_gamma} draw: the shared gamma on the ziggurats' normal and exponential. */
    public double standardGamma(double shape) { return continuous.standardGamma(shape); }

    /** numpy's {@code Generator.beta} draw. */
    public double beta(double a, double b) { return continuous.beta(a, b); }

    /** numpy's {@code Generator.poisson} draw: {@code random_poisson}, the sampler the legacy stream uses too. */
    public long poisson(double lam) { return discrete.poisson(lam); }

    /** numpy's {@code Generator.binomial} draw: {@code random_binomial}, no draw at all for n = 0 or p = 0. */
    public long binomial(long n, double p) { return discrete.binomial(n, p); }

    /** numpy's {@code random_bounded_uint64(off=0, rng)}: a value in [0, rng] by Lemire's method (32-bit draws when rng fits). */
    public long bounded(long rng) {
        if (rng == 0) return 0;
        if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
            if (rng == 0xFFFFFFFFL) return Integer.toUnsignedLong(nextInt32());
            long excl = rng + 1;
            long m = Integer.toUnsignedLong(nextInt32()) * excl;
            long leftover = m & 0xFFFFFFFFL;
            if (leftover < excl) {
                long threshold = (0xFFFFFFFFL - rng) % excl;
                while (leftover < threshold) {
                    m = Integer.toUnsignedLong(nextInt32()) * excl;
                    leftover = m & 0xFFFFFFFFL;
                }
            }
            return m >>> 32;
        }
        if (rng == -1L) return nextInt64();
        long excl = rng + 1;
        long x = nextInt64();
        long leftover = x * excl;
        long hi = unsignedMultiplyHigh(x, excl);
        if (Long.compareUnsigned(leftover, excl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, excl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = nextInt64();
                leftover = x * excl;
                hi = unsignedMultiplyHigh(x, excl);
            }
        }
        return hi;
    }

    /**
     * The indices numpy's {@code Generator.choice(popSize, size, replace, p)} draws, in its stream order: Lemire draws
     * (uniform) or cdf searches (weighted) with replacement; without, Floyd's algorithm then a shuffle, a tail shuffle
     * for large populations, or repeated weighted rounds. {@code p} is null or already checked.
     */
    public long[] choice(long popSize, int size, boolean replace, double[] p) {
        long[] out = new long[size];
        if (replace) {
            if (p == null) {
                for (int i = 0; i < size; i++) out[i] = bounded(popSize - 1);
            } else {
                return Sampling.weighted(this, p, size);
            }
            return out;
        }
        if (size > popSize) throw new ShapeException("Cannot take a larger sample than population when replace is False");
        if (p != null) {
            long nonZero = java.util.Arrays.stream(p).filter(v -> v > 0).count();
            if (nonZero < size) throw new ShapeException("Fewer non-zero entries in p than size");
            return Sampling.weightedDistinct(this, p, size);
        }
        if (popSize > 10000 && size > popSize / 50) {
            // numpy's tail shuffle: shuffle the last `size` places of arange(popSize), keep them.
            long[] all = new long[(int) popSize];
            for (int i = 0; i < all.length; i++) all[i] = i;
            shuffleBounded(all, Math.max(popSize - size, 1));
            System.arraycopy(all, (int) (popSize - size), out, 0, size);
            return out;
        }
        floyd(popSize, size, out);
        shuffleBounded(out, 1);
        return out;
    }

    /** Floyd's sampling with numpy's open-addressing set (a power of two above 1.2·size). */
    private void floyd(long popSize, int size, long[] out) {
        long setSize = (long) (1.2 * size);
        long mask = setSize == 0 ? 0 : -1L >>> Long.numberOfLeadingZeros(setSize);
        long[] set = new long[(int) (mask + 1)];
        java.util.Arrays.fill(set, -1L);
        for (long j = popSize - size; j < popSize; j++) {
            long val = bounded(j);
            int loc = (int) (val & mask);
            while (set[loc] != -1L && set[loc] != val) loc = (int) ((loc + 1) & mask);
            if (set[loc] == -1L) {
                set[loc] = val;
                out[(int) (j - popSize + size)] = val;
            } else {
                loc = (int) (j & mask);
                while (set[loc] != -1L) loc = (int) ((loc + 1) & mask);
                set[loc] = j;
                out[(int) (j - popSize + size)] = j;
            }
        }
    }

    /** numpy's {@code _shuffle_int}: for i from n-1 down to first, swap with a Lemire draw in [0, i]. */
    private void shuffleBounded(long[] data, long first) {
        for (int i = data.length - 1; i >= first; i--) {
            int j = (int) bounded(i);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }

    /** numpy's {@code Generator.permutation(n)}: {@code arange(n)} shuffled, i from n-1 down to 1 swapped with {@code random_interval(i)}. */
    public int[] permutation(int n) { return Sampling.permutation(this, n); }

    /** numpy's {@code Generator.shuffle} loop over n items: for i from n-1 down to 1, {@code swap} i with {@code random_interval(i)}. */
    public void shuffle(int n, Sampling.Swap swap) { Sampling.shuffle(this, n, swap); }

    /** numpy's {@code SeedSequence} with the default pool of four 32-bit words (its hashmix and mix functions). */
    static final class SeedSequence {
        private SeedSequence() {}

        private static final int INIT_A = 0x43b0d7e5, MULT_A = 0x931e8875, INIT_B = 0x8b51f9dd, MULT_B = 0x58f38ded;
        private static final int MIX_MULT_L = 0xca01f9dd, MIX_MULT_R = 0x4973f715, POOL = 4;

        /** {@code SeedSequence(entropy).generate_state(n, np.uint64)}, the entropy as little-endian 32-bit words. */
        static long[] generateState64(int[] entropy, int n) {
            int[] pool = new int[POOL];
            int[] hash = {INIT_A};
            for (int i = 0; i < POOL; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hash);
            for (int src = 0; src < POOL; src++) {
                for (int dst = 0; dst < POOL; dst++) if (src != dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hash));
            }
            for (int src = POOL; src < entropy.length; src++) {
                for (int dst = 0; dst < POOL; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src], hash));
            }
            int[] words = new int[2 * n];
            int hashB = INIT_B;
            for (int i = 0; i < words.length; i++) {
                int v = pool[i % POOL] ^ hashB;
                hashB *= MULT_B;
                v *= hashB;
                v ^= v >>> 16;
                words[i] = v;
            }
            long[] out = new long[n];
            for (int i = 0; i < n; i++) out[i] = Integer.toUnsignedLong(words[2 * i]) | (long) words[2 * i + 1] << 32;
            return out;
        }

        private static int hashmix(int value, int[] hash) {
            value ^= hash[0];
            hash[0] *= MULT_A;
            value *= hash[0];
            return value ^ (value >>> 16);
        }

        private static int mix(int x, int y) {
            int r = MIX_MULT_L * x - MIX_MULT_R * y;
            return r ^ (r >>> 16);
        }
    }
}

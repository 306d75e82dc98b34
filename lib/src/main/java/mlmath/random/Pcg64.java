package mlmath.random;

import mlmath.tensor.ShapeException;

/**
 * numpy's {@code PCG64} bit generator (O'Neill's PCG XSL-RR 128/64: a 128-bit LCG whose output folds and rotates
 * the new state) seeded through numpy's {@code SeedSequence}, with the bounded integers, doubles and interval draws
 * numpy's {@code Generator} builds on. The same seed gives numpy's stream, word for word.
 */
public final class Pcg64 {
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
    public long nextLong() {
        step();
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
    }

    /** The next 32-bit output: the low half of a 64-bit word, its high half kept for the next call (numpy's buffer). */
    public int nextInt() {
        if (hasUint32) {
            hasUint32 = false;
            return uinteger;
        }
        long next = nextLong();
        hasUint32 = true;
        uinteger = (int) (next >>> 32);
        return (int) next;
    }

    /** A double in [0, 1) from the top 53 bits of one 64-bit output. */
    public double nextDouble() { return (nextLong() >>> 11) * (1.0 / 9007199254740992.0); }

    /** numpy's {@code random_bounded_uint64(off=0, rng)}: a value in [0, rng] by Lemire's method (32-bit draws when rng fits). */
    public long bounded(long rng) {
        if (rng == 0) return 0;
        if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
            if (rng == 0xFFFFFFFFL) return Integer.toUnsignedLong(nextInt());
            long excl = rng + 1;
            long m = Integer.toUnsignedLong(nextInt()) * excl;
            long leftover = m & 0xFFFFFFFFL;
            if (leftover < excl) {
                long threshold = (0xFFFFFFFFL - rng) % excl;
                while (leftover < threshold) {
                    m = Integer.toUnsignedLong(nextInt()) * excl;
                    leftover = m & 0xFFFFFFFFL;
                }
            }
            return m >>> 32;
        }
        if (rng == -1L) return nextLong();
        long excl = rng + 1;
        long x = nextLong();
        long leftover = x * excl;
        long hi = unsignedMultiplyHigh(x, excl);
        if (Long.compareUnsigned(leftover, excl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, excl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = nextLong();
                leftover = x * excl;
                hi = unsignedMultiplyHigh(x, excl);
            }
        }
        return hi;
    }

    /** numpy's {@code random_interval(max)}: masked rejection in [0, max], 32-bit draws when max fits (shuffles use it). */
    public long interval(long max) {
        if (max == 0) return 0;
        long mask = -1L >>> Long.numberOfLeadingZeros(max);
        long v;
        if (Long.compareUnsigned(max, 0xFFFFFFFFL) <= 0) {
            do v = Integer.toUnsignedLong(nextInt()) & mask; while (v > max);
        } else {
            do v = nextLong() & mask; while (Long.compareUnsigned(v, max) > 0);
        }
        return v;
    }

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

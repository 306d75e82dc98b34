package mlmath.tensor.internal;

import java.util.Arrays;

/**
 * Sorts lines of doubles into another array, in Double.compare's order: -0.0 before 0.0 (numpy leaves them unordered) and NaN
 * last, like numpy. Lines of finite values are dealt into buckets by value — three times as many buckets as values,
 * so most hold one (fewer collisions spare the insertion pass more than the longer count costs it), twice as many on
 * lines whose counts outgrow the cache (there a count's cache miss costs more than a collision) — and an insertion
 * pass orders what shares a bucket; lines too uneven for that (the pass would move more than a few values per value)
 * and lines with NaN or infinities go to a radix sort. argsort writes the stable order by the same radix passes,
 * carrying each value's index. The scratch is made once per sort, each piece when a line first needs it: the buckets'
 * counts for the bucket sort (which deals a long line straight into the result), the keys for the radix passes and argsort.
 */
final class LineSort {
    /** Shorter lines go to Arrays.sort: clearing and summing the counts would cost more than sorting them. */
    private static final int FROM = 128;
    private static final int BUCKETS_PER_VALUE = 3, BUCKETS_PER_VALUE_LONG = 2, LONG_LINE = 1 << 15, MOVES_PER_VALUE = 4;

    private final int len;
    private final int[] radixCounts = new int[8 * 256];
    private long[] keys, spare;
    private double[] dealt;
    private int[] buckets, bucketOf, order, spareOrder;

    LineSort(int len) { this.len = len; }

    /** Writes the line {@code in[inOff..inOff+n)} sorted to {@code out} from {@code outOff} (another array). */
    void sort(double[] in, int inOff, int n, double[] out, int outOff) {
        if (n < FROM) {
            System.arraycopy(in, inOff, out, outOff, n);
            Arrays.sort(out, outOff, outOff + n);
        } else if (!bucketSort(in, inOff, n, out, outOff)) {
            radixSort(in, inOff, n, out, outOff);
        }
    }

    private void makeKeys() {
        if (keys != null) return;
        keys = new long[len];
        spare = new long[len];
    }

    /**
     * Writes the indices that sort a line, stably ({@code kind="stable"} in numpy): equal values, -0.0 and 0.0 among
     * them, keep their order, and NaN goes last. Short lines by insertion, others by the radix passes carrying indices.
     */
    void argsort(double[] a, int off, int n, double[] out, int outOff) {
        makeKeys();
        for (int i = 0; i < n; i++) keys[i] = key(a[off + i] + 0.0) ^ Long.MIN_VALUE;  // + 0.0 turns -0.0 into 0.0
        int[] sorted = argsortKeys(n);
        for (int i = 0; i < n; i++) out[outOff + i] = sorted[i];
    }

    /** {@link #argsort(double[], int, int, double[], int)} for int64 values, compared exactly. */
    void argsort(long[] a, int off, int n, long[] out, int outOff) {
        makeKeys();
        for (int i = 0; i < n; i++) keys[i] = a[off + i] ^ Long.MIN_VALUE;
        int[] sorted = argsortKeys(n);
        for (int i = 0; i < n; i++) out[outOff + i] = sorted[i];
    }

    /** The order that sorts {@code keys[0..n)} as unsigned longs, stably. */
    private int[] argsortKeys(int n) {
        if (order == null) {
            order = new int[keys.length];
            spareOrder = new int[keys.length];
        }
        for (int i = 0; i < n; i++) order[i] = i;
        return n < FROM ? insertionArgsort(n) : radixArgsort(n);
    }

    private int[] insertionArgsort(int n) {
        for (int i = 1; i < n; i++) {
            long k = keys[i];
            int at = order[i], j = i - 1;
            for (; j >= 0 && Long.compareUnsigned(keys[j], k) > 0; j--) {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
            }
            keys[j + 1] = k;
            order[j + 1] = at;
        }
        return order;
    }

    private int[] radixArgsort(int n) {
        int[] counts = radixCounts;
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) for (int d = 0; d < 8; d++) counts[(d << 8) | (int) (keys[i] >>> (8 * d) & 0xFF)]++;
        long[] src = keys, dst = spare;
        int[] at = order, atDst = spareOrder;
        for (int d = 0; d < 8; d++) {
            int base = d << 8, shift = 8 * d;
            if (counts[base | (int) (src[0] >>> shift & 0xFF)] == n) continue;  // every key has this byte
            prefixSums(counts, base);
            for (int i = 0; i < n; i++) {
                int to = counts[base | (int) (src[i] >>> shift & 0xFF)]++;
                dst[to] = src[i];
                atDst[to] = at[i];
            }
            long[] swap = src;
            src = dst;
            dst = swap;
            int[] swapAt = at;
            at = atDst;
            atDst = swapAt;
        }
        return at;
    }

    /** Turns the 256 counts of one byte position into the index where each byte's first key goes. */
    private static void prefixSums(int[] counts, int base) {
        for (int j = 0, sum = 0; j < 256; j++) {
            int c = counts[base + j];
            counts[base + j] = sum;
            sum += c;
        }
    }

    /** A double's bits as a long in the same order, compared signed. */
    static long key(double v) { return ordered(Double.doubleToLongBits(v)); }  // NaN made canonical, so it sorts last

    /** The key of every NaN, the greatest. */
    static final long NAN_KEY = key(Double.NaN);

    /** Bits to the key of the same order: negatives have all but the sign bit flipped (its own inverse). */
    private static long ordered(long bits) { return bits ^ ((bits >> 63) & Long.MAX_VALUE); }

    /** The inverse of {@link #key}. */
    private static double value(long key) { return Double.longBitsToDouble(ordered(key)); }

    /**
     * Which of {@code count} buckets a value goes to, in the order of the keys from the least to the greatest: by
     * value where the values between span a finite range (a smooth distribution fills the buckets evenly), else by
     * the key's leading bits (NaN and infinities among the values).
     */
    static final class Buckets {
        final int count;
        private final long minKey;
        private final int shift;
        private final double minValue, scale;

        /** Buckets for keys from minKey to maxKey (not equal), at most 2^bits of them. */
        Buckets(long minKey, long maxKey, int bits) {
            this.minKey = minKey;
            double low = value(minKey), range = value(maxKey) - low, perValue = ((1 << bits) - 1) / range;
            if (range > 0 && range < Double.POSITIVE_INFINITY && perValue < Double.POSITIVE_INFINITY) {
                minValue = low;
                scale = perValue;  // (v - low)·scale rises with v, so the buckets keep the order
                shift = -1;
                count = (int) (range * scale) + 1;
            } else {
                long keyRange = maxKey - minKey;  // unsigned: the keys may span more than half the longs
                minValue = scale = 0;
                shift = Math.max(0, 64 - Long.numberOfLeadingZeros(keyRange) - bits);
                count = (int) (keyRange >>> shift) + 1;
            }
        }

        int of(double v) { return shift < 0 ? (int) ((v - minValue) * scale) : (int) ((key(v) - minKey) >>> shift); }
    }

    /**
     * Sorts a line of finite values into {@code out} by bucketing and insertion; false for any other line, which the
     * radix sort then writes over.
     */
    private boolean bucketSort(double[] in, int off, int n, double[] out, int outOff) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + n; i++) {
            double v = in[i];
            if (v != v) return false;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        int m = buckets(n);
        double range = max - min, scale = (m - 1) / range;  // (v - min)·scale rises with v, so buckets keep the order
        if (!(range > 0 && range < Double.POSITIVE_INFINITY && scale < Double.POSITIVE_INFINITY)) return false;
        if (buckets == null) {
            // Sized for the most any line up to len takes: a line at LONG_LINE takes more than a slightly longer one.
            buckets = new int[Math.max(buckets(len), buckets(Math.min(len, LONG_LINE)))];
            bucketOf = new int[len];
        }
        Arrays.fill(buckets, 0, m, 0);
        for (int i = 0; i < n; i++) {
            int b = (int) ((in[off + i] - min) * scale);
            buckets[b]++;
            bucketOf[i] = b;
        }
        // A line that fits the cache is dealt into a scratch line, then copied out in order: dealt straight into fresh
        // result memory, every value would miss the cache. A long line misses it either way and goes straight there.
        double[] to = out;
        int at = outOff;
        if (n <= LONG_LINE) {
            if (dealt == null) dealt = new double[len];
            to = dealt;
            at = 0;
        }
        for (int b = 0, start = at; b < m; b++) {
            int count = buckets[b];
            buckets[b] = start;
            start += count;
        }
        for (int i = 0; i < n; i++) to[buckets[bucketOf[i]]++] = in[off + i];
        // Insertion in Double.compare's order (-0.0 before 0.0); last is the largest value placed so far.
        long movesLeft = (long) MOVES_PER_VALUE * n;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = at; i < at + n; i++) {
            double v = to[i];
            if (last < v || !after(last, v)) {  // the first test settles most values, ordered by their buckets
                last = v;
                continue;
            }
            int j = i - 1;
            do {
                to[j + 1] = to[j];
                j--;
            } while (j >= at && after(to[j], v));
            to[j + 1] = v;
            movesLeft -= i - 1 - j;
            if (movesLeft < 0) return false;
        }
        if (to != out) System.arraycopy(to, 0, out, outOff, n);
        return true;
    }

    /** Whether the value a sorts after b, neither NaN: the bits decide only between equal values (0.0 after -0.0). */
    private static boolean after(double a, double b) {
        return a > b || a == b && Double.doubleToRawLongBits(a) > Double.doubleToRawLongBits(b);
    }

    /** How many buckets a line of n values is dealt into. */
    private static int buckets(int n) { return (n > LONG_LINE ? BUCKETS_PER_VALUE_LONG : BUCKETS_PER_VALUE) * n; }

    /**
     * Least-significant-digit radix sort, a byte a pass, on the keys offset to compare unsigned.
     */
    private void radixSort(double[] in, int off, int n, double[] out, int outOff) {
        makeKeys();
        int[] counts = radixCounts;
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            long key = key(in[off + i]) ^ Long.MIN_VALUE;
            keys[i] = key;
            for (int d = 0; d < 8; d++) counts[(d << 8) | (int) (key >>> (8 * d) & 0xFF)]++;
        }
        long[] src = keys, dst = spare;
        for (int d = 0; d < 8; d++) {
            int base = d << 8, shift = 8 * d;
            if (counts[base | (int) (src[0] >>> shift & 0xFF)] == n) continue;  // every key has this byte
            prefixSums(counts, base);
            for (int i = 0; i < n; i++) dst[counts[base | (int) (src[i] >>> shift & 0xFF)]++] = src[i];
            long[] swap = src;
            src = dst;
            dst = swap;
        }
        for (int i = 0; i < n; i++) out[outOff + i] = value(src[i] ^ Long.MIN_VALUE);
    }
}

package mlmath.tensor.internal;

import java.util.Arrays;

/**
 * Sorts lines of doubles into another array, in Double.compare's order: -0.0 before 0.0 (numpy leaves them unordered) and NaN
 * last, like numpy. Lines of finite values are dealt into buckets by value — three times as many buckets as values,
 * so most hold one (fewer collisions spare the insertion pass more than the longer count costs it) — and an insertion
 * pass orders what shares a bucket; lines too uneven for that (the pass would move more than a few values per value)
 * and lines with NaN or infinities go to a radix sort. A line longer than the cache holds is first dealt straight
 * into the result by its keys' leading bits (2^16 buckets), and each bucket is then sorted where it lies as a short
 * line is: the scratch is sized by the largest bucket, not the line, so such a sort allocates little beyond its
 * result. The scratch is kept for the lines that follow, each piece made when a line first needs it, as long as the
 * longest line (or bucket) that needs it. {@link LineArgsort} orders indices by the same keys and buckets.
 */
final class LineSort {
    /** Shorter lines go to Arrays.sort: clearing and summing the counts would cost more than sorting them. */
    static final int FROM = 128;
    static final int MOVES_PER_VALUE = 4;
    private static final int BUCKETS_PER_VALUE = 3;
    /** Longer lines are dealt by their keys' leading bits first, into at most 2^LEADING_BITS buckets. */
    static final int LONG_LINE = 1 << 15, LEADING_BITS = 16;

    private final int[] radixCounts = new int[8 * 256];
    private long[] keys, spare;
    private double[] dealt;
    private int[] buckets, bucketOf, leading;

    /** Writes the line {@code in[inOff..inOff+n)} sorted to {@code out} from {@code outOff} (another array). */
    void sort(double[] in, int inOff, int n, double[] out, int outOff) {
        if (n < FROM) {
            System.arraycopy(in, inOff, out, outOff, n);
            Arrays.sort(out, outOff, outOff + n);
        } else if (n > LONG_LINE) {
            sortLong(in, inOff, n, out, outOff);
        } else if (!bucketSort(in, inOff, n, out, outOff)) {
            radixSort(in, inOff, n, out, outOff);
        }
    }

    /**
     * Deals a long line into the result by its keys' leading bits (a radix pass that adapts to the keys' spread), then
     * sorts each bucket where it lies; a bucket still too long for the cache is copied out and sorted back the same way.
     */
    private void sortLong(double[] in, int inOff, int n, double[] out, int outOff) {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = inOff; i < inOff + n; i++) {
            long k = key(in[i]);
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        // Values are written back from their keys, so NaNs of any payload come out canonical, as numpy's sort and the
        // radix sort write them.
        if (min == max) {  // one key: the same value throughout (NaNs of any payload)
            Arrays.fill(out, outOff, outOff + n, value(min));
            return;
        }
        Buckets by = new Buckets(min, max, LEADING_BITS, false);
        int m = by.count;
        int[] next = leading = cleared(leading, m);
        for (int i = inOff; i < inOff + n; i++) next[by.ofKey(key(in[i]))]++;
        int largest = largestBucket(next, m, outOff);
        for (int i = inOff; i < inOff + n; i++) {
            long k = key(in[i]);
            out[next[by.ofKey(k)]++] = value(k);
        }
        // Dealt, each bucket's next place is where the next bucket starts. The scratch is made for the largest.
        if (largest <= LONG_LINE) makeBuckets(largest);
        for (int b = 0, start = outOff; b < m; b++) {
            int stop = next[b], size = stop - start;
            // A sorter of its own: this one's leading counts still mark where the buckets after it end.
            if (size > LONG_LINE) new LineSort().sort(Arrays.copyOfRange(out, start, stop), 0, size, out, start);
            else if (size >= FROM) sortInPlace(out, start, size);
            else if (size > 1) Arrays.sort(out, start, stop);
            start = stop;
        }
    }

    /** {@code counts}, or a larger array where it is shorter than m, with its first m cleared. */
    static int[] cleared(int[] counts, int m) {
        if (counts == null || counts.length < m) return new int[m];
        Arrays.fill(counts, 0, m, 0);
        return counts;
    }

    /** Turns m buckets' counts into the places from {@code base} where each bucket starts; the largest count. */
    static int largestBucket(int[] counts, int m, int base) {
        int largest = 0;
        for (int b = 0, start = base; b < m; b++) {
            int count = counts[b];
            counts[b] = start;
            start += count;
            largest = Math.max(largest, count);
        }
        return largest;
    }

    /** Sorts the short line {@code a[from..from+n)} where it lies, through the scratch. */
    private void sortInPlace(double[] a, int from, int n) {
        if (!bucketSort(a, from, n, a, from)) radixSort(a, from, n, a, from);
    }

    /** Keys' scratch for lines up to n long. */
    private void makeKeys(int n) {
        if (keys != null && keys.length >= n) return;
        keys = new long[n];
        spare = new long[n];
    }

    /** Turns the 256 counts of one byte position into the index where each byte's first key goes. */
    static void prefixSums(int[] counts, int base) {
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
    static double value(long key) { return Double.longBitsToDouble(ordered(key)); }

    /**
     * Which of {@code count} buckets a value goes to, in the order of the keys from the least to the greatest: by
     * value where that is asked for and the values between span a finite range (a smooth distribution fills the
     * buckets evenly), else by the key's leading bits (even across magnitudes; NaN and infinities among the values).
     */
    static final class Buckets {
        final int count;
        private final long minKey;
        private final int shift;
        private final double minValue, scale;

        /** Buckets for keys from minKey to maxKey (not equal), at most 2^bits of them. */
        Buckets(long minKey, long maxKey, int bits, boolean byValue) {
            this.minKey = minKey;
            double low = value(minKey), range = value(maxKey) - low, perValue = ((1 << bits) - 1) / range;
            if (byValue && range > 0 && range < Double.POSITIVE_INFINITY && perValue < Double.POSITIVE_INFINITY) {
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

        int of(double v) { return shift < 0 ? (int) ((v - minValue) * scale) : ofKey(key(v)); }

        /** The bucket of a key, for buckets by the key's leading bits. */
        int ofKey(long key) { return (int) ((key - minKey) >>> shift); }

        /** The bucket of a double's key. */
        int ofKeyed(long key) { return shift < 0 ? (int) ((value(key) - minValue) * scale) : ofKey(key); }
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
        makeBuckets(n);
        int[] buckets = this.buckets, bucketOf = this.bucketOf;  // locals: C2 reloads fields here (measured ~15 % slower)
        Arrays.fill(buckets, 0, m, 0);
        for (int i = 0; i < n; i++) {
            int b = (int) ((in[off + i] - min) * scale);
            buckets[b]++;
            bucketOf[i] = b;
        }
        // Dealt into a scratch line, then copied out in order: dealt straight into fresh result memory, every value
        // would miss the cache.
        for (int b = 0, start = 0; b < m; b++) {
            int count = buckets[b];
            buckets[b] = start;
            start += count;
        }
        double[] to = dealt;
        for (int i = 0; i < n; i++) to[buckets[bucketOf[i]]++] = in[off + i];
        // Insertion in Double.compare's order (-0.0 before 0.0); last is the largest value placed so far.
        long movesLeft = (long) MOVES_PER_VALUE * n;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = to[i];
            if (last < v || !after(last, v)) {  // the first test settles most values, ordered by their buckets
                last = v;
                continue;
            }
            int j = i - 1;
            do {
                to[j + 1] = to[j];
                j--;
            } while (j >= 0 && after(to[j], v));
            to[j + 1] = v;
            movesLeft -= i - 1 - j;
            if (movesLeft < 0) return false;
        }
        System.arraycopy(to, 0, out, outOff, n);
        return true;
    }

    /** The bucket sort's scratch for lines up to n long (the line's length, or a long line's largest bucket). */
    private void makeBuckets(int n) {
        if (dealt != null && dealt.length >= n) return;
        buckets = new int[buckets(n)];
        bucketOf = new int[n];
        dealt = new double[n];
    }

    /** Whether the value a sorts after b, neither NaN: the bits decide only between equal values (0.0 after -0.0). */
    private static boolean after(double a, double b) {
        return a > b || a == b && Double.doubleToRawLongBits(a) > Double.doubleToRawLongBits(b);
    }

    /** How many buckets a line of n values is dealt into. */
    private static int buckets(int n) { return BUCKETS_PER_VALUE * n; }

    /**
     * Least-significant-digit radix sort, a byte a pass, on the keys offset to compare unsigned.
     */
    private void radixSort(double[] in, int off, int n, double[] out, int outOff) {
        makeKeys(n);
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

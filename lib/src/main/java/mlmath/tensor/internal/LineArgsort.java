package mlmath.tensor.internal;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Writes the indices that sort lines stably ({@code kind="stable"} in numpy), by {@link LineSort}'s keys: a short
 * line is dealt into value buckets with its indices and ordered by a stable insertion pass, or where that is too
 * uneven by least-significant-digit radix passes carrying each index; a long line's indices are first dealt into the
 * result in order by their keys' leading bits, and each bucket is argsorted where it lies, so the scratch is sized by
 * the largest bucket, not the line. The scratch is kept for the lines that follow.
 */
final class LineArgsort {
    private final int[] radixCounts = new int[8 * 256];
    private long[] keys, spare;
    private int[] order, spareOrder, leading, members, subCounts;

    /** Keys' scratch for lines up to n long. */
    private void makeKeys(int n) {
        if (keys != null && keys.length >= n) return;
        keys = new long[n];
        spare = new long[n];
    }

    /**
     * Writes the indices that sort a line, stably ({@code kind="stable"} in numpy): equal values, -0.0 and 0.0 among
     * them, keep their order, and NaN goes last.
     */
    void argsort(double[] a, int off, int n, double[] out, int outOff) {
        argsort(i -> LineSort.key(a[off + i] + 0.0), true, n, new Indices() {  // + 0.0 turns -0.0 into 0.0
            @Override public int get(int i) { return (int) out[outOff + i]; }

            @Override public void set(int i, int index) { out[outOff + i] = index; }
        });
    }

    /** {@link #argsort(double[], int, int, double[], int)} for int64 values, compared exactly. */
    void argsort(long[] a, int off, int n, long[] out, int outOff) {
        argsort(i -> a[off + i], false, n, new Indices() {
            @Override public int get(int i) { return (int) out[outOff + i]; }

            @Override public void set(int i, int index) { out[outOff + i] = index; }
        });
    }

    /** Where argsort writes its indices: the int64 result of a float line (doubles) or of an int64 line (longs). */
    private interface Indices {
        int get(int i);

        void set(int i, int index);
    }

    /**
     * The stable order of the keys {@code keyAt(0..n)}, compared signed ({@code ofDoubles}: the keys of doubles). A
     * long line's indices are first dealt into the result in order by their keys' leading bits, so each bucket is
     * argsorted where it lies, with scratch for the largest bucket, not for the line.
     */
    private void argsort(IntToLongFunction keyAt, boolean ofDoubles, int n, Indices out) {
        if (n <= LineSort.LONG_LINE) {
            makeKeys(n);
            for (int i = 0; i < n; i++) keys[i] = keyAt.applyAsLong(i) ^ Long.MIN_VALUE;
            int[] sorted = argsortKeys(n, ofDoubles);
            for (int i = 0; i < n; i++) out.set(i, sorted[i]);
            return;
        }
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = keyAt.applyAsLong(i);
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        if (min == max) {  // equal keys keep their order
            for (int i = 0; i < n; i++) out.set(i, i);
            return;
        }
        LineSort.Buckets by = new LineSort.Buckets(min, max, LineSort.LEADING_BITS, false);
        int[] next = leading = LineSort.cleared(leading, by.count);
        for (int i = 0; i < n; i++) next[by.ofKey(keyAt.applyAsLong(i))]++;
        int largest = LineSort.largestBucket(next, by.count, 0);
        for (int i = 0; i < n; i++) out.set(next[by.ofKey(keyAt.applyAsLong(i))]++, i);
        makeKeys(largest);
        if (members == null || members.length < largest) members = new int[largest];
        for (int b = 0, start = 0; b < by.count; b++) {
            int stop = next[b], size = stop - start;
            if (size > 1) {
                for (int j = 0; j < size; j++) {
                    int index = out.get(start + j);
                    members[j] = index;
                    keys[j] = keyAt.applyAsLong(index) ^ Long.MIN_VALUE;
                }
                int[] sorted = argsortKeys(size, ofDoubles);
                for (int j = 0; j < size; j++) out.set(start + j, members[sorted[j]]);
            }
            start = stop;
        }
    }

    /**
     * The order that sorts {@code keys[0..n)} as unsigned longs, stably: by insertion, by buckets (by value where the
     * keys are those of doubles) and insertion, or where that is too uneven by the radix passes.
     */
    private int[] argsortKeys(int n, boolean ofDoubles) {
        if (order == null || order.length < n) {
            order = new int[keys.length];
            spareOrder = new int[keys.length];
        }
        for (int i = 0; i < n; i++) order[i] = i;
        if (n < LineSort.FROM) return insertionArgsort(n);
        int[] dealt = bucketArgsort(n, ofDoubles);
        return dealt != null ? dealt : radixArgsort(n);
    }

    /**
     * Deals the keys and their places, in order, into two to four buckets a key and orders what shares a bucket by
     * insertion, which keeps equal keys in order; null where the insertion would move more than a few keys a key.
     */
    private int[] bucketArgsort(int n, boolean ofDoubles) {
        long[] keys = this.keys, spare = this.spare;  // locals: C2 reloads fields in these loops (measured ~15 % slower)
        int[] order = this.order, spareOrder = this.spareOrder;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = keys[i] ^ Long.MIN_VALUE;
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        if (min == max) return order;
        LineSort.Buckets by = new LineSort.Buckets(min, max, 32 - Integer.numberOfLeadingZeros(2 * n - 1), ofDoubles);
        int m = by.count;
        if (subCounts == null || subCounts.length < m) subCounts = new int[Math.max(m, 4 * keys.length)];  // the most
        int[] counts = subCounts;
        Arrays.fill(counts, 0, m, 0);
        for (int i = 0; i < n; i++) counts[by.ofKeyed(keys[i] ^ Long.MIN_VALUE)]++;
        for (int b = 0, start = 0; b < m; b++) {
            int count = counts[b];
            counts[b] = start;
            start += count;
        }
        for (int i = 0; i < n; i++) {
            int to = counts[by.ofKeyed(keys[i] ^ Long.MIN_VALUE)]++;
            spare[to] = keys[i];
            spareOrder[to] = order[i];
        }
        long movesLeft = (long) LineSort.MOVES_PER_VALUE * n;
        for (int i = 1; i < n; i++) {
            long k = spare[i];
            if (Long.compareUnsigned(spare[i - 1], k) <= 0) continue;  // in order, as most are after the dealing
            int at = spareOrder[i], j = i - 1;
            do {
                spare[j + 1] = spare[j];
                spareOrder[j + 1] = spareOrder[j];
                j--;
            } while (j >= 0 && Long.compareUnsigned(spare[j], k) > 0);
            spare[j + 1] = k;
            spareOrder[j + 1] = at;
            movesLeft -= i - 1 - j;
            if (movesLeft < 0) return null;
        }
        return spareOrder;
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
            LineSort.prefixSums(counts, base);
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
}

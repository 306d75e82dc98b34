package mlmath.tensor.internal;

import java.util.Arrays;

/**
 * One line's values by rank, their places in the sorted line (Double.compare's order, NaN last), found without sorting
 * the line: a pass counts the values into buckets, another picks out the values of the buckets holding the ranks asked
 * for, and only those are sorted. numpy's median and quantiles read a partition of a copy of the line; this reads the
 * same values and copies a few buckets' worth.
 */
final class LineRanks {
    /** Lines up to this long are sorted whole: the passes would cost more than the sort spares. */
    private static final int SORTED_WHOLE = 256;
    /** 4096 buckets: a line of a million smooth values leaves a few hundred in each, and the counts stay in the cache. */
    private static final int BUCKET_BITS = 12;

    private final LineSort sorter = new LineSort();
    private final int[] counts = new int[1 << BUCKET_BITS];
    private double[] line, picked, window;
    private int off, n, numbers, first, last;
    /** The buckets of the last count, and the first and last of them holding the ranks asked for. */
    private LineSort.Buckets by;
    private int from, to;
    private long minKey, maxKey;

    /** Takes {@code in[off..off+n)} as the line that {@link #at} reads; the line is only read. */
    void of(double[] in, int off, int n) {
        this.line = in;
        this.off = off;
        this.n = n;
        first = 0;
        last = -1;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        int nans = 0;
        for (int i = off; i < off + n; i++) {
            long k = LineSort.key(in[i]);
            min = Math.min(min, k);
            max = Math.max(max, k);
            if (k == LineSort.NAN_KEY) nans++;
        }
        minKey = min;
        maxKey = max;
        numbers = n - nans;
    }

    /** How many of the line's values are numbers, not NaN. */
    int numbers() { return numbers; }

    /** The value at {@code rank} of the sorted line; the rank after it comes without another pass. */
    double at(int rank) {
        if (minKey == maxKey) return line[off];  // one value (NaN of any payload, or the same bits) throughout
        if (rank < first || rank > last) select(rank, Math.min(rank + 1, n - 1));
        return window[rank - first];
    }

    /** Sorts the whole line, so that {@link #at} reads any rank without another pass (for many ranks). */
    void sortWhole() { select(0, n - 1); }

    /** Sorts the values from rank lo to rank hi into the window, with the rest of their buckets. */
    private void select(int lo, int hi) {
        if (n <= SORTED_WHOLE || lo == 0 && hi == n - 1) {
            window = atLeast(window, n);
            sorter.sort(line, off, n, window, 0);
            first = 0;
            last = n - 1;
            return;
        }
        // Value buckets spread a smooth line evenly; where the ranks' buckets still hold a large part of it (heavy
        // tails, outliers) the keys' leading bits spread it across magnitudes instead.
        int size = count(lo, hi, true);
        if (size > n / 8) size = count(lo, hi, false);
        double[] line = this.line, picked = this.picked = atLeast(this.picked, size);  // locals: C2 reloads fields
        LineSort.Buckets by = this.by;
        int from = this.from, to = this.to;
        window = atLeast(window, size);
        for (int i = off, p = 0; p < size; i++) {
            int b = by.of(line[i]);
            if (b >= from && b <= to) picked[p++] = line[i];
        }
        sorter.sort(picked, 0, size, window, 0);
        last = first + size - 1;
    }

    /**
     * Counts the line into buckets (a few values a bucket, at most 2^BUCKET_BITS) and keeps the first and last bucket
     * holding the ranks lo..hi and the rank their first value has; how many values they hold.
     */
    private int count(int lo, int hi, boolean byValue) {
        by = new LineSort.Buckets(minKey, maxKey, Math.min(BUCKET_BITS, 30 - Integer.numberOfLeadingZeros(n)), byValue);
        double[] line = this.line;
        int[] counts = this.counts;
        Arrays.fill(counts, 0, by.count, 0);
        for (int i = off; i < off + n; i++) counts[by.of(line[i])]++;
        int below = 0;
        from = 0;
        while (below + counts[from] <= lo) below += counts[from++];
        int upTo = below + counts[from];
        to = from;
        while (upTo <= hi) upTo += counts[++to];
        first = below;
        return upTo - below;
    }

    private static double[] atLeast(double[] a, int size) { return a != null && a.length >= size ? a : new double[size]; }
}

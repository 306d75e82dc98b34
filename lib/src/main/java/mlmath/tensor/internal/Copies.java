package mlmath.tensor.internal;

/**
 * Element moves between arrays of one storage type ({@code double[]}, {@code byte[]} or {@code long[]}, see
 * {@link Buffers#typed}): indexing, transposes and joins copy the stored values as they are, so int64 keeps all its
 * digits and a bool stays a byte. Unit-stride runs go through {@link System#arraycopy}.
 */
final class Copies {
    private Copies() {}

    /** {@code dst[to + i] = src[from + i * step]} for {@code i < n}. */
    static void run(Object src, int from, int step, Object dst, int to, int n) {
        // Each arraycopy names its array type: the JIT's typed copy stub, where an Object-typed call takes the generic one.
        if (step != 1) stepped(src, from, step, dst, to, n);
        else if (src instanceof double[] s) System.arraycopy(s, from, (double[]) dst, to, n);
        else if (src instanceof long[] s) System.arraycopy(s, from, (long[]) dst, to, n);
        else System.arraycopy((byte[]) src, from, (byte[]) dst, to, n);
    }

    /**
     * {@link #run} for a step other than 1, kept apart so that run stays small enough for the JIT to inline into its
     * callers' row loops. A reversed run (step -1) reads forwards and stores backwards, about a third faster than the
     * other way round; a strided read steps its index rather than multiplying (a sixth faster at step 2).
     */
    private static void stepped(Object src, int from, int step, Object dst, int to, int n) {
        int last = to + n - 1, first = from - n + 1;
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            if (step == -1) for (int i = 0; i < n; i++) d[last - i] = s[first + i];
            else for (int i = 0, k = from; i < n; i++, k += step) d[to + i] = s[k];
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            if (step == -1) for (int i = 0; i < n; i++) d[last - i] = s[first + i];
            else for (int i = 0, k = from; i < n; i++, k += step) d[to + i] = s[k];
        } else {
            byte[] s = (byte[]) src, d = (byte[]) dst;
            if (step == -1) for (int i = 0; i < n; i++) d[last - i] = s[first + i];
            else for (int i = 0, k = from; i < n; i++, k += step) d[to + i] = s[k];
        }
    }

    /** {@code dst[to + i] = src[offsets[i]]} for every offset. */
    static void gather(Object src, int[] offsets, Object dst, int to) {
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int i = 0; i < offsets.length; i++) d[to + i] = s[offsets[i]];
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int i = 0; i < offsets.length; i++) d[to + i] = s[offsets[i]];
        } else {
            byte[] s = (byte[]) src, d = (byte[]) dst;
            for (int i = 0; i < offsets.length; i++) d[to + i] = s[offsets[i]];
        }
    }

    /** {@code dst[offsets[i]] = src[i]} for every offset. */
    static void scatter(Object src, int[] offsets, Object dst) {
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int i = 0; i < offsets.length; i++) d[offsets[i]] = s[i];
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int i = 0; i < offsets.length; i++) d[offsets[i]] = s[i];
        } else {
            byte[] s = (byte[]) src, d = (byte[]) dst;
            for (int i = 0; i < offsets.length; i++) d[offsets[i]] = s[i];
        }
    }

    /** A copy of a whole array of one of the three storage types. */
    static Object copyOf(Object src) {
        if (src instanceof double[] s) return s.clone();
        if (src instanceof long[] s) return s.clone();
        return ((byte[]) src).clone();
    }
}

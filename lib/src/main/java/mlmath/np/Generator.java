package mlmath.np;

import mlmath.random.Pcg64;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.internal.Buffers;

import java.util.function.DoubleSupplier;

/**
 * numpy's {@code Generator} on a {@code PCG64} bit generator, what {@code np.random.default_rng(seed)} returns: the
 * same seed gives numpy's draws for {@code random}, {@code integers}, {@code uniform}, {@code choice} and
 * {@code permutation}. Arrays are immutable here, so {@code shuffle} returns a shuffled copy.
 * <pre>{@code jshell> var rng = np.random.default_rng(0); rng.random(2)
 * $2 ==> array([0.63696169, 0.26978671])}</pre>
 */
public final class Generator {
    private final Pcg64 bits;

    Generator(Pcg64 bits) { this.bits = bits; }

    /** {@code rng.random(size)}: uniform doubles in [0, 1), 53 bits of one 64-bit word each. */
    public Tensor random(int... size) { return fill(size, DType.FLOAT64, bits::nextDouble); }

    /** {@code rng.integers(high)}: one integer in [0, high) (a 0-d int64 array). */
    public Tensor integers(long high) { return integers(0, high, new int[0]); }

    /** {@code rng.integers(low, high, size)}: int64 values in [low, high), Lemire's unbiased bounded draws. */
    public Tensor integers(long low, long high, int... size) {
        checkSize(size);
        if (low >= high) throw new ShapeException(low == 0 ? "high <= 0" : "low >= high");
        long rng = high - 1 - low;
        return fill(size, DType.INT64, () -> low + bits.bounded(rng));
    }

    /** {@code rng.uniform(low, high, size)}: {@code low + (high - low) * u} with u from {@link #random}. */
    public Tensor uniform(double low, double high, int... size) {
        double range = high - low;
        if (!Double.isFinite(range)) throw new ShapeException("high - low range exceeds valid bounds");
        if (Math.copySign(1.0, range) < 0) throw new ShapeException("high - low < 0");
        return fill(size, DType.FLOAT64, () -> low + range * bits.nextDouble());
    }

    /** {@code rng.choice(a, size)}: uniform draws with replacement from a (an int n means {@code arange(n)}). */
    public Tensor choice(Object a, int... size) { return choice(a, size, true, null); }

    /** {@code rng.choice(a, size, replace)}: without replacement the draws are distinct. */
    public Tensor choice(Object a, int size, boolean replace) { return choice(a, new int[] {size}, replace, null); }

    /** {@code rng.choice(a, size, replace, p)}: p the probabilities of a's elements (null for uniform). */
    public Tensor choice(Object a, int[] size, boolean replace, Object p) {
        checkSize(size);
        Tensor pool = a instanceof Integer || a instanceof Long ? null : ArrayLike.toTensor(a, "a");
        long popSize = pool == null ? ((Number) a).longValue() : pool.ndim() == 0 ? (long) pool.item() : pool.shape().get(0);
        long count = 1;
        for (int d : size) count *= d;
        if (pool != null && pool.ndim() == 0 && pool.dtype() == DType.FLOAT64) throw new ShapeException("a must be a sequence or an integer, not <class 'float'>");
        if (pool == null || pool.ndim() == 0) {
            if (popSize <= 0 && count != 0) throw new ShapeException("a must be a positive integer unless no samples are taken");
        } else if (popSize == 0 && count != 0) {
            throw new ShapeException("a cannot be empty unless no samples are taken");
        }
        double[] probs = p == null ? null : probabilities(p, popSize);
        long[] idx = draw(popSize, (int) count, replace, probs);
        double[] d = new double[idx.length];
        for (int i = 0; i < d.length; i++) d[i] = idx[i];
        Tensor picks = Buffers.wrap(d, new Shape(size), DType.INT64);
        return pool == null || pool.ndim() == 0 ? picks : pool.get(picks);
    }

    private static double[] probabilities(Object p, long popSize) {
        Tensor t = ArrayLike.toTensor(p, "p");
        if (t.ndim() != 1) throw new ShapeException("p must be 1-dimensional");
        if (t.size() != popSize) throw new ShapeException("a and p must have same size");
        double[] v = t.astype(DType.FLOAT64).toArray();
        double sum = 0, c = 0;  // numpy's Kahan sum
        for (double x : v) {
            double y = x - c, s = sum + y;
            c = (s - sum) - y;
            sum = s;
        }
        if (Double.isNaN(sum)) throw new ShapeException("Probabilities contain NaN");
        for (double x : v) if (x < 0) throw new ShapeException("Probabilities are not non-negative");
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) {
            throw new ShapeException("Probabilities do not sum to 1. See Notes section of docstring for more information.");
        }
        return v;
    }

    /** The indices numpy's Generator.choice draws, in its stream order. */
    private long[] draw(long popSize, int size, boolean replace, double[] p) {
        long[] out = new long[size];
        if (replace) {
            if (p == null) {
                for (int i = 0; i < size; i++) out[i] = bits.bounded(popSize - 1);
            } else {
                double[] cdf = cdf(p);
                for (int i = 0; i < size; i++) out[i] = searchRight(cdf, bits.nextDouble());
            }
            return out;
        }
        if (size > popSize) throw new ShapeException("Cannot take a larger sample than population when replace is False");
        if (p != null) {
            long nonZero = java.util.Arrays.stream(p).filter(v -> v > 0).count();
            if (nonZero < size) throw new ShapeException("Fewer non-zero entries in p than size");
            double[] w = p.clone();
            java.util.BitSet seen = new java.util.BitSet(p.length);
            int found = 0;
            while (found < size) {
                double[] x = new double[size - found];
                for (int i = 0; i < x.length; i++) x[i] = bits.nextDouble();
                for (int i = 0; i < found; i++) w[(int) out[i]] = 0;
                double[] cdf = cdf(w);
                int before = found;
                for (double u : x) {
                    int k = (int) searchRight(cdf, u);
                    if (!seen.get(k)) {
                        seen.set(k);
                        out[found++] = k;
                    }
                }
                if (found == before) break;
            }
            return out;
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
            long val = bits.bounded(j);
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
            int j = (int) bits.bounded(i);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }

    private static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double run = 0;
        for (int i = 0; i < p.length; i++) cdf[i] = run += p[i];
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) cdf[i] /= last;
        return cdf;
    }

    private static long searchRight(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** {@code rng.permutation(n)}: 0 … n-1 in random order (numpy's shuffle of {@code arange(n)}). */
    public Tensor permutation(int n) {
        if (n < 0) throw new ShapeException("negative dimensions are not allowed");
        int[] order = order(n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = order[i];
        return Buffers.wrap(d, new Shape(n), DType.INT64);
    }

    /** {@code rng.permutation(x)}: a copy of x with its rows (axis 0) in random order. */
    public Tensor permutation(Object x) {
        if (x instanceof Integer n) return permutation((int) n);
        Tensor t = ArrayLike.toTensor(x, "x");
        if (t.ndim() < 1) throw new ShapeException("axis 0 is out of bounds for array of dimension 0");
        int[] order = order(t.shape().get(0));
        double[] d = new double[order.length];
        for (int i = 0; i < d.length; i++) d[i] = order[i];
        return t.get(Buffers.wrap(d, new Shape(d.length), DType.INT64));
    }

    /** numpy's {@code shuffle(x)} along axis 0, returned as a copy (tensors never change in place). */
    public Tensor shuffle(Object x) { return permutation(ArrayLike.toTensor(x, "x")); }

    /** numpy's {@code _shuffle_raw} on {@code arange(n)}: for i from n-1 down to 1, swap with {@code random_interval(i)}. */
    private int[] order(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = (int) bits.interval(i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static void checkSize(int[] size) {
        if (size == null) throw new ShapeException("size must be a list of dimensions, got null");
        for (int d : size) if (d < 0) throw new ShapeException("negative dimensions are not allowed");
    }

    private static Tensor fill(int[] size, DType dtype, DoubleSupplier draw) {
        checkSize(size);
        Shape shape = new Shape(size);
        double[] d = Buffers.alloc(shape, dtype);
        for (int i = 0; i < d.length; i++) d[i] = draw.getAsDouble();
        return Buffers.wrap(d, shape, dtype);
    }
}

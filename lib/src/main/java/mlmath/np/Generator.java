package mlmath.np;

import mlmath.random.Pcg64;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.internal.Buffers;

import static mlmath.np.SampleArrays.drawEach;
import static mlmath.np.SampleArrays.fill;
import static mlmath.np.SampleArrays.fillLongs;
import static mlmath.np.SampleArrays.nonNegative;
import static mlmath.np.SampleArrays.param;
import static mlmath.np.SampleArrays.positive;
import static mlmath.np.SampleArrays.requireSize;
import static mlmath.np.SampleArrays.sizeProduct;

/**
 * numpy's {@code Generator} on a {@code PCG64} bit generator, what {@code np.random.default_rng(seed)} returns: the
 * same seed gives numpy's draws for {@code random}, {@code integers}, {@code uniform}, {@code choice},
 * {@code permutation}, {@code standard_normal}, {@code normal}, {@code standard_exponential}, {@code exponential},
 * {@code standard_gamma}, {@code gamma}, {@code beta}, {@code binomial} and {@code poisson}. Arrays are immutable
 * here, so {@code shuffle} returns a shuffled copy.
 * <pre>{@code
 * jshell> np.random.default_rng(0).random(2)
 * $1 ==> array([0.63696169, 0.26978671])
 * }</pre>
 */
public final class Generator {
    private final Pcg64 bits;

    Generator(Pcg64 bits) { this.bits = bits; }

    /** {@code rng.random(size)}: uniform doubles in [0, 1), 53 bits of one 64-bit word each. */
    public Tensor random(int... size) { return fill(size, DType.FLOAT64, bits::nextDouble); }

    /** {@code rng.integers(high)}: one integer in [0, high), numpy's {@code np.int64} scalar. */
    public Tensor integers(long high) { return integers(0, high, new int[0]); }

    /** {@code rng.integers(low, high, size)}: int64 values in [low, high), Lemire's unbiased bounded draws. */
    public Tensor integers(long low, long high, int... size) {
        // numpy returns an empty array before it looks at the bounds, and looks at them before the size's signs.
        if (sizeProduct(size) == 0) return fillLongs(size, () -> low);
        if (low >= high) throw new ShapeException(low == 0 ? "high <= 0" : "low >= high");
        long rng = high - 1 - low;
        return fillLongs(size, () -> low + bits.bounded(rng));
    }

    /**
     * {@code rng.integers(low, high, size, endpoint)}: with endpoint true, high is drawn too.
     * <pre>{@code
     * jshell> np.random.default_rng(0).integers(1, 6, new int[] {5}, true)
     * $1 ==> array([6, 4, 4, 2, 2])
     * }</pre>
     */
    public Tensor integers(long low, long high, int[] size, boolean endpoint) {
        if (!endpoint) return integers(low, high, size);
        if (sizeProduct(size) == 0) return fillLongs(size, () -> low);
        if (low > high) throw new ShapeException(low == 0 ? "high < 0" : "low > high");
        long rng = high - low;  // as unsigned: the whole int64 range fits, as in numpy
        return fillLongs(size, () -> low + bits.bounded(rng));
    }

    /** {@code rng.uniform()}: one draw in [0, 1) (numpy's defaults low = 0, high = 1). */
    public Tensor uniform() { return uniform(0, 1); }

    /** {@code rng.uniform(low)}: one draw in [low, 1); numpy refuses a low above its default high. */
    public Tensor uniform(double low) { return uniform(low, 1); }

    /**
     * {@code rng.uniform(low, high, size)}: {@code low + (high - low) * u} with u from {@link #random}; low and high may
     * be arrays, one draw per element of their broadcast shape (or of size).
     */
    public Tensor uniform(Object low, Object high, int... size) {
        Tensor lo = param(low, "low"), hi = param(high, "high");
        if (lo.ndim() == 0 && hi.ndim() == 0) return uniformScalar(lo.item(), hi.item(), size);
        Tensor range = hi.sub(lo);
        for (double r : range.toArray()) if (!Double.isFinite(r)) throw new ShapeException("Range exceeds valid bounds");
        nonNegative(range, "high - low");
        return drawEach(size, (l, r) -> l + r * bits.nextDouble(), lo, range);
    }

    private Tensor uniformScalar(double low, double high, int... size) {
        double range = high - low;
        if (!Double.isFinite(range)) throw new ShapeException("high - low range exceeds valid bounds");
        if (Math.copySign(1.0, range) < 0) throw new ShapeException("high - low < 0");
        return fill(size, DType.FLOAT64, () -> low + range * bits.nextDouble());
    }

    /**
     * {@code rng.standard_normal(size)}: N(0, 1) draws by numpy's ziggurat, numpy's draws bit for bit (its layer edges
     * measured from numpy's own draws).
     * <pre>{@code
     * jshell> np.random.default_rng(0).standard_normal(3)
     * $1 ==> array([ 0.12573022, -0.13210486,  0.64042265])
     * }</pre>
     */
    public Tensor standard_normal(int... size) { return fill(size, DType.FLOAT64, bits::nextStandardNormal); }

    /**
     * {@code rng.normal(loc, scale, size)}: {@code loc + scale · standard_normal}, as numpy computes it; loc and scale
     * may be arrays, one draw per element of their broadcast shape (or of size).
     */
    public Tensor normal(Object loc, Object scale, int... size) {
        Tensor mu = param(loc, "loc"), sigma = param(scale, "scale");
        nonNegative(sigma, "scale");
        if (mu.ndim() == 0 && sigma.ndim() == 0) return normalScalar(mu.item(), sigma.item(), size);
        return drawEach(size, (m, s) -> m + s * bits.nextStandardNormal(), mu, sigma);
    }

    private Tensor normalScalar(double loc, double scale, int... size) {
        return fill(size, DType.FLOAT64, () -> loc + scale * bits.nextStandardNormal());
    }

    /** {@code rng.normal()}: one N(0, 1) draw (numpy's defaults loc = 0, scale = 1); for many, {@link #standard_normal}. */
    public Tensor normal() { return normal(0, 1); }

    /** {@code rng.normal(loc)}: one draw from N(loc, 1). */
    public Tensor normal(double loc) { return normal(loc, 1); }

    /**
     * {@code rng.standard_exponential(size)}: Exp(1) draws by numpy's exponential ziggurat, numpy's draws bit for bit.
     * <pre>{@code
     * jshell> np.random.default_rng(0).standard_exponential(3)
     * $1 ==> array([0.6799319 , 1.0195971 , 0.01980666])
     * }</pre>
     */
    public Tensor standard_exponential(int... size) { return fill(size, DType.FLOAT64, bits::nextStandardExponential); }

    /**
     * {@code rng.exponential(scale, size)}: {@code scale · standard_exponential}; scale may be an array, one draw per
     * element (or per element of size).
     * <pre>{@code
     * jshell> np.random.default_rng(0).exponential(2.0, 3)
     * $1 ==> array([1.35986381, 2.0391942 , 0.03961333])
     * }</pre>
     */
    public Tensor exponential(Object scale, int... size) { return SampleArrays.exponential(scale, size, bits::nextStandardExponential); }

    /** {@code rng.standard_gamma(shape, size)}: Gamma(shape, 1) draws; shape may be an array, one draw per element. */
    public Tensor standard_gamma(Object shape, int... size) { return SampleArrays.standardGamma(shape, size, bits::standardGamma); }

    /**
     * {@code rng.gamma(shape, scale, size)}: mean shape·scale; shape and scale may be arrays, one draw per element of
     * their broadcast shape (or of size).
     * <pre>{@code
     * jshell> np.random.default_rng(0).gamma(2.0, 1.0, 3)
     * $1 ==> array([1.83431007, 2.63769797, 1.06635807])
     * }</pre>
     */
    public Tensor gamma(Object shape, Object scale, int... size) { return SampleArrays.gamma(shape, scale, size, bits::standardGamma); }

    /** {@code rng.beta(a, b, size)}: values in [0, 1] with mean a / (a + b); a and b may be arrays. */
    public Tensor beta(Object a, Object b, int... size) { return SampleArrays.beta(a, b, size, bits::beta); }

    /**
     * {@code rng.binomial(n, p, size)}: successes in n trials of probability p (int64); n and p may be arrays, one draw
     * per element of their broadcast shape (or of size).
     * <pre>{@code
     * jshell> np.random.default_rng(0).binomial(10, 0.5, 5)
     * $1 ==> array([6, 4, 2, 2, 6])
     * }</pre>
     */
    public Tensor binomial(Object n, Object p, int... size) { return SampleArrays.binomial(n, p, size, bits::binomial); }

    /**
     * {@code rng.poisson(lam, size)}: event counts with mean lam (int64); lam may be an array, one draw per element.
     * <pre>{@code
     * jshell> np.random.default_rng(0).poisson(3, 5)
     * $1 ==> array([2, 0, 7, 1, 4])
     * }</pre>
     */
    public Tensor poisson(Object lam, int... size) { return SampleArrays.poisson(lam, size, bits::poisson); }

    /** {@code rng.choice(a, size)}: uniform draws with replacement from a (an int n means {@code arange(n)}). */
    public Tensor choice(Object a, int... size) { return choice(a, size, true, null); }

    /** {@code rng.choice(a, size, replace)}: without replacement the draws are distinct. */
    public Tensor choice(Object a, int size, boolean replace) { return choice(a, new int[] {size}, replace, null); }

    /** {@code rng.choice(a, size, replace, p)}: p the probabilities of a's elements (null for uniform). */
    public Tensor choice(Object a, int[] size, boolean replace, Object p) {
        requireSize(size);
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
        if (!replace && count > popSize) throw new ShapeException("Cannot take a larger sample than population when replace is False");
        Buffers.requireFits(Buffers.widened(size), DType.INT64);
        Tensor picks = Buffers.wrapLongs(bits.choice(popSize, (int) count, replace, probs), new Shape(size));
        return pool == null || pool.ndim() == 0 ? Buffers.asPython(picks) : pool.get(picks);  // numpy: an int, or a's scalar
    }

    private static double[] probabilities(Object p, long popSize) {
        Tensor t = ArrayLike.toTensor(p, "p");
        if (t.ndim() != 1) throw new ShapeException("p must be 1-dimensional");
        if (t.size() != popSize) throw new ShapeException("a and p must have same size");
        double[] v = t.astype(DType.FLOAT64).toArray();
        double sum = mlmath.random.Sampling.kahanSum(v, v.length);
        if (Double.isNaN(sum)) throw new ShapeException("Probabilities contain NaN");
        for (double x : v) if (x < 0) throw new ShapeException("Probabilities are not non-negative");
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) {
            throw new ShapeException("Probabilities do not sum to 1. See Notes section of docstring for more information.");
        }
        return v;
    }

    /** {@code rng.permutation(n)}: 0 … n-1 in random order (numpy's shuffle of {@code arange(n)}). */
    public Tensor permutation(int n) {
        Buffers.requireFits(new long[] {n}, DType.INT64);
        int[] order = bits.permutation(n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = order[i];
        return Buffers.wrap(d, new Shape(n), DType.INT64);
    }

    /** {@code rng.permutation(x)}: a copy of x with its rows (axis 0) in random order. */
    public Tensor permutation(Object x) {
        if (x instanceof Integer n) return permutation((int) n);
        Tensor t = ArrayLike.toTensor(x, "x");
        if (t.ndim() < 1) throw new ShapeException("axis 0 is out of bounds for array of dimension 0");
        return SampleArrays.shuffledRows(t, (swap, n) -> bits.shuffle(n, swap));
    }

    /** numpy's {@code shuffle(x)} along axis 0, returned as a copy (tensors never change in place). */
    public Tensor shuffle(Object x) { return permutation(ArrayLike.toTensor(x, "x")); }

    /** As numpy names it: {@code Generator(PCG64)}. */
    @Override public String toString() { return "Generator(PCG64)"; }
}

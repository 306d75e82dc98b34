package mlmath.np;

import mlmath.tensor.internal.Buffers;
import mlmath.random.LegacyDistributions;
import mlmath.random.RandomState;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;

import static mlmath.np.SampleArrays.drawEach;
import static mlmath.np.SampleArrays.fill;
import static mlmath.np.SampleArrays.fillLongs;
import static mlmath.np.SampleArrays.nonNegative;
import static mlmath.np.SampleArrays.param;
import static mlmath.np.SampleArrays.rows;
import static mlmath.np.SampleArrays.sizeProduct;
import static mlmath.np.SampleArrays.vector;
import static mlmath.np.SampleArrays.withinHeap;

/**
 * {@code np.random}: the legacy global stream, digit for digit numpy's for the same seed and calls. A draw of no size
 * ({@code randn()}) prints as the Python number numpy returns.
 */
public final class NpRandom {
    private final RandomState state = new RandomState(0);

    NpRandom() {
        // Like numpy, an unseeded session is not reproducible; seed from the clock until the learner calls seed().
        state.seed(System.nanoTime() & 0xFFFFFFFFL);
    }

    /**
     * {@code np.random.seed(s)}: restarts the stream; {@code s} must be in {@code [0, 2**32 - 1]}.
     * <pre>{@code
     * jshell> np.random.seed(0)
     * jshell> np.random.rand(2)
     * $2 ==> array([0.5488135 , 0.71518937])
     * }</pre>
     */
    public void seed(long seed) { state.seed(seed); }

    /**
     * Standard normal samples of the given shape.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.randn(3)
     * $2 ==> array([1.76405235, 0.40015721, 0.97873798])
     * }</pre>
     */
    public Tensor randn(int... shape) { return standardNormal(shape); }

    /**
     * numpy's {@code standard_normal(size)}: the polar Gaussian, the same stream as {@link #randn}.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.standardNormal(2, 2)
     * $2 ==> array([[1.76405235, 0.40015721],
     *        [0.97873798, 2.2408932 ]])
     * }</pre>
     */
    public Tensor standardNormal(int... size) { return fill(size, DType.FLOAT64, state::nextGaussian); }

    /**
     * Uniform samples in [0, 1) of the given shape: {@code np.random.rand(2, 2)}.
     * <pre>{@code
     * jshell> np.random.seed(42); np.random.rand(2, 2)
     * $2 ==> array([[0.37454012, 0.95071431],
     *        [0.73199394, 0.59865848]])
     * }</pre>
     */
    public Tensor rand(int... shape) { return randomSample(shape); }

    /**
     * numpy's {@code random_sample(size)}: uniform doubles in [0, 1) with 53 random bits each.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.randomSample(3)
     * $2 ==> array([0.5488135 , 0.71518937, 0.60276338])
     * }</pre>
     */
    public Tensor randomSample(int... size) { return fill(size, DType.FLOAT64, state::nextDouble); }

    /**
     * numpy's {@code random(size)}, another name for {@link #randomSample}.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.random(3)
     * $2 ==> array([0.5488135 , 0.71518937, 0.60276338])
     * }</pre>
     */
    public Tensor random(int... size) { return randomSample(size); }

    /**
     * numpy's legacy {@code uniform(low, high, size)}: {@code low + (high - low)·u}, u from {@link #randomSample}; low and
     * high may be arrays, one draw per element of their broadcast shape (or of {@code size}).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.uniform(-1, 1, 3)
     * $2 ==> array([0.09762701, 0.43037873, 0.20552675])
     * jshell> np.random.seed(0); np.random.uniform(np.array(0.0, 10.0), 20.0)
     * $4 ==> array([10.97627008, 17.15189366])
     * }</pre>
     */
    public Tensor uniform(Object low, Object high, int... size) {
        Tensor lo = param(low, "low"), hi = param(high, "high");
        if (lo.ndim() == 0 && hi.ndim() == 0) return uniformScalar(lo.item(), hi.item(), size);
        Tensor range = hi.sub(lo);
        for (double r : range.toArray()) if (!Double.isFinite(r)) throw new ShapeException("Range exceeds valid bounds");
        return drawEach(size, (l, r) -> l + r * state.nextDouble(), lo, range);
    }

    private Tensor uniformScalar(double low, double high, int... size) {
        double range = high - low;
        if (!Double.isFinite(range)) throw new ShapeException("Range exceeds valid bounds");
        return fill(size, DType.FLOAT64, () -> low + range * state.nextDouble());
    }

    /** {@code uniform()}: one draw in [0, 1) (numpy's defaults low = 0, high = 1). */
    public Tensor uniform() { return uniform(0, 1); }

    /** {@code uniform(low)}: one draw between low and numpy's default high = 1 (low may be above it, as in numpy). */
    public Tensor uniform(double low) { return uniform(low, 1); }

    /**
     * {@code loc + scale·z} with z from {@link #randn}, numpy's legacy {@code normal(loc, scale, size)}; loc and scale
     * may be arrays, one draw per element of their broadcast shape (or of {@code size}).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.normal(10, 0.1, 3)
     * $2 ==> array([10.17640523, 10.04001572, 10.0978738 ])
     * jshell> np.random.seed(0); np.random.normal(np.array(0.0, 10.0, 100.0), 1.0)
     * $4 ==> array([  1.76405235,  10.40015721, 100.97873798])
     * }</pre>
     */
    public Tensor normal(Object loc, Object scale, int... size) {
        Tensor mu = param(loc, "loc"), sigma = param(scale, "scale");
        if (mu.ndim() == 0 && sigma.ndim() == 0) return normalScalar(mu.item(), sigma.item(), size);
        nonNegative(sigma, "scale");
        return drawEach(size, (m, s) -> m + s * state.nextGaussian(), mu, sigma);
    }

    private Tensor normalScalar(double loc, double scale, int... size) {
        // numpy refuses a set sign bit, so -0.0 too, and lets NaN through.
        if (!Double.isNaN(scale) && Math.copySign(1.0, scale) < 0) throw new ShapeException("scale < 0");
        return fill(size, DType.FLOAT64, () -> loc + scale * state.nextGaussian());
    }

    /**
     * {@code normal()}: one N(0, 1) draw (numpy's defaults loc = 0, scale = 1), a Python float in numpy.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.normal()
     * $2 ==> 1.764052345967664
     * }</pre>
     */
    public Tensor normal() { return normal(0, 1); }

    /** {@code normal(loc)}: one draw from N(loc, 1). */
    public Tensor normal(double loc) { return normal(loc, 1); }

    /**
     * {@code randint(high)}: one integer in [0, high), a Python int in numpy.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.randint(5)
     * $2 ==> 4
     * }</pre>
     */
    public Tensor randint(long high) {
        if (high <= 0) throw new ShapeException("high <= 0");
        return randint(0, high);
    }

    /**
     * Integers in [low, high) over the whole int64 range, numpy's {@code randint(low, high, size)} (int64, exact).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.randint(0, 10, 2, 3)
     * $2 ==> array([[5, 0, 3],
     *        [3, 7, 9]])
     * }</pre>
     */
    public Tensor randint(long low, long high, int... size) {
        // numpy returns an empty array before it looks at the bounds, and looks at them before the size's signs.
        if (sizeProduct(size) == 0) return fillLongs(size, () -> low);
        if (low >= high) throw new ShapeException("low >= high");
        return Buffers.asPython(fillLongs(size, () -> state.nextLong(low, high)));
    }

    /**
     * {@code choice(a, size)}: uniform draws with replacement from {@code a} (an int n means {@code arange(n)}).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.choice(5, 4)
     * $2 ==> array([4, 0, 3, 3])
     * }</pre>
     */
    public Tensor choice(Object a, int... size) { return choice(a, size, true, null); }

    /**
     * {@code choice(a, size, replace)}; without replacement the values are distinct.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.choice(10, 3, false)
     * $2 ==> array([2, 8, 4])
     * }</pre>
     */
    public Tensor choice(Object a, int size, boolean replace) { return choice(a, new int[] {size}, replace, null); }

    /**
     * {@code choice(a, size, replace, p)} with probabilities {@code p} (null for uniform).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.choice(3, 5, true, new double[] {0.5, 0.3, 0.2})
     * $2 ==> array([1, 1, 1, 1, 0])
     * }</pre>
     */
    public Tensor choice(Object a, int size, boolean replace, Object p) { return choice(a, new int[] {size}, replace, p); }

    /**
     * numpy's legacy {@code choice(a, size, replace, p)}: {@code a} is an int n (draws from 0..n-1, int64) or a
     * 1-D array-like whose elements are drawn; {@code p} is null or one probability per element.
     * <pre>{@code
     * jshell> np.random.seed(1); np.random.choice(np.array(10.0, 20.0, 30.0), new int[] {2, 2}, true, null)
     * $2 ==> array([[20., 10.],
     *        [10., 20.]])
     * }</pre>
     */
    public Tensor choice(Object a, int[] size, boolean replace, Object p) { return LegacyChoice.draw(state, a, size, replace, p); }

    /**
     * {@code 0..n-1} in a random order (int64), numpy's {@code permutation(n)}; empty for {@code n ≤ 0}.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.permutation(5)
     * $2 ==> array([2, 0, 1, 3, 4])
     * }</pre>
     */
    public Tensor permutation(int n) {
        Shape shape = new Shape(Math.max(n, 0));
        // Shuffled as ints, then widened: swaps across a 4-byte array measured 9.8 ms against 14.2 in the 8-byte result.
        int[] order = withinHeap(shape, DType.INT64, () -> state.permutation(n));
        double[] d = Buffers.alloc(shape, DType.INT64);
        for (int i = 0; i < d.length; i++) d[i] = order[i];
        return Buffers.wrap(d, shape, DType.INT64);
    }

    /**
     * A shuffled copy of {@code x} along its first axis (numpy's {@code permutation(x)}); {@code x} is left as it was.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.permutation(np.arange(6).reshape(3, 2))
     * $2 ==> array([[4, 5],
     *        [2, 3],
     *        [0, 1]])
     * }</pre>
     */
    public Tensor permutation(Object x) {
        if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte) {
            long n = ((Number) x).longValue();
            if (n > Integer.MAX_VALUE) throw new ShapeException("permutation(" + n + "): too many items to permute");
            return permutation((int) n);
        }
        if (x == null) throw new ShapeException("permutation: x must be an integer or an array, got null");
        Tensor t = ArrayLike.toTensor(x);
        if (t.ndim() < 1) throw new ShapeException("x must be an integer or at least 1-dimensional");
        return SampleArrays.shuffledRows(t, (swap, n) -> state.shuffle(n, swap));
    }

    /**
     * numpy's {@code shuffle(x)} along the first axis, as a new tensor: tensors are immutable, so where numpy
     * shuffles {@code x} in place, write {@code x = np.random.shuffle(x)}. Draws the same stream as numpy.
     * <pre>{@code
     * jshell> np.random.seed(0); var x = np.random.shuffle(np.arange(5))
     * x ==> array([2, 0, 1, 3, 4])
     * }</pre>
     */
    public Tensor shuffle(Object x) {
        if (x == null) throw new ShapeException("shuffle: x must be an array, got null");
        Tensor t = ArrayLike.toTensor(x);
        if (t.ndim() == 0) throw new ShapeException("len() of unsized object");
        return SampleArrays.shuffledRows(t, (swap, n) -> state.shuffle(n, swap));
    }

    /**
     * {@code np.random.default_rng(seed)}: numpy's Generator on PCG64, its streams the same as numpy's for the seed.
     * <pre>{@code
     * jshell> np.random.default_rng(0).random(3)
     * $1 ==> array([0.63696169, 0.26978671, 0.04097352])
     * }</pre>
     */
    public Generator default_rng(long seed) { return new Generator(new mlmath.random.Pcg64(seed)); }

    /** {@code np.random.default_rng()}: a Generator seeded from fresh operating-system entropy. */
    public Generator default_rng() { return new Generator(mlmath.random.Pcg64.fromEntropy()); }

    // ---- legacy distributions (issue #28) ---------------------------------------------------------------

    private final LegacyDistributions legacy = new LegacyDistributions(state);

    /**
     * numpy's legacy {@code binomial(n, p, size)}: successes in n trials of probability p (int64). n and p may be
     * arrays ({@code np.random.binomial(1, probs)}): one draw per element of their broadcast shape, or of {@code size} (an array n must hold integers, as numpy's safe cast wants).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.binomial(10, 0.5, 5)
     * $2 ==> array([5, 6, 5, 5, 5])
     * }</pre>
     */
    public Tensor binomial(Object n, Object p, int... size) { return SampleArrays.binomial(n, p, size, legacy::binomialLegacy); }

    /**
     * numpy's legacy {@code poisson(lam, size)}: event counts with mean lam (int64); lam may be an array, one draw per element.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.poisson(3, 5)
     * $2 ==> array([5, 6, 2, 0, 7])
     * }</pre>
     */
    public Tensor poisson(Object lam, int... size) { return SampleArrays.poisson(lam, size, legacy::poisson); }

    /**
     * numpy's legacy {@code exponential(scale, size)}: {@code scale * -log(1 - u)}; scale may be an array, one draw
     * per element (as in numpy's other array parameters).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.exponential(2.0, 3)
     * $2 ==> array([1.59174902, 2.51186153, 1.84644629])
     * }</pre>
     */
    public Tensor exponential(Object scale, int... size) { return SampleArrays.exponential(scale, size, legacy::standardExponential); }

    /**
     * numpy's legacy {@code standard_gamma(shape, size)}: Marsaglia and Tsang's gamma of scale 1; shape may be an array.
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.standard_gamma(2.0, 3)
     * $2 ==> array([5.13882958, 2.23848091, 5.42713227])
     * }</pre>
     */
    public Tensor standard_gamma(Object shape, int... size) { return SampleArrays.standardGamma(shape, size, legacy::standardGamma); }

    /**
     * numpy's legacy {@code gamma(shape, scale, size)}: mean shape·scale; shape and scale may be arrays, one draw per
     * element of their broadcast shape (or of {@code size}).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.gamma(2.0, 1.0, 3)
     * $2 ==> array([5.13882958, 2.23848091, 5.42713227])
     * jshell> np.random.seed(0); np.random.gamma(np.array(1.0, 2.0, 3.0), 2.0)
     * $4 ==> array([ 1.59174902,  5.63815496, 12.18269513])
     * }</pre>
     */
    public Tensor gamma(Object shape, Object scale, int... size) { return SampleArrays.gamma(shape, scale, size, legacy::standardGamma); }

    /**
     * numpy's legacy {@code beta(a, b, size)}: values in [0, 1] with mean a / (a + b); a and b may be arrays, one draw
     * per element of their broadcast shape (or of {@code size}).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.beta(2, 3, 3)
     * $2 ==> array([0.60358975, 0.79868334, 0.31163262])
     * }</pre>
     */
    public Tensor beta(Object a, Object b, int... size) { return SampleArrays.beta(a, b, size, legacy::beta); }

    /**
     * numpy's legacy {@code multinomial(n, pvals, size)}: counts of n draws over the categories, shape size + (k,).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.multinomial(10, np.array(0.2, 0.3, 0.5))
     * $2 ==> array([2, 4, 4])
     * }</pre>
     */
    public Tensor multinomial(long n, Object pvals, int... size) {
        double[] p = vector(pvals, "pvals");
        for (double v : p) if (!(v >= 0) || !(v <= 1)) throw new ShapeException("pvals < 0, pvals > 1 or pvals contains NaNs");
        if (mlmath.random.Sampling.kahanSum(p, p.length - 1) > 1.0 + 1e-12) throw new ShapeException("sum(pvals[:-1]) > 1.0");
        if (n < 0) throw new ShapeException("n < 0");
        return rows(size, p.length, DType.INT64, () -> java.util.Arrays.stream(legacy.multinomial(n, p)).asDoubleStream().toArray());
    }

    /**
     * numpy's legacy {@code dirichlet(alpha, size)}: probability vectors (rows summing to 1), shape size + (k,).
     * <pre>{@code
     * jshell> np.random.seed(0); np.random.dirichlet(np.array(1, 1, 1))
     * $2 ==> array([0.26751829, 0.42215757, 0.31032414])
     * }</pre>
     */
    public Tensor dirichlet(Object alpha, int... size) {
        double[] a = vector(alpha, "alpha");
        for (double v : a) if (v <= 0) throw new ShapeException("alpha <= 0");
        return rows(size, a.length, DType.FLOAT64, () -> legacy.dirichlet(a));
    }
}

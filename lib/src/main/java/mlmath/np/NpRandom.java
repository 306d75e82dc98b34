package mlmath.np;

import mlmath.random.RandomState;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/** {@code np.random}: the legacy global stream, digit for digit numpy's for the same seed and calls. */
public final class NpRandom {
    private final RandomState state = new RandomState(0);

    NpRandom() {
        // Like numpy, an unseeded session is not reproducible; seed from the clock until the learner calls seed().
        state.seed(System.nanoTime() & 0xFFFFFFFFL);
    }

    /** {@code np.random.seed(s)}: restarts the stream. */
    public void seed(long seed) { state.seed(seed); }

    /** Standard normal samples of the given shape ({@code randn()} is a 0-d array). */
    public Tensor randn(int... shape) {
        Shape s = new Shape(shape);
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) d[i] = state.nextGaussian();
        return new Tensor(d, s, DType.FLOAT64);
    }

    /** Uniform samples in [0, 1) of the given shape. */
    public Tensor rand(int... shape) {
        Shape s = new Shape(shape);
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) d[i] = state.nextDouble();
        return new Tensor(d, s, DType.FLOAT64);
    }

    /** {@code loc + scale·randn}, numpy's legacy {@code normal(loc, scale, size)}. */
    public Tensor normal(double loc, double scale, int... shape) {
        if (scale < 0) throw new ShapeException("scale < 0");
        return randn(shape).mul(scale).add(loc);
    }

    /** {@code n} integers in [low, high), numpy's {@code randint(low, high, n)} (int64). */
    public Tensor randint(long low, long high, int... shape) {
        if (low >= high) throw new ShapeException("low >= high");
        Shape s = new Shape(shape);
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) d[i] = state.nextInt(low, high);
        return new Tensor(d, s, DType.INT64);
    }
}

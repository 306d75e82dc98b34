package mlmath.np;

import mlmath.random.RandomState;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.internal.Buffers;

import static mlmath.np.SampleArrays.requireSize;
import static mlmath.np.SampleArrays.sizeProduct;
import static mlmath.np.SampleArrays.withinHeap;

/** numpy's legacy {@code np.random.choice}: its argument checks in its words, then the draws of {@link RandomState}. */
final class LegacyChoice {
    private LegacyChoice() {}

    /**
     * {@code choice(a, size, replace, p)} on {@code state}'s stream: the indices drawn, or a's elements at them (with
     * a's dtype, every digit kept); of no size, an index is the Python int numpy returns and an element a numpy scalar.
     */
    static Tensor draw(RandomState state, Object a, int[] size, boolean replace, Object p) {
        if (a == null) throw new ShapeException("choice: a must be an int or a 1-D array, got null");
        long samples = sizeProduct(size);
        Tensor population = null;
        long popSize;
        if (a instanceof Tensor || !(a instanceof Number)) {
            population = ArrayLike.toTensor(a);
            if (population.ndim() == 0) throw new ShapeException("a must be 1-dimensional or an integer");
            if (population.ndim() != 1) throw new ShapeException("a must be 1-dimensional");
            popSize = population.size();
            if (popSize == 0 && samples != 0) throw new ShapeException("'a' cannot be empty unless no samples are taken");
        } else {
            if (!(a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte)) {
                throw new ShapeException("a must be 1-dimensional or an integer");
            }
            popSize = ((Number) a).longValue();
            if (popSize <= 0 && samples != 0) throw new ShapeException("a must be greater than 0 unless no samples are taken");
        }
        double[] probabilities = p == null ? null : probabilities(p, popSize);
        if (!replace && samples > popSize) {
            throw new ShapeException("Cannot take a larger sample than population when 'replace=False'");
        }
        if (!replace && samples < 0) throw new ShapeException("Negative dimensions are not allowed");
        requireSize(size);
        Shape shape = new Shape(size);
        if (!replace && probabilities == null && popSize > Integer.MAX_VALUE) {
            throw new ShapeException("choice without replacement from " + popSize + " items: the population is too big to permute");
        }
        Buffers.requireFits(Buffers.widened(size), DType.INT64);
        long[] picks = withinHeap(shape, DType.INT64, () -> state.choice(popSize, (int) samples, replace, probabilities));
        Tensor indices = Buffers.wrapLongs(picks, shape);
        return population == null ? Buffers.asPython(indices) : population.get(indices);
    }

    /** {@code p} as doubles after numpy's checks (1-D, one per element, no NaN, non-negative, summing to 1). */
    private static double[] probabilities(Object p, long popSize) {
        Tensor t = ArrayLike.toTensor(p);
        if (t.ndim() != 1) throw new ShapeException("'p' must be 1-dimensional");
        if (t.size() != popSize) throw new ShapeException("'a' and 'p' must have same size");
        double[] d = t.toArray();
        RandomState.checkProbabilities(d);
        return d;
    }
}

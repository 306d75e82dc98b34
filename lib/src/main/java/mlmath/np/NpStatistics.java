package mlmath.np;

import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's statistics on {@code np}: median, quantile, percentile, average, cov, corrcoef, histogram and bincount.
 * {@link Np} is its one implementation; learners call these on {@code np}.
 */
public sealed interface NpStatistics permits Np {
    /**
     * The median of all elements (NaN if any is NaN).
     * <pre>{@code
     * jshell> np.median(np.array(3, 1, 4, 1))
     * $1 ==> np.float64(2.0)
     * jshell> np.median(np.array(new double[][] {{1, 9, 2}, {4, 5, 6}}), 1)
     * $2 ==> array([2., 5.])
     * }</pre>
     */
    default Tensor median(Object x) { return Sorting.median(t(x), null, false); }

    default Tensor median(Object x, int axis) { return median(x, axis, false); }

    default Tensor median(Object x, int axis, boolean keepdims) { return Sorting.median(t(x), axis, keepdims); }

    /**
     * numpy's {@code quantile} (default "linear" method); q is a number or an array of numbers in [0, 1].
     * <pre>{@code
     * jshell> np.quantile(np.arange(5), 0.3)
     * $1 ==> np.float64(1.2)
     * jshell> np.quantile(np.arange(5), new double[] {0.25, 0.5})
     * $2 ==> array([1., 2.])
     * }</pre>
     */
    default Tensor quantile(Object x, Object q) { return quantileOf(x, q, null, false); }

    default Tensor quantile(Object x, Object q, int axis) { return quantileOf(x, q, axis, false); }

    default Tensor quantile(Object x, Object q, int axis, boolean keepdims) { return quantileOf(x, q, axis, keepdims); }

    private Tensor quantileOf(Object x, Object q, Integer axis, boolean keepdims) {
        return Sorting.quantile(t(x), t(q, "q"), axis, keepdims, "Quantiles must be in the range [0, 1]");
    }

    /**
     * numpy's {@code percentile}: the quantile at q/100, q in [0, 100].
     * <pre>{@code
     * jshell> np.percentile(np.arange(11), 90)
     * $1 ==> np.float64(9.0)
     * jshell> np.percentile(np.arange(6).reshape(2, 3), 50, 1)
     * $2 ==> array([1., 4.])
     * }</pre>
     */
    default Tensor percentile(Object x, Object q) { return percentileOf(x, q, null, false); }

    default Tensor percentile(Object x, Object q, int axis) { return percentileOf(x, q, axis, false); }

    default Tensor percentile(Object x, Object q, int axis, boolean keepdims) { return percentileOf(x, q, axis, keepdims); }

    private Tensor percentileOf(Object x, Object q, Integer axis, boolean keepdims) {
        Tensor fraction = Ufuncs.divide(t(q, "q"), t(100));
        return Sorting.quantile(t(x), fraction, axis, keepdims, "Percentiles must be in the range [0, 100]");
    }

    /**
     * {@code np.cov(m)}: the covariance matrix of the variables in m's rows (observations in columns), ddof 1.
     * <pre>{@code
     * jshell> np.cov(np.array(new double[][] {{1, 2, 3}, {2, 4, 7}}))
     * $1 ==> array([[1.        , 2.5       ],
     *        [2.5       , 6.33333333]])
     * }</pre>
     */
    default Tensor cov(Object m) { return Statistics.cov(t(m, "m"), null, true, false, null); }

    /** {@code np.cov(x, y)}: the covariance of x's and y's variables together. */
    default Tensor cov(Object m, Object y) { return Statistics.cov(t(m, "m"), t(y, "y"), true, false, null); }

    /** {@code np.cov(m, rowvar=rowvar, bias=bias)}: rowvar false when variables are columns; bias divides by N. */
    default Tensor cov(Object m, boolean rowvar, boolean bias) { return Statistics.cov(t(m, "m"), null, rowvar, bias, null); }

    /** {@code np.cov(m, y, rowvar, bias, ddof)}; y and ddof may be null. */
    default Tensor cov(Object m, Object y, boolean rowvar, boolean bias, Integer ddof) {
        return Statistics.cov(t(m, "m"), y == null ? null : t(y, "y"), rowvar, bias, ddof);
    }

    /**
     * {@code np.corrcoef(x)}: Pearson correlations between the variables in x's rows.
     * <pre>{@code
     * jshell> np.corrcoef(np.array(new double[][] {{1, 2, 3}, {2, 4, 7}}))
     * $1 ==> array([[1.        , 0.99339927],
     *        [0.99339927, 1.        ]])
     * }</pre>
     */
    default Tensor corrcoef(Object x) { return Statistics.corrcoef(t(x, "x"), null, true); }

    /** {@code np.corrcoef(x, y)}: correlations between x's and y's variables together. */
    default Tensor corrcoef(Object x, Object y) { return Statistics.corrcoef(t(x, "x"), t(y, "y"), true); }

    /** {@code np.corrcoef(x, rowvar=rowvar)}: rowvar false when variables are columns. */
    default Tensor corrcoef(Object x, boolean rowvar) { return Statistics.corrcoef(t(x, "x"), null, rowvar); }

    /** {@code hist, edges = np.histogram(a)}: counts in 10 equal bins from a's min to max, and the 11 edges. */
    default Tensor[] histogram(Object a) { return histogram(a, 10); }

    /**
     * {@code np.histogram(a, bins)}: {@code bins} equal-width bins; the last bin includes its right edge.
     * <pre>{@code
     * jshell> np.histogram(np.array(1.0, 2.0, 2.0, 3.0, 4.0), 3)
     * $1 ==> Tensor[2] { array([1, 2, 2]), array([1., 2., 3., 4.]) }
     * }</pre>
     */
    default Tensor[] histogram(Object a, int bins) { return Statistics.histogram(t(a), bins, null, false, null); }

    /** {@code np.histogram(a, bins, range, density)}: range {lo, hi} or null; density gives a pdf that integrates to 1. */
    default Tensor[] histogram(Object a, int bins, double[] range, boolean density) { return histogram(a, bins, range, density, null); }

    /**
     * {@code np.histogram(a, bins, range, density, weights)}: each element counts its weight (weights shaped like a,
     * or null), so the counts are the weights' sums in their dtype.
     * <pre>{@code
     * jshell> np.histogram(np.array(1.0, 2.0, 2.0, 3.0, 4.0), 3, null, false, np.array(0.5, 1.0, 1.0, 2.0, 0.25))
     * $1 ==> Tensor[2] { array([0.5 , 2.  , 2.25]), array([1., 2., 3., 4.]) }
     * }</pre>
     */
    default Tensor[] histogram(Object a, int bins, double[] range, boolean density, Object weights) {
        return Statistics.histogram(t(a), bins, range == null ? null : range.clone(), density, weightsOf(weights));
    }

    /** {@code np.histogram(a, bins=edges)}: bins given by their increasing edges. */
    default Tensor[] histogram(Object a, Tensor edges) { return histogram(a, edges, false, null); }

    /** {@code np.histogram(a, bins=edges, density=density)}. */
    default Tensor[] histogram(Object a, Tensor edges, boolean density) { return histogram(a, edges, density, null); }

    /** {@code np.histogram(a, bins=edges, density=density, weights=weights)}; weights shaped like a, or null. */
    default Tensor[] histogram(Object a, Tensor edges, boolean density, Object weights) {
        return Statistics.histogram(t(a), t(edges, "bins"), density, weightsOf(weights));
    }

    private static Tensor weightsOf(Object weights) { return weights == null ? null : t(weights, "weights"); }

    /**
     * {@code np.bincount(x)}: for each integer 0..max(x), how often it occurs in x (non-negative ints).
     * <pre>{@code
     * jshell> np.bincount(np.array(0, 1, 1, 3))
     * $1 ==> array([1, 2, 0, 1])
     * }</pre>
     */
    default Tensor bincount(Object x) { return Statistics.bincount(t(x, "x"), null, 0); }

    /** {@code np.bincount(x, weights, minlength)}: the weights summed per integer (weights may be null), at least minlength long. */
    default Tensor bincount(Object x, Object weights, int minlength) {
        return Statistics.bincount(t(x, "x"), weights == null ? null : t(weights, "weights"), minlength);
    }

    /** {@code np.average(a)}: the mean of all elements. */
    default Tensor average(Object a) { return Statistics.average(t(a), null, null, false)[0]; }

    /**
     * {@code np.average(a, weights=w)}: the weighted mean {@code sum(a * w) / sum(w)} of all elements (w shaped like a).
     * <pre>{@code
     * jshell> np.average(np.array(1.0, 2.0, 3.0), np.array(3, 1, 0))
     * $1 ==> np.float64(1.25)
     * }</pre>
     */
    default Tensor average(Object a, Object weights) { return Statistics.average(t(a), null, weightsOf(weights), false)[0]; }

    /** {@code np.average(a, axis)}: the mean along one axis, as numpy reads a second positional argument (weights come third). */
    default Tensor average(Object a, int axis) { return average(a, axis, null); }

    /** {@code np.average(a, axis, weights)}: along one axis; w shaped like a or 1-D along that axis (may be null). */
    default Tensor average(Object a, int axis, Object weights) { return Statistics.average(t(a), axis, weightsOf(weights), false)[0]; }

    /**
     * {@code np.average(a, axis, weights, returned=True)}: the average and the sum of the weights (the count of
     * elements averaged without weights) in the average's shape; axis null for all axes. With returned false the
     * array holds the average alone.
     * <pre>{@code
     * jshell> np.average(np.array(new double[][] {{1, 2}, {3, 4}}), 1, np.array(1, 3), true)
     * $1 ==> Tensor[2] { array([1.75, 3.75]), array([4., 4.]) }
     * }</pre>
     */
    default Tensor[] average(Object a, Integer axis, Object weights, boolean returned) {
        Tensor[] both = Statistics.average(t(a), axis, weightsOf(weights), false);
        return returned ? both : new Tensor[] {both[0]};
    }
}

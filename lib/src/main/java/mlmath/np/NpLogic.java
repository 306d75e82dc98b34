package mlmath.np;

import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's comparisons and logic on {@code np}: greater, equal, …, logical_and, …, isnan, isclose, allclose and
 * array_equal (bool arrays, or a boolean for the whole-array tests). {@link Np} is its one implementation; learners
 * call these on {@code np}.
 */
public sealed interface NpLogic permits Np {
    /**
     * {@code a > b} as a bool array.
     * <pre>{@code
     * jshell> np.greater(np.array(1, 5), 3)
     * $1 ==> array([False,  True])
     * }</pre>
     */
    default Tensor greater(Object a, Object b) { return Ufuncs.compare(t(a, "x1"), t(b, "x2"), Ufuncs.Comparison.GT); }

    /**
     * {@code a >= b} as a bool array.
     * <pre>{@code
     * jshell> np.greater_equal(np.array(1, 3, 5), 3)
     * $1 ==> array([False,  True,  True])
     * }</pre>
     */
    default Tensor greater_equal(Object a, Object b) { return Ufuncs.compare(t(a, "x1"), t(b, "x2"), Ufuncs.Comparison.GE); }

    /**
     * {@code a < b} as a bool array.
     * <pre>{@code
     * jshell> np.less(np.array(1, 3, 5), 3)
     * $1 ==> array([ True, False, False])
     * }</pre>
     */
    default Tensor less(Object a, Object b) { return Ufuncs.compare(t(a, "x1"), t(b, "x2"), Ufuncs.Comparison.LT); }

    /**
     * {@code a <= b} as a bool array.
     * <pre>{@code
     * jshell> np.less_equal(np.array(1, 3, 5), 3)
     * $1 ==> array([ True,  True, False])
     * }</pre>
     */
    default Tensor less_equal(Object a, Object b) { return Ufuncs.compare(t(a, "x1"), t(b, "x2"), Ufuncs.Comparison.LE); }

    /**
     * {@code a == b} as a bool array (NaN is never equal).
     * <pre>{@code
     * jshell> np.equal(np.array(1.0, 2.0), np.array(1.0, 3.0))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    default Tensor equal(Object a, Object b) { return Ufuncs.compare(t(a, "x1"), t(b, "x2"), Ufuncs.Comparison.EQ); }

    /**
     * {@code a != b} as a bool array.
     * <pre>{@code
     * jshell> np.not_equal(np.array(1.0, 2.0), np.array(1.0, 3.0))
     * $1 ==> array([False,  True])
     * }</pre>
     */
    default Tensor not_equal(Object a, Object b) { return Ufuncs.compare(t(a, "x1"), t(b, "x2"), Ufuncs.Comparison.NE); }

    /**
     * Elementwise "both nonzero", as bool: combine masks with {@code np.logical_and(x.gt(0), x.lt(1))}.
     * <pre>{@code
     * jshell> var x = np.array(-0.5, 0.5, 1.5)
     * x ==> array([-0.5,  0.5,  1.5])
     * jshell> np.logical_and(x.gt(0), x.lt(1))
     * $2 ==> array([False,  True, False])
     * }</pre>
     */
    default Tensor logical_and(Object a, Object b) { return Ufuncs.logicalAnd(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise "either nonzero", as bool.
     * <pre>{@code
     * jshell> np.logical_or(new boolean[] {true, false, false}, new boolean[] {false, false, true})
     * $1 ==> array([ True, False,  True])
     * }</pre>
     */
    default Tensor logical_or(Object a, Object b) { return Ufuncs.logicalOr(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise "exactly one nonzero", as bool.
     * <pre>{@code
     * jshell> np.logical_xor(np.array(1, 1, 0), np.array(1, 0, 0))
     * $1 ==> array([False,  True, False])
     * }</pre>
     */
    default Tensor logical_xor(Object a, Object b) { return Ufuncs.logicalXor(t(a, "x1"), t(b, "x2")); }

    /**
     * Elementwise "zero", as bool.
     * <pre>{@code
     * jshell> np.logical_not(np.array(0, 2))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    default Tensor logical_not(Object x) { return Ufuncs.logicalNot(t(x, "x")); }

    /**
     * Where the elements are NaN.
     * <pre>{@code
     * jshell> np.isnan(np.array(1.0, Double.NaN))
     * $1 ==> array([False,  True])
     * }</pre>
     */
    default Tensor isnan(Object x) { return Ufuncs.isnan(t(x, "x")); }

    /**
     * Where the elements are +inf or -inf.
     * <pre>{@code
     * jshell> np.isinf(np.array(1.0, Double.NEGATIVE_INFINITY, Double.NaN))
     * $1 ==> array([False,  True, False])
     * }</pre>
     */
    default Tensor isinf(Object x) { return Ufuncs.isinf(t(x, "x")); }

    /**
     * Where the elements are neither infinite nor NaN.
     * <pre>{@code
     * jshell> np.isfinite(np.array(1.0, Double.POSITIVE_INFINITY, Double.NaN))
     * $1 ==> array([ True, False, False])
     * }</pre>
     */
    default Tensor isfinite(Object x) { return Ufuncs.isfinite(t(x, "x")); }

    /**
     * {@code |a - b| <= atol + rtol·|b|} elementwise with numpy's defaults rtol 1e-5, atol 1e-8.
     * <pre>{@code
     * jshell> np.isclose(np.array(1.0, 1.1), np.array(1.000001, 1.0))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    default Tensor isclose(Object a, Object b) { return isclose(a, b, 1e-5, 1e-8, false); }

    /**
     * {@code |a - b| <= atol + rtol·|b|} elementwise; {@code equalNan} lets NaN match NaN.
     * <pre>{@code
     * jshell> np.isclose(np.array(1.0, Double.NaN), np.array(1.05, Double.NaN), 0.1, 0, true)
     * $1 ==> array([ True,  True])
     * }</pre>
     */
    default Tensor isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return Ufuncs.isclose(t(a, "a"), t(b, "b"), rtol, atol, equalNan);
    }

    /**
     * True when {@link #isclose} holds everywhere (numpy's defaults rtol 1e-5, atol 1e-8).
     * <pre>{@code
     * jshell> np.allclose(np.array(1.0, 2.0), np.array(1.0, 2.0 + 1e-9))
     * $1 ==> true
     * }</pre>
     */
    default boolean allclose(Object a, Object b) { return allclose(a, b, 1e-5, 1e-8, false); }

    /**
     * {@link #isclose} everywhere with the given tolerances.
     * <pre>{@code
     * jshell> np.allclose(np.array(1.0, 2.0), np.array(1.1, 2.0), 0, 0.01)
     * $1 ==> false
     * }</pre>
     */
    default boolean allclose(Object a, Object b, double rtol, double atol) { return allclose(a, b, rtol, atol, false); }

    /**
     * {@link #isclose} everywhere; {@code equalNan} lets NaN match NaN.
     * <pre>{@code
     * jshell> np.allclose(np.array(Double.NaN), np.array(Double.NaN), 1e-5, 1e-8, true)
     * $1 ==> true
     * }</pre>
     */
    default boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return isclose(a, b, rtol, atol, equalNan).all().item() != 0;
    }

    /**
     * {@code np.array_equal(a1, a2)}: true when both have the same shape and elements (NaN never equals NaN).
     * <pre>{@code
     * jshell> np.array_equal(np.array(1.0, Double.NaN), np.array(1.0, Double.NaN))
     * $1 ==> false
     * }</pre>
     */
    default boolean array_equal(Object a1, Object a2) { return array_equal(a1, a2, false); }

    /**
     * {@code np.array_equal(a1, a2, equal_nan)}: with equal_nan true, NaNs in the same places count as equal.
     * <pre>{@code
     * jshell> np.array_equal(np.array(1.0, Double.NaN), np.array(1.0, Double.NaN), true)
     * $1 ==> true
     * }</pre>
     */
    default boolean array_equal(Object a1, Object a2, boolean equalNan) { return Searching.arrayEqual(t(a1, "a1"), t(a2, "a2"), equalNan); }
}

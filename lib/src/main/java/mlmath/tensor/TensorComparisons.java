package mlmath.tensor;

import mlmath.tensor.internal.*;
import mlmath.tensor.internal.Ufuncs.Comparison;

import static mlmath.tensor.TensorArguments.arg;
import static mlmath.tensor.TensorArguments.operator;

/**
 * A tensor's comparisons, elementwise with broadcasting, giving bool tensors: gt, ge, lt, le, eq and ne. {@link Tensor}
 * is its one implementation.
 */
public sealed interface TensorComparisons permits Tensor {
    /**
     * {@code this > other} as a bool array, e.g. a mask for {@link Tensor#get(Tensor)}.
     * <pre>{@code
     * jshell> np.arange(4).gt(1)
     * $1 ==> array([False, False,  True,  True])
     * }</pre>
     */
    default Tensor gt(Object other) { return operator((Tensor) this, other, Ufuncs.compare((Tensor) this, arg(other, "other"), Comparison.GT)); }

    /**
     * {@code this >= other} as a bool array.
     * <pre>{@code
     * jshell> np.arange(4).ge(1)
     * $1 ==> array([False,  True,  True,  True])
     * }</pre>
     */
    default Tensor ge(Object other) { return operator((Tensor) this, other, Ufuncs.compare((Tensor) this, arg(other, "other"), Comparison.GE)); }

    /**
     * {@code this < other} as a bool array.
     * <pre>{@code
     * jshell> np.arange(4).lt(1)
     * $1 ==> array([ True, False, False, False])
     * }</pre>
     */
    default Tensor lt(Object other) { return operator((Tensor) this, other, Ufuncs.compare((Tensor) this, arg(other, "other"), Comparison.LT)); }

    /**
     * {@code this <= other} as a bool array.
     * <pre>{@code
     * jshell> np.arange(4).le(1)
     * $1 ==> array([ True,  True, False, False])
     * }</pre>
     */
    default Tensor le(Object other) { return operator((Tensor) this, other, Ufuncs.compare((Tensor) this, arg(other, "other"), Comparison.LE)); }

    /**
     * {@code this == other} elementwise (NaN is never equal).
     * <pre>{@code
     * jshell> np.array(1.0, Double.NaN).eq(np.array(1.0, Double.NaN))
     * $1 ==> array([ True, False])
     * }</pre>
     */
    default Tensor eq(Object other) { return operator((Tensor) this, other, Ufuncs.compare((Tensor) this, arg(other, "other"), Comparison.EQ)); }

    /**
     * {@code this != other} elementwise (NaN is never equal, so always not-equal).
     * <pre>{@code
     * jshell> np.array(1, 2, 3).ne(2)
     * $1 ==> array([ True, False,  True])
     * }</pre>
     */
    default Tensor ne(Object other) { return operator((Tensor) this, other, Ufuncs.compare((Tensor) this, arg(other, "other"), Comparison.NE)); }
}

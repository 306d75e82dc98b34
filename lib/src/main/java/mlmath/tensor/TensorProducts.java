package mlmath.tensor;

import mlmath.tensor.internal.*;

import static mlmath.tensor.TensorArguments.arg;

/** A tensor's products: matmul and dot. {@link Tensor} is its one implementation. */
public sealed interface TensorProducts permits Tensor {
    /**
     * {@code this @ other} with numpy's matmul rules.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).matmul(np.ones(3, 2))
     * $1 ==> array([[ 3.,  3.],
     *        [12., 12.]])
     * }</pre>
     */
    default Tensor matmul(Object other) { return MatMul.matmul((Tensor) this, arg(other, "other")); }

    /**
     * numpy's {@code dot} (inner product for 1-D, matmul for 2-D, last axis against second-to-last for N-D).
     * <pre>{@code
     * jshell> np.array(1.0, 2.0, 3.0).dot(new double[] {4, 5, 6})
     * $1 ==> np.float64(32.0)
     * }</pre>
     */
    default Tensor dot(Object other) { return MatMul.dot((Tensor) this, arg(other, "other")); }
}

package mlmath.torch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/**
 * The reference, reached as {@code torch} in the REPL: real libtorch (float64) through DJL. Results are mlmath
 * tensors labelled {@code torch 2.7.1}, so {@code verify} can say what it compared against.
 * <pre>{@code
 * jshell> torch.softmax(new double[] {1, 2, 3}, -1)
 * $1 ==> array([0.09003057, 0.24472847, 0.66524096])
 * }</pre>
 */
public final class Torch {
    /** Optimizer and schedule references: {@code torch.optim.adamW(theta, ...)}. */
    public final Optim optim = new Optim();

    /** A loss written on DJL NDArrays, one argument per parameter: {@code p -> p[0].mul(3).add(2).pow(2)}. */
    @FunctionalInterface
    public interface LossFn {
        NDArray apply(NDArray... params);
    }

    /**
     * A composition of libtorch ops on DJL NDArrays, one argument per input, brought back labelled torch: what the
     * exercises' random cases compare with when no single torch op is the answer.
     * <pre>{@code
     * jshell> torch.compute(x -> x[0].exp().sum(), np.zeros(3))
     * $1 ==> np.float64(3.0)
     * }</pre>
     */
    public Tensor compute(LossFn ops, Object... inputs) {
        return TorchOp.run(m -> {
            NDArray[] nd = new NDArray[inputs.length];
            for (int i = 0; i < nd.length; i++) nd[i] = TorchEngine.toNd(m, inputs[i]);
            return ops.apply(nd);
        });
    }

    /** Starts loading libtorch in the background so the first verify is instant. */
    public void preload() { TorchEngine.preload(); }

    /** libtorch's version, e.g. {@code 2.7.1}. */
    public String version() { return TorchEngine.version(); }

    /** A float64 DJL NDArray (libtorch tensor) holding {@code x}, living for the session. */
    public NDArray tensor(Object x) {
        return TorchEngine.toNd(TorchEngine.manager(), x);
    }

    /** {@code torch.matmul(a, b)}. */
    public Tensor matmul(Object a, Object b) { return TorchOp.run(m -> TorchEngine.toNd(m, a).matMul(TorchEngine.toNd(m, b))); }

    /** {@code torch.dot(a, b)} for two 1-D tensors. */
    public Tensor dot(Object a, Object b) {
        Tensor x = ArrayLike.toTensor(a), y = ArrayLike.toTensor(b);
        if (x.ndim() != 1 || y.ndim() != 1) {
            throw new ShapeException("1D tensors expected, but got " + x.ndim() + "D and " + y.ndim() + "D tensors");
        }
        return TorchOp.run(m -> TorchEngine.toNd(m, x).dot(TorchEngine.toNd(m, y)));
    }

    /** {@code torch.reshape(x, shape)}: the same elements in a new shape; one dimension may be -1. */
    public Tensor reshape(Object x, int... shape) {
        long[] dims = java.util.Arrays.stream(shape).asLongStream().toArray();
        return TorchOp.run(m -> TorchEngine.toNd(m, x).reshape(dims));
    }

    /**
     * {@code torch.transpose(x, dim0, dim1)}: swaps two axes (negative dims count from the end).
     * <pre>{@code
     * jshell> torch.transpose(np.zeros(2, 4, 3, 8), -2, -1).shape()
     * $1 ==> (2, 4, 8, 3)
     * }</pre>
     */
    public Tensor transpose(Object x, int dim0, int dim1) {
        return TorchOp.run(m -> TorchEngine.toNd(m, x).swapAxes(dim0, dim1));
    }

    /** {@code x.permute(dims)}: reorders every axis, e.g. (batch, seq, heads, d) to (batch, heads, seq, d) with 0, 2, 1, 3. */
    public Tensor permute(Object x, int... dims) { return TorchOp.run(m -> TorchEngine.toNd(m, x).transpose(dims)); }

    /** {@code torch.add(a, b)} and {@code torch.div(a, b)}: elementwise, broadcasting. */
    public Tensor add(Object a, Object b) { return TorchOp.run(m -> TorchEngine.toNd(m, a).add(TorchEngine.toNd(m, b))); }

    public Tensor div(Object a, Object b) { return TorchOp.run(m -> TorchEngine.toNd(m, a).div(TorchEngine.toNd(m, b))); }

    /**
     * {@code x.masked_fill(mask, value)}: {@code value} where {@code mask} is nonzero, {@code x} elsewhere; the mask
     * broadcasts against x. Computed by libtorch's {@code torch.where(mask, value, x)}.
     */
    public Tensor maskedFill(Object x, Object mask, double value) {
        return TorchOp.run(m -> {
            NDArray input = TorchEngine.toNd(m, x);
            // DJL's where wants equal shapes, so the mask and the value are expanded to x's shape first.
            ai.djl.ndarray.types.Shape shape = input.getShape();
            NDArray condition = TorchEngine.toNd(m, mask).toType(ai.djl.ndarray.types.DataType.BOOLEAN, false).broadcast(shape);
            return ai.djl.ndarray.NDArrays.where(condition, m.create(value).broadcast(shape), input);
        });
    }

    /** {@code torch.softmax(x, dim)}. */
    public Tensor softmax(Object x, int dim) { return TorchOp.run(m -> TorchEngine.toNd(m, x).softmax(dim)); }

    /** {@code torch.log_softmax(x, dim)}. */
    public Tensor logSoftmax(Object x, int dim) { return TorchOp.run(m -> TorchEngine.toNd(m, x).logSoftmax(dim)); }

    /** {@code torch.exp}, {@code torch.log}: elementwise, for quick comparisons. */
    public Tensor exp(Object x) { return TorchOp.run(m -> TorchEngine.toNd(m, x).exp()); }

    public Tensor log(Object x) { return TorchOp.run(m -> TorchEngine.toNd(m, x).log()); }

    /**
     * The gradients libtorch's autograd computes for {@code loss(params)}, one per parameter, like calling
     * {@code loss.backward()} and reading each {@code p.grad}. The loss must be a scalar.
     * <pre>{@code
     * jshell> torch.grad(p -> p[0].mul(3).add(2).pow(2), 1.5)[0]
     * $1 ==> np.float64(39.0)
     * }</pre>
     */
    public Tensor[] grad(LossFn loss, Object... params) {
        if (params.length == 0) throw new IllegalArgumentException("grad needs at least one parameter value");
        String label = TorchEngine.label();
        try (NDManager m = TorchEngine.manager().newSubManager();
             GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray[] nd = new NDArray[params.length];
            for (int i = 0; i < nd.length; i++) {
                nd[i] = TorchEngine.toNd(m, params[i]);
                nd[i].setRequiresGradient(true);
            }
            NDArray value = loss.apply(nd);
            if (value.size() != 1) {
                long[] dims = value.getShape().getShape();
                throw new ShapeException("grad can be implicitly created only for scalar outputs (the loss has shape "
                        + new mlmath.tensor.Shape(java.util.Arrays.stream(dims).mapToInt(d -> (int) d).toArray()) + "; add .sum() or .mean())");
            }
            collector.backward(value);
            Tensor[] grads = new Tensor[nd.length];
            for (int i = 0; i < nd.length; i++) {
                Tensor g = TorchEngine.toTensor(nd[i].getGradient(), label);
                grads[i] = g.reshape(ArrayLike.toTensor(params[i]).shape().dims()).withSource(label);
            }
            return grads;
        } catch (ai.djl.engine.EngineException e) {
            throw TorchOp.translate(e);
        }
    }
}

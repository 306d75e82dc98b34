package mlmath.torch;

import ai.djl.ndarray.NDArray;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

/**
 * {@code torch.nn.functional}, reached as {@code F}: losses computed by libtorch in float64. DJL exposes no
 * cross-entropy or KL op, so each is composed from libtorch ops exactly as torch defines it (see each method).
 */
public final class Functional {
    /**
     * {@code F.cross_entropy(logits, targets)}, reduction mean: {@code -log_softmax(logits, 1)} gathered at the targets,
     * averaged over the batch. Logits are (N, C), targets N class indices in [0, C).
     */
    public Tensor crossEntropy(Object logits, Object targets) { return crossEntropy(logits, targets, 0.0); }

    /** Cross-entropy with label smoothing ε: {@code (1-ε)·nll + (ε/C)·Σ_c -log p_c}, averaged over the batch. */
    public Tensor crossEntropy(Object logits, Object targets, double labelSmoothing) {
        Tensor x = ArrayLike.toTensor(logits);
        int[] y = ArrayLike.toIndices(targets, "targets");
        if (x.ndim() != 2) throw new ShapeException("cross_entropy here expects logits of shape (N, C), got " + x.shape());
        int n = x.shape().get(0), c = x.shape().get(1);
        if (y.length != n) throw new ShapeException("Expected input batch_size (" + n + ") to match target batch_size (" + y.length + ").");
        for (int t : y) if (t < 0 || t >= c) throw new ShapeException("Target " + t + " is out of bounds.");
        if (labelSmoothing < 0 || labelSmoothing > 1) throw new ShapeException("label_smoothing must be between 0.0 and 1.0. Got: " + labelSmoothing);
        return TorchOp.run(m -> {
            NDArray logp = TorchEngine.toNd(m, x).logSoftmax(1);
            NDArray nll = logp.gather(TorchEngine.toIndexNd(m, y).reshape(n, 1), 1).neg().mean();
            if (labelSmoothing == 0) return nll;
            NDArray smooth = logp.neg().sum(new int[] {1}).mean().div(c);
            return nll.mul(1 - labelSmoothing).add(smooth.mul(labelSmoothing));
        });
    }

    /**
     * {@code F.kl_div(input, target, reduction)} with torch's argument order: {@code input} is log Q (the model),
     * {@code target} is P. Pointwise {@code xlogy(t, t) - t·input} (so 0·log 0 = 0); "sum" gives KL(P‖Q),
     * "batchmean" divides by input.size(0), "mean" by the element count.
     */
    public Tensor klDiv(Object input, Object target, String reduction) {
        Tensor in = ArrayLike.toTensor(input), t = ArrayLike.toTensor(target);
        if (!in.shape().equals(t.shape())) {
            throw new ShapeException("kl_div: input shape " + in.shape() + " and target shape " + t.shape() + " must match");
        }
        if (!java.util.List.of("sum", "batchmean", "mean", "none").contains(reduction)) {
            throw new ShapeException(reduction + " is not a valid value for reduction (use \"sum\", \"batchmean\", \"mean\" or \"none\")");
        }
        return TorchOp.run(m -> {
            NDArray tt = TorchEngine.toNd(m, t);
            NDArray pointwise = tt.xlogy(tt).sub(tt.mul(TorchEngine.toNd(m, in)));
            return switch (reduction) {
                case "sum" -> pointwise.sum();
                case "batchmean" -> pointwise.sum().div(in.ndim() == 0 ? 1 : in.shape().get(0));
                case "mean" -> pointwise.mean();
                default -> pointwise;
            };
        });
    }

    /**
     * {@code F.linear(x, weight, bias)}: {@code x @ weight.T + bias}, libtorch's fused op. The weight is stored as
     * (out_features, in_features), the way {@code nn.Linear} keeps it.
     * <pre>{@code
     * jshell> F.linear(np.ones(2, 3), np.ones(4, 3), np.zeros(4)).shape()
     * $1 ==> (2, 4)
     * }</pre>
     */
    public Tensor linear(Object input, Object weight, Object bias) {
        return TorchOp.run(m -> ai.djl.nn.core.Linear.linear(TorchEngine.toNd(m, input), TorchEngine.toNd(m, weight),
                TorchEngine.toNd(m, bias)).singletonOrThrow());
    }

    /**
     * {@code F.linear(x, weight)} with no bias: {@code x @ weight.T}, libtorch's fused op. A tied language-model head
     * is this call with the token-embedding table as the weight.
     * <pre>{@code
     * jshell> F.linear(np.ones(2, 3), np.ones(4, 3)).shape()
     * $1 ==> (2, 4)
     * }</pre>
     */
    public Tensor linear(Object input, Object weight) {
        return TorchOp.run(m -> ai.djl.nn.core.Linear.linear(TorchEngine.toNd(m, input), TorchEngine.toNd(m, weight))
                .singletonOrThrow());
    }

    /**
     * {@code F.gelu(x)}: libtorch's fused GELU, the exact form {@code x·Φ(x)} with Φ the standard normal CDF.
     * <pre>{@code
     * jshell> F.gelu(new double[] {-1, 0, 1})
     * $1 ==> array([-0.15865525,  0.        ,  0.84134475])
     * }</pre>
     */
    public Tensor gelu(Object x) { return gelu(x, "none"); }

    /**
     * {@code F.gelu(x, approximate=...)}: "none" is libtorch's fused exact GELU; "tanh" is the approximation GPT-2
     * uses, {@code 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))}. DJL reaches libtorch's gelu without its
     * {@code approximate} argument, so "tanh" is that formula composed from libtorch's pow, mul, add and tanh, and
     * its result says so: its source reads {@code torch 2.7.1 ops, tanh gelu}.
     * <pre>{@code
     * jshell> F.gelu(new double[] {-1, 0, 1}, "tanh")
     * $1 ==> array([-0.15880801,  0.        ,  0.84119199])
     * }</pre>
     */
    public Tensor gelu(Object x, String approximate) {
        if (!"none".equals(approximate) && !"tanh".equals(approximate)) {
            throw new IllegalArgumentException("approximate argument must be either none or tanh.");
        }
        if ("none".equals(approximate)) {
            return TorchOp.run(m -> ai.djl.pytorch.jni.JniUtils.gelu((ai.djl.pytorch.engine.PtNDArray) TorchEngine.toNd(m, x)));
        }
        return TorchOp.run(m -> {
            NDArray t = TorchEngine.toNd(m, x);
            NDArray inner = t.add(t.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
            return t.mul(0.5).mul(inner.tanh().add(1));
        }).withSource(TorchEngine.label() + " ops, tanh gelu");
    }

    /**
     * {@code F.layer_norm(x, normalized_shape, weight, bias, eps)}, libtorch's fused op: each slice over the last
     * {@code normalized_shape} axes gets mean 0 and (biased) variance 1, then {@code * weight + bias}. Called through
     * DJL's engine layer so eps stays a double (DJL's public LayerNorm narrows it to a float).
     */
    public Tensor layerNorm(Object input, int[] normalizedShape, Object weight, Object bias, double eps) {
        long[] shape = java.util.Arrays.stream(normalizedShape).asLongStream().toArray();
        return TorchOp.run(m -> ai.djl.pytorch.jni.JniUtils.layerNorm((ai.djl.pytorch.engine.PtNDArray) TorchEngine.toNd(m, input),
                new ai.djl.ndarray.types.Shape(shape), (ai.djl.pytorch.engine.PtNDArray) TorchEngine.toNd(m, weight),
                (ai.djl.pytorch.engine.PtNDArray) TorchEngine.toNd(m, bias), eps));
    }

    /** {@code F.mse_loss(input, target)}: mean of squared differences. */
    public Tensor mseLoss(Object input, Object target) {
        return TorchOp.run(m -> TorchEngine.toNd(m, input).sub(TorchEngine.toNd(m, target)).pow(2).mean());
    }
}

package mlmath.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import mlmath.tensor.Tensor;

import java.util.function.Function;

/** Runs one libtorch computation in a scoped NDManager and brings the result back as a labelled Tensor. */
final class TorchOp {
    private TorchOp() {}

    static Tensor run(Function<NDManager, NDArray> body) {
        String label = TorchEngine.label();
        try (NDManager m = TorchEngine.manager().newSubManager()) {
            return TorchEngine.toTensor(body.apply(m), label);
        } catch (ai.djl.engine.EngineException e) {
            throw translate(e);
        }
    }

    static TorchError translate(RuntimeException e) {
        String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("libtorch error");
        return new TorchError("torch: " + msg);
    }
}

package mlmath.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import mlmath.tensor.Tensor;

import java.util.function.Function;

/** Runs one libtorch computation in a scoped NDManager and brings the result back as a labelled Tensor. */
final class TorchOp {
    private TorchOp() {}

    /** libtorch's own error, first line only (its C++ backtrace is noise to a learner). */
    static final class TorchError extends IllegalArgumentException {
        TorchError(String message) { super(message); }

        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }

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

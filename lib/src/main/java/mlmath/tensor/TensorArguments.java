package mlmath.tensor;

import mlmath.tensor.internal.ArrayLike;

/** The argument checks and conversions shared by {@link Tensor} and the interfaces that group its ops. */
final class TensorArguments {
    private TensorArguments() {}

    /** {@code x}, or a one-line error naming the argument when it is null. */
    static <T> T notNull(T x, String name) {
        if (x == null) throw new ShapeException(name + " is null");
        return x;
    }

    /** An array-like argument as a tensor; {@code name} names it in an error message. */
    static Tensor arg(Object x, String name) { return ArrayLike.toTensor(x, name); }
}

package mlmath.tensor;

import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.internal.Buffers;

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

    /**
     * The value of {@code target[...] = value} as a tensor. A Java double is a Python float, which numpy converts to
     * an int64 element as Python's int() does, refusing NaN, infinities and values beyond int64; an array is cast.
     */
    static Tensor assigned(Tensor target, Object value) {
        if (target.dtype() == DType.INT64 && (value instanceof Double || value instanceof Float)) {
            double v = ((Number) value).doubleValue();
            if (Double.isNaN(v)) throw new ShapeException("cannot convert float NaN to integer");
            if (Double.isInfinite(v)) throw new ShapeException("cannot convert float infinity to integer");
            if (v >= 0x1p63 || v < -0x1p63) throw new ShapeException("Python int too large to convert to C long");
        }
        return arg(value, "value");
    }

    /**
     * {@code result} of a Python operator on {@code self} ({@code -r}, {@code abs(r)}): a Python number stays a Python
     * number ({@code np.random.rand()} is a Python float, and so is its negation), anything else gives numpy's value.
     */
    static Tensor operator(Tensor self, Tensor result) { return Buffers.isPython(self) ? Buffers.asPython(result) : result; }

    /**
     * {@code result} of a Python operator on {@code self} and {@code other} ({@code r * 2}, {@code r > 0.5}): Python
     * arithmetic when both are Python numbers (a Java number is one), numpy's rules (a numpy scalar or an array) otherwise.
     */
    static Tensor operator(Tensor self, Object other, Tensor result) {
        boolean python = other instanceof Number || other instanceof Boolean || other instanceof Tensor t && Buffers.isPython(t);
        return python ? operator(self, result) : result;
    }
}

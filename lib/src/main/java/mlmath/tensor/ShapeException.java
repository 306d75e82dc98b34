package mlmath.tensor;

/** The one unchecked error for bad shapes, axes, indices or values; messages follow numpy's wording. */
public class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) { super(message); }

    /** numpy's broadcast failure, its trailing space included: {@code operands could not be broadcast together with shapes (32,64) (63,) }. */
    public static ShapeException broadcast(Shape a, Shape b) {
        return new ShapeException("operands could not be broadcast together with shapes " + a.compact() + " " + b.compact() + " ");
    }

    /** Hides the Java frames: the learner reads the message, not a stack trace. */
    @Override public synchronized Throwable fillInStackTrace() { return this; }
}

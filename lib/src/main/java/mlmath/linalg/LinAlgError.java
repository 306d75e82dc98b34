package mlmath.linalg;

/** numpy's {@code LinAlgError}: a decomposition or solve failed (singular, not positive definite, no convergence). */
public class LinAlgError extends RuntimeException {
    public LinAlgError(String message) { super(message); }

    /** Hides the Java frames: the learner reads numpy's one line, not a stack trace. */
    @Override public synchronized Throwable fillInStackTrace() { return this; }
}

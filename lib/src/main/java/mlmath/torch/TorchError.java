package mlmath.torch;

/** An error libtorch raised (say, mismatched shapes), first line only: its C++ backtrace is noise to a learner. */
public class TorchError extends IllegalArgumentException {
    TorchError(String message) { super(message); }

    @Override public synchronized Throwable fillInStackTrace() { return this; }
}

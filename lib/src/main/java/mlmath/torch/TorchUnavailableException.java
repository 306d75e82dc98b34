package mlmath.torch;

/** libtorch could not be loaded; the message says why and what to do. Nothing falls back to a look-alike. */
public class TorchUnavailableException extends IllegalStateException {
    public TorchUnavailableException(String reason) { super("torch unavailable: " + reason); }

    @Override public synchronized Throwable fillInStackTrace() { return this; }
}

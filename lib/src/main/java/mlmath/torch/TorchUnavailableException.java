package mlmath.torch;

/** libtorch could not be loaded; the message says why and what to do. Nothing falls back to a look-alike. */
public class TorchUnavailableException extends IllegalStateException {
    private final boolean explains;

    /** {@code explains}: this is the session's one message with the reason and the advice (later ones point to it). */
    public TorchUnavailableException(String reason, boolean explains) {
        super("torch unavailable: " + reason);
        this.explains = explains;
    }

    /** Whether this message carries the reason and the advice, so it is worth showing even where no one asked. */
    public boolean explains() { return explains; }

    @Override public synchronized Throwable fillInStackTrace() { return this; }
}

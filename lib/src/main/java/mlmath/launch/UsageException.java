package mlmath.launch;

/** A launcher argument that cannot be followed: the message is printed as is and the launcher exits with 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) { super(message, null, false, false); }
}

package mlmath.learn;

/**
 * Thrown by the stubs of exercise mode: {@code TODO: implement softmax — see the comment above it}. It carries no
 * stack trace, so JShell shows the one line that matters.
 */
public class Todo extends UnsupportedOperationException {
    private final String exercise;

    public Todo(String exercise) {
        super("TODO: implement " + exercise + " — see the comment above it");
        this.exercise = exercise;
    }

    /** The exercise whose stub threw. */
    public String exercise() { return exercise; }

    @Override public synchronized Throwable fillInStackTrace() { return this; }
}

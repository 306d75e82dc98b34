package mlmath.internal;

import java.util.List;
import java.util.function.Consumer;

/**
 * The session's background warm-up, run step by step on a daemon thread, and stopped between steps when the session
 * ends: a JVM that exits while the warm-up is inside OpenBLAS or libtorch can hang in their exit handlers, waiting
 * for the worker threads of a call that never returns.
 */
public final class WarmUp {
    private WarmUp() {}

    private static volatile boolean stopping;
    private static volatile Thread running;

    /** Runs {@code steps} in order on a daemon thread named {@code name}; a step that throws ends it, told to {@code failed}. */
    public static synchronized void start(String name, List<Runnable> steps, Consumer<RuntimeException> failed) {
        if (running != null) return;
        running = DaemonThreads.daemon(name, () -> {
            try {
                for (Runnable step : steps) {
                    if (stopping) return;
                    step.run();
                }
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }, 0);
        running.start();
    }

    /** Stops the warm-up after its current step and waits for that step (at most {@code millis}) before the JVM exits. */
    public static void finish(long millis) {
        stopping = true;
        Thread t = running;
        if (t == null) return;
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package mlmath.linalg;

import mlmath.internal.DaemonThreads;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The service threads JNA and JavaCPP start on first use ("JNA Cleaner", "JavaCPP Deallocator") never end. Started by
 * a snippet, JShell could find them in that snippet's thread group and wait for them forever (see
 * {@link DaemonThreads}); {@link #start()} has them started once, in the top thread group, before snippets need them.
 */
public final class LibraryThreads {
    private LibraryThreads() {}

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /**
     * Starts both libraries' threads from a daemon thread in the top group (OpenBLAS's load starts JavaCPP's). Every
     * JShell that runs snippets without a learner waiting calls it (check, grading, lessons, a section's session); a
     * plain session leaves it to the warm-up after the prompt, so the prompt is not delayed.
     */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) return;
        DaemonThreads.start("mlmath-library-threads", () -> {
            try {
                com.sun.jna.internal.Cleaner.getCleaner().register(new Object(), () -> { });
            } catch (LinkageError e) {
                // No JNA here: np.random then uses Math.log, and nothing starts JNA's thread later either.
            }
            Lapack.preload();
        });
    }
}

package mlmath.learn;

import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Evaluates a snippet of a headless JShell with a time limit. Past it the snippet is stopped as Ctrl-C stops one at the
 * prompt ({@link JShell#stop()}: JDK 17 stops the thread, newer JDKs' local execution checks for a stop in every loop),
 * so an endless loop in a learner's method costs the limit, not the whole run.
 */
public final class TimeLimit {
    private TimeLimit() {}

    /**
     * How long one snippet of a learner's file may run in a headless run (grading, exercise mode's load):
     * {@code MLMATH_TIME_LIMIT} seconds, else 10. A stub left as {@code while (true) { }} then costs ten seconds, not the
     * session.
     */
    public static double seconds() { return mlmath.internal.Settings.current().timeLimit(); }

    /** What a snippet stopped at the limit is reported as: {@code did not finish in 10 s — an endless loop?}. */
    public static String message() { return String.format(java.util.Locale.ROOT, "did not finish in %.0f s — an endless loop?", seconds()); }

    private static final ExecutorService WATCH = mlmath.internal.DaemonThreads.worker("mlmath-time-limit", 0);

    /**
     * Evaluates {@code source} in {@code js}, adding its events to {@code events}.
     * @return false when it ran past {@code seconds} and was stopped
     */
    public static boolean eval(JShell js, String source, double seconds, List<SnippetEvent> events) {
        AtomicBoolean running = new AtomicBoolean(true), stopped = new AtomicBoolean();
        Future<?> watch = WATCH.submit(() -> {
            try {
                long until = System.nanoTime() + (long) (seconds * 1e9);
                // Stop again until the snippet has left: a stop can land in code that catches it and loops on.
                while (running.get()) {
                    long left = until - System.nanoTime();
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
                        continue;
                    }
                    stopped.set(true);
                    js.stop();
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                // The snippet ended before its time was up.
            }
        });
        try {
            events.addAll(js.eval(source));
        } finally {
            running.set(false);
            watch.cancel(true);
            try {
                watch.get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Cancelled, or done: either way it no longer watches this snippet.
            }
        }
        return !stopped.get();
    }
}

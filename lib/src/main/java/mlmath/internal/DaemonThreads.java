package mlmath.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The workbook's background threads, made where JShell never waits for them. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /**
     * One daemon worker thread in the JVM's top thread group ({@code stackBytes} 0: the default stack). JShell's local
     * execution joins every thread it finds in a snippet's thread group just after starting the snippet; a worker
     * started by that snippet (a first plot, a first large np.linalg call) could be among them and, never ending,
     * would hang it — only when the machine is busy enough for the snippet to start it first, which made it rare.
     */
    public static ExecutorService worker(String name, long stackBytes) {
        return Executors.newSingleThreadExecutor(r -> daemon(name, r, stackBytes));
    }

    /** Starts {@code task} on a daemon thread in the top thread group, so the threads it starts are there too. */
    public static void start(String name, Runnable task) { daemon(name, task, 0).start(); }

    static Thread daemon(String name, Runnable task, long stackBytes) {
        ThreadGroup top = Thread.currentThread().getThreadGroup();
        while (top.getParent() != null) top = top.getParent();
        Thread t = new Thread(top, task, name, stackBytes);
        t.setDaemon(true);
        return t;
    }
}

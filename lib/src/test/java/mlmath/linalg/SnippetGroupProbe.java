package mlmath.linalg;

import mlmath.linalg.LibraryThreads;
import mlmath.np.Np;

/**
 * Run in a fresh JVM by {@link LapackTest}, the way a JShell session goes: {@link LibraryThreads#start()} before any
 * snippet, then a snippet on a thread in a group of its own making the first random draw and the first large np.linalg
 * call, then the threads still alive in that group (JShell would join each of them).
 */
public final class SnippetGroupProbe {
    private SnippetGroupProbe() {}

    public static void main(String[] args) throws InterruptedException {
        LibraryThreads.start();
        for (int waited = 0; !Lapack.openBlasReady() && waited < 60_000; waited += 10) Thread.sleep(10);
        ThreadGroup snippet = new ThreadGroup("snippet");
        Thread t = new Thread(snippet, () -> {
            Np np = new Np();
            np.linalg.svd(np.random.randn(100, 100));
        });
        t.start();
        t.join();
        Thread[] left = new Thread[snippet.activeCount() + 4];
        int n = snippet.enumerate(left);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < n; i++) names.append(i == 0 ? " (" : ", ").append(left[i].getName()).append(i == n - 1 ? ")" : "");
        System.out.println("left in the snippet's group: " + n + names);
    }
}

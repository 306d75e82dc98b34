package mlmath.linalg;

import mlmath.np.Np;

/**
 * Run in a fresh JVM by {@link LapackTest}: the first large np.linalg call, made from a thread in a group of its own as
 * JShell runs a snippet, then the threads still alive in that group (JShell would join each of them). OpenBLAS, JNA and
 * JavaCPP start first on this thread, so only what the large call itself starts is counted.
 */
public final class SnippetGroupProbe {
    private SnippetGroupProbe() {}

    public static void main(String[] args) throws InterruptedException {
        Np warm = new Np();
        warm.linalg.svd(warm.random.randn(3, 3));
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

package mlmath.bench;

/** How the bench times a call: wall-clock seconds, in bursts, after the machine has settled. */
final class Timing {
    private Timing() {}

    private static final long SETTLE_MS = 250;

    /**
     * Seconds per call of {@code r}, run {@code calls} times in a row after a pause: OpenBLAS's threads spin for ~0.1 s
     * after each call before they sleep (numpy's in its process, ours in this one), and on two cores a spinning pool
     * halves the next library's speed. Without the pause, whichever ran just before decided the ratio (numpy at 512²
     * measured 11 GFLOP/s instead of 100).
     */
    static double settled(int calls, Runnable r) {
        settle();
        return seconds(() -> {
            for (int i = 0; i < calls; i++) r.run();
        }) / calls;
    }

    static void settle() {
        try {
            Thread.sleep(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double seconds(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }
}

package mlmath.torch;

import mlmath.Workbook;

/**
 * Run in a fresh JVM by {@link OfflineTest} with a DJL cache libtorch cannot use: a few verifies against torch, as a
 * section makes them, then the prompt's background warm-up, to count how often the reason and advice are printed.
 */
public final class UnusableCacheProbe {
    private UnusableCacheProbe() {}

    public static void main(String[] args) throws InterruptedException {
        double[] x = {1, 2, 3};
        for (int i = 0; i < 3; i++) {
            try {
                Workbook.verify("softmax " + i, x, Workbook.torch.softmax(x, -1));
            } catch (TorchUnavailableException e) {
                System.out.println("threw: " + e.getMessage());
            }
        }
        Workbook.preload();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("mlmath-preload")) t.join();
        }
        System.out.println("numpy side: " + new mlmath.np.Np().ones(2).sum().str());
    }
}

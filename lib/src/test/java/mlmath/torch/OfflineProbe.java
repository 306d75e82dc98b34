package mlmath.torch;

/** Run in a fresh JVM by {@link OfflineTest}: loads libtorch offline and prints one computed value. */
public final class OfflineProbe {
    private OfflineProbe() {}

    public static void main(String[] args) {
        Torch torch = new Torch();
        try {
            System.out.println("softmax0=" + torch.softmax(new double[] {1, 2, 3}, -1).get(0) + " version=" + torch.version());
        } catch (TorchUnavailableException e) {
            System.out.println(e.getMessage());
            // The rest of the workbook still works without libtorch.
            System.out.println("numpy side: " + new mlmath.np.Np().ones(2).sum().str());
        }
    }
}

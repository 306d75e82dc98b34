package mlmath.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import mlmath.linalg.SVDResult;
import mlmath.linalg.Svd;
import mlmath.np.Np;
import mlmath.tensor.internal.Gemm;
import mlmath.tensor.Tensor;
import mlmath.torch.TorchEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run.sh bench}: medians (and min–max) of the workbook's performance targets, each next to its reference
 * measured in the same run — bare JShell for start-up, libtorch through DJL for matmul. Takes about 3 minutes.
 * Options: {@code --quick} (fewer repeats), {@code --only P1|P2|P3|P4}.
 */
public final class Bench {
    private Bench() {}

    private record Row(String metric, double[] samples, String unit, String reference, double ratio, String goal) {}

    private static final List<Row> ROWS = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        List<String> opts = Arrays.asList(args);
        boolean quick = opts.contains("--quick");
        String only = opts.contains("--only") ? opts.get(opts.indexOf("--only") + 1) : "";
        System.out.printf(Locale.ROOT, "mlmath bench · %d cores · Java %s · linalg %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), mlmath.linalg.Lapack.describe());
        if (only.isEmpty() || only.equals("P2")) matmul(quick);
        if (only.isEmpty() || only.equals("P3")) svd(quick);
        if (only.isEmpty() || only.equals("P1")) startup(root, quick ? 3 : 5);
        if (only.isEmpty() || only.equals("P4")) checkAll(root);
        print();
    }

    // ---- P2: matmul vs libtorch -------------------------------------------------------------------------------

    private static void matmul(boolean quick) {
        Np np = new Np();
        np.random.seed(0);
        NDManager manager = TorchEngine.manager();
        for (int n : new int[] {256, 512, 1000}) {
            Tensor a = np.random.randn(n, n), b = np.random.randn(n, n);
            int reps = quick ? 5 : (n == 1000 ? 15 : 30);
            double flops = 2.0 * n * n * n;
            double[] ours = new double[reps], theirs = new double[reps];
            try (NDManager scope = manager.newSubManager()) {
                NDArray ta = TorchEngine.toNd(scope, a), tb = TorchEngine.toNd(scope, b);
                for (int w = 0; w < 5; w++) {
                    a.matmul(b);
                    ta.matMul(tb).close();
                }
                // Interleaved, so both see the same machine state.
                for (int i = 0; i < reps; i++) {
                    ours[i] = seconds(() -> a.matmul(b));
                    theirs[i] = seconds(() -> ta.matMul(tb).close());
                }
            }
            double g = flops / median(ours) / 1e9, gt = flops / median(theirs) / 1e9;
            add("P2 matmul " + n + "x" + n + " f64 (GFLOP/s)", gflops(ours, flops), "GFLOP/s",
                    String.format(Locale.ROOT, "libtorch %.1f GFLOP/s", gt), g / gt, n == 1000 ? ">= 0.5x libtorch" : "");
        }
    }

    private static double[] gflops(double[] secs, double flops) {
        return Arrays.stream(secs).map(s -> flops / s / 1e9).toArray();
    }

    // ---- P3: SVD ----------------------------------------------------------------------------------------------

    private static void svd(boolean quick) {
        Np np = new Np();
        np.random.seed(0);
        Tensor a = np.random.randn(1000, 1000);
        // Both paths once on a smaller matrix first, so the JIT has compiled their kernels before the timed runs.
        Svd.truncated(np.random.randn(300, 300), 5);
        Svd.svd(np.random.randn(400, 400), true);
        int fullReps = quick ? 1 : 5, truncReps = quick ? 3 : 7;
        SVDResult[] full = new SVDResult[1];
        double[] fullTimes = repeat(fullReps, () -> full[0] = Svd.svd(a, true));
        SVDResult[] top = new SVDResult[1];
        double[] truncTimes = repeat(truncReps, () -> top[0] = Svd.truncated(a, 20));
        double maxDiff = top[0].S().sub(full[0].S().slice(":20")).abs().max().item();
        add("P3 full SVD 1000x1000 (s)", fullTimes, "s", "numpy 0.53 s (REFERENCE.md)", median(fullTimes) / 0.53, "<= 1.6 s");
        add("P3 rank-20 SVD 1000x1000 (s)", truncTimes, "s", String.format(Locale.ROOT, "max|S - S_full| = %.1e", maxDiff),
                Double.NaN, "<= 0.2 s, S to 1e-8");
    }

    // ---- P1: time to prompt and first verify ------------------------------------------------------------------

    private static void startup(Path root, int runs) throws Exception {
        String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
        String runSh = root.resolve("run.sh").toString();
        double[] bare = new double[runs], plain = new double[runs], section = new double[runs];
        // One untimed start of each first: it fills the OS file cache and lets run.sh make its start-up archive.
        runProcess(root, "/exit\n", jshell, "--execution", "local");
        runProcess(root, "/exit\n", runSh, "03-probability");
        for (int i = 0; i < runs; i++) {
            bare[i] = timeProcess(root, "/exit\n", jshell, "--execution", "local");
            plain[i] = timeProcess(root, "/exit\n", runSh);
            section[i] = timeProcess(root, "/exit\n", runSh, "03-probability");
        }
        double b = median(bare);
        add("P1 bare jshell to prompt (s)", bare, "s", "", Double.NaN, "");
        add("P1 ./run.sh to prompt (s)", plain, "s", "bare jshell", median(plain) / b, "<= 1.3x");
        add("P1 ./run.sh 03-probability, script run (s)", section, "s", "bare jshell", median(section) / b, "<= 2.5x");
        // One block, so the timer covers the verify itself and not JShell compiling the next snippet.
        String probe = """
                Thread.sleep(%d);
                { long t0 = System.nanoTime(); verify("first", np.ones(3), torch.exp(np.zeros(3))); System.out.println("FIRST_VERIFY_MS " + (System.nanoTime() - t0) / 1e6); }
                /exit
                """;
        for (int pause : new int[] {3000, 0}) {
            double[] latency = new double[runs];
            for (int i = 0; i < runs; i++) {
                String out = runProcess(root, String.format(Locale.ROOT, probe, pause), runSh);
                latency[i] = out.lines().filter(l -> l.contains("FIRST_VERIFY_MS ")).findFirst()
                        .map(l -> Double.parseDouble(l.substring(l.indexOf("FIRST_VERIFY_MS ") + 16).trim())).orElse(Double.NaN);
            }
            add(pause > 0 ? "P1 first verify, typed 3 s after the prompt (ms)" : "P1 first verify, typed at once (ms)", latency, "ms",
                    pause > 0 ? "libtorch preloaded meanwhile" : "includes waiting for libtorch", Double.NaN, pause > 0 ? "<= 50 ms" : "");
        }
    }

    // ---- P4: check all ----------------------------------------------------------------------------------------

    private static void checkAll(Path root) throws Exception {
        double[] t = {timeProcess(root, "", root.resolve("run.sh").toString(), "check", "all")};
        add("P4 ./run.sh check all (s)", t, "s", "", Double.NaN, "<= 60 s");
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private static double timeProcess(Path dir, String input, String... cmd) throws Exception {
        long t = System.nanoTime();
        runProcess(dir, input, cmd);
        return (System.nanoTime() - t) / 1e9;
    }

    private static String runProcess(Path dir, String input, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("MLMATH_HEADLESS", "1");
        Path log = Files.createTempFile("mlmath-bench", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes());
        p.getOutputStream().close();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", cmd));
        }
        String out = Files.readString(log);
        Files.delete(log);
        if (p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }

    private static double[] repeat(int n, Runnable r) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = seconds(r);
        return t;
    }

    private static double seconds(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void add(String metric, double[] samples, String unit, String reference, double ratio, String goal) {
        Row row = new Row(metric, samples, unit, reference, ratio, goal);
        ROWS.add(row);
        System.out.println("  measured: " + format(row));
    }

    private static String format(Row r) {
        double[] s = r.samples();
        String med = number(median(s)), range = number(Arrays.stream(s).min().orElse(0)) + "–" + number(Arrays.stream(s).max().orElse(0));
        String ratio = Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio());
        return String.format(Locale.ROOT, "| %-44s | %8s | %-15s | %-30s | %6s | %-18s |", r.metric(), med, range, r.reference(), ratio, r.goal());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static void print() {
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-44s | %8s | %-15s | %-30s | %6s | %-18s |%n", "metric", "median", "min–max", "reference (same run)", "ratio", "goal");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(10) + "|" + "-".repeat(17) + "|" + "-".repeat(32) + "|" + "-".repeat(8) + "|" + "-".repeat(20) + "|");
        for (Row r : ROWS) System.out.println(format(r));
    }
}

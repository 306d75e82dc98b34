package mlmath.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import mlmath.internal.TempFolder;
import mlmath.linalg.SVDResult;
import mlmath.np.Np;
import mlmath.tensor.Tensor;
import mlmath.torch.TorchEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static mlmath.bench.Results.add;
import static mlmath.bench.Results.median;
import static mlmath.bench.Timing.settled;

/**
 * {@code ./run.sh bench}: medians (and min–max) of the workbook's performance targets, each next to its reference
 * measured in the same run — bare JShell for start-up, numpy (python3) and libtorch for matmul and np.linalg. Takes
 * about 4 minutes.
 * Options: {@code --quick} (fewer repeats), {@code --only P1|P2|P3|P4|P5|P6}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        List<String> opts = Arrays.asList(args);
        boolean quick = opts.contains("--quick");
        String only = opts.contains("--only") ? opts.get(opts.indexOf("--only") + 1) : "";
        System.out.printf(Locale.ROOT, "mlmath bench · %d cores · Java %s · linalg %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), mlmath.linalg.Lapack.describe());
        if (only.isEmpty() || only.equals("P2")) matmul(quick);
        if (only.isEmpty() || only.equals("P3")) linalg(quick);
        if (only.isEmpty() || only.equals("P1")) {
            startup(root, quick ? 3 : 5);
            // The ahead-of-time cache JDK 25 brings is timed too when this JDK is older and a JDK 25+ is installed beside it.
            Optional<Path> aot = Runtime.version().feature() < AOT_JDK ? jdkBeside(THIS_JDK, AOT_JDK) : Optional.empty();
            if (aot.isPresent()) {
                try {
                    toPrompt(root, quick ? 3 : 5, aot.get());
                } catch (Exception e) {
                    System.err.println("bench: P1 on " + aot.get() + " not timed: " + e.getMessage());
                }
            }
        }
        if (only.isEmpty() || only.equals("P4")) checkAll(root);
        if (only.isEmpty() || only.equals("P5")) exercises(root, quick ? 3 : 5);
        if (only.isEmpty() || only.equals("P6")) EverydayOps.run(quick);
        Results.print();
    }

    /** numpy's side of P2 and P3: the operands and ops the Java side times, and scipy's svds when scipy is there. */
    private static final String MATMUL_AND_LINALG = """
            def data(n):
                r = np.random.RandomState(0)
                a, b = r.randn(n, n), r.randn(n, n)
                return a, b, a @ a.T
            ops = {"matmul": lambda a, b, s: a @ b, "svd": lambda a, b, s: np.linalg.svd(a),
                   "eigh": lambda a, b, s: np.linalg.eigh(s), "eig": lambda a, b, s: np.linalg.eig(a),
                   "solve": lambda a, b, s: np.linalg.solve(a, b), "inv": lambda a, b, s: np.linalg.inv(a)}
            try:
                from scipy.sparse.linalg import svds
                ops["svds"] = lambda a, b, s: svds(a, k=20)
            except ImportError:
                pass
            """;

    // ---- P2: matmul vs numpy and libtorch --------------------------------------------------------------------

    private static void matmul(boolean quick) throws IOException {
        Np np = new Np();
        np.random.seed(0);
        NDManager manager = TorchEngine.manager();
        try (NumpyTimer numpy = NumpyTimer.start(MATMUL_AND_LINALG)) {
            for (int n : new int[] {256, 512, 1000, 2000}) {
                Tensor a = np.random.randn(n, n), b = np.random.randn(n, n);
                int reps = quick ? 3 : n <= 512 ? 20 : n == 1000 ? 15 : 9;
                double flops = 2.0 * n * n * n;
                double[] ours = new double[reps], torch = new double[reps], theirs = new double[reps];
                double[] fresh = new double[n == 1000 ? reps : 0];
                try (NDManager scope = manager.newSubManager()) {
                    NDArray ta = TorchEngine.toNd(scope, a), tb = TorchEngine.toNd(scope, b);
                    // A sample is a burst of products worth ~5 GFLOP (150 at 256², three at 1000²), so it measures
                    // steady speed: with ~1 GFLOP bursts, 256² samples of both libraries ranged 24–94 GFLOP/s in one
                    // run. Two bursts each first, so the JIT has compiled our side before it is timed.
                    int calls = (int) Math.ceil(5e9 / flops);
                    for (int w = 0; w < 2; w++) {
                        settled(calls, () -> a.matmul(b));
                        settled(calls, () -> ta.matMul(tb).close());
                        if (numpy != null) numpy.time("matmul", n, calls);
                    }
                    // Interleaved, so all three see the same machine state, each after the others' threads went idle.
                    for (int i = 0; i < reps; i++) {
                        ours[i] = settled(calls, () -> a.matmul(b));
                        torch[i] = settled(calls, () -> ta.matMul(tb).close());
                        theirs[i] = numpy == null ? Double.NaN : numpy.time("matmul", n, calls);
                        if (fresh.length > 0) fresh[i] = firstProducts(a, b, calls);
                    }
                }
                double g = flops / median(ours) / 1e9, gt = flops / median(torch) / 1e9, gn = flops / median(theirs) / 1e9;
                String ref = numpy == null ? String.format(Locale.ROOT, "libtorch %.1f (no numpy)", gt)
                        : String.format(Locale.ROOT, "numpy %.1f, libtorch %.1f", gn, gt);
                add("P2 matmul " + n + "x" + n + " f64 (GFLOP/s)", gflops(ours, flops), "GFLOP/s", ref,
                        numpy == null ? g / gt : g / gn, numpy == null ? ">= 0.9x numpy (n/a)" : ">= 0.9x numpy");
                if (fresh.length > 0) {
                    double gf = flops / median(fresh) / 1e9;
                    add("P2 matmul 1000x1000, new operands (GFLOP/s)", gflops(fresh, flops), "GFLOP/s", ref,
                            numpy == null ? gf / gt : gf / gn, "info: copies both");
                }
            }
        }
    }

    /**
     * Seconds per product of tensors no product has read before, so each call also copies both operands into native
     * memory (later products of the same tensors reuse that copy; numpy's arrays are native already).
     */
    private static double firstProducts(Tensor a, Tensor b, int calls) {
        Tensor[] as = new Tensor[calls], bs = new Tensor[calls];
        for (int i = 0; i < calls; i++) {
            as[i] = a.copy();
            bs[i] = b.copy();
        }
        int[] next = {0};
        return settled(calls, () -> {
            as[next[0]].matmul(bs[next[0]]);
            next[0]++;
        });
    }

    private static double[] gflops(double[] secs, double flops) {
        return Arrays.stream(secs).map(s -> flops / s / 1e9).toArray();
    }

    // ---- P3: decompositions vs numpy (libtorch where DJL exposes it) -------------------------------------------

    private static void linalg(boolean quick) throws IOException {
        Np np = new Np();
        np.random.seed(0);
        int n = 1000;
        Tensor a = np.random.randn(n, n), b = np.random.randn(n, n), sym = a.matmul(a.T());
        // Every path once on a smaller matrix first, so the JIT and OpenBLAS's threads are warm.
        Tensor small = np.random.randn(300, 300);
        np.linalg.svd(small, 5);
        np.linalg.svd(small);
        np.linalg.eig(small);
        int reps = quick ? 1 : 7;
        NDManager manager = TorchEngine.manager();
        try (NumpyTimer numpy = NumpyTimer.start(MATMUL_AND_LINALG); NDManager scope = manager.newSubManager()) {
            NDArray ta = TorchEngine.toNd(scope, a);
            ta.inverse().close();
            SVDResult[] full = new SVDResult[1];
            compare("full SVD", "svd", reps, numpy, () -> full[0] = np.linalg.svd(a), null);
            compare("eigh", "eigh", reps, numpy, () -> np.linalg.eigh(sym), null);
            compare("eig", "eig", reps, numpy, () -> np.linalg.eig(a), null);
            compare("solve", "solve", reps, numpy, () -> np.linalg.solve(a, b), null);
            compare("inv", "inv", reps, numpy, () -> np.linalg.inv(a), () -> ta.inverse().close());
            // Rank-k SVD against scipy's svds (ARPACK) when scipy is there: the tool a Python user reaches for.
            SVDResult[] top = new SVDResult[1];
            int truncReps = quick ? 3 : 7;
            double[] trunc = new double[truncReps], svds = new double[truncReps];
            boolean scipy = numpy != null && numpy.has("svds");
            for (int i = 0; i < truncReps; i++) {
                trunc[i] = settled(1, () -> top[0] = np.linalg.svd(a, 20));
                svds[i] = scipy ? numpy.time("svds", n, 1) : Double.NaN;
            }
            double worst = top[0].S().sub(full[0].S().slice(":20")).abs().div(full[0].S().slice(":20")).max().item();
            add("P3c rank-20 SVD 1000x1000 (s)", trunc, "s", String.format(Locale.ROOT, "%s; S vs full %.0e",
                    scipy ? String.format(Locale.ROOT, "scipy svds %.3f s", median(svds)) : "no scipy", worst),
                    median(trunc) / median(svds), "<= 1x svds, S to 1e-10");
        }
    }

    /** Times ours, numpy's and (when given) libtorch's version interleaved, and adds a row with ours/numpy. */
    private static void compare(String name, String numpyOp, int reps, NumpyTimer numpy, Runnable ours, Runnable torch)
            throws IOException {
        double[] mine = new double[reps], theirs = new double[reps], lib = new double[reps];
        for (int i = 0; i < reps; i++) {
            mine[i] = settled(1, ours);
            theirs[i] = numpy == null ? Double.NaN : numpy.time(numpyOp, 1000, 1);
            lib[i] = torch == null ? Double.NaN : settled(1, torch);
        }
        String ref = (numpy == null ? "no numpy" : String.format(Locale.ROOT, "numpy %.3f s", median(theirs)))
                + (torch == null ? "" : String.format(Locale.ROOT, ", libtorch %.3f s", median(lib)));
        add("P3 " + name + " 1000x1000 (s)", mine, "s", ref, median(mine) / median(theirs), "<= 1.2x numpy");
    }

    // ---- P1: time to prompt and first verify ------------------------------------------------------------------

    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    /** The first feature release with an ahead-of-time cache ({@code mlmath.launch.StartCache}), timed on its own. */
    private static final int AOT_JDK = 25;

    private static void startup(Path root, int runs) throws Exception {
        toPrompt(root, runs, THIS_JDK);
        String runSh = root.resolve("run.sh").toString();
        // One block each, so the timer covers the call itself and not JShell compiling the next snippet.
        String probe = """
                Thread.sleep(%d);
                { long t0 = System.nanoTime(); verify("first", np.ones(3), torch.exp(np.zeros(3))); System.out.println("FIRST_VERIFY_MS " + (System.nanoTime() - t0) / 1e6); }
                { var m = np.random.randn(200, 200); long t0 = System.nanoTime(); np.linalg.inv(m); System.out.println("FIRST_LINALG_MS " + (System.nanoTime() - t0) / 1e6); }
                /exit
                """;
        for (int pause : new int[] {3000, 0}) {
            double[] verify = new double[runs], linalg = new double[runs];
            for (int i = 0; i < runs; i++) {
                String out = runProcess(root, String.format(Locale.ROOT, probe, pause), runSh);
                verify[i] = printed(out, "FIRST_VERIFY_MS ");
                linalg[i] = printed(out, "FIRST_LINALG_MS ");
            }
            if (pause > 0) {
                add("P1 first verify, typed 3 s after the prompt (ms)", verify, "ms", "libtorch preloaded meanwhile", Double.NaN, "<= 50 ms");
                add("P1 first np.linalg.inv 200x200, after it (ms)", linalg, "ms", "OpenBLAS preloaded meanwhile", Double.NaN, "<= 50 ms");
            } else {
                add("P1 first verify, typed at once (ms)", verify, "ms", "includes waiting for libtorch", Double.NaN, "");
            }
        }
    }

    /**
     * P1's times to the prompt on {@code jdk} (the rows say which JDK when it is not the one running the bench): bare
     * JShell, ./run.sh and ./run.sh with section 03, until the prompt shows (after the section has run), which is what
     * a learner waits for. Leaving at once would also count the background preload that the prompt's appearance starts.
     */
    private static void toPrompt(Path root, int runs, Path jdk) throws IOException, InterruptedException {
        String jshell = jdk.resolve("bin").resolve("jshell").toString(), runSh = root.resolve("run.sh").toString();
        String on = jdk.equals(THIS_JDK) ? "" : " on Java " + feature(jdk).orElse(0);
        double[] bare = new double[runs], plain = new double[runs], section = new double[runs];
        // One untimed start of each first: it fills the OS file cache and lets run.sh make its start-up archive.
        runProcess(root, jdk, "/exit\n", jshell, "--execution", "local");
        runProcess(root, jdk, "/exit\n", runSh, "03-probability");
        for (int i = 0; i < runs; i++) {
            bare[i] = timeToPrompt(root, jdk, jshell, "--execution", "local");
            plain[i] = timeToPrompt(root, jdk, runSh);
            section[i] = timeToPrompt(root, jdk, runSh, "03-probability");
        }
        double b = median(bare);
        add("P1 bare jshell to its prompt" + on + " (s)", bare, "s", "", Double.NaN, "");
        add("P1 ./run.sh to prompt" + on + " (s)", plain, "s", "bare jshell", median(plain) / b, "<= 1.1x");
        add("P1 ./run.sh 03-probability to the prompt" + on + " (s)", section, "s", "bare jshell", median(section) / b, "<= 2.0x");
    }

    /** The newest JDK of feature release {@code atLeast} or later installed beside {@code jdk} (e.g. in /usr/lib/jvm). */
    static Optional<Path> jdkBeside(Path jdk, int atLeast) {
        Path parent = jdk.toAbsolutePath().getParent();
        if (parent == null) return Optional.empty();
        try (var homes = Files.list(parent)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin").resolve("jshell")) && feature(h).orElse(0) >= atLeast)
                    .max(java.util.Comparator.comparingInt((Path h) -> feature(h).orElse(0)).thenComparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A JDK's feature release, from its {@code release} file (JAVA_VERSION="25.0.3"). */
    static java.util.OptionalInt feature(Path jdk) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1))) : java.util.OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalInt.empty();
        }
    }

    /**
     * The number a probe printed after {@code key}, or NaN when the session never got there. The key must be followed
     * by a number: JDK 25's JShell echoes the probe's source, which has the key too.
     */
    private static double printed(String out, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + "([0-9.]+)").matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    // ---- P4: check all ----------------------------------------------------------------------------------------

    private static void checkAll(Path root) throws Exception {
        double[] t = {timeProcess(root, "", root.resolve("run.sh").toString(), "check", "all")};
        add("P4 ./run.sh check all (s)", t, "s", "", Double.NaN, "<= 20 s");
    }

    // ---- P5: the exercise loop ---------------------------------------------------------------------------------

    /**
     * Exercise mode's start against its section's, and {@code progress} with its grades cached. They run in a scratch
     * checkout (this one's lib, scripts and start-up; its own work/), so the learner's work files are never touched.
     */
    private static void exercises(Path root, int runs) throws Exception {
        try (TempFolder folder = TempFolder.create("mlmath-bench-work")) {
            Path scratch = folder.path();
            for (String part : List.of("lib", "scripts", "startup.jsh")) Files.createSymbolicLink(scratch.resolve(part), root.resolve(part));
            Path runSh = Files.copy(root.resolve("run.sh"), scratch.resolve("run.sh"));
            Path work = scratch.resolve("work").resolve("03-probability.jsh");
            // Untimed: the first start in a new place prepares its caches; exercise makes the work file and its kept copy.
            runProcess(scratch, "/exit\n", runSh.toString(), "03");
            runProcess(scratch, "/exit\n", runSh.toString(), "exercise", "03");
            double[] section = new double[runs], kept = new double[runs], solved = new double[runs], added = new double[runs];
            for (int i = 0; i < runs; i++) {
                section[i] = timeToPrompt(scratch, runSh.toString(), "03");
                kept[i] = timeToPrompt(scratch, runSh.toString(), "exercise", "03");
                // The learner's usual edit: an exercise's body written (a new attempt each time, so no copy is kept).
                Files.writeString(work, Files.readString(work).replaceAll("(?m)^// a note \\d+\n", "").replaceAll("throw new mlmath\\.learn\\.Todo\\(\"softmax\"\\);|return z.*// attempt \\d+",
                        "return z.sub(z.max(-1, true)).exp().div(z.sub(z.max(-1, true)).exp().sum(-1, true));   // attempt " + i));
                solved[i] = timeToPrompt(scratch, runSh.toString(), "exercise", "03");
                // A line of their own outside the exercises: the work file is run once to learn what its lines do.
                Files.writeString(work, "// a note " + i + "\n", java.nio.file.StandardOpenOption.APPEND);
                added[i] = timeToPrompt(scratch, runSh.toString(), "exercise", "03");
            }
            double s = median(section);
            add("P5 ./run.sh 03 to the prompt (s)", section, "s", "", Double.NaN, "");
            add("P5 ./run.sh exercise 03, work file unchanged (s)", kept, "s", "./run.sh 03", median(kept) / s, "<= 1.5x");
            add("P5 ./run.sh exercise 03, an exercise just written (s)", solved, "s", "./run.sh 03", median(solved) / s, "<= 1.5x");
            add("P5 ./run.sh exercise 03, a line added outside (s)", added, "s", "./run.sh 03", median(added) / s, "");
            runProcess(scratch, "", runSh.toString(), "progress");                  // grades every work file once
            double[] progress = new double[runs];
            for (int i = 0; i < runs; i++) progress[i] = timeProcess(scratch, "", runSh.toString(), "progress");
            add("P5 ./run.sh progress, grades cached (s)", progress, "s", "", Double.NaN, "<= 3 s");
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private static double timeProcess(Path dir, String input, String... cmd) throws Exception {
        long t = System.nanoTime();
        runProcess(dir, input, cmd);
        return (System.nanoTime() - t) / 1e9;
    }

    private static double timeToPrompt(Path dir, String... cmd) throws IOException, InterruptedException {
        return timeToPrompt(dir, THIS_JDK, cmd);
    }

    /** Seconds until the process, run with {@code jdk} as JAVA_HOME, prints JShell's prompt; then it is sent /exit. */
    private static double timeToPrompt(Path dir, Path jdk, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = process(dir, jdk, cmd);
        long t = System.nanoTime();
        Process p = pb.start();
        byte[] prompt = "jshell> ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int matched = 0;
        java.io.InputStream out = p.getInputStream();
        for (int b; matched < prompt.length && (b = out.read()) >= 0; ) matched = b == prompt[matched] ? matched + 1 : (b == prompt[0] ? 1 : 0);
        double seconds = (System.nanoTime() - t) / 1e9;
        p.getOutputStream().write("/exit\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        out.transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS) || matched < prompt.length) {
            p.destroyForcibly();
            throw new IllegalStateException("no prompt from: " + String.join(" ", cmd));
        }
        return seconds;
    }

    private static String runProcess(Path dir, String input, String... cmd) throws IOException, InterruptedException {
        return runProcess(dir, THIS_JDK, input, cmd);
    }

    private static String runProcess(Path dir, Path jdk, String input, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = process(dir, jdk, cmd);
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

    /** A headless process in {@code dir} whose shim runs on {@code jdk}, its errors merged into its output. */
    private static ProcessBuilder process(Path dir, Path jdk, String... cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("MLMATH_HEADLESS", "1");
        pb.environment().put("JAVA_HOME", jdk.toString());
        return pb;
    }
}

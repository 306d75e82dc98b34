package mlmath.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import mlmath.np.Np;
import mlmath.tensor.Tensor;
import mlmath.torch.TorchEngine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import static mlmath.bench.Results.add;
import static mlmath.bench.Results.median;

/**
 * P6: what a learner types most — elementwise arithmetic with broadcasting, transcendental functions, reductions,
 * masks, slices, sort, dot and random draws — on a 1000×1000 float64 {@code x}, a row {@code b} of 1000 and a vector
 * {@code v} of 10⁶ (all from {@code RandomState(0)}), against numpy and libtorch in the same run. Steady state: each
 * op is warmed up first, so the JIT has compiled it before a sample is taken.
 */
final class EverydayOps {
    private EverydayOps() {}

    private static final int N = 1000;
    private static final String ELEMENTWISE = "<= 1.5x numpy", TRANSCENDENTAL = "<= 2x numpy";

    /** The operands, on each side. */
    private record Data(Np np, Tensor x, Tensor b, Tensor v, NDManager torch, NDArray tx, NDArray tb, NDArray tv) {}

    /**
     * One row: the Java expression, numpy's (a Python lambda of {@code x, b, v}) and libtorch's through DJL (null where
     * DJL has no such op); the NDArray a torch op returns is closed by the caller.
     */
    private record Op(String label, String numpy, Function<Data, Runnable> ours, Function<Data, NDArray> torch, String goal) {
        String key() { return label.replaceAll("[^A-Za-z0-9]", "_"); }
    }

    private static final List<Op> OPS = List.of(
            new Op("x.add(b), b of shape (1000,)", "x + b", d -> () -> d.x.add(d.b), d -> d.tx.add(d.tb), ELEMENTWISE),
            new Op("x.mul(x)", "x * x", d -> () -> d.x.mul(d.x), d -> d.tx.mul(d.tx), ELEMENTWISE),
            new Op("x.gt(0)", "x > 0", d -> () -> d.x.gt(0), d -> d.tx.gt(0), ELEMENTWISE),
            new Op("x.exp()", "np.exp(x)", d -> () -> d.x.exp(), d -> d.tx.exp(), TRANSCENDENTAL),
            new Op("x.tanh()", "np.tanh(x)", d -> () -> d.x.tanh(), d -> d.tx.tanh(), TRANSCENDENTAL),
            new Op("x.sum()", "x.sum()", d -> () -> d.x.sum(), d -> d.tx.sum(), ELEMENTWISE),
            new Op("x.sum(0)", "x.sum(0)", d -> () -> d.x.sum(0), d -> d.tx.sum(new int[] {0}), ELEMENTWISE),
            new Op("x.sum(1)", "x.sum(1)", d -> () -> d.x.sum(1), d -> d.tx.sum(new int[] {1}), ELEMENTWISE),
            new Op("x.max(-1, true)", "x.max(-1, keepdims=True)", d -> () -> d.x.max(-1, true), d -> d.tx.max(new int[] {-1}, true), ELEMENTWISE),
            new Op("softmax of rows: max, sub, exp, sum, div",
                    "(lambda e: e / e.sum(-1, keepdims=True))(np.exp(x - x.max(-1, keepdims=True)))",
                    d -> () -> softmax(d.x), d -> d.tx.softmax(-1), ELEMENTWISE),
            new Op("x.get(x.gt(0)), a mask", "x[x > 0]", d -> () -> d.x.get(d.x.gt(0)), d -> d.tx.booleanMask(d.tx.gt(0)), ELEMENTWISE),
            new Op("np.where(x.gt(0), x, 0)", "np.where(x > 0, x, 0)", d -> () -> d.np.where(d.x.gt(0), d.x, 0),
                    d -> NDArrays.where(d.tx.gt(0), d.tx, d.tx.zerosLike()), ELEMENTWISE),
            // mlmath has no views: x.T() is already the transposed copy that numpy's x.T.copy() makes.
            new Op("x.T(), a copy", "x.T.copy()", d -> () -> d.x.T(), d -> d.tx.transpose().flatten(), ELEMENTWISE),
            new Op("x.get(\"::2, 1:\")", "x[::2, 1:].copy()", d -> () -> d.x.get("::2, 1:"), d -> d.tx.get("::2, 1:").flatten(), ELEMENTWISE),
            new Op("x.std()", "x.std()", d -> () -> d.x.std(), null, ELEMENTWISE),
            new Op("x.sort(-1)", "np.sort(x, -1)", d -> () -> d.x.sort(-1), d -> d.tx.sort(-1), TRANSCENDENTAL),
            new Op("v.dot(v), v of 10^6", "v @ v", d -> () -> d.v.dot(d.v), d -> d.tv.dot(d.tv), ELEMENTWISE),
            new Op("np.random.randn(1000000)", "np.random.randn(1000000)", d -> () -> d.np.random.randn(1_000_000),
                    d -> d.torch.randomNormal(0, 1, new Shape(1_000_000), DataType.FLOAT64), TRANSCENDENTAL));

    /** The softmax the course writes: shift by the row's max, exponentiate, normalise. */
    private static Tensor softmax(Tensor x) {
        Tensor e = x.sub(x.max(-1, true)).exp();
        return e.div(e.sum(-1, true));
    }

    private static String numpyDefinitions() {
        return "def data(n):\n"
                + "    r = np.random.RandomState(0)\n"
                + "    return r.randn(n, n), r.randn(n), r.randn(n * n)\n"
                + OPS.stream().map(op -> "    \"" + op.key() + "\": lambda x, b, v: " + op.numpy())
                        .collect(Collectors.joining(",\n", "ops = {\n", "}\n"));
    }

    static void run(boolean quick) throws IOException {
        Np np = new Np();
        np.random.seed(0);
        Tensor x = np.random.randn(N, N), b = np.random.randn(N), v = np.random.randn(N * N);
        int reps = quick ? 5 : 15;
        try (NumpyTimer numpy = NumpyTimer.start(numpyDefinitions());
             NDManager scope = TorchEngine.manager().newSubManager()) {
            Data d = new Data(np, x, b, v, scope, TorchEngine.toNd(scope, x), TorchEngine.toNd(scope, b), TorchEngine.toNd(scope, v));
            List<String> memory = new ArrayList<>();
            for (Op op : OPS) memory.add(measure(op, d, numpy, reps));
            System.out.println("\n  P6 memory per call, MB: ours = bytes this thread allocates (least of 3 calls), numpy = tracemalloc's peak"
                    + " (in a chain such as softmax, ours counts every step, numpy's peak only what lives at once)");
            memory.forEach(System.out::println);
        }
    }

    /**
     * Warms the op up for half a second, then takes interleaved samples of ~30 ms bursts on each side. The row's ratio
     * is of CPU time (this thread's, numpy's process's), which other processes on a busy machine change least; the
     * wall-clock ratio is printed next to it. Work handed to other threads (OpenBLAS's for {@code v.dot(v)}) counts on
     * numpy's side only, so there the wall-clock ratio is the fair one. Returns the row of the memory table.
     */
    private static String measure(Op op, Data d, NumpyTimer numpy, int reps) throws IOException {
        Runnable ours = op.ours().apply(d);
        Runnable torch = op.torch() == null ? null : () -> op.torch().apply(d).close();
        long until = System.nanoTime() + 500_000_000L;
        int warm = 0;
        while (System.nanoTime() < until || warm < 3) {
            ours.run();
            warm++;
        }
        double once = Timing.seconds(ours);
        int calls = (int) Math.max(1, Math.min(1000, Math.round(0.03 / once)));
        if (torch != null) torch.run();
        double[] mine = new double[reps], mineCpu = new double[reps], theirs = new double[reps], theirsCpu = new double[reps],
                lib = new double[reps];
        for (int i = 0; i < reps; i++) {
            double[] ms = burst(calls, ours);
            mine[i] = ms[0];
            mineCpu[i] = ms[1];
            double[] numpyMs = numpy == null ? new double[] {Double.NaN, Double.NaN} : numpy.timeWithCpu(op.key(), N, calls);
            theirs[i] = numpyMs[0] * 1e3;
            theirsCpu[i] = numpyMs[1] * 1e3;
            lib[i] = torch == null ? Double.NaN : burst(calls, torch)[0];
        }
        List<String> refs = new ArrayList<>();
        refs.add(numpy == null ? "no numpy" : String.format(Locale.ROOT, "numpy %s, wall %.2fx",
                Results.number(median(theirsCpu)), pairedRatio(mine, theirs)));
        if (torch != null) refs.add(String.format(Locale.ROOT, "libtorch %s wall", Results.number(median(lib))));
        add("P6 " + op.label() + " (cpu ms)", mineCpu, "ms", String.join(", ", refs), pairedRatio(mineCpu, theirsCpu), op.goal());
        long mineBytes = allocated(ours);
        double theirsMb = numpy == null ? Double.NaN : numpy.allocated(op.key(), N) / 1e6;
        return String.format(Locale.ROOT, "  | %-44s | %8.3f | numpy %8.3f | %5.2fx |", op.label(), mineBytes / 1e6, theirsMb,
                mineBytes / 1e6 / theirsMb);
    }

    /** The bytes one call of {@code r} allocates on this thread, the least of three calls (the JIT may still be at work). */
    private static long allocated(Runnable r) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = ALLOCATIONS.getCurrentThreadAllocatedBytes();
            r.run();
            least = Math.min(least, ALLOCATIONS.getCurrentThreadAllocatedBytes() - before);
        }
        return least;
    }

    /**
     * The median of the ratios of samples taken one after the other: a pair shares the load of the moment, so a
     * machine that gets busier during the row moves this less than it moves the ratio of the two medians.
     */
    private static double pairedRatio(double[] ours, double[] theirs) {
        double[] r = new double[ours.length];
        for (int i = 0; i < r.length; i++) r[i] = ours[i] / theirs[i];
        return median(r);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATIONS = (com.sun.management.ThreadMXBean) THREADS;

    /** Milliseconds per call of {@code r} over {@code calls} calls: wall-clock and this thread's CPU time. */
    private static double[] burst(int calls, Runnable r) {
        long wall = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) r.run();
        return new double[] {(System.nanoTime() - wall) / 1e6 / calls, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / calls};
    }
}

package mlmath;

import mlmath.np.Np;
import mlmath.plot.Figure;
import mlmath.tensor.internal.ArrayFormat;
import mlmath.tensor.DType;
import mlmath.tensor.Tensor;
import mlmath.torch.Functional;
import mlmath.torch.Torch;
import mlmath.verify.BuildTable;
import mlmath.verify.Closeness;
import mlmath.verify.Verifier;

import java.util.StringJoiner;

/**
 * Everything the REPL imports with {@code import static mlmath.Workbook.*;}: {@code np}, {@code torch}, {@code F},
 * {@code verify}, {@code build}, {@code plot}, {@code hist}, {@code bar}, {@code plotScale}, {@code print} and {@code help}.
 */
public final class Workbook {
    private Workbook() {}

    /** numpy's API over mlmath tensors: {@code np.random.randn(32, 128)}. */
    public static final Np np = new Np();
    /** The libtorch reference: {@code torch.softmax(x, -1)}. */
    public static final Torch torch = new Torch();
    /** {@code torch.nn.functional}: {@code F.crossEntropy(logits, targets)}. */
    public static final Functional F = new Functional();

    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts, on one background thread, loading libtorch and then warming the JIT on the paths the first lines typed
     * will take (verify, the torch bridge, matmul, SVD, printing), so they run at full speed. A torch call made before
     * then simply loads libtorch itself. The launcher calls this once the prompt is about to show.
     */
    public static void preload() {
        // /reset runs the start-up files again: warm up once.
        if (!PRELOADED.compareAndSet(false, true)) return;
        mlmath.internal.DaemonThreads.start("mlmath-preload", () -> {
            try {
                torch.preload();
                mlmath.linalg.Lapack.preload();
                torch.version();
                Np warm = new Np();
                Tensor a = warm.random.randn(64, 10);
                Tensor reference = torch.softmax(a, -1);
                Closeness.of(a.sub(a.max(-1, true)).exp(), reference, Verifier.DEFAULT_ATOL, Verifier.DEFAULT_RTOL);
                F.crossEntropy(a, warm.random.randint(0, 10, 64));
                String.format(java.util.Locale.ROOT, "%s %.1e", a.shape(), 1.0).length();
                a.toString().length();
                Figure.warmUp();
                Tensor b = warm.random.randn(256, 256);
                for (int i = 0; i < 20; i++) b.matmul(b);
                warm.linalg.svd(warm.random.randn(300, 300), 5);
                for (int i = 0; i < 4; i++) warm.linalg.svd(warm.random.randn(320, 256));
                warm.linalg.inv(warm.random.randn(200, 200));      // the dgesv path solve and inv share
            } catch (mlmath.torch.TorchUnavailableException e) {
                // Said once a session: if a torch call at the prompt already explained it, stay quiet here.
                if (e.explains()) System.out.println("\n" + e.getMessage());
            } catch (RuntimeException e) {
                // Warm-up is best effort; anything real surfaces when that helper is used.
            }
        });
    }

    /**
     * Checks {@code yours} against {@code reference} (every element within 1e-5; a NaN matches nothing) and prints ✓ or a report; records
     * the result for build() and check. Prints only that line at the prompt (no value to echo).
     */
    public static void verify(String name, Object yours, Object reference) {
        Verifier.verify(name, yours, reference, Verifier.DEFAULT_ATOL, Verifier.DEFAULT_RTOL);
    }

    /** {@link #verify(String, Object, Object)} without a name. */
    public static void verify(Object yours, Object reference) { verify("verify", yours, reference); }

    /** verify with explicit tolerances: close when {@code |a − b| ≤ atol + rtol·|b|}. */
    public static void verify(String name, Object yours, Object reference, double atol, double rtol) {
        Verifier.verify(name, yours, reference, atol, rtol);
    }

    /**
     * verify with explicit tolerances where {@code equalNan} true lets NaN match NaN (torch's {@code equal_nan=True});
     * every other verify, like torch's default, counts a NaN on either side as a mismatch.
     * <pre>
     * jshell&gt; verify("log", np.log(new double[] {-1, 1}), new double[] {Double.NaN, 0}, 1e-5, 0, true)
     * ✓ log  (2,)  max|Δ| 0  vs mlmath (not torch)
     * </pre>
     */
    public static void verify(String name, Object yours, Object reference, double atol, double rtol, boolean equalNan) {
        Verifier.verify(name, yours, reference, atol, rtol, equalNan);
    }

    /** Prints the next hint for an exercise ({@code hint("softmax")}): a nudge, then a stronger one; never the answer. */
    public static void hint(String exercise) {
        java.nio.file.Path scripts = java.nio.file.Path.of(System.getProperty("mlmath.root", "."), "scripts");
        System.out.println(mlmath.learn.WorkFiles.hint(scripts, exercise == null ? "" : exercise.strip()));
    }

    private static mlmath.learn.Quiz.AtThePrompt quiz;

    private static synchronized mlmath.learn.Quiz.AtThePrompt quizSession() {
        if (quiz == null) {
            quiz = new mlmath.learn.Quiz.AtThePrompt(java.nio.file.Path.of(System.getProperty("mlmath.root", "."), "work", "quiz.txt"), System.out);
        }
        return quiz;
    }

    /** The module's five checkpoint questions as a self-test: asks the first; {@code answer("...")} answers each. */
    public static void quiz() { quizSession().start(); }

    /** Answers the quiz's current question: {@code answer("(32, 64)")}. */
    public static void answer(String text) { quizSession().answer(text); }

    /** Prints the seed's five-op build table with each op's latest verify. */
    public static void build() { System.out.println(BuildTable.render()); }

    /** A line plot of y against x, titled. */
    public static Figure plot(String title, Object x, Object y) { return Figure.line(title, x, y, "y"); }

    /** A line plot of y against x. */
    public static Figure plot(Object x, Object y) { return Figure.line("", x, y, "y"); }

    /** A line plot of ys against 0, 1, 2, … */
    public static Figure plot(Object ys) {
        Tensor t = mlmath.tensor.internal.ArrayLike.toTensor(ys);
        return Figure.line("", np.arange(t.size()), t, "y");
    }

    /** A histogram of samples in {@code bins} bins. */
    public static Figure hist(String title, Object samples, int bins) { return Figure.hist(title, samples, bins); }

    /** A histogram with 30 bins. */
    public static Figure hist(Object samples) { return Figure.hist("", samples, 30); }

    /** A bar chart. */
    public static Figure bar(String title, String[] labels, Object values) { return Figure.bar(title, labels, values); }

    /** An untitled bar chart. */
    public static Figure bar(String[] labels, Object values) { return Figure.bar("", labels, values); }

    /**
     * Scales the plots made from now on for a projector: fonts, lines and the PNG or window size
     * ({@code MLMATH_PLOT_SCALE=1.5} sets it at start).
     * <pre>jshell&gt; plotScale(1.5)
     * plots from now on: scale 1.5, 1200x750 px</pre>
     */
    public static void plotScale(double factor) {
        try {
            Figure.setScale(factor);
        } catch (mlmath.tensor.ShapeException e) {
            System.out.println("plotScale: " + e.getMessage() + "; plots keep scale " + ArrayFormat.scalar(Figure.scale(), DType.FLOAT64));
            return;
        }
        System.out.println("plots from now on: scale " + ArrayFormat.scalar(factor, DType.FLOAT64) + ", "
                + Math.round(800 * factor) + "x" + Math.round(500 * factor) + " px");
    }

    /** Python's {@code print}: the arguments separated by spaces; doubles print as Python floats. */
    public static void print(Object... parts) {
        StringJoiner line = new StringJoiner(" ");
        for (Object p : parts) line.add(p instanceof Double d ? ArrayFormat.scalar(d, DType.FLOAT64) : String.valueOf(p));
        System.out.println(line);
    }

    /** Prints rows as an aligned text table; the first row is the header. */
    public static void table(String[]... rows) {
        int cols = 0;
        for (String[] r : rows) cols = Math.max(cols, r.length);
        int[] width = new int[cols];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) width[c] = Math.max(width[c], r[c].length());
        for (int i = 0; i < rows.length; i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < rows[i].length; c++) line.append(String.format("%-" + (width[c] + 2) + "s", rows[i][c]));
            System.out.println(line.toString().stripTrailing());
            if (i == 0) System.out.println("-".repeat(java.util.Arrays.stream(width).map(w -> w + 2).sum() - 2));
        }
    }

    /** Runs {@code code} {@code repeats} times and returns the median wall time in milliseconds. */
    public static double timeit(int repeats, Runnable code) {
        double[] ms = new double[Math.max(1, repeats)];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            code.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /**
     * Runs {@code code}, which should fail, and prints {@code expected error ✓} with its message (a mistake shown on
     * purpose), or {@code ✗ no error was raised}.
     */
    public static void expectError(Runnable code) {
        try {
            code.run();
        } catch (RuntimeException e) {
            System.out.println("expected error " + Verifier.mark(true) + " " + e.getMessage());
            return;
        }
        System.out.println(Verifier.mark(false) + " expected an error, but none was raised");
    }

    /** The helpers, grouped by section, each with a line to try. */
    public static void help() {
        System.out.println("""
            mlmath helpers (Tab completes names; a variable's name alone prints all of it)
              tensors   var A = np.random.randn(32, 128); A.shape()   np.zeros(2, 3)
                        np.array(1.0, 0.0, 0.0)  A.matmul(W)  x.add(b)  z.max(-1, true)
                        e.sum(-1, true)  A.T()  A.reshape(4, -1)  U.slice(":, :10")
                        p.pick(targets)  A.get(0, 1)  x.exp() .log() .sqrt() .pow(2)
              masks     x.gt(0) .ge .lt .le .eq .ne   x.get(x.gt(0))   x.set(x.lt(0), 0)
                        A.get(I)  A.get(":, None")  A.set(":, 0", 5)  np.where(m, x, y)
                        np.logical_and/or/not  np.isnan/isinf/isfinite  x.all() x.any()
                        np.allclose(a, b)  np.isclose(a, b)  np.where(m)  x.nonzero()
              build     np.concatenate(new Tensor[] {a, b}, 0)  np.stack  np.vstack
                        np.hstack  np.split(x, 2)  np.tile(x, 2, 1)  np.repeat(x, 2)
                        np.zeros_like(x) ones_like full_like  np.empty(2, 3)
                        np.identity(3)  np.broadcast_to(x, 4, 3)  np.meshgrid(xs, ys)
                        x.squeeze()  np.expand_dims(x, 0)  x.swapaxes(-1, -2)
                        x.transpose(0, 2, 1)  np.moveaxis(x, 0, -1)  np.triu(A) tril
                        x.astype(DType.INT64)  x.copy()
              math      np.minimum  x.clip(0, 1)  np.tanh sin cos log1p expm1 square
                        sign exp2 log2 log10 floor ceil round   x.cumsum() cumprod()
                        x.std()  x.var(null, 1, false)  x.sum(new int[] {0, 1}, true)
                        x.argmax(-1, true)  np.argmin(x)  np.median(x)
                        np.percentile(x, 90)  np.quantile(x, 0.5)  np.sort(x)
                        x.argsort()  np.unique(x)  np.einsum("bhqd,bhkd->bhqk", q, k)
                        np.tensordot(a, b, 1)  np.dot(A3, B)
              random    seed randn rand uniform normal randint choice permutation shuffle
              linalg    var r = np.linalg.svd(A); r.U(); r.S(); r.Vt()  np.linalg.svd(A, 20)
                        np.linalg.eigh(C).eigenvalues()  np.linalg.eig(A)  np.linalg.inv(A)
                        np.linalg.solve(A, b)  np.linalg.lstsq(A, b)  np.linalg.qr(A).Q()
                        np.linalg.cholesky(C)  np.linalg.det(A)  np.linalg.slogdet(A).sign()
                        np.linalg.matrix_rank(A)  np.linalg.pinv(A)  np.linalg.norm(A, 2)
                        np.linalg.matrix_power(A, 3)  np.outer(x, y)  np.trace(A)
              torch     torch.softmax(x, -1)  torch.matmul(A, B)
                        F.crossEntropy(logits, targets)  F.klDiv(q.log(), p, "sum")
                        torch.grad(p -> p[0].mul(3).add(2).pow(2), 1.5)
                        F.linear(x, W, b)  F.layerNorm(x, new int[] {16}, g, b, 1e-5)
                        torch.reshape  torch.transpose  torch.permute  torch.maskedFill
                        torch.optim.adamW(theta, lr, 0.9, 0.999, 1e-8, 0.01).step(grad)
              verify    verify("softmax", mine, torch.softmax(x, -1))   build()
                        verify(name, mine, ref, atol, rtol[, equalNan])
              learn     hint("softmax")  quiz()  answer("(32, 64)")  (more: ./run.sh --help)
              plots     plot("title", xs, ys).xlabel("x").ylabel("y")   plot(ys).title("t")
                        hist(samples)   bar(labels, values)
                        plotScale(1.5) (projector)   MLMATH_PLOTS=png|sketch|both|window
              sections  /open scripts/03-probability.jsh   (or restart with ./run.sh 03)
            """);
    }
}

package mlmath;

import mlmath.linalg.ComplexTensor;
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

import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * Everything the REPL imports with {@code import static mlmath.Workbook.*;}: {@code np}, {@code torch}, {@code F},
 * {@code verify}, {@code build}, {@code plot}, {@code hist}, {@code bar}, {@code plotScale}, {@code print}, {@code table},
 * {@code timeit}, {@code expectError}, {@code hint}, {@code quiz}, {@code answer} and {@code help}.
 */
public final class Workbook {
    private Workbook() {}

    /** numpy's API over mlmath tensors: {@code np.random.randn(32, 128)}. */
    public static final Np np = new Np();
    /** The libtorch reference: {@code torch.softmax(x, -1)}. */
    public static final Torch torch = new Torch();
    /** {@code torch.nn.functional}: {@code F.crossEntropy(logits, targets)}. */
    public static final Functional F = new Functional();

    /**
     * Starts, on one background thread, loading libtorch and then warming the JIT on the paths the first lines typed
     * will take (verify, the torch bridge, matmul, SVD, printing), so they run at full speed. A torch call made before
     * then simply loads libtorch itself. The launcher calls this once the prompt is about to show.
     */
    public static void preload() {
        // /reset runs the start-up files again: warm up once. Step by step, so the session's end can stop it between.
        Np warm = new Np();
        Tensor[] a = new Tensor[1];
        mlmath.internal.WarmUp.start("mlmath-preload", java.util.List.of(
                torch::preload,
                mlmath.linalg.Lapack::preload,
                torch::version,
                () -> {
                    a[0] = warm.random.randn(64, 10);
                    Tensor reference = torch.softmax(a[0], -1);
                    Closeness.of(a[0].sub(a[0].max(-1, true)).exp(), reference, Verifier.DEFAULT_ATOL, Verifier.DEFAULT_RTOL);
                },
                () -> F.crossEntropy(a[0], warm.random.randint(0, 10, 64)),
                () -> String.format(java.util.Locale.ROOT, "%s %.1e %s", a[0].shape(), 1.0, a[0]).length(),
                Figure::warmUp,
                () -> {
                    Tensor b = warm.random.randn(256, 256);
                    for (int i = 0; i < 20; i++) b.matmul(b);
                },
                () -> warm.linalg.svd(warm.random.randn(300, 300), 5),
                () -> {
                    for (int i = 0; i < 4; i++) warm.linalg.svd(warm.random.randn(320, 256));
                },
                () -> warm.linalg.inv(warm.random.randn(200, 200))),    // the dgesv path solve and inv share
                e -> {
                    // Said once a session: if a torch call at the prompt already explained it, stay quiet here. Any other
                    // failure is left to surface when that helper is used: warm-up is best effort.
                    if (e instanceof mlmath.torch.TorchUnavailableException t && t.explains()) System.out.println("\n" + t.getMessage());
                });
    }

    /**
     * Checks {@code yours} against {@code reference} (every element within 1e-5; a NaN matches nothing) and prints ✓ or a report; records
     * the result for build() and check. Prints only that line at the prompt (no value to echo).
     * <pre>{@code
     * jshell> verify("mean", np.arange(4).mean(), 1.5)
     * ✓ mean  ()  max|Δ| 0  vs mlmath (not torch)
     * }</pre>
     */
    public static void verify(String name, Object yours, Object reference) {
        Verifier.verify(name, yours, reference, Verifier.DEFAULT_ATOL, Verifier.DEFAULT_RTOL);
    }

    /**
     * {@link #verify(String, Object, Object)} without a name.
     * <pre>{@code
     * jshell> verify(np.ones(2), new double[] {1, 1.1})
     * ✗ verify  (2,)  vs mlmath (not torch)
     *   Tensor-likes are not close!
     *   Mismatched elements: 1 / 2 (50.0%)
     *   Greatest absolute difference: 0.1 at index (1,) (up to 1e-05 allowed)
     *   Greatest relative difference: 0.090909091 at index (1,) (up to 0 allowed)
     *   At (1,): yours 1, reference 1.1
     * }</pre>
     */
    public static void verify(Object yours, Object reference) { verify("verify", yours, reference); }

    /**
     * verify with explicit tolerances: close when {@code |a − b| ≤ atol + rtol·|b|}.
     * <pre>{@code
     * jshell> verify("sqrt", np.sqrt(2), 1.4142, 1e-3, 0)
     * ✓ sqrt  ()  max|Δ| 1.4e-05  vs mlmath (not torch)
     * }</pre>
     */
    public static void verify(String name, Object yours, Object reference, double atol, double rtol) {
        Verifier.verify(name, yours, reference, atol, rtol);
    }

    /**
     * verify with explicit tolerances where {@code equalNan} true lets NaN match NaN (torch's {@code equal_nan=True});
     * every other verify, like torch's default, counts a NaN on either side as a mismatch.
     * <pre>{@code
     * jshell> verify("log", np.log(new double[] {-1, 1}), new double[] {Double.NaN, 0}, 1e-5, 0, true)
     * ✓ log  (2,)  max|Δ| 0  vs mlmath (not torch)
     * }</pre>
     */
    public static void verify(String name, Object yours, Object reference, double atol, double rtol, boolean equalNan) {
        Verifier.verify(name, yours, reference, atol, rtol, equalNan);
    }

    /**
     * Prints the next hint for an exercise ({@code hint("softmax")}): a nudge, then a stronger one; never the answer.
     * <pre>{@code
     * jshell> hint("softmax")
     * hint 1/2 for softmax: Subtract each row's max first (keepdims, to broadcast), then exp.
     * }</pre>
     */
    public static void hint(String exercise) {
        Path root = mlmath.internal.Settings.current().root();
        System.out.println(mlmath.learn.WorkFiles.hint(root.resolve("scripts"), root.resolve("work"), exercise == null ? "" : exercise.strip()));
    }

    /**
     * Shows an exercise's reference solution once yours passes, or after both hints and three wrong versions graded;
     * before that, says what is left.
     * <pre>{@code
     * jshell> solution("softmax")
     * solution("softmax") opens once your softmax passes in work/03-probability.jsh,
     * ...
     * }</pre>
     */
    public static void solution(String exercise) {
        Path root = mlmath.internal.Settings.current().root();
        System.out.println(mlmath.learn.WorkFiles.solution(root.resolve("scripts"), root.resolve("work"), root.resolve("startup.jsh"),
                exercise == null ? "" : exercise.strip()));
    }

    private static mlmath.learn.Quiz.AtThePrompt quiz;

    private static synchronized mlmath.learn.Quiz.AtThePrompt quizSession() {
        if (quiz == null) {
            quiz = new mlmath.learn.Quiz.AtThePrompt(mlmath.internal.Settings.current().root().resolve("work").resolve("quiz.txt"), System.out);
        }
        return quiz;
    }

    /**
     * The module's five checkpoint questions as a self-test: asks the first; {@code answer("...")} answers each.
     * <pre>{@code
     * jshell> quiz()
     * Q1. Why is cross-entropy loss the same thing as maximum likelihood for a
     * classifier?
     * Your two lines of algebra (then Enter): answer("...")
     * }</pre>
     */
    public static void quiz() { quizSession().start(); }

    /**
     * Answers the quiz's current question: {@code answer("(32, 64)")}; a prose answer is shown the model answer to
     * compare with.
     * <pre>{@code
     * jshell> quiz(); answer("-log of the likelihood, averaged, is the cross-entropy")
     * Q1. Why is cross-entropy loss the same thing as maximum likelihood for a
     * classifier?
     * Your two lines of algebra (then Enter): answer("...")
     * The likelihood of the labels is Π_i p(y_i | x_i). Taking -(1/n) log of it gives
     * -(1/n) Σ_i log p(y_i | x_i), which is the cross-entropy; the log is monotone, so
     * minimising one maximises the other. (07, Q1)
     * Did yours say that? answer("y") or answer("n")
     * }</pre>
     */
    public static void answer(String text) { quizSession().answer(text); }

    /**
     * Prints the seed's five-op build table with each op's latest verify.
     * <pre>{@code
     * jshell> build()
     * Op             Verified against                       Status
     * ...
     * }</pre>
     */
    public static void build() { System.out.println(BuildTable.render()); }

    /**
     * A line plot of y against x, titled.
     * <pre>{@code
     * jshell> plot("squares", np.arange(5), np.arange(5).square()).xlabel("n")
     * plot saved: plots/squares.png
     * $1 ==> Figure("squares", plots/squares.png)
     * }</pre>
     */
    public static Figure plot(String title, Object x, Object y) { return Figure.line(title, x, y, "y"); }

    /**
     * A line plot of y against x.
     * <pre>{@code
     * jshell> plot(np.linspace(0, 1, 5), np.linspace(0, 1, 5)).title("diagonal")
     * plot saved: plots/plot-1.png
     * plot moved: plots/diagonal.png
     * $1 ==> Figure("diagonal", plots/diagonal.png)
     * }</pre>
     */
    public static Figure plot(Object x, Object y) { return Figure.line("", x, y, "y"); }

    /**
     * A line plot of ys against 0, 1, 2, …
     * <pre>{@code
     * jshell> plot(new double[] {3, 1, 2}).title("losses")
     * plot saved: plots/plot-1.png
     * plot moved: plots/losses.png
     * $1 ==> Figure("losses", plots/losses.png)
     * }</pre>
     */
    public static Figure plot(Object ys) {
        Tensor t = mlmath.tensor.internal.ArrayLike.toTensor(ys);
        return Figure.line("", np.arange(t.size()), t, "y");
    }

    /**
     * A histogram of samples in {@code bins} bins.
     * <pre>{@code
     * jshell> np.random.seed(0); hist("normal", np.random.randn(1000), 20)
     * plot saved: plots/normal.png
     * $2 ==> Figure("normal", plots/normal.png)
     * }</pre>
     */
    public static Figure hist(String title, Object samples, int bins) { return Figure.hist(title, samples, bins); }

    /**
     * A histogram with 30 bins.
     * <pre>{@code
     * jshell> hist(np.linspace(0, 1, 100)).title("uniform")
     * plot saved: plots/plot-1.png
     * plot moved: plots/uniform.png
     * $1 ==> Figure("uniform", plots/uniform.png)
     * }</pre>
     */
    public static Figure hist(Object samples) { return Figure.hist("", samples, 30); }

    /**
     * A bar chart.
     * <pre>{@code
     * jshell> bar("p", new String[] {"cat", "dog"}, new double[] {0.7, 0.3})
     * plot saved: plots/p.png
     * $1 ==> Figure("p", plots/p.png)
     * }</pre>
     */
    public static Figure bar(String title, String[] labels, Object values) { return Figure.bar(title, labels, values); }

    /**
     * An untitled bar chart.
     * <pre>{@code
     * jshell> bar(new String[] {"a", "b"}, np.array(1, 2)).title("counts")
     * plot saved: plots/plot-1.png
     * plot moved: plots/counts.png
     * $1 ==> Figure("counts", plots/counts.png)
     * }</pre>
     */
    public static Figure bar(String[] labels, Object values) { return Figure.bar("", labels, values); }

    /**
     * Scales the plots made from now on for a projector: fonts, lines and the PNG or window size
     * ({@code MLMATH_PLOT_SCALE=1.5} sets it at start).
     * <pre>{@code
     * jshell> plotScale(1.5)
     * plots from now on: scale 1.5, 1200x750 px
     * }</pre>
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

    /**
     * Python's {@code print}: the arguments separated by spaces; doubles print as Python floats, arrays and scalars as
     * numpy's str ({@code [0 1 2]}, {@code 0.5}); other values, result records among them, as their repr.
     * <pre>{@code
     * jshell> print("loss", 0.25, np.arange(3), np.array(1.0, 2.0).mean())
     * loss 0.25 [0 1 2] 1.5
     * }</pre>
     */
    public static void print(Object... parts) {
        if (parts == null) parts = new Object[] {null};  // print(null) prints null, as print(None) prints None
        StringJoiner line = new StringJoiner(" ");
        for (Object p : parts) line.add(str(p));
        System.out.println(line);
    }

    /** Python's {@code str} of one value for {@link #print}. */
    private static String str(Object p) {
        if (p instanceof Double d) return ArrayFormat.scalar(d, DType.FLOAT64);
        if (p instanceof Tensor t) return t.str();
        if (p instanceof DType d) return d.str();
        if (p instanceof ComplexTensor c) return c.str();
        return String.valueOf(p);
    }

    /**
     * Prints rows as an aligned text table, the first row the header; a table wider than the terminal (at most 80 columns) has
     * its widest columns wrapped.
     * <pre>{@code
     * jshell> table(new String[] {"op", "shape"}, new String[] {"softmax", "(2, 3)"})
     * op       shape
     * ---------------
     * softmax  (2, 3)
     * }</pre>
     */
    public static void table(String[]... rows) {
        if (rows == null || java.util.Arrays.asList(rows).contains(null)) {
            throw new IllegalArgumentException("table needs rows of strings, e.g. table(new String[] {\"op\", \"shape\"}, new String[] {\"softmax\", \"(2, 3)\"})");
        }
        mlmath.internal.TextTable.lines(rows, mlmath.internal.Terminal.width()).forEach(System.out::println);
    }

    /**
     * Runs {@code code} {@code repeats} times and returns the median wall time in milliseconds.
     * <pre>{@code
     * jshell> timeit(5, () -> np.ones(100).sum()) >= 0
     * $1 ==> true
     * }</pre>
     */
    public static double timeit(int repeats, Runnable code) {
        if (code == null) throw new IllegalArgumentException("timeit needs code to run, e.g. timeit(10, () -> A.matmul(A))");
        // The median needs every time kept: a million runs at most (8 MB), never an allocation the heap cannot hold.
        if (repeats > 1_000_000) throw new IllegalArgumentException("timeit repeats the code at most 1000000 times, got " + repeats);
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
     * <pre>{@code
     * jshell> expectError(() -> np.ones(2, 3).add(np.ones(4)))
     * expected error ✓ operands could not be broadcast together with shapes (2,3) (4,)
     * jshell> expectError(() -> np.ones(2, 3).add(np.ones(3)))
     * ✗ expected an error, but none was raised
     * }</pre>
     */
    public static void expectError(Runnable code) {
        if (code == null) throw new IllegalArgumentException("expectError needs code that fails, e.g. expectError(() -> np.ones(2, 3).add(np.ones(4)))");
        try {
            code.run();
        } catch (RuntimeException e) {
            // A long message goes on in lines of its own, so it never wraps mid-word.
            System.out.println(Verifier.fitted("expected error " + Verifier.mark(true) + " " + e.getMessage()));
            return;
        }
        System.out.println(Verifier.mark(false) + " expected an error, but none was raised");
    }

    /**
     * The helpers, grouped by section, each with a line to try.
     * <pre>{@code
     * jshell> help()
     * mlmath helpers (Tab completes names; a variable's name alone prints all of it)
     * ...
     * }</pre>
     */
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
              more np   np.diff(x)  np.cross(a, b)  np.kron(A, B)  np.flip(x)  np.roll(x, 1)
                        np.pad(x, 1)  np.mod(a, 3)  np.floor_divide  np.logaddexp(a, b)
                        x.logsumexp(-1, true)  np.nansum nanmean nanmax nanstd nanmedian
                        np.cov(X)  np.corrcoef(X)  np.histogram(x, 10)  np.bincount(i)
                        np.searchsorted(s, v)  np.digitize(x, b)  np.argwhere(m)  ptp
                        np.average(x, w)  np.save("a", x)  np.load("a.npy")  A.at(0)
              random    seed randn rand uniform normal randint choice permutation shuffle
                        binomial poisson beta gamma multinomial dirichlet exponential
                        var rng = np.random.default_rng(0); rng.integers(0, 10, 3)
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
                        F.gelu(x, "tanh")  F.gelu(x)  F.linear(h, table)
                        torch.reshape  torch.transpose  torch.permute  torch.maskedFill
                        torch.optim.adamW(theta, lr, 0.9, 0.999, 1e-8, 0.01).step(grad)
              verify    verify("softmax", mine, torch.softmax(x, -1))   build()
                        verify(name, mine, ref, atol, rtol[, equalNan])
              learn     hint("softmax")  solution("softmax")  quiz()  answer("(32, 64)")
                        (more: ./run.sh --help)
              plots     plot("title", xs, ys).xlabel("x").ylabel("y")   plot(ys).title("t")
                        hist(samples)   bar(labels, values)
                        plotScale(1.5) (projector)   MLMATH_PLOTS=png|sketch|both|window
              sections  /open scripts/03-probability.jsh   (or restart with ./run.sh 03)
            """);
    }
}

package mlmath.plot;

import mlmath.internal.DaemonThreads;
import mlmath.tensor.internal.Buffers;
import mlmath.plot.internal.FileNames;
import mlmath.plot.internal.RoundAxesChart;
import mlmath.plot.internal.Sketch;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;
import mlmath.verify.Verifier;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A chart that is shown as soon as it is made: a window when there is a display, otherwise a PNG under
 * {@code plots/} (the path is printed) and a text sketch in the terminal ({@code MLMATH_PLOTS=png|sketch|both|window}
 * chooses). Chained calls ({@code .xlabel("p").series("log", x, y)}) redraw it. Ticks sit at round values, and
 * {@code MLMATH_PLOT_SCALE} (or {@link #setScale}) enlarges everything for a projector. PNGs and sketches are made
 * on a background thread, so the prompt (and a script) moves on while the file is written.
 */
public final class Figure {
    private static final AtomicInteger SAVED = new AtomicInteger();
    /**
     * Draws and writes PNGs, in order: a first chart costs about a second of font and Java2D start-up and each
     * redraw ~0.2 s, which the REPL thread should not wait for. One thread, because XChart is not thread-safe.
     */
    private static final ExecutorService PNG_WRITER = DaemonThreads.worker("mlmath-plots", 0);
    /** Prints sketches, apart from the PNG thread so a sketch never waits behind a slow PNG. */
    private static final ExecutorService SKETCHER = DaemonThreads.worker("mlmath-sketches", 0);
    private static final List<String> FAILURES = java.util.Collections.synchronizedList(new ArrayList<>());

    static {
        // ImageIO's default temp-file cache registers a shutdown hook on first use, which fails when the first PNG is
        // written by the flush below; an in-memory cache needs no hook (and no temp file). Set on the PNG thread,
        // before any write there, because loading ImageIO takes a while.
        PNG_WRITER.execute(() -> javax.imageio.ImageIO.setUseCache(false));
        // Whatever is still queued when JShell exits gets written.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitPlots(10), "mlmath-plots-flush"));
    }

    /** What a figure draws. */
    private enum Kind { LINE, HIST, BAR }

    /** Where plots go ({@code MLMATH_PLOTS} or {@code -Dmlmath.plots.mode}): files, the terminal, both, or windows. */
    private enum Output {
        PNG, SKETCH, BOTH, WINDOW;

        boolean png() { return this == PNG || this == BOTH; }

        boolean sketch() { return this == SKETCH || this == BOTH; }
    }

    /** One line of a line chart (or a histogram's steps): finite points, in the learner's units. */
    private record Line(String name, double[] x, double[] y) {}

    /**
     * How long a sketch waits at most for the statement that drew it to end: JShell runs each snippet on a thread of
     * its own, so a chain ({@code plot(..).label(..).series(..)}) is printed once, complete, before the next prompt.
     */
    private static final long SKETCH_SETTLE_MS = 250;
    private static final double MIN_SCALE = 0.5, MAX_SCALE = 4;
    private static final AtomicInteger UNTITLED = new AtomicInteger();
    /** Settings already complained about, so a bad value is reported once. */
    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The scale set at the prompt with {@link #setScale}; {@code MLMATH_PLOT_SCALE} until then. */
    private static volatile Double scaleSet;

    private final Kind kind;
    private String title, file;
    private final List<Line> lines = new ArrayList<>();
    private final String[] barLabels;
    private final double[] barValues;
    private String xLabel = "x", yLabel = "y";
    private boolean logX, logY;
    /** The newest state not yet drawn: a burst of chained calls becomes one PNG write. */
    private final AtomicReference<State> pending = new AtomicReference<>();
    /** The newest sketch not yet printed, and the thread of the statement that made it. */
    private final AtomicReference<String> pendingSketch = new AtomicReference<>();
    private volatile Thread changedBy;

    // Drawing thread only (the PNG thread, or Swing's for a window): XChart is not thread-safe.
    private XYChart xyChart;
    private CategoryChart barChart;
    private double chartScale;
    private JFrame frame;
    /** The chart the window's panel shows. */
    private Object shownChart;
    /** The file last written, removed when a new title moves the figure. */
    private Path written;
    /** Sketch thread only. */
    private String lastSketch = "";

    private Figure(Kind kind, String title, String[] barLabels, double[] barValues) {
        this.kind = kind;
        this.title = title;
        this.file = fileName(title);
        this.barLabels = barLabels;
        this.barValues = barValues;
    }

    /** Whether plots go to files and the terminal rather than windows (no display, or {@code MLMATH_PLOTS} says so). */
    public static boolean headless() { return output() != Output.WINDOW; }

    /** How many PNG figures this JVM has written (check mode reports it per section). */
    public static int saved() { return SAVED.get(); }

    /** Where PNGs are written ({@code -Dmlmath.plots}, default {@code plots}). */
    public static Path directory() { return Path.of(System.getProperty("mlmath.plots", "plots")); }

    /**
     * The projector scale: fonts, line widths and the picture's size are multiplied by it. Set with
     * {@link #setScale}, else {@code MLMATH_PLOT_SCALE} (or {@code -Dmlmath.plot.scale}), else 1.
     */
    public static double scale() {
        Double set = scaleSet;
        if (set != null) return set;
        String v = System.getProperty("mlmath.plot.scale", System.getenv("MLMATH_PLOT_SCALE"));
        if (v == null || v.isBlank()) return 1;
        try {
            double s = Double.parseDouble(v.trim());
            if (s >= MIN_SCALE && s <= MAX_SCALE) return s;
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range number
        }
        report("MLMATH_PLOT_SCALE=" + v + " is not a number from " + MIN_SCALE + " to " + MAX_SCALE + "; plots use scale 1");
        return 1;
    }

    /**
     * Scales the plots drawn from now on (fonts, lines, PNG and window size), e.g. 1.5 for a projector.
     * <pre>{@code
     * jshell> Figure.setScale(1.5)
     * }</pre>
     */
    public static void setScale(double factor) {
        if (!(factor >= MIN_SCALE && factor <= MAX_SCALE)) {
            throw new ShapeException("plot scale must be between " + MIN_SCALE + " and " + MAX_SCALE + ", got " + factor);
        }
        scaleSet = factor;
    }

    private static Output output() {
        boolean noDisplay = Boolean.getBoolean("mlmath.headless") || GraphicsEnvironment.isHeadless();
        String v = System.getProperty("mlmath.plots.mode", System.getenv("MLMATH_PLOTS"));
        Output chosen = noDisplay ? Output.BOTH : Output.WINDOW;
        if (v != null && !v.isBlank()) {
            try {
                chosen = Output.valueOf(v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                report("MLMATH_PLOTS=" + v + " is not one of png, sketch, both, window; using " + chosen.name().toLowerCase(Locale.ROOT));
            }
        }
        return chosen == Output.WINDOW && noDisplay ? Output.BOTH : chosen;
    }

    private static void report(String notice) {
        if (REPORTED.add(notice)) System.out.println(notice);
    }

    /** A line chart of y against x; NaN and infinite points are left out (and counted in a notice). */
    public static Figure line(String title, Object x, Object y, String seriesName) {
        Figure f = new Figure(Kind.LINE, title, null, null);
        f.lines.add(finiteLine("plot" + quoted(title), seriesName, x, y));
        return f.render(true);
    }

    /**
     * A histogram of {@code samples} in {@code bins} equal-width bins between their min and max (numpy's
     * {@code histogram}), drawn as steps; NaN and infinite samples are left out.
     */
    public static Figure hist(String title, Object samples, int bins) {
        String what = "hist" + quoted(title);
        if (bins < 1) throw new ShapeException("`bins` must be positive, when an integer");
        if (bins > 1_000_000) throw new ShapeException(what + ": bins=" + bins + " is more than a plot can show (at most 1000000)");
        double[] all = Buffers.data(ArrayLike.toTensor(samples));
        if (all.length == 0) throw new ShapeException(what + ": no samples to count (the array is empty)");
        double[] s = Arrays.stream(all).filter(Double::isFinite).toArray();
        if (s.length == 0) throw new ShapeException(what + ": all " + all.length + " samples are NaN or inf, nothing to count");
        if (s.length < all.length) System.out.println(what + ": skipped " + (all.length - s.length) + " of " + all.length + " samples that are NaN or inf");
        double lo = Arrays.stream(s).min().getAsDouble(), hi = Arrays.stream(s).max().getAsDouble();
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double width = (hi - lo) / bins;
        double[] edges = new double[bins + 1], counts = new double[bins + 1];
        for (double v : s) counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        for (int i = 0; i <= bins; i++) edges[i] = i == bins ? hi : lo + i * width;
        // The step drawing needs a last point to close the last bin at its right edge.
        counts[bins] = counts[bins - 1];
        Figure f = new Figure(Kind.HIST, title, null, null);
        f.xLabel = "value";
        f.yLabel = "count";
        f.lines.add(new Line("count", edges, counts));
        return f.render(true);
    }

    /** A bar chart: one bar per label (a NaN or infinite value is drawn as 0, with a notice). */
    public static Figure bar(String title, String[] labels, Object values) {
        String what = "bar" + quoted(title);
        if (labels == null) throw new ShapeException(what + ": labels must be an array of strings, got null");
        Tensor t = ArrayLike.toTensor(values);
        if (t.ndim() > 1) throw new ShapeException(what + ": values must be 1-D, but have shape " + t.shape());
        if (labels.length != t.size()) {
            throw new ShapeException("shape mismatch: objects cannot be broadcast to a single shape. Mismatch is between arg 0 with shape ("
                    + labels.length + ",) and arg 1 with shape " + t.shape());
        }
        if (labels.length == 0) throw new ShapeException(what + ": no bars to draw (the arrays are empty)");
        double[] v = t.toArray();
        long bad = Arrays.stream(v).filter(d -> !Double.isFinite(d)).count();
        if (bad > 0) System.out.println(what + ": " + bad + " of " + v.length + " values are NaN or inf, drawn as 0");
        for (int i = 0; i < v.length; i++) if (!Double.isFinite(v[i])) v[i] = 0;
        String[] names = Arrays.stream(labels).map(String::valueOf).toArray(String[]::new);
        Figure f = new Figure(Kind.BAR, title, names, v);
        f.xLabel = "";
        f.yLabel = "";
        return f.render(true);
    }

    private static String quoted(String title) { return title == null || title.isBlank() ? "" : " \"" + title + "\""; }

    /**
     * Checks that x and y are 1-D and the same length (matplotlib's wording), and keeps their finite points; the
     * rest are reported in one line, and a line with none is refused rather than drawn blank.
     */
    private static Line finiteLine(String what, String name, Object x, Object y) {
        Tensor tx = ArrayLike.toTensor(x), ty = ArrayLike.toTensor(y);
        if (tx.ndim() > 1 || ty.ndim() > 1) {
            throw new ShapeException("x and y must be 1-D (one line each), but have shapes " + tx.shape() + " and " + ty.shape());
        }
        if (tx.size() != ty.size()) {
            throw new ShapeException("x and y must have same first dimension, but have shapes " + tx.shape() + " and " + ty.shape());
        }
        int n = (int) tx.size();
        if (n == 0) throw new ShapeException(what + ": x and y are empty, nothing to plot");
        double[] xs = Buffers.data(tx), ys = Buffers.data(ty);
        int kept = 0;
        for (int i = 0; i < n; i++) if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) kept++;
        if (kept == 0) throw new ShapeException(what + ": all " + n + " points are NaN or inf, nothing to plot");
        if (kept < n) System.out.println(what + ": skipped " + (n - kept) + " of " + n + " points that are NaN or inf");
        double[] fx = new double[kept], fy = new double[kept];
        for (int i = 0, j = 0; i < n; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                fx[j] = xs[i];
                fy[j++] = ys[i];
            }
        }
        return new Line(name, fx, fy);
    }

    /** Legend names are keys: no two lines share one (lines before {@code from} are the one being renamed). */
    private void requireNewName(String name, int from) {
        for (Line l : lines.subList(from, lines.size())) {
            if (l.name().equals(name)) throw new ShapeException("a line named \"" + name + "\" is already in this plot");
        }
    }

    private void requireLines(String call) {
        if (kind != Kind.LINE) throw new ShapeException(call + " works on line plots only");
    }

    /** Names the first line (it is called "y" until then), like matplotlib's {@code label=}; a legend shows from two lines. */
    public Figure label(String name) {
        requireLines("label()");
        String label = String.valueOf(name);
        requireNewName(label, 1);
        Line first = lines.get(0);
        lines.set(0, new Line(label, first.x(), first.y()));
        return render(false);
    }

    /** Adds another named line; with two or more lines a legend appears where it covers the least data. */
    public Figure series(String name, Object x, Object y) {
        requireLines("series()");
        String label = String.valueOf(name);
        requireNewName(label, 0);
        Line line = finiteLine("series" + quoted(label), label, x, y);
        if (logX) reportNonPositive("logx", List.of(line), true);
        if (logY) reportNonPositive("logy", List.of(line), false);
        lines.add(line);
        return render(false);
    }

    /** Retitles the chart; a headless figure moves to the file named after the new title. */
    public Figure title(String title) {
        this.title = title;
        file = fileName(title);
        render(false);
        if (output().png()) System.out.println("plot moved: " + path());
        return this;
    }

    public Figure xlabel(String label) {
        xLabel = label;
        return render(false);
    }

    public Figure ylabel(String label) {
        yLabel = label;
        return render(false);
    }

    /** Logarithmic x axis with ticks at powers of ten; points with x ≤ 0 are left out (counted in a notice). */
    public Figure logx() {
        if (kind == Kind.BAR) throw new ShapeException("logx() works on line plots and histograms only");
        reportNonPositive("logx", lines, true);
        logX = true;
        return render(false);
    }

    /** Logarithmic y axis with ticks at powers of ten; points with y ≤ 0 are left out (counted in a notice). */
    public Figure logy() {
        reportNonPositive("logy", kind == Kind.BAR ? List.of(new Line("values", barValues, barValues)) : lines, false);
        logY = true;
        return render(false);
    }

    private static void reportNonPositive(String call, List<Line> lines, boolean x) {
        int total = 0, bad = 0;
        for (Line l : lines) {
            for (double v : x ? l.x() : l.y()) {
                total++;
                if (v <= 0) bad++;
            }
        }
        if (bad == total) throw new ShapeException(call + ": no values above 0, and a log axis shows only those");
        if (bad > 0) System.out.println(call + ": skipped " + bad + " of " + total + " points that are ≤ 0 (a log axis shows values above 0 only)");
    }

    /** The PNG path (headless) where this figure is written. */
    public Path path() { return directory().resolve(file + ".png"); }

    /** What a redraw needs, copied, so the drawing thread never reads lists the REPL thread is changing. */
    private record State(String title, Path path, List<Line> lines, String xLabel, String yLabel, boolean logX, boolean logY,
                         double scale, Output output) {}

    private Figure render(boolean first) {
        State state = new State(title == null ? "" : title, path(), List.copyOf(lines), xLabel, yLabel, logX, logY, scale(), output());
        if (state.output() == Output.WINDOW) {
            SwingUtilities.invokeLater(() -> {
                sync(state);
                showWindow();
            });
            return this;
        }
        if (state.output().sketch()) {
            changedBy = Thread.currentThread();
            boolean waiting = pendingSketch.getAndSet(sketch(state)) != null;
            if (!waiting && atStatementEnds) UNSKETCHED.add(this);
            else if (!waiting) SKETCHER.execute(this::printPendingSketch);
        }
        if (state.output().png() && pending.getAndSet(state) == null) PNG_WRITER.execute(this::writePending);
        if (first && state.output().png()) {
            SAVED.incrementAndGet();
            System.out.println("plot saved: " + path());
        }
        return this;
    }

    /** Figures whose sketch waits for the end of the statement that changed them (see {@link #statementEnded}). */
    private static final java.util.Queue<Figure> UNSKETCHED = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private static volatile boolean atStatementEnds;

    /**
     * From now on sketches print when {@link #statementEnded} is called (the launcher's JShell engine calls it after
     * every snippet), instead of after a short wait on a thread of their own.
     */
    public static void sketchAtStatementEnds() { atStatementEnds = true; }

    /** Prints the sketches of the figures the statement that just ended made or changed, in order. */
    public static void statementEnded() {
        for (Figure f; (f = UNSKETCHED.poll()) != null; ) f.printSketch();
    }

    /** Prints the newest sketch once its statement has ended, unless it repeats the last (a new axis label does not change it). */
    private void printPendingSketch() {
        try {
            changedBy.join(SKETCH_SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printSketch();
    }

    private synchronized void printSketch() {
        String text = pendingSketch.getAndSet(null);
        if (text == null || text.equals(lastSketch)) return;
        System.out.print(text);
        System.out.flush();
        lastSketch = text;
    }

    private void writePending() {
        State st = pending.getAndSet(null);
        if (st == null) return;
        try {
            sync(st);
            Files.createDirectories(st.path().getParent());
            if (kind == Kind.BAR) BitmapEncoder.saveBitmap(barChart, st.path().toString(), BitmapEncoder.BitmapFormat.PNG);
            else BitmapEncoder.saveBitmap(xyChart, st.path().toString(), BitmapEncoder.BitmapFormat.PNG);
            if (written != null && !written.equals(st.path())) Files.deleteIfExists(written);
            written = st.path();
        } catch (IOException | RuntimeException e) {
            String msg = "could not write plot " + st.path() + ": " + e.getMessage();
            FAILURES.add(msg);
            System.err.println(msg);
        }
    }

    /** The figure as text for the terminal: Unicode when stdout is UTF-8 (as verify's ✓ decides), else ASCII. */
    private String sketch(State st) {
        boolean unicode = Verifier.unicodeOutput();
        return switch (kind) {
            case BAR -> Sketch.bars(st.title(), barLabels, barValues, unicode);
            case HIST -> {
                Line h = st.lines().get(0);
                yield Sketch.histogram(st.title(), h.x(), Arrays.copyOf(h.y(), h.y().length - 1), unicode);
            }
            case LINE -> Sketch.lines(st.title(), st.lines().stream()
                    .map(l -> positive(l, st.logX(), st.logY()))
                    .filter(l -> l.x().length > 0)
                    .map(l -> new Sketch.Line(l.name(), l.x(), l.y())).toList(), st.logX(), st.logY(), unicode);
        };
    }

    /**
     * Waits (at most {@code seconds}) until every sketch asked for so far is printed and every PNG written, and returns the writes that
     * failed since the last call. Check mode calls it after each script; tests call it before reading a file.
     */
    public static List<String> awaitPlots(int seconds) {
        Future<?> sketched = SKETCHER.submit(() -> {}), done = PNG_WRITER.submit(() -> {});
        try {
            sketched.get(seconds, TimeUnit.SECONDS);
            done.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            FAILURES.add("plots still being written after " + seconds + " s");
        }
        synchronized (FAILURES) {
            List<String> failed = List.copyOf(FAILURES);
            FAILURES.clear();
            return failed;
        }
    }

    /** Draws a throwaway chart in memory, so the first real plot skips Java2D's cold start. */
    public static void warmUp() {
        // On the caller's thread (the background preload), not the PNG writer's: leaving the REPL waits for the
        // writer to finish real plots, never for a warm-up.
        Figure f = new Figure(Kind.LINE, "warm-up", null, null);
        f.lines.add(new Line("y", new double[] {0, 1}, new double[] {1, 0}));
        f.sync(new State("warm-up", f.path(), List.copyOf(f.lines), "x", "y", false, false, 1, Output.PNG));
        try {
            BitmapEncoder.getBitmapBytes(f.xyChart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException ignored) {
            // Only a warm-up: the real plot reports its own errors.
        }
    }

    /**
     * Copies the model into the XChart object (made anew when the scale changed). Linear axes whose values are all
     * tiny (below 1e-2) or huge (1e6 and up) are drawn in units of a power of ten named in the axis title.
     */
    private void sync(State st) {
        if (kind == Kind.BAR) {
            syncBars(st);
            return;
        }
        if (xyChart == null || chartScale != st.scale()) {
            xyChart = new RoundAxesChart(st.scale());
            chartScale = st.scale();
            if (kind == Kind.HIST) xyChart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        }
        XYChart c = xyChart;
        XYStyler s = c.getStyler();
        c.setTitle(st.title());
        if (frame != null) frame.setTitle(st.title());
        s.setLegendVisible(st.lines().size() >= 2);
        s.setXAxisLogarithmic(st.logX());
        s.setYAxisLogarithmic(st.logY());
        List<Line> shown = st.lines().stream().map(l -> positive(l, st.logX(), st.logY())).filter(l -> l.x().length > 0).toList();
        List<double[]> xs = shown.stream().map(Line::x).toList(), ys = shown.stream().map(Line::y).toList();
        int ex = st.logX() ? 0 : unitExponent(xs), ey = st.logY() ? 0 : unitExponent(ys);
        for (String name : new ArrayList<>(c.getSeriesMap().keySet())) c.removeSeries(name);
        for (Line l : shown) {
            XYSeries series = c.addSeries(l.name(), scaled(l.x(), ex), scaled(l.y(), ey));
            // A line needs two points; a single one is shown as a dot rather than not at all.
            series.setMarker(l.x().length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            series.setLineWidth((float) (2 * st.scale()));
        }
        double[] xr = range(xs, ex, st.logX()), yr = range(ys, ey, st.logY());
        if (kind == Kind.HIST) yr[0] = 0;
        s.setXAxisMin(xr[0]);
        s.setXAxisMax(xr[1]);
        s.setYAxisMin(yr[0]);
        s.setYAxisMax(yr[1]);
        s.setXAxisDecimalPattern(pattern(xs, ex, st.logX()));
        s.setYAxisDecimalPattern(pattern(ys, ey, st.logY()));
        c.setXAxisTitle(st.xLabel() + unit(ex));
        c.setYAxisTitle(st.yLabel() + unit(ey));
    }

    private void syncBars(State st) {
        if (barChart == null || chartScale != st.scale()) {
            barChart = new CategoryChartBuilder().width((int) Math.round(800 * st.scale())).height((int) Math.round(500 * st.scale())).build();
            chartScale = st.scale();
            RoundAxesChart.style(barChart.getStyler(), st.scale());
            barChart.getStyler().setLegendVisible(false);
            barChart.addSeries("values", Arrays.asList(barLabels), Arrays.stream(barValues).boxed().toList());
        }
        barChart.setTitle(st.title());
        if (frame != null) frame.setTitle(st.title());
        barChart.getStyler().setYAxisLogarithmic(st.logY());
        barChart.getStyler().setYAxisDecimalPattern(pattern(List.of(barValues), 0, st.logY()));
        barChart.setXAxisTitle(st.xLabel());
        barChart.setYAxisTitle(st.yLabel());
    }

    /** The line without points a log axis cannot show (≤ 0). */
    private static Line positive(Line l, boolean logX, boolean logY) {
        if (!logX && !logY) return l;
        int kept = 0;
        for (int i = 0; i < l.x().length; i++) if ((!logX || l.x()[i] > 0) && (!logY || l.y()[i] > 0)) kept++;
        double[] x = new double[kept], y = new double[kept];
        for (int i = 0, j = 0; i < l.x().length; i++) {
            if ((!logX || l.x()[i] > 0) && (!logY || l.y()[i] > 0)) {
                x[j] = l.x()[i];
                y[j++] = l.y()[i];
            }
        }
        return new Line(l.name(), x, y);
    }

    /** min and max in drawing units; a single value gets room around it (half a unit, or ×/÷ 2 on a log axis). */
    private static double[] range(List<double[]> data, int exponent, boolean log) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] d : data) {
            for (double v : d) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double f = Math.pow(10, -exponent);
        lo *= f;
        hi *= f;
        if (lo < hi) return new double[] {lo, hi};
        return log ? new double[] {lo / 2, hi * 2} : new double[] {lo - 0.5, hi + 0.5};
    }

    private static double maxAbs(List<double[]> data) {
        double m = 0;
        for (double[] d : data) for (double v : d) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static int unitExponent(List<double[]> data) {
        double m = maxAbs(data);
        return m > 0 && (m < 1e-2 || m >= 1e6) ? (int) Math.floor(Math.log10(m)) : 0;
    }

    private static double[] scaled(double[] v, int exponent) {
        if (exponent == 0) return v;
        double f = Math.pow(10, -exponent);
        return Arrays.stream(v).map(x -> x * f).toArray();
    }

    private static String unit(int exponent) { return exponent == 0 ? "" : " (×1e" + exponent + ")"; }

    /**
     * XChart's own tick labels: hidden on line charts, where they only reserve the room the round labels take,
     * and shown on bar charts. A few significant digits (XChart's default prints 0.2079797979…).
     */
    private static String pattern(List<double[]> data, int exponent, boolean log) {
        double m = maxAbs(data) * Math.pow(10, -exponent);
        if (log || m >= 1e6) return "0.##E0";
        return m >= 100 ? "0" : "0.###";
    }

    private void showWindow() {
        Object chart = kind == Kind.BAR ? barChart : xyChart;
        if (frame == null) {
            frame = new JFrame(title == null ? "" : title);
            // Closing a chart must never end the JShell session.
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        }
        if (chart != shownChart) {
            // A new scale makes a new chart: the window takes a panel of the new size.
            frame.getContentPane().removeAll();
            frame.add(kind == Kind.BAR ? new XChartPanel<>(barChart) : new XChartPanel<>(xyChart));
            frame.pack();
            shownChart = chart;
        } else {
            frame.getContentPane().repaint();
        }
        frame.setVisible(true);
    }

    @Override public String toString() {
        Output out = output();
        String where = out == Output.WINDOW ? "window" : out == Output.SKETCH ? "sketch" : path().toString();
        return "Figure(\"" + (title == null ? "" : title) + "\", " + where + ")";
    }

    /** Untitled figures (null or blank title) are numbered so they do not overwrite each other. */
    private static String fileName(String title) {
        return title == null || title.isBlank() ? "plot-" + UNTITLED.incrementAndGet() : FileNames.of(title);
    }
}

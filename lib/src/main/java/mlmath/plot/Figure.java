package mlmath.plot;

import mlmath.internal.Ascii;
import mlmath.internal.Settings;
import mlmath.internal.Settings.PlotMode;
import mlmath.internal.Terminal;
import mlmath.internal.WordWrap;
import mlmath.plot.internal.Delivery;
import mlmath.plot.internal.FileNames;
import mlmath.plot.internal.Picture;
import mlmath.plot.internal.Picture.Kind;
import mlmath.plot.internal.PlotSettings;
import mlmath.plot.internal.Sketch.Line;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.internal.Buffers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chart that is shown as soon as it is made: a window when there is a display, otherwise a PNG under
 * {@code plots/} (the path is printed) and a text sketch in the terminal ({@code MLMATH_PLOTS=png|sketch|both|window}
 * chooses). Chained calls ({@code .xlabel("p").series("log", x, y)}) redraw it. Ticks sit at round values, and
 * {@code MLMATH_PLOT_SCALE} (or {@link #setScale}) enlarges everything for a projector. PNGs and sketches are made
 * on a background thread, so the prompt (and a script) moves on while the file is written.
 */
public final class Figure {
    private static final AtomicInteger UNTITLED = new AtomicInteger();

    private final Kind kind;
    private String title, file;
    private final List<Line> lines = new ArrayList<>();
    private final String[] barLabels;
    private final double[] barValues;
    private String xLabel = "x", yLabel = "y";
    private boolean logX, logY;
    private final Delivery delivery = new Delivery();

    private Figure(Kind kind, String title, String[] barLabels, double[] barValues) {
        this.kind = kind;
        this.title = title;
        this.file = fileName(title);
        this.barLabels = barLabels;
        this.barValues = barValues;
    }

    /** Whether plots go to files and the terminal rather than windows (no display, or {@code MLMATH_PLOTS} says so). */
    public static boolean headless() { return PlotSettings.mode() != PlotMode.WINDOW; }

    /** How many PNG figures this JVM has written (check mode reports it per section). */
    public static int saved() { return Delivery.saved(); }

    /** Where PNGs are written ({@code -Dmlmath.plots}, default {@code plots/} in the checkout). */
    public static Path directory() { return Settings.current().plots(); }

    /**
     * The projector scale: fonts, line widths and the picture's size are multiplied by it. Set with
     * {@link #setScale}, else {@code MLMATH_PLOT_SCALE} (or {@code -Dmlmath.plot.scale}), else 1.
     */
    public static double scale() { return Settings.current().plotScale(); }

    /**
     * Scales the plots drawn from now on (fonts, lines, PNG and window size), e.g. 1.5 for a projector.
     * <pre>{@code
     * jshell> Figure.setScale(1.5)
     * }</pre>
     */
    public static void setScale(double factor) { PlotSettings.setScale(factor); }

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
        if (PlotSettings.mode().png()) announce("plot moved:", path());
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

    private Picture picture() {
        return new Picture(kind, title == null ? "" : title, path(), List.copyOf(lines), barLabels, barValues, xLabel, yLabel,
                logX, logY, scale(), PlotSettings.mode());
    }

    private Figure render(boolean first) {
        Picture p = picture();
        delivery.show(p, first);
        if (first && p.mode().png()) announce("plot saved:", p.path());
        return this;
    }

    /**
     * From now on sketches print when {@link #statementEnded} is called (the launcher's JShell engine calls it after
     * every snippet), instead of after a short wait on a thread of their own.
     */
    public static void sketchAtStatementEnds() { Delivery.sketchAtStatementEnds(); }

    /** Prints the sketches of the figures the statement that just ended made or changed, in order. */
    public static void statementEnded() { Delivery.statementEnded(); }

    /** Holds the sketches statement ends would print, or lets the next statement end print them. */
    public static void holdSketches(boolean hold) { Delivery.holdSketches(hold); }

    /**
     * Runs {@code work} (a lesson's chunk: several statements) and then sketches each figure it made or changed once,
     * complete, instead of after each statement.
     */
    public static void sketchOnceAfter(Runnable work) { Delivery.sketchOnceAfter(work); }

    /**
     * Waits (at most {@code seconds}) until every sketch asked for so far is printed and every PNG written, and returns the writes that
     * failed since the last call. Check mode calls it after each script; tests call it before reading a file.
     */
    public static List<String> awaitPlots(int seconds) { return Delivery.awaitPlots(seconds); }

    /** Draws a throwaway chart in memory, so the first real plot skips Java2D's cold start. */
    public static void warmUp() {
        // On the caller's thread (the background preload), not the PNG writer's: leaving the REPL waits for the
        // writer to finish real plots, never for a warm-up.
        Figure f = new Figure(Kind.LINE, "warm-up", null, null);
        f.lines.add(new Line("y", new double[] {0, 1}, new double[] {1, 0}));
        Delivery.warmUp(f.picture());
    }

    @Override public String toString() {
        PlotMode out = PlotSettings.mode();
        String where = out == PlotMode.WINDOW ? "window" : out == PlotMode.SKETCH ? "sketch" : path().toString();
        return "Figure(\"" + (title == null ? "" : title) + "\", " + where + ")";
    }

    /**
     * Prints where a PNG went ({@code plot saved: plots/loss.png}), the path on a line of its own when the line would be
     * wider than the terminal: a path is never broken, and starts its line, where it fits best and copies whole.
     */
    private static void announce(String what, Path png) {
        WordWrap line = new WordWrap(Terminal.width(), "", Ascii::columns).whole("", what).whole(" ", shown(png).toString());
        System.out.println(String.join("\n", line.lines()));
    }

    /** A PNG's path as printed: relative to the working directory when it is below it (plots/loss.png), so it fits a line. */
    private static Path shown(Path png) {
        Path here = Path.of("").toAbsolutePath(), absolute = png.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : png;
    }

    /** Untitled figures (null or blank title) are numbered so they do not overwrite each other. */
    private static String fileName(String title) {
        return title == null || title.isBlank() ? "plot-" + UNTITLED.incrementAndGet() : FileNames.of(title);
    }
}

package mlmath.plot;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A chart that is shown as soon as it is made: a window when there is a display, otherwise a PNG under
 * {@code plots/} (the path is printed). Chained calls ({@code .xlabel("p").series("log", x, y)}) redraw it.
 * PNGs are drawn on a background thread, so the prompt (and a script) moves on while the file is written.
 */
public final class Figure {
    private static final AtomicInteger SAVED = new AtomicInteger();
    /**
     * Draws and writes PNGs, in order: a first chart costs about a second of font and Java2D start-up and each
     * redraw ~0.2 s, which the REPL thread should not wait for. One thread, because XChart is not thread-safe.
     */
    private static final ExecutorService PNG_WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlmath-plots");
        t.setDaemon(true);
        return t;
    });
    private static final List<String> FAILURES = java.util.Collections.synchronizedList(new ArrayList<>());

    static {
        // ImageIO's default temp-file cache registers a shutdown hook on first use, which fails when the first PNG is
        // written by the flush below; an in-memory cache needs no hook (and no temp file). Set on the PNG thread,
        // before any write there, because loading ImageIO takes a while.
        PNG_WRITER.execute(() -> javax.imageio.ImageIO.setUseCache(false));
        // Whatever is still queued when JShell exits gets written.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitPlots(10), "mlmath-plots-flush"));
    }

    /** One line of a line chart, kept unscaled so every redraw starts from the learner's numbers. */
    private record Line(String name, double[] x, double[] y) {}

    /**
     * Makes the XChart object on the drawing thread (the PNG thread, or Swing's): creating a chart loads XChart and
     * the fonts, ~0.1 s the first time, which the REPL thread should not wait for either.
     */
    private final Supplier<Chart<?, ?>> factory;
    /** Line charts and histograms take more lines; a bar chart does not. */
    private final boolean xy;
    /** Drawing thread only. */
    private Chart<?, ?> chart;
    private static final AtomicInteger UNTITLED = new AtomicInteger();

    private String title, file;
    private final List<Line> lines = new ArrayList<>();
    private String xLabel = "x", yLabel = "y";
    private boolean logX, logY, legend;
    private JFrame frame;
    private XChartPanel<?> panel;
    /** The newest state not yet drawn: a burst of chained calls becomes one PNG write. */
    private final AtomicReference<State> pending = new AtomicReference<>();
    /** The file last written (PNG thread only), removed when a new title moves the figure. */
    private Path written;

    private Figure(Supplier<Chart<?, ?>> factory, boolean xy, String title) {
        this.factory = factory;
        this.xy = xy;
        this.title = title;
        this.file = fileName(title);
    }

    /** The XChart object, made on first use; called on the drawing thread only. */
    private Chart<?, ?> chart() {
        if (chart == null) {
            chart = factory.get();
            style((AxesChartStyler) chart.getStyler());
        }
        return chart;
    }

    /** Whether plots become PNG files instead of windows ({@code -Dmlmath.headless=true} or no display). */
    public static boolean headless() {
        return Boolean.getBoolean("mlmath.headless") || GraphicsEnvironment.isHeadless();
    }

    /** How many PNG figures this JVM has written (check mode reports it per section). */
    public static int saved() { return SAVED.get(); }

    /** Where PNGs are written ({@code -Dmlmath.plots}, default {@code plots}). */
    public static Path directory() { return Path.of(System.getProperty("mlmath.plots", "plots")); }

    /** A line chart of y against x. */
    public static Figure line(String title, Object x, Object y, String seriesName) {
        Figure f = new Figure(() -> new XYChartBuilder().width(800).height(500).build(), true, title);
        f.addLine(seriesName, x, y);
        return f.render(true);
    }

    /** A histogram of {@code samples} with {@code bins} equal-width bins, drawn as steps over a numeric axis. */
    public static Figure hist(String title, Object samples, int bins) {
        double[] s = ArrayLike.toTensor(samples).data();
        if (s.length == 0 || bins < 1) throw new IllegalArgumentException("hist needs at least one sample and one bin");
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("hist: samples contain NaN or inf");
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double width = hi > lo ? (hi - lo) / bins : 1;
        double[] edges = new double[bins + 1], counts = new double[bins + 1];
        for (double v : s) counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        for (int i = 0; i <= bins; i++) edges[i] = lo + i * width;
        counts[bins] = counts[bins - 1];
        Figure f = new Figure(() -> {
            XYChart c = new XYChartBuilder().width(800).height(500).build();
            c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
            return c;
        }, true, title);
        f.xLabel = "value";
        f.yLabel = "count";
        f.lines.add(new Line("count", edges, counts));
        return f.render(true);
    }

    /** A bar chart: one bar per label. */
    public static Figure bar(String title, String[] labels, Object values) {
        double[] v = ArrayLike.toTensor(values).data();
        if (labels.length != v.length) throw new IllegalArgumentException("bar: " + labels.length + " labels but " + v.length + " values");
        List<String> names = Arrays.asList(labels.clone());
        Figure f = new Figure(() -> {
            CategoryChart c = new CategoryChartBuilder().width(800).height(500).build();
            c.addSeries("values", names, Arrays.stream(v).boxed().toList());
            return c;
        }, false, title);
        f.xLabel = "";
        f.yLabel = "";
        return f.render(true);
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesVisible(true);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
    }

    private void addLine(String name, Object x, Object y) {
        if (!xy) throw new IllegalStateException("series() and label() work on line plots only");
        Tensor tx = ArrayLike.toTensor(x), ty = ArrayLike.toTensor(y);
        if (tx.size() != ty.size()) {
            throw new IllegalArgumentException("x and y must have the same length, got " + tx.size() + " and " + ty.size());
        }
        for (Line l : lines) if (l.name().equals(name)) throw new IllegalArgumentException("a line named \"" + name + "\" is already in this plot");
        lines.add(new Line(name, tx.toArray(), ty.toArray()));
    }

    /** Names the first line (it is called "y" until then) and shows the legend, like matplotlib's {@code label=}. */
    public Figure label(String name) {
        if (lines.isEmpty()) throw new IllegalStateException("label() works on line plots only");
        Line first = lines.get(0);
        lines.set(0, new Line(name, first.x(), first.y()));
        legend = true;
        return render(false);
    }

    /** Adds another named line (the legend appears). */
    public Figure series(String name, Object x, Object y) {
        addLine(name, x, y);
        legend = true;
        return render(false);
    }

    /** Retitles the chart; a headless figure moves to the file named after the new title. */
    public Figure title(String title) {
        this.title = title;
        file = fileName(title);
        render(false);
        if (headless()) System.out.println("plot moved: " + path());
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

    /** Logarithmic x axis. */
    public Figure logx() {
        logX = true;
        return render(false);
    }

    /** Logarithmic y axis. */
    public Figure logy() {
        logY = true;
        return render(false);
    }

    /** The PNG path (headless) where this figure is written. */
    public Path path() { return directory().resolve(file + ".png"); }

    /** What a redraw needs, copied, so the drawing thread never reads lists the REPL thread is changing. */
    private record State(String title, Path path, List<Line> lines, String xLabel, String yLabel, boolean logX, boolean logY,
                         boolean legend) {}

    private Figure render(boolean first) {
        State state = new State(title, path(), List.copyOf(lines), xLabel, yLabel, logX, logY, legend);
        if (headless()) {
            if (pending.getAndSet(state) == null) PNG_WRITER.execute(this::writePending);
            if (first) {
                SAVED.incrementAndGet();
                System.out.println("plot saved: " + path());
            }
        } else {
            // XChart is not thread-safe: a window's chart is only touched on the Swing thread.
            SwingUtilities.invokeLater(() -> {
                sync(state);
                showWindow();
            });
        }
        return this;
    }

    private void writePending() {
        State st = pending.getAndSet(null);
        if (st == null) return;
        try {
            sync(st);
            Files.createDirectories(st.path().getParent());
            BitmapEncoder.saveBitmap(chart(), st.path().toString(), BitmapEncoder.BitmapFormat.PNG);
            if (written != null && !written.equals(st.path())) Files.deleteIfExists(written);
            written = st.path();
        } catch (IOException | RuntimeException e) {
            String msg = "could not write plot " + st.path() + ": " + e.getMessage();
            FAILURES.add(msg);
            System.err.println(msg);
        }
    }

    /**
     * Waits (at most {@code seconds}) until every PNG asked for so far is written, and returns the writes that
     * failed since the last call. Check mode calls it after each script; tests call it before reading a file.
     */
    public static List<String> awaitPlots(int seconds) {
        Future<?> done = PNG_WRITER.submit(() -> {});
        try {
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

    /** Draws a throwaway chart in memory on the PNG thread, so the first real plot skips Java2D's cold start. */
    public static void warmUp() {
        PNG_WRITER.execute(() -> {
            Figure f = new Figure(() -> new XYChartBuilder().width(200).height(120).build(), true, "warm-up");
            f.lines.add(new Line("y", new double[] {0, 1}, new double[] {1, 0}));
            f.sync(new State("warm-up", f.path(), List.copyOf(f.lines), "x", "y", false, false, true));
            try {
                BitmapEncoder.getBitmapBytes(f.chart(), BitmapEncoder.BitmapFormat.PNG);
            } catch (IOException ignored) {
                // Only a warm-up: the real plot reports its own errors.
            }
        });
    }

    /**
     * Copies the model into the XChart object. Linear axes whose values are all tiny (below 1e-2) are drawn in
     * units of a power of ten named in the axis title, because XChart's tick labels break down at that scale.
     */
    private void sync(State st) {
        Chart<?, ?> chart = chart();
        AxesChartStyler s = (AxesChartStyler) chart.getStyler();
        chart.setTitle(st.title() == null ? "" : st.title());
        if (frame != null) frame.setTitle(chart.getTitle());
        s.setLegendVisible(st.legend());
        if (chart instanceof XYChart xy) {
            xy.getStyler().setXAxisLogarithmic(st.logX());
            xy.getStyler().setYAxisLogarithmic(st.logY());
            List<double[]> xs = st.lines().stream().map(Line::x).toList(), ys = st.lines().stream().map(Line::y).toList();
            int ex = st.logX() ? 0 : tinyExponent(xs), ey = st.logY() ? 0 : tinyExponent(ys);
            for (String name : new ArrayList<>(xy.getSeriesMap().keySet())) xy.removeSeries(name);
            for (Line l : st.lines()) xy.addSeries(l.name(), scaled(l.x(), ex), scaled(l.y(), ey)).setMarker(SeriesMarkers.NONE);
            s.setXAxisDecimalPattern(pattern(xs, ex, st.logX()));
            s.setYAxisDecimalPattern(pattern(ys, ey, st.logY()));
            chart.setXAxisTitle(st.xLabel() + unit(ex));
            chart.setYAxisTitle(st.yLabel() + unit(ey));
        } else {
            ((CategoryChart) chart).getStyler().setYAxisLogarithmic(st.logY());
            chart.setXAxisTitle(st.xLabel());
            chart.setYAxisTitle(st.yLabel());
        }
    }

    private static double maxAbs(List<double[]> data) {
        double m = 0;
        for (double[] d : data) for (double v : d) if (Double.isFinite(v)) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static int tinyExponent(List<double[]> data) {
        double m = maxAbs(data);
        return m > 0 && m < 1e-2 ? (int) Math.floor(Math.log10(m)) : 0;
    }

    private static double[] scaled(double[] v, int exponent) {
        if (exponent == 0) return v;
        double f = Math.pow(10, -exponent);
        return Arrays.stream(v).map(x -> x * f).toArray();
    }

    private static String unit(int exponent) { return exponent == 0 ? "" : " (×1e" + exponent + ")"; }

    /** A few significant digits (XChart's default prints 0.2079797979…); scientific on log axes and for huge values. */
    private static String pattern(List<double[]> data, int exponent, boolean log) {
        double m = maxAbs(data) * Math.pow(10, -exponent);
        if (log || m >= 1e6) return "0.##E0";
        return m >= 100 ? "#,##0" : "#,##0.###";
    }

    private void showWindow() {
        if (frame == null) {
            panel = new XChartPanel<>(chart());
            frame = new JFrame(chart().getTitle());
            // Closing a chart must never end the JShell session.
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.add(panel);
            frame.pack();
            frame.setVisible(true);
        } else {
            panel.revalidate();
            panel.repaint();
        }
    }

    @Override public String toString() {
        return "Figure(\"" + (title == null ? "" : title) + "\"" + (headless() ? ", " + path() : ", window") + ")";
    }

    /** Untitled figures (null or blank title) are numbered so they do not overwrite each other. */
    private static String fileName(String title) {
        return title == null || title.isBlank() ? "plot-" + UNTITLED.incrementAndGet() : slug(title);
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "plot" : s;
    }
}

package mlmath.plot;

import mlmath.tensor.ArrayLike;
import mlmath.tensor.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A chart that is shown as soon as it is made: a window when there is a display, otherwise a PNG under
 * {@code plots/} (the path is printed). Chained calls ({@code .xlabel("p").series("log", x, y)}) redraw it.
 */
public final class Figure {
    private static final java.util.concurrent.atomic.AtomicInteger SAVED = new java.util.concurrent.atomic.AtomicInteger();

    private final Chart<?, ?> chart;
    private final String file;
    private JFrame frame;
    private XChartPanel<?> panel;

    private Figure(Chart<?, ?> chart, String title) {
        this.chart = chart;
        this.file = slug(title);
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
        XYChart c = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle("x").yAxisTitle("y").build();
        style(c.getStyler());
        c.getStyler().setLegendVisible(false);
        Figure f = new Figure(c, title);
        f.addSeries(seriesName, x, y);
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
        XYChart c = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle("value").yAxisTitle("count").build();
        style(c.getStyler());
        c.getStyler().setLegendVisible(false);
        c.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.StepArea);
        c.addSeries("count", edges, counts).setMarker(SeriesMarkers.NONE);
        return new Figure(c, title).render(true);
    }

    /** A bar chart: one bar per label. */
    public static Figure bar(String title, String[] labels, Object values) {
        double[] v = ArrayLike.toTensor(values).data();
        if (labels.length != v.length) throw new IllegalArgumentException("bar: " + labels.length + " labels but " + v.length + " values");
        CategoryChart c = new CategoryChartBuilder().width(800).height(500).title(title).xAxisTitle("").yAxisTitle("").build();
        style(c.getStyler());
        c.getStyler().setLegendVisible(false);
        c.addSeries("values", java.util.Arrays.asList(labels), java.util.Arrays.stream(v).boxed().toList());
        return new Figure(c, title).render(true);
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(java.awt.Color.WHITE);
        s.setPlotGridLinesVisible(true);
        s.setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 18));
        s.setAxisTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 15));
        s.setLegendFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        // XChart's default tick format can print 0.2079797979...; a few significant digits read better.
        s.setXAxisDecimalPattern("#,##0.###");
    }

    private void addSeries(String name, Object x, Object y) {
        if (!(chart instanceof XYChart xy)) throw new IllegalStateException("series() works on line plots only");
        Tensor tx = ArrayLike.toTensor(x), ty = ArrayLike.toTensor(y);
        if (tx.size() != ty.size()) {
            throw new IllegalArgumentException("x and y must have the same length, got " + tx.size() + " and " + ty.size());
        }
        xy.addSeries(name, tx.data(), ty.data()).setMarker(SeriesMarkers.NONE);
    }

    /** Names the first line (it is called "y" until then) and shows the legend, like matplotlib's {@code label=}. */
    public Figure label(String name) {
        if (!(chart instanceof XYChart xy)) throw new IllegalStateException("label() works on line plots only");
        // XChart cannot rename a series, so rebuild them in order with the first one renamed.
        var all = new java.util.ArrayList<>(xy.getSeriesMap().values());
        for (var series : all) xy.removeSeries(series.getName());
        for (int i = 0; i < all.size(); i++) {
            var series = all.get(i);
            xy.addSeries(i == 0 ? name : series.getName(), series.getXData(), series.getYData()).setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setLegendVisible(true);
        return render(false);
    }

    /** Adds another named line (the legend appears). */
    public Figure series(String name, Object x, Object y) {
        addSeries(name, x, y);
        chart.getStyler().setLegendVisible(true);
        return render(false);
    }

    public Figure xlabel(String label) {
        chart.setXAxisTitle(label);
        return render(false);
    }

    public Figure ylabel(String label) {
        chart.setYAxisTitle(label);
        return render(false);
    }

    /** Logarithmic x axis. */
    public Figure logx() {
        ((XYChart) chart).getStyler().setXAxisLogarithmic(true);
        ((XYChart) chart).getStyler().setXAxisDecimalPattern("0E0");
        return render(false);
    }

    /** Logarithmic y axis. */
    public Figure logy() {
        if (chart instanceof XYChart xy) xy.getStyler().setYAxisLogarithmic(true);
        else ((CategoryChart) chart).getStyler().setYAxisLogarithmic(true);
        return render(false);
    }

    /** The PNG path (headless) where this figure is written. */
    public Path path() { return directory().resolve(file + ".png"); }

    private Figure render(boolean first) {
        if (headless()) {
            try {
                Files.createDirectories(directory());
                BitmapEncoder.saveBitmap(chart, path().toString(), BitmapEncoder.BitmapFormat.PNG);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write plot " + path() + ": " + e.getMessage(), e);
            }
            if (first) {
                SAVED.incrementAndGet();
                System.out.println("plot saved: " + path());
            }
        } else {
            SwingUtilities.invokeLater(this::showWindow);
        }
        return this;
    }

    private void showWindow() {
        if (frame == null) {
            panel = new XChartPanel<>(chart);
            frame = new JFrame(chart.getTitle());
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
        return "Figure(\"" + chart.getTitle() + "\"" + (headless() ? ", " + path() : ", window") + ")";
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "plot" : s;
    }
}

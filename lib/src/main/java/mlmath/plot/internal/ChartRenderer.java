package mlmath.plot.internal;

import mlmath.plot.internal.Sketch.Line;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One figure's XChart object, kept up to date with its {@link Picture}s. XChart is not thread-safe: one renderer is
 * used by one thread at a time (the PNG thread, or Swing's for a window).
 */
public final class ChartRenderer {
    private XYChart xyChart;
    private CategoryChart barChart;
    private double chartScale;

    /**
     * Copies the picture into the XChart object (made anew when the scale changed) and returns it. Linear axes whose
     * values are all tiny (below 1e-2) or huge (1e6 and up) are drawn in units of a power of ten named in the axis title.
     */
    public Chart<?, ?> sync(Picture p) {
        return p.kind() == Picture.Kind.BAR ? syncBars(p) : syncLines(p);
    }

    /** Draws the picture and writes it as a PNG at {@code path}. */
    public void writePng(Picture p, Path path) throws IOException {
        BitmapEncoder.saveBitmap(sync(p), path.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** Draws the picture as PNG bytes in memory. */
    public byte[] pngBytes(Picture p) throws IOException {
        return BitmapEncoder.getBitmapBytes(sync(p), BitmapEncoder.BitmapFormat.PNG);
    }

    private XYChart syncLines(Picture p) {
        if (xyChart == null || chartScale != p.scale()) {
            xyChart = new RoundAxesChart(p.scale());
            chartScale = p.scale();
            if (p.kind() == Picture.Kind.HIST) xyChart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        }
        XYChart c = xyChart;
        XYStyler s = c.getStyler();
        c.setTitle(p.title());
        s.setLegendVisible(p.lines().size() >= 2);
        s.setXAxisLogarithmic(p.logX());
        s.setYAxisLogarithmic(p.logY());
        List<Line> shown = p.shownLines();
        List<double[]> xs = shown.stream().map(Line::x).toList(), ys = shown.stream().map(Line::y).toList();
        int ex = p.logX() ? 0 : unitExponent(xs), ey = p.logY() ? 0 : unitExponent(ys);
        for (String name : new ArrayList<>(c.getSeriesMap().keySet())) c.removeSeries(name);
        for (Line l : shown) {
            XYSeries series = c.addSeries(l.name(), scaled(l.x(), ex), scaled(l.y(), ey));
            // A line needs two points; a single one is shown as a dot rather than not at all.
            series.setMarker(l.x().length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            series.setLineWidth((float) (2 * p.scale()));
        }
        double[] xr = range(xs, ex, p.logX()), yr = range(ys, ey, p.logY());
        if (p.kind() == Picture.Kind.HIST) yr[0] = 0;
        s.setXAxisMin(xr[0]);
        s.setXAxisMax(xr[1]);
        s.setYAxisMin(yr[0]);
        s.setYAxisMax(yr[1]);
        s.setXAxisDecimalPattern(pattern(xs, ex, p.logX()));
        s.setYAxisDecimalPattern(pattern(ys, ey, p.logY()));
        c.setXAxisTitle(p.xLabel() + unit(ex));
        c.setYAxisTitle(p.yLabel() + unit(ey));
        return c;
    }

    private CategoryChart syncBars(Picture p) {
        if (barChart == null || chartScale != p.scale()) {
            barChart = new CategoryChartBuilder().width((int) Math.round(800 * p.scale())).height((int) Math.round(500 * p.scale())).build();
            chartScale = p.scale();
            RoundAxesChart.style(barChart.getStyler(), p.scale());
            barChart.getStyler().setLegendVisible(false);
            barChart.addSeries("values", Arrays.asList(p.barLabels()), Arrays.stream(p.barValues()).boxed().toList());
        }
        barChart.setTitle(p.title());
        barChart.getStyler().setYAxisLogarithmic(p.logY());
        barChart.getStyler().setYAxisDecimalPattern(pattern(List.of(p.barValues()), 0, p.logY()));
        barChart.setXAxisTitle(p.xLabel());
        barChart.setYAxisTitle(p.yLabel());
        return barChart;
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
}

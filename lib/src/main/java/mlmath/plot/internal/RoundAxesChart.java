package mlmath.plot.internal;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * An XY chart whose grid and tick labels sit at round values ({@link Ticks}) and whose legend goes to the corner
 * that covers the fewest line segments (beside the plot when every corner covers some). XChart lays the chart out
 * and draws the lines; its own tick labels are kept for their size only (invisible) and its grid is off.
 * The caller sets the axis ranges ({@code setXAxisMin} …) from the finite data.
 */
public final class RoundAxesChart extends XYChart {
    private static final Color INVISIBLE = new Color(0, 0, 0, 0);
    private static final Color GRID = new Color(225, 225, 225);
    /** XChart's gap between a legend and the plot's edge, in pixels. */
    private static final int LEGEND_MARGIN = 6;
    private static final List<LegendPosition> CORNERS = List.of(LegendPosition.InsideNE, LegendPosition.InsideNW,
            LegendPosition.InsideSE, LegendPosition.InsideSW, LegendPosition.InsideN, LegendPosition.InsideS);
    private final double scale;
    /** Where the layout passes draw: XChart places everything while painting, and only then maps values to pixels. */
    private final Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();

    /** A chart of {@code 800 × 500} pixels times {@code scale}, styled by {@link #style}. */
    public RoundAxesChart(double scale) {
        super((int) Math.round(800 * scale), (int) Math.round(500 * scale));
        this.scale = scale;
        XYStyler s = getStyler();
        style(s, scale);
        s.setPlotGridLinesVisible(false);
        s.setAxisTickLabelsColor(INVISIBLE);
        s.setAxisTicksMarksVisible(false);
        s.setAxisTicksLineVisible(false);
        s.setChartBackgroundColor(INVISIBLE);
        s.setPlotBackgroundColor(INVISIBLE);
    }

    /** The look every mlmath chart shares, with fonts, padding and strokes multiplied by {@code scale}. */
    public static void style(AxesChartStyler s, double scale) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesVisible(true);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, px(18, scale)));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, px(15, scale)));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, px(13, scale)));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, px(14, scale)));
        s.setChartPadding(px(10, scale));
        s.setLegendPadding(px(10, scale));
        s.setLegendSeriesLineLength(px(24, scale));
        s.setAxisTickPadding(px(6, scale));
        s.setAxisTitlePadding(px(10, scale));
        s.setChartTitlePadding(px(8, scale));
        s.setPlotGridLinesStroke(new BasicStroke((float) scale));
    }

    private static int px(double base, double scale) { return (int) Math.round(base * scale); }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        XYStyler s = getStyler();
        s.setLegendPosition(LegendPosition.InsideNE);
        super.paint(scratch, width, height);
        if (s.isLegendVisible()) {
            LegendPosition best = leastCoveredCorner(g);
            s.setLegendPosition(best);
            if (best == LegendPosition.OutsideE) super.paint(scratch, width, height);
        }
        Rectangle2D plot = plotBounds();
        Font font = s.getAxisTickLabelsFont();
        FontMetrics fm = g.getFontMetrics(font);
        Ticks xs = fit(true, plot.getWidth(), fm), ys = fit(false, plot.getHeight(), fm);

        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(GRID);
        g.setStroke(new BasicStroke((float) scale));
        for (double v : xs.values()) g.draw(new Line2D.Double(getScreenXFromChart(v), plot.getMinY(), getScreenXFromChart(v), plot.getMaxY()));
        for (double v : ys.values()) g.draw(new Line2D.Double(plot.getMinX(), getScreenYFromChart(v), plot.getMaxX(), getScreenYFromChart(v)));
        super.paint(g, width, height);

        g.setFont(font);
        g.setColor(Color.BLACK);
        int gap = s.getAxisTickPadding();
        for (int i = 0; i < xs.values().length; i++) {
            String label = xs.labels()[i];
            float x = (float) (getScreenXFromChart(xs.values()[i]) - fm.stringWidth(label) / 2.0);
            g.drawString(label, x, (float) (plot.getMaxY() + gap + fm.getAscent()));
        }
        for (int i = 0; i < ys.values().length; i++) {
            String label = ys.labels()[i];
            float y = (float) (getScreenYFromChart(ys.values()[i]) + (fm.getAscent() - fm.getDescent()) / 2.0);
            g.drawString(label, (float) (plot.getMinX() - gap - fm.stringWidth(label)), y);
        }
    }

    /** The plot's rectangle, from where XChart maps the axis ends (they sit {@code plotContentSize} inside it). */
    private Rectangle2D plotBounds() {
        XYStyler s = getStyler();
        double content = s.getPlotContentSize();
        double x0 = getScreenXFromChart(s.getXAxisMin()), x1 = getScreenXFromChart(s.getXAxisMax());
        double y0 = getScreenYFromChart(s.getYAxisMax()), y1 = getScreenYFromChart(s.getYAxisMin());
        double w = (x1 - x0) / content, h = (y1 - y0) / content;
        return new Rectangle2D.Double(x0 - (w - (x1 - x0)) / 2, y0 - (h - (y1 - y0)) / 2, w, h);
    }

    /** The most ticks whose labels still stand apart: a label's width plus a gap across, two lines' height up. */
    private Ticks fit(boolean x, double length, FontMetrics fm) {
        XYStyler s = getStyler();
        double lo = x ? s.getXAxisMin() : s.getYAxisMin(), hi = x ? s.getXAxisMax() : s.getYAxisMax();
        boolean log = x ? s.isXAxisLogarithmic() : s.isYAxisLogarithmic();
        // Ticks cover what the plot shows: the data plus the margin XChart leaves around it (matplotlib ticks its
        // margins too, so a curve ending at 0.003 gets its 0).
        double margin = (1 - s.getPlotContentSize()) / (2 * s.getPlotContentSize());
        if (log) {
            double span = Math.log10(hi / lo);
            lo /= Math.pow(10, margin * span);
            hi *= Math.pow(10, margin * span);
        } else {
            double span = hi - lo;
            lo -= margin * span;
            hi += margin * span;
        }
        boolean whole = wholeNumbers(x);
        Ticks best = null;
        for (int n = Math.min(11, (int) (length / (fm.getHeight() * 2.2))); n >= 2; n--) {
            best = log ? Ticks.log(lo, hi, n) : Ticks.linear(lo, hi, n, whole);
            if (best.values().length < 2) break;
            double spacing = Math.abs((x ? getScreenXFromChart(best.values()[1]) - getScreenXFromChart(best.values()[0])
                    : getScreenYFromChart(best.values()[0]) - getScreenYFromChart(best.values()[1])));
            double needed = x ? widest(best, fm) + fm.getHeight() : fm.getHeight() * 2.2;
            if (spacing >= needed) break;
        }
        return best == null ? Ticks.linear(lo, hi, 2, whole) : best;
    }

    private static int widest(Ticks t, FontMetrics fm) {
        int w = 0;
        for (String l : t.labels()) w = Math.max(w, fm.stringWidth(l));
        return w;
    }

    private boolean wholeNumbers(boolean x) {
        for (XYSeries series : getSeriesMap().values()) {
            for (double v : x ? series.getXData() : series.getYData()) if (Double.isFinite(v) && v != Math.rint(v)) return false;
        }
        return true;
    }

    /** matplotlib's {@code loc="best"}: the inside position whose box crosses the fewest line segments. */
    private LegendPosition leastCoveredCorner(Graphics2D g) {
        XYStyler s = getStyler();
        FontMetrics fm = g.getFontMetrics(s.getLegendFont());
        int pad = s.getLegendPadding(), textWidth = 0;
        for (String name : getSeriesMap().keySet()) textWidth = Math.max(textWidth, fm.stringWidth(name));
        double w = s.getLegendSeriesLineLength() + 3 * pad + textWidth;
        double h = getSeriesMap().size() * (fm.getAscent() + fm.getDescent() + pad) + pad;
        Rectangle2D plot = plotBounds();
        double left = plot.getMinX() + LEGEND_MARGIN, right = plot.getMaxX() - w - LEGEND_MARGIN;
        double top = plot.getMinY() + LEGEND_MARGIN, bottom = plot.getMaxY() - h - LEGEND_MARGIN;
        double middle = plot.getMinX() + (plot.getWidth() - w) / 2 + LEGEND_MARGIN;
        double[][] corners = {{right, top}, {left, top}, {right, bottom}, {left, bottom}, {middle, top}, {middle, bottom}};
        LegendPosition best = LegendPosition.OutsideE;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < corners.length; i++) {
            int crossed = crossings(new Rectangle2D.Double(corners[i][0] - pad, corners[i][1] - pad, w + 2 * pad, h + 2 * pad));
            if (crossed < fewest) {
                fewest = crossed;
                best = CORNERS.get(i);
            }
        }
        return fewest == 0 ? best : LegendPosition.OutsideE;
    }

    private int crossings(Rectangle2D box) {
        int n = 0;
        for (XYSeries series : getSeriesMap().values()) {
            double[] x = series.getXData(), y = series.getYData();
            for (int i = 1; i < x.length; i++) {
                if (Double.isNaN(y[i - 1]) || Double.isNaN(y[i])) continue;
                if (box.intersectsLine(getScreenXFromChart(x[i - 1]), getScreenYFromChart(y[i - 1]),
                        getScreenXFromChart(x[i]), getScreenYFromChart(y[i]))) n++;
            }
            if (x.length == 1 && box.contains(getScreenXFromChart(x[0]), getScreenYFromChart(y[0]))) n++;
        }
        return n;
    }
}

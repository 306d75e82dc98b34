package mlmath.plot.internal;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.style.Styler.LegendPosition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundAxesChartTest {
    private static RoundAxesChart chart(double lo, double hi) {
        RoundAxesChart c = new RoundAxesChart(1);
        c.getStyler().setLegendVisible(true);
        c.getStyler().setXAxisMin(lo);
        c.getStyler().setXAxisMax(hi);
        c.getStyler().setYAxisMin(lo);
        c.getStyler().setYAxisMax(hi);
        return c;
    }

    private static BufferedImage paint(RoundAxesChart c) {
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        c.paint(g, c.getWidth(), c.getHeight());
        g.dispose();
        return img;
    }

    @Test
    void legend_goesToTheFirstCornerNoLineCrosses() {
        RoundAxesChart c = chart(0, 1);
        c.addSeries("rising", new double[] {0, 1}, new double[] {0, 1});
        c.addSeries("flat", new double[] {0, 1}, new double[] {0.5, 0.5});
        paint(c);
        // The diagonal crosses the top-right and bottom-left corners: top-left is the first one free.
        assertEquals(LegendPosition.InsideNW, c.getStyler().getLegendPosition());
    }

    @Test
    void legend_goesBesideThePlot_whenEveryCornerHasData() {
        RoundAxesChart c = chart(0, 1);
        double[] x = new double[41];
        for (int i = 0; i < x.length; i++) x[i] = i / 40.0;
        c.addSeries("top", x, java.util.Arrays.stream(x).map(v -> 0.98).toArray());
        c.addSeries("bottom", x, java.util.Arrays.stream(x).map(v -> 0.02).toArray());
        paint(c);
        assertEquals(LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    }

    @Test
    void gridLines_fallOnRoundValues() {
        RoundAxesChart c = chart(0.01, 0.99);
        c.getStyler().setLegendVisible(false);
        c.addSeries("y", new double[] {0.01, 0.99}, new double[] {0.01, 0.99});
        BufferedImage img = paint(c);
        // The grid line at x = 0.5 runs down the middle of the plot; XChart's own grid is off.
        double x = c.getScreenXFromChart(0.5);
        int y = (int) Math.round(c.getScreenYFromChart(0.25));
        assertTrue(isGrid(img.getRGB((int) Math.floor(x), y)) || isGrid(img.getRGB((int) Math.ceil(x), y)), "no grid line at x = 0.5");
        int between = (int) Math.round(c.getScreenXFromChart(0.55));
        assertEquals(Color.WHITE.getRGB(), img.getRGB(between, y));
    }

    private static boolean isGrid(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() < 255 && c.getRed() > 180 && c.getRed() == c.getGreen() && c.getGreen() == c.getBlue();
    }
}

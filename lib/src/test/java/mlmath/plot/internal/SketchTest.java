package mlmath.plot.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sketches are compared with expected text committed under src/test/resources/mlmath/plot (looked at by eye). */
class SketchTest {
    /** One period of sin(x) at 101 points, and cos(x) beside it. */
    private static double[] grid() {
        double[] x = new double[101];
        for (int i = 0; i < x.length; i++) x[i] = 2 * Math.PI * i / 100;
        return x;
    }

    private static double[] apply(double[] x, java.util.function.DoubleUnaryOperator f) {
        return java.util.Arrays.stream(x).map(f).toArray();
    }

    /** A histogram of 0, 1, 1, 2, 2, 2, …: bin k holds k + 1 samples, 8 bins over [0, 8]. */
    private static String triangleHistogram(boolean unicode, int width) {
        double[] edges = new double[9], counts = new double[8];
        for (int k = 0; k <= 8; k++) edges[k] = k;
        for (int k = 0; k < 8; k++) counts[k] = k + 1;
        return Sketch.histogram("k + 1 samples in bin k", edges, counts, unicode, width);
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = SketchTest.class.getResourceAsStream("/mlmath/plot/" + name)) {
            assertNotNull(in, "missing expected sketch " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertFits(String sketch, int width) {
        String[] lines = sketch.split("\n");
        assertTrue(lines.length <= 20, lines.length + " lines");
        for (String l : lines) assertTrue(l.codePointCount(0, l.length()) <= width, "wider than " + width + ": " + l);
    }

    @Test
    void oneLine_isDrawnInBraille() throws IOException {
        double[] x = grid();
        String s = Sketch.lines("sin(x)", List.of(new Sketch.Line("y", x, apply(x, Math::sin))), false, false, true, 80);
        assertEquals(expected("sketch-sine-unicode.txt"), s);
        assertFits(s, 80);
    }

    @Test
    void twoLines_getAGlyphEach_andALegend_inAscii() throws IOException {
        double[] x = grid();
        String s = Sketch.lines("sin and cos", List.of(new Sketch.Line("sin", x, apply(x, Math::sin)),
                new Sketch.Line("cos", x, apply(x, Math::cos))), false, false, false, 80);
        assertEquals(expected("sketch-sin-cos-ascii.txt"), s);
        assertTrue(s.chars().allMatch(c -> c < 128), "ASCII only");
        assertFits(s, 80);
    }

    @Test
    void histogram_isColumnsOfEighthBlocks_orHashesInAscii() throws IOException {
        assertEquals(expected("sketch-histogram-unicode.txt"), triangleHistogram(true, 80));
        assertEquals(expected("sketch-histogram-ascii.txt"), triangleHistogram(false, 80));
        assertFits(triangleHistogram(true, 80), 80);
    }

    @Test
    void logAxes_labelTheRangeInDataUnits() {
        double[] x = {1e-3, 1e-2, 1e-1, 1}, y = {1e4, 1e2, 1, 1e-2};
        String s = Sketch.lines("", List.of(new Sketch.Line("y", x, y)), true, true, false, 80);
        String[] lines = s.split("\n");
        assertTrue(lines[0].startsWith("10000 |"), lines[0]);
        assertTrue(lines[14].startsWith(" 0.01 |"), lines[14]);
        assertEquals("      0.001                                                           1", lines[16]);
    }

    @Test
    void bars_areSidewaysWithTheirValues() {
        String s = Sketch.bars("counts", new String[] {"cat", "dog"}, new double[] {1, 2}, false, 80);
        assertEquals("counts\ncat |" + "#".repeat(37) + " 1\ndog |" + "#".repeat(73) + " 2\n", s);
        assertFits(s, 80);
    }

    @Test
    void aNarrowTerminal_getsANarrowerDrawing() {
        double[] x = grid();
        String title = "sin and cos, as a terminal 50 columns wide shows them whole";
        List<Sketch.Line> two = List.of(new Sketch.Line("sin", x, apply(x, Math::sin)), new Sketch.Line("cos", x, apply(x, Math::cos)));
        for (boolean unicode : new boolean[] {true, false}) {
            assertFits(Sketch.lines(title, two.subList(0, 1), false, false, unicode, 50), 50);
            assertFits(Sketch.lines(title, two, false, false, unicode, 50), 50);
            assertFits(triangleHistogram(unicode, 50), 50);
            assertFits(Sketch.bars(title, new String[] {"cat", "dog"}, new double[] {1, 2}, unicode, 50), 50);
        }
        // Every name of a legend is shown, on as many lines as the width needs.
        List<Sketch.Line> five = new java.util.ArrayList<>();
        for (String name : new String[] {"unit circle", "A @ circle", "eigenvector lines", "ellipse axes", "axes"}) {
            five.add(new Sketch.Line(name, x, apply(x, Math::sin)));
        }
        String legend = Sketch.lines("", five, false, false, false, 50);
        assertFits(legend.substring(legend.indexOf("* unit circle")), 50);
        assertTrue(legend.contains("# axes") && !legend.contains("..."), legend);
        // The drawing keeps the 16 columns of labels and axes beside it: 34 columns of sine.
        String[] lines = Sketch.lines("", two.subList(0, 1), false, false, false, 50).split("\n");
        assertTrue(lines[15].endsWith("+" + "-".repeat(34)), lines[15]);
    }
}

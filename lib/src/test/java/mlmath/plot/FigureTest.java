package mlmath.plot;

import mlmath.internal.Settings;
import mlmath.internal.Settings.PlotMode;
import mlmath.tensor.ShapeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureTest {
    @TempDir Path dir;
    private Settings.Scope settings;

    @BeforeEach
    void headlessIntoTempDir() { settings = Settings.use(Settings.current().withHeadless().withPlots(dir)); }

    @AfterEach
    void reset() { settings.close(); }

    /** Runs {@code test} with the plots going where {@code mode} says. */
    private static void withMode(PlotMode mode, Runnable test) {
        try (Settings.Scope s = Settings.use(Settings.current().withPlotMode(mode))) {
            test.run();
        }
    }

    @Test
    void linePlot_writesAReadablePngNamedAfterItsTitle() throws Exception {
        int before = Figure.saved();
        Figure f = Figure.line("Likelihood of p", new double[] {0, 0.5, 1}, new double[] {0, 1, 0}, "y").xlabel("p").label("L(p)");
        Path png = dir.resolve("likelihood-of-p.png");
        assertEquals(List.of(), Figure.awaitPlots(30));
        assertEquals(png, f.path());
        assertTrue(Files.size(png) > 1000);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
        assertEquals(before + 1, Figure.saved(), "redraws rewrite the same file, they are not new plots");
    }

    @Test
    void heldPngs_areWrittenOnceReleased() {
        java.util.concurrent.CompletableFuture<Void> prompt = new java.util.concurrent.CompletableFuture<>();
        mlmath.plot.internal.Delivery.holdPngsUntil(prompt);
        Figure f = Figure.line("held", new double[] {0, 1}, new double[] {1, 0}, "y");
        assertEquals(List.of("plots still being written after 1 s"), Figure.awaitPlots(1));
        assertTrue(!Files.exists(f.path()), "nothing is drawn while the writer is held");
        prompt.complete(null);
        assertEquals(List.of(), Figure.awaitPlots(30));
        assertEquals(dir.resolve("held.png"), f.path());
        assertTrue(Files.exists(f.path()));
    }

    @Test
    void untitledPlots_getTheirOwnFiles_andRetitlingMovesTheFile() {
        Figure a = Figure.line("", new double[] {1, 2}, new double[] {1, 2}, "y");
        Figure b = Figure.line("", new double[] {1, 2}, new double[] {2, 1}, "y");
        Figure.awaitPlots(30);
        assertTrue(!a.path().equals(b.path()) && Files.exists(a.path()) && Files.exists(b.path()));
        Path old = a.path();
        a.title("Loss curve");
        Figure.awaitPlots(30);
        assertEquals(dir.resolve("loss-curve.png"), a.path());
        assertTrue(Files.exists(a.path()) && !Files.exists(old));
    }

    @Test
    void histogramAndBars_render() {
        Figure.hist("samples", new double[] {1, 2, 2, 3, 3, 3}, 3);
        Figure.bar("counts", new String[] {"a", "b"}, new double[] {1, 2});
        Figure.awaitPlots(30);
        assertTrue(Files.exists(dir.resolve("samples.png")));
        assertTrue(Files.exists(dir.resolve("counts.png")));
    }

    @Test
    void badInput_isRefusedInOneLine_inMatplotlibsWords() {
        assertEquals("x and y must have same first dimension, but have shapes (2,) and (3,)",
                assertThrows(ShapeException.class, () -> Figure.line("t", new double[2], new double[3], "y")).getMessage());
        assertEquals("x and y must be 1-D (one line each), but have shapes (2,) and (2, 2)",
                assertThrows(ShapeException.class, () -> Figure.line("t", new double[2], new double[][] {{1, 2}, {3, 4}}, "y")).getMessage());
        assertEquals("plot \"t\": x and y are empty, nothing to plot",
                assertThrows(ShapeException.class, () -> Figure.line("t", new double[0], new double[0], "y")).getMessage());
        assertEquals("plot \"t\": all 2 points are NaN or inf, nothing to plot",
                assertThrows(ShapeException.class, () -> Figure.line("t", new double[2], new double[] {Double.NaN, Double.NaN}, "y")).getMessage());
        assertEquals("hist \"h\": all 1 samples are NaN or inf, nothing to count",
                assertThrows(ShapeException.class, () -> Figure.hist("h", new double[] {Double.NaN}, 3)).getMessage());
        assertEquals("`bins` must be positive, when an integer",
                assertThrows(ShapeException.class, () -> Figure.hist("h", new double[] {1}, 0)).getMessage());
        assertEquals("shape mismatch: objects cannot be broadcast to a single shape. Mismatch is between arg 0 with shape (1,) and arg 1 with shape (2,)",
                assertThrows(ShapeException.class, () -> Figure.bar("b", new String[] {"a"}, new double[2])).getMessage());
        Figure named = Figure.line("t", new double[] {1, 2}, new double[] {1, 2}, "y").series("b", new double[] {1, 2}, new double[] {2, 1});
        assertEquals("a line named \"b\" is already in this plot", assertThrows(ShapeException.class, () -> named.label("b")).getMessage());
        assertEquals("a line named \"y\" is already in this plot",
                assertThrows(ShapeException.class, () -> named.series("y", new double[1], new double[1])).getMessage());
        Figure f = Figure.line("t", new double[] {1, 2}, new double[] {-1, 0}, "y");
        assertEquals("logy: no values above 0, and a log axis shows only those", assertThrows(ShapeException.class, f::logy).getMessage());
        assertEquals(List.of(), Figure.awaitPlots(30));
    }

    @Test
    void nanPoints_areSkippedWithANotice_andTheRestIsDrawn() {
        String out = stdout(() -> Figure.line("with gaps", new double[] {0, 1, 2, 3}, new double[] {0, Double.NaN, 4, Double.POSITIVE_INFINITY}, "y"));
        assertTrue(out.contains("plot \"with gaps\": skipped 2 of 4 points that are NaN or inf\n"), out);
        assertTrue(Files.exists(dir.resolve("with-gaps.png")));
    }

    @Test
    void sketchMode_printsTheSketchAndWritesNoPng() {
        withMode(PlotMode.SKETCH, () -> {
            int before = Figure.saved();
            String out = stdout(() -> Figure.line("parabola", new double[] {-1, 0, 1}, new double[] {1, 0, 1}, "y").xlabel("x"));
            assertTrue(out.startsWith("parabola\n"), out);
            assertEquals(1, out.split("parabola\n", -1).length - 1, "a chain prints one sketch: " + out);
            assertEquals(18, out.lines().count(), "title, 15 rows, the x axis and its labels: " + out);
            assertTrue(out.endsWith("\n  -1" + " ".repeat(62) + "1\n"), out);
            assertEquals(before, Figure.saved());
            assertTrue(!Files.exists(dir.resolve("parabola.png")));
        });
    }

    @Test
    void windowsWithoutADisplay_sayOnceWhatHappensInstead() {
        withMode(PlotMode.WINDOW, () -> {
            String out = stdout(() -> {
                Figure.line("no display one", new double[] {0, 1}, new double[] {0, 1}, "y");
                Figure.line("no display two", new double[] {0, 1}, new double[] {1, 0}, "y");
            });
            String notice = "MLMATH_PLOTS=window, but there is no display: PNGs and sketches instead\n";
            assertTrue(out.startsWith(notice), out);
            assertEquals(1, out.split(notice, -1).length - 1, "said once: " + out);
            assertTrue(out.contains("plot saved: " + dir.resolve("no-display-two.png")), out);
        });
    }

    @Test
    void aPathWiderThanTheTerminal_standsWholeOnTheLineBelow() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a folder whose name alone is longer than any terminal the workbook sets text for"));
        try (Settings.Scope s = Settings.use(Settings.current().withPlots(deep))) {
            String out = stdout(() -> Figure.line("deep", new double[] {0, 1}, new double[] {0, 1}, "y"));
            assertTrue(out.contains("plot saved:\n" + deep.resolve("deep.png") + "\n"), out);
        }
    }

    @Test
    void scale_enlargesThePng_andRefusesSillyValues() throws Exception {
        Figure.setScale(1.5);   // undone when the test's settings scope closes
        Figure.line("big", new double[] {0, 1}, new double[] {0, 1}, "y");
        assertEquals(List.of(), Figure.awaitPlots(30));
        BufferedImage img = ImageIO.read(dir.resolve("big.png").toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(750, img.getHeight());
        assertEquals("plot scale must be between 0.5 and 4.0, got 10.0", assertThrows(ShapeException.class, () -> Figure.setScale(10)).getMessage());
    }

    /** What {@code action} (and the plot thread it starts) prints. */
    private static String stdout(Runnable action) {
        Figure.statementEnded();   // sketches other tests left waiting for a statement end are not this test's
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
            // The statement ends here: under the launcher's engine (or after a test that started one) sketches print now.
            Figure.statementEnded();
            Figure.awaitPlots(30);
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnwritableDirectory_isReportedByAwaitPlots() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        List<String> failed;
        try (Settings.Scope s = Settings.use(Settings.current().withPlots(file))) {
            Figure.line("blocked", new double[] {1, 2}, new double[] {1, 2}, "y");
            failed = Figure.awaitPlots(30);
        }
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).startsWith("could not write plot " + file.resolve("blocked.png")), failed.get(0));
        assertEquals(List.of(), Figure.awaitPlots(30), "a failure is reported once");
    }

    @Test
    void fileNames_keepTheTitlesParameters() {
        Figure f = Figure.hist("100000 samples of N(2, 0.5^2)", new double[] {1, 2, 3}, 2);
        assertEquals(dir.resolve("100000-samples-of-N(2,0.5^2).png"), f.path());
        Figure.awaitPlots(30);
        assertTrue(Files.exists(f.path()));
    }
}

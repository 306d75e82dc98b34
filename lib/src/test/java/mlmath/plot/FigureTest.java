package mlmath.plot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureTest {
    @TempDir Path dir;

    @BeforeEach
    void headlessIntoTempDir() {
        System.setProperty("mlmath.headless", "true");
        System.setProperty("mlmath.plots", dir.toString());
    }

    @AfterEach
    void reset() { System.clearProperty("mlmath.plots"); }

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
    void badInput_isRefusedClearly() {
        assertEquals("x and y must have the same length, got 2 and 3",
                assertThrows(IllegalArgumentException.class, () -> Figure.line("t", new double[2], new double[3], "y")).getMessage());
        assertEquals("hist: samples contain NaN or inf",
                assertThrows(IllegalArgumentException.class, () -> Figure.hist("h", new double[] {Double.NaN}, 3)).getMessage());
        assertEquals("bar: 1 labels but 2 values",
                assertThrows(IllegalArgumentException.class, () -> Figure.bar("b", new String[] {"a"}, new double[2])).getMessage());
    }

    @Test
    void anUnwritableDirectory_isReportedByAwaitPlots() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        System.setProperty("mlmath.plots", file.toString());
        Figure.line("blocked", new double[] {1, 2}, new double[] {1, 2}, "y");
        List<String> failed = Figure.awaitPlots(30);
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).startsWith("could not write plot " + file.resolve("blocked.png")), failed.get(0));
        assertEquals(List.of(), Figure.awaitPlots(30), "a failure is reported once");
    }

    @Test
    void slug_isAFileSystemSafeName() {
        assertEquals("learning-rate-linear-warmup-then-cosine-decay", Figure.slug("learning rate: linear warmup, then cosine decay"));
        assertEquals("plot", Figure.slug("???"));
    }
}

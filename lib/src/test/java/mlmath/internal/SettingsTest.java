package mlmath.internal;

import mlmath.internal.Settings.PlotMode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {
    private static Settings read(Map<String, String> env, Map<String, String> properties) {
        return Settings.read(env::get, properties::get);
    }

    @Test
    void nothingSet_givesTheDefaults() {
        Settings s = read(Map.of(), Map.of());
        Path here = Path.of("").toAbsolutePath();
        assertEquals(here, s.root());
        assertEquals(here.resolve("plots"), s.plots());
        assertFalse(s.headless());
        assertNull(s.plotMode(), "no mode chosen: it depends on the display");
        assertEquals(1, s.plotScale());
        assertTrue(s.fastStart());
        assertEquals(10, s.timeLimit());
    }

    @Test
    void theVariablesTheReadmeNames_areRead() {
        Settings s = read(Map.of("MLMATH_HEADLESS", "1", "MLMATH_PLOTS", " Sketch ", "MLMATH_PLOT_SCALE", "1.5",
                "MLMATH_FAST", "0", "MLMATH_TIME_LIMIT", "30"), Map.of("mlmath.root", "/tmp/../tmp/course"));
        assertEquals(Path.of("/tmp/course"), s.root());
        assertEquals(Path.of("/tmp/course/plots"), s.plots(), "plots/ in the checkout");
        assertTrue(s.headless());
        assertEquals(PlotMode.SKETCH, s.plotMode());
        assertEquals(1.5, s.plotScale());
        assertFalse(s.fastStart());
        assertEquals(30, s.timeLimit());
    }

    @Test
    void aPropertyWinsOverItsVariable() {
        Settings s = read(Map.of("MLMATH_PLOTS", "window", "MLMATH_PLOT_SCALE", "2"),
                Map.of("mlmath.plots.mode", "png", "mlmath.plot.scale", "3", "mlmath.plots", "/tmp/p", "mlmath.headless", "true"));
        assertEquals(PlotMode.PNG, s.plotMode());
        assertEquals(3, s.plotScale());
        assertEquals(Path.of("/tmp/p"), s.plots());
        assertTrue(s.headless());
        assertFalse(read(Map.of(), Map.of("mlmath.headless", "false")).headless());
    }

    @Test
    void aBadValue_isSaidInOneLine_andItsDefaultUsed() {
        String out = stdout(() -> {
            Settings s = read(Map.of("MLMATH_PLOTS", "pdf", "MLMATH_PLOT_SCALE", "huge", "MLMATH_TIME_LIMIT", "-3"), Map.of());
            assertNull(s.plotMode());
            assertEquals(1, s.plotScale());
            assertEquals(10, s.timeLimit());
            return s;
        });
        assertEquals("MLMATH_PLOTS=pdf is not one of png, sketch, both, window; plots go to a window when there is a display,"
                + " else to PNGs and sketches\nMLMATH_PLOT_SCALE=huge is not a number from 0.5 to 4.0; plots use scale 1\n", out);
        assertEquals("-Dmlmath.plot.scale=9 is not a number from 0.5 to 4.0; plots use scale 1\n",
                stdout(() -> read(Map.of(), Map.of("mlmath.plot.scale", "9"))));
    }

    @Test
    void aScope_putsBackWhatWasCurrent_evenAfterAChangeInside() {
        Settings before = Settings.current();
        try (Settings.Scope outer = Settings.use(before.withHeadless().withPlotMode(PlotMode.PNG))) {
            assertTrue(Settings.current().headless());
            Settings.change(s -> s.withPlotScale(2));
            assertEquals(2, Settings.current().plotScale());
            assertEquals(PlotMode.PNG, Settings.current().plotMode(), "a change keeps the rest");
            Settings.Scope inner = Settings.use(Settings.current().withPlotMode(PlotMode.SKETCH));
            inner.close();
            inner.close();   // a second close (a quiet replay's /reset) changes nothing
            assertEquals(PlotMode.PNG, Settings.current().plotMode());
        }
        assertSame(before, Settings.current());
    }

    private static String stdout(Supplier<Settings> action) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}

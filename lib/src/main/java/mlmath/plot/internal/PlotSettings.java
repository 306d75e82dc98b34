package mlmath.plot.internal;

import mlmath.internal.Settings;
import mlmath.internal.Settings.PlotMode;
import mlmath.tensor.ShapeException;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where plots go, from the current {@link Settings} and whether this machine has a display: asked when a figure is
 * drawn, because a display is only looked for then (Java2D takes ~25 ms to say) and a headless run may begin later.
 */
public final class PlotSettings {
    private PlotSettings() {}

    /** Whether the learner was told that windows need a display: it is said once. */
    private static final AtomicBoolean TOLD_NO_DISPLAY = new AtomicBoolean();

    /** Sets the scale of the plots drawn from now on; a value outside 0.5 to 4 is refused in one line. */
    public static void setScale(double factor) {
        if (!(factor >= Settings.MIN_PLOT_SCALE && factor <= Settings.MAX_PLOT_SCALE)) {
            throw new ShapeException("plot scale must be between " + Settings.MIN_PLOT_SCALE + " and " + Settings.MAX_PLOT_SCALE + ", got " + factor);
        }
        Settings.change(s -> s.withPlotScale(factor));
    }

    /** Where plots go now: as the settings choose, else a window when there is a display and a PNG and a sketch when not. */
    public static PlotMode mode() {
        Settings settings = Settings.current();
        boolean noDisplay = settings.headless() || GraphicsEnvironment.isHeadless();
        PlotMode chosen = settings.plotMode() != null ? settings.plotMode() : noDisplay ? PlotMode.BOTH : PlotMode.WINDOW;
        if (chosen == PlotMode.WINDOW && noDisplay) {
            if (!TOLD_NO_DISPLAY.getAndSet(true)) {
                System.out.println("MLMATH_PLOTS=window, but there is no display: PNGs and sketches instead");
            }
            return PlotMode.BOTH;
        }
        return chosen;
    }
}

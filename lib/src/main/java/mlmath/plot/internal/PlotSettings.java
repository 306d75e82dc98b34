package mlmath.plot.internal;

import mlmath.tensor.ShapeException;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where plots go and how big they are, read from the environment when a figure is drawn: {@code MLMATH_PLOTS} (or
 * {@code -Dmlmath.plots.mode}), {@code MLMATH_PLOT_SCALE} (or {@code -Dmlmath.plot.scale}, or {@link #setScale} at
 * the prompt) and {@code -Dmlmath.plots}. A bad value is reported once, in one line, and a default is used.
 */
public final class PlotSettings {
    private PlotSettings() {}

    /** Where plots go: files, the terminal, both, or windows. */
    public enum Mode {
        PNG, SKETCH, BOTH, WINDOW;

        /** Whether a PNG is written. */
        public boolean png() { return this == PNG || this == BOTH; }

        /** Whether a sketch is printed in the terminal. */
        public boolean sketch() { return this == SKETCH || this == BOTH; }
    }

    /** The smallest and largest projector scale. */
    public static final double MIN_SCALE = 0.5, MAX_SCALE = 4;
    /** Settings already complained about, so a bad value is reported once. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    /** The scale set at the prompt with {@link #setScale}; {@code MLMATH_PLOT_SCALE} until then. */
    private static volatile Double scaleSet;

    /** Where PNGs are written ({@code -Dmlmath.plots}, default {@code plots}). */
    public static Path directory() { return Path.of(System.getProperty("mlmath.plots", "plots")); }

    /** The projector scale: set with {@link #setScale}, else {@code MLMATH_PLOT_SCALE}, else 1. */
    public static double scale() {
        Double set = scaleSet;
        if (set != null) return set;
        String v = System.getProperty("mlmath.plot.scale", System.getenv("MLMATH_PLOT_SCALE"));
        if (v == null || v.isBlank()) return 1;
        try {
            double s = Double.parseDouble(v.trim());
            if (s >= MIN_SCALE && s <= MAX_SCALE) return s;
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range number
        }
        report("MLMATH_PLOT_SCALE=" + v + " is not a number from " + MIN_SCALE + " to " + MAX_SCALE + "; plots use scale 1");
        return 1;
    }

    /** Sets the scale of the plots drawn from now on; a value outside 0.5 to 4 is refused in one line. */
    public static void setScale(double factor) {
        if (!(factor >= MIN_SCALE && factor <= MAX_SCALE)) {
            throw new ShapeException("plot scale must be between " + MIN_SCALE + " and " + MAX_SCALE + ", got " + factor);
        }
        scaleSet = factor;
    }

    /** Where plots go now: a window when there is a display, unless {@code MLMATH_PLOTS} chooses otherwise. */
    public static Mode mode() {
        boolean noDisplay = Boolean.getBoolean("mlmath.headless") || GraphicsEnvironment.isHeadless();
        String v = System.getProperty("mlmath.plots.mode", System.getenv("MLMATH_PLOTS"));
        Mode chosen = noDisplay ? Mode.BOTH : Mode.WINDOW;
        if (v != null && !v.isBlank()) {
            try {
                chosen = Mode.valueOf(v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                report("MLMATH_PLOTS=" + v + " is not one of png, sketch, both, window; using " + chosen.name().toLowerCase(Locale.ROOT));
            }
        }
        if (chosen == Mode.WINDOW && noDisplay) {
            report("MLMATH_PLOTS=window, but there is no display here: plots are written as PNGs and sketched instead");
            return Mode.BOTH;
        }
        return chosen;
    }

    private static void report(String notice) {
        if (REPORTED.add(notice)) System.out.println(notice);
    }
}

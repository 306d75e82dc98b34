package mlmath.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The workbook's settings, read once from the environment and the system properties ({@link #read}; a property wins
 * over its variable) and never changed in place.
 * <p>
 * One value is current in the JVM ({@link #current}): the launcher makes what it read current for the whole run, and a
 * run that needs other settings for a while (a headless check, a quiet replay) makes them current in a
 * try-with-resources scope ({@link #use}) that puts the previous ones back. One process-wide value, not a parameter,
 * because the code that needs it is reached from the learner's snippets ({@code plot(...)}, {@code hint(...)}), which
 * JShell runs in this JVM with no way to hand them anything.
 *
 * @param root       the checkout: {@code -Dmlmath.root} (the shims set it), else the current folder
 * @param plots      where PNGs are written: {@code -Dmlmath.plots}, else {@code plots/} in the checkout
 * @param headless   never open a window: {@code MLMATH_HEADLESS} (any value) or {@code -Dmlmath.headless=true}
 * @param plotMode   where plots go, {@code MLMATH_PLOTS} or {@code -Dmlmath.plots.mode}; null: a window when there is
 *                   a display, else a PNG and a sketch
 * @param plotScale  fonts, lines and pictures multiplied for a projector: {@code MLMATH_PLOT_SCALE} or
 *                   {@code -Dmlmath.plot.scale}, else 1
 * @param fastStart  a section opens from its prepared fast copy, unless {@code MLMATH_FAST=0}
 * @param timeLimit  seconds one snippet of a learner's file may run in a headless run: {@code MLMATH_TIME_LIMIT}, else 10
 */
public record Settings(Path root, Path plots, boolean headless, PlotMode plotMode, double plotScale, boolean fastStart,
                       double timeLimit) {

    /** Where plots go: files, the terminal, both, or windows. */
    public enum PlotMode {
        PNG, SKETCH, BOTH, WINDOW;

        /** Whether a PNG is written. */
        public boolean png() { return this == PNG || this == BOTH; }

        /** Whether a sketch is printed in the terminal. */
        public boolean sketch() { return this == SKETCH || this == BOTH; }
    }

    /** The smallest and largest projector scale. */
    public static final double MIN_PLOT_SCALE = 0.5, MAX_PLOT_SCALE = 4;
    private static final double DEFAULT_TIME_LIMIT = 10;

    /**
     * Reads the settings from environment variables ({@code env}) and system properties ({@code properties}), each a
     * lookup that gives null for a name not set. A bad value is reported in one line and its default used.
     */
    public static Settings read(Function<String, String> env, Function<String, String> properties) {
        String rootSetting = properties.apply("mlmath.root"), plotsSetting = properties.apply("mlmath.plots");
        Path root = Path.of(rootSetting == null ? "." : rootSetting).toAbsolutePath().normalize();
        Path plots = plotsSetting == null ? root.resolve("plots") : Path.of(plotsSetting);
        boolean headless = Boolean.parseBoolean(properties.apply("mlmath.headless")) || !blank(env.apply("MLMATH_HEADLESS"));
        return new Settings(root, plots, headless, plotMode(either(properties, "mlmath.plots.mode", env, "MLMATH_PLOTS")),
                plotScale(either(properties, "mlmath.plot.scale", env, "MLMATH_PLOT_SCALE")),
                !"0".equals(env.apply("MLMATH_FAST")), timeLimit(env.apply("MLMATH_TIME_LIMIT")));
    }

    /** The settings current in this JVM: those made current last, else those of its environment and properties. */
    public static Settings current() {
        Settings s = current;
        if (s != null) return s;
        synchronized (Settings.class) {
            if (current == null) current = read(System::getenv, System::getProperty);
            return current;
        }
    }

    private static volatile Settings current;

    /** Makes {@code settings} current until the returned scope is closed, which puts back the ones current before. */
    public static synchronized Scope use(Settings settings) {
        Settings before = current;   // null (not read yet) is put back as it was
        current = settings;
        return new Scope(before);
    }

    /** Changes the current settings ({@code plotScale(1.5)} at the prompt) for as long as the scope they are in lasts. */
    public static synchronized void change(UnaryOperator<Settings> how) { current = how.apply(current()); }

    /** A stretch of code with other settings current; closing it (once, from any thread) puts the previous ones back. */
    public static final class Scope implements AutoCloseable {
        private final Settings before;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Scope(Settings before) { this.before = before; }

        @Override public void close() {
            if (!closed.getAndSet(true)) current = before;
        }
    }

    /** These settings, never opening a window. */
    public Settings withHeadless() { return new Settings(root, plots, true, plotMode, plotScale, fastStart, timeLimit); }

    /** These settings, writing PNGs into {@code folder}. */
    public Settings withPlots(Path folder) { return new Settings(root, folder, headless, plotMode, plotScale, fastStart, timeLimit); }

    /** These settings, sending plots where {@code mode} says. */
    public Settings withPlotMode(PlotMode mode) { return new Settings(root, plots, headless, mode, plotScale, fastStart, timeLimit); }

    /** These settings, drawing plots at projector scale {@code scale}. */
    public Settings withPlotScale(double scale) { return new Settings(root, plots, headless, plotMode, scale, fastStart, timeLimit); }

    /** These settings, letting one headless snippet run {@code seconds}. */
    public Settings withTimeLimit(double seconds) { return new Settings(root, plots, headless, plotMode, plotScale, fastStart, seconds); }

    /** A setting as the learner wrote it: {@code MLMATH_PLOTS} or {@code -Dmlmath.plots.mode}, and its value. */
    private record Written(String name, String value) {
        @Override public String toString() { return name + "=" + value; }
    }

    /** The property if set, else the environment variable if set, else null. */
    private static Written either(Function<String, String> properties, String property,
                                  Function<String, String> env, String variable) {
        String p = properties.apply(property), v = env.apply(variable);
        return !blank(p) ? new Written("-D" + property, p.trim()) : !blank(v) ? new Written(variable, v.trim()) : null;
    }

    private static PlotMode plotMode(Written setting) {
        if (setting == null) return null;
        try {
            return PlotMode.valueOf(setting.value().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.out.println(setting + " is not one of png, sketch, both, window;"
                    + " plots go to a window when there is a display, else to PNGs and sketches");
            return null;
        }
    }

    private static double plotScale(Written setting) {
        if (setting == null) return 1;
        try {
            double s = Double.parseDouble(setting.value());
            if (s >= MIN_PLOT_SCALE && s <= MAX_PLOT_SCALE) return s;
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range number
        }
        System.out.println(setting + " is not a number from " + MIN_PLOT_SCALE + " to " + MAX_PLOT_SCALE + "; plots use scale 1");
        return 1;
    }

    private static double timeLimit(String v) {
        try {
            double s = v == null ? DEFAULT_TIME_LIMIT : Double.parseDouble(v);
            return s > 0 ? s : DEFAULT_TIME_LIMIT;
        } catch (NumberFormatException e) {
            return DEFAULT_TIME_LIMIT;
        }
    }

    private static boolean blank(String v) { return v == null || v.isBlank(); }
}

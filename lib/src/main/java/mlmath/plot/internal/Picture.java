package mlmath.plot.internal;

import mlmath.internal.Settings.PlotMode;
import mlmath.plot.internal.Sketch.Line;

import java.nio.file.Path;
import java.util.List;

/**
 * What a figure looks like at one moment, copied from the builder so that the drawing threads never read what the
 * REPL thread is changing: its kind, title, lines (finite points, in the learner's units) or bars, axis labels and
 * scales, the projector scale and where it goes.
 */
public record Picture(Kind kind, String title, Path path, List<Line> lines, String[] barLabels, double[] barValues,
                      String xLabel, String yLabel, boolean logX, boolean logY, double scale, PlotMode mode) {
    /** What a figure draws. */
    public enum Kind { LINE, HIST, BAR }

    /** The lines as drawn: without the points a log axis cannot show (≤ 0), and without lines left empty. */
    public List<Line> shownLines() {
        return lines.stream().map(l -> positive(l, logX, logY)).filter(l -> l.x().length > 0).toList();
    }

    private static Line positive(Line l, boolean logX, boolean logY) {
        if (!logX && !logY) return l;
        int kept = 0;
        for (int i = 0; i < l.x().length; i++) if ((!logX || l.x()[i] > 0) && (!logY || l.y()[i] > 0)) kept++;
        double[] x = new double[kept], y = new double[kept];
        for (int i = 0, j = 0; i < l.x().length; i++) {
            if ((!logX || l.x()[i] > 0) && (!logY || l.y()[i] > 0)) {
                x[j] = l.x()[i];
                y[j++] = l.y()[i];
            }
        }
        return new Line(l.name(), x, y);
    }
}

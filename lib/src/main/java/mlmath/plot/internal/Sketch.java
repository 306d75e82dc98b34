package mlmath.plot.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plot drawn in text for a terminal without a display (plotext and termplotlib do the same for Python): at most
 * 20 lines (a long legend may take more) of at most the terminal's width (40 to 80 columns), the y range's ends
 * labelled on the left and the x range's below. One line is
 * drawn in braille dots (2 × 4 per character); several lines get one ASCII glyph each and a legend; histograms
 * are columns of eighth-blocks. With {@code unicode} false everything is plain ASCII.
 */
public final class Sketch {
    /** Rows of the drawing area, and the columns left of and beside it for the labels and axes. */
    static final int ROWS = 15, MARGIN = 16;
    private static final char[] GLYPHS = {'*', 'o', '+', 'x', '#', '@', '%', '='};
    private static final String EIGHTHS = " ▁▂▃▄▅▆▇█";
    private static final String BAR_EIGHTHS = " ▏▎▍▌▋▊▉█";

    private Sketch() {}

    /** One named line of a figure: finite points, in the learner's units (a log axis draws only the positive ones). */
    public record Line(String name, double[] x, double[] y) {}

    /** The picture as text in at most {@code width} columns: lines, a histogram's columns or bars. */
    public static String of(Picture p, boolean unicode, int width) {
        return switch (p.kind()) {
            case BAR -> bars(p.title(), p.barLabels(), p.barValues(), unicode, width);
            case HIST -> {
                Line h = p.lines().get(0);
                // The last count only closes the last step of the drawn histogram.
                yield histogram(p.title(), h.x(), Arrays.copyOf(h.y(), h.y().length - 1), unicode, width);
            }
            case LINE -> lines(p.title(), p.shownLines(), p.logX(), p.logY(), unicode, width);
        };
    }

    /** Lines of y against x, each point joined to the next. */
    public static String lines(String title, List<Line> lines, boolean logX, boolean logY, boolean unicode, int width) {
        int columns = width - MARGIN;
        double[] xr = range(lines, true, logX), yr = range(lines, false, logY);
        boolean braille = unicode && lines.size() == 1;
        int sub = braille ? 2 : 1, subRows = braille ? 4 : 1;
        int dotsX = columns * sub, dotsY = ROWS * subRows;
        char[][] cells = blank(columns);
        int[][] dots = new int[ROWS][columns];
        for (int s = 0; s < lines.size(); s++) {
            Line l = lines.get(s);
            double px = Double.NaN, py = Double.NaN;
            for (int i = 0; i < l.x().length; i++) {
                double cx = scale(axis(l.x()[i], logX), xr, dotsX), cy = dotsY - 1 - scale(axis(l.y()[i], logY), yr, dotsY);
                int steps = i == 0 ? 0 : (int) Math.ceil(Math.max(Math.abs(cx - px), Math.abs(cy - py)));
                for (int k = 0; k <= steps; k++) {
                    double t = steps == 0 ? 1 : (double) k / steps;
                    int dx = (int) Math.round(i == 0 ? cx : px + t * (cx - px)), dy = (int) Math.round(i == 0 ? cy : py + t * (cy - py));
                    if (braille) dots[dy / 4][dx / 2] |= brailleBit(dx % 2, dy % 4);
                    else cells[dy][dx] = GLYPHS[s % GLYPHS.length];
                }
                px = cx;
                py = cy;
            }
        }
        if (braille) {
            for (int r = 0; r < ROWS; r++) for (int c = 0; c < columns; c++) if (dots[r][c] != 0) cells[r][c] = (char) (0x2800 + dots[r][c]);
        }
        List<String> legend = new ArrayList<>();
        if (lines.size() > 1) {
            for (int s = 0; s < lines.size(); s++) legend.add(GLYPHS[s % GLYPHS.length] + " " + lines.get(s).name());
        }
        return frame(title, cells, yr, xr, logY, logX, unicode, legend, width);
    }

    /** A histogram: one column of blocks per bin ({@code counts.length} bins between {@code edges}). */
    public static String histogram(String title, double[] edges, double[] counts, boolean unicode, int width) {
        int columns = width - MARGIN;
        int perColumn = (counts.length + columns - 1) / columns;
        double[] merged = new double[(counts.length + perColumn - 1) / perColumn];
        for (int i = 0; i < counts.length; i++) merged[i / perColumn] += counts[i];
        int binWidth = Math.max(1, columns / merged.length);
        double top = Arrays.stream(merged).max().orElse(0);
        char[][] cells = blank(columns);
        int levels = unicode ? 8 : 1;
        for (int b = 0; b < merged.length; b++) {
            long height = top == 0 ? 0 : Math.round(merged[b] / top * ROWS * levels);
            for (int r = 0; r < ROWS; r++) {
                long fill = Math.max(0, Math.min(levels, height - (long) (ROWS - 1 - r) * levels));
                char ch = unicode ? EIGHTHS.charAt((int) fill) : fill > 0 ? '#' : ' ';
                for (int c = b * binWidth; c < (b + 1) * binWidth; c++) cells[r][c] = ch;
            }
        }
        char[][] drawn = new char[ROWS][];
        for (int r = 0; r < ROWS; r++) drawn[r] = Arrays.copyOf(cells[r], merged.length * binWidth);
        return frame(title, drawn, new double[] {0, top}, new double[] {edges[0], edges[edges.length - 1]}, false, false, unicode,
                List.of(), width);
    }

    /** A bar chart turned sideways: one row per label, bars scaled to the largest |value|. */
    public static String bars(String title, String[] labels, double[] values, boolean unicode, int width) {
        StringBuilder out = new StringBuilder(fit(title, width)).append('\n');
        int shown = Math.min(labels.length, ROWS + 2), labelWidth = 0, valueWidth = 0;
        double top = 0;
        for (int i = 0; i < shown; i++) {
            labelWidth = Math.max(labelWidth, Math.min(16, labels[i].length()));
            valueWidth = Math.max(valueWidth, Ticks.compact(values[i]).length());
            top = Math.max(top, Math.abs(values[i]));
        }
        int room = width - labelWidth - valueWidth - 3;
        for (int i = 0; i < shown; i++) {
            String label = labels[i].length() > 16 ? labels[i].substring(0, 15) + "~" : labels[i];
            long eighths = top == 0 ? 0 : Math.round(Math.abs(values[i]) / top * room * 8);
            String bar = unicode ? "█".repeat((int) (eighths / 8)) + (eighths % 8 == 0 ? "" : BAR_EIGHTHS.charAt((int) (eighths % 8)))
                    : "#".repeat((int) Math.round(eighths / 8.0));
            out.append(pad(label, labelWidth)).append(unicode ? " │" : " |").append(bar).append(' ').append(Ticks.compact(values[i])).append('\n');
        }
        if (shown < labels.length) out.append("... and ").append(labels.length - shown).append(" more\n");
        return out.toString();
    }

    private static char[][] blank(int columns) {
        char[][] cells = new char[ROWS][columns];
        for (char[] row : cells) Arrays.fill(row, ' ');
        return cells;
    }

    /** The title, the drawing with y labels and axes, the x labels and the legend, each line trimmed to {@code width}. */
    private static String frame(String title, char[][] cells, double[] yr, double[] xr, boolean logY, boolean logX,
                                boolean unicode, List<String> legend, int width) {
        String top = Ticks.compact(logY ? Math.pow(10, yr[1]) : yr[1]), bottom = Ticks.compact(logY ? Math.pow(10, yr[0]) : yr[0]);
        int labelWidth = Math.max(top.length(), bottom.length());
        StringBuilder out = new StringBuilder();
        if (!title.isBlank()) out.append(fit(title, width)).append('\n');
        for (int r = 0; r < ROWS; r++) {
            String label = r == 0 ? top : r == ROWS - 1 ? bottom : "";
            char axis = unicode ? (r == 0 || r == ROWS - 1 ? '┤' : '│') : '|';
            out.append(pad(label, labelWidth)).append(' ').append(axis).append(new String(cells[r]).stripTrailing()).append('\n');
        }
        int columns = cells[0].length;
        out.append(" ".repeat(labelWidth + 1)).append(unicode ? '└' : '+').append((unicode ? "─" : "-").repeat(columns)).append('\n');
        String left = Ticks.compact(logX ? Math.pow(10, xr[0]) : xr[0]), right = Ticks.compact(logX ? Math.pow(10, xr[1]) : xr[1]);
        int gap = Math.max(1, columns + 1 - left.length() - right.length());
        out.append(" ".repeat(labelWidth + 1)).append(left).append(" ".repeat(gap)).append(right).append('\n');
        // The legend takes one line, or more when the names are long or the terminal narrow.
        StringBuilder line = new StringBuilder(" ".repeat(labelWidth + 2));
        for (String entry : legend) {
            if (line.length() > labelWidth + 2 && line.length() + 3 + entry.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(" ".repeat(labelWidth + 2));
            }
            line.append(line.length() > labelWidth + 2 ? "   " : "").append(entry);
        }
        if (!legend.isEmpty()) out.append(fit(line.toString(), width)).append('\n');
        return out.toString();
    }

    private static String fit(String line, int width) { return line.length() <= width ? line : line.substring(0, width - 3) + "..."; }

    private static String pad(String s, int width) { return " ".repeat(Math.max(0, width - s.length())) + s; }

    /** The braille dot at column {@code col} (0–1) and row {@code row} (0–3) of a cell, as Unicode numbers them. */
    private static int brailleBit(int col, int row) {
        return row == 3 ? (col == 0 ? 0x40 : 0x80) : 1 << (row + 3 * col);
    }

    private static double axis(double v, boolean log) { return log ? Math.log10(v) : v; }

    /** A value's position in {@code [0, n-1]} between the range's ends (the middle when the range is one value). */
    private static double scale(double v, double[] range, int n) {
        return range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) * (n - 1) : (n - 1) / 2.0;
    }

    /**
     * min and max over every line's x (or y), in axis units (log10 on a log axis); a single value gets half a unit
     * (or a factor of 2) of room on each side, as in the PNG.
     */
    private static double[] range(List<Line> lines, boolean x, boolean log) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double v : x ? l.x() : l.y()) {
                lo = Math.min(lo, axis(v, log));
                hi = Math.max(hi, axis(v, log));
            }
        }
        if (lo < hi) return new double[] {lo, hi};
        double room = log ? Math.log10(2) : 0.5;
        return new double[] {lo - room, hi + room};
    }
}

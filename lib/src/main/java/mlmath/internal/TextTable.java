package mlmath.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of strings as an aligned text table within a width: the first row is the header, underlined; when the columns
 * side by side would be wider, the widest columns are narrowed and their cells wrapped between words, the lines after
 * a cell's first indented two spaces so they do not read as a new row.
 */
public final class TextTable {
    private TextTable() {}

    private static final int GAP = 2, NARROWEST = 12;

    /** The table's lines, each at most {@code width} columns unless one word is wider than its column can be. */
    public static List<String> lines(String[][] rows, int width) {
        int cols = 0;
        for (String[] r : rows) cols = Math.max(cols, r.length);
        int[] widths = new int[cols];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) widths[c] = Math.max(widths[c], columns(String.valueOf(r[c])));
        narrow(widths, width - GAP * (cols - 1));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < rows[i].length; c++) {
                cells.add(wrapped(String.valueOf(rows[i][c]), widths[c]));
                height = Math.max(height, cells.get(c).size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < cells.size(); c++) {
                    String part = k < cells.get(c).size() ? cells.get(c).get(k) : "";
                    line.append(part).append(" ".repeat(Math.max(0, widths[c] + GAP - columns(part))));
                }
                lines.add(line.toString().stripTrailing());
            }
            if (i == 0) lines.add("-".repeat(Math.max(0, Arrays.stream(widths).sum() + GAP * (cols - 1))));
        }
        return lines;
    }

    /** Takes a column at a time from the widest until the columns fit {@code room} (none below {@value #NARROWEST}). */
    private static void narrow(int[] widths, int room) {
        while (Arrays.stream(widths).sum() > room) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) if (widths[c] > widths[widest]) widest = c;
            if (widths[widest] <= NARROWEST) return;
            widths[widest]--;
        }
    }

    /** A cell in lines of at most {@code width} columns, broken between words; the lines after the first indented. */
    private static List<String> wrapped(String cell, int width) {
        return columns(cell) <= width ? List.of(cell) : WordWrap.lines(cell.strip(), width, "  ", TextTable::columns);
    }

    private static int columns(String s) { return s.codePointCount(0, s.length()); }
}

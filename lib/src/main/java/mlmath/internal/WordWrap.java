package mlmath.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text set greedily in lines of at most a width, broken only at spaces: each piece goes on the current line while it
 * fits, else starts the next, which begins with a continuation indent. The caller says how wide a line is (code points
 * for lesson prose and table cells; the ASCII spelling on a terminal that shows only ASCII, {@link Ascii#columns}). A
 * word wider than a line has a line of its own: nothing is ever cut.
 */
public final class WordWrap {
    /** A word and the spaces before it. */
    private static final Pattern WORD = Pattern.compile("( *)([^ ]+)");

    private final int width;
    private final String indent;
    private final ToIntFunction<String> columns;
    private final List<String> lines = new ArrayList<>();
    private String line = "";

    /** Lines of at most {@code width} columns as {@code columns} measures them, each after the first starting with {@code indent}. */
    public WordWrap(int width, String indent, ToIntFunction<String> columns) {
        this.width = width;
        this.indent = indent;
        this.columns = columns;
    }

    /** A message the workbook prints, in lines of at most 80 columns as the terminal shows them. */
    public static List<String> message(String text) { return lines(text, 80, "", Ascii::columns); }

    /**
     * The words of {@code text} one space apart, in lines of at most {@code width} columns; the text's leading spaces
     * start the first line, {@code indent} the others.
     */
    public static List<String> lines(String text, int width, String indent, ToIntFunction<String> columns) {
        String words = text.stripLeading();
        WordWrap wrap = new WordWrap(width, indent, columns);
        wrap.line = text.substring(0, text.length() - words.length());
        return wrap.words("", words.replaceAll(" +", " ")).lines();
    }

    /** {@code text} after {@code gap} when it fits on the current line, else at the start of the next; never broken. */
    public WordWrap whole(String gap, String text) {
        if (line.isBlank()) {
            line += text;
        } else if (fits(gap + text)) {
            line += gap + text;
        } else {
            lines.add(line);
            line = indent + text;
        }
        return this;
    }

    /**
     * {@code text} after {@code gap} when it fits on the current line, else from the start of the next; a text wider
     * than that is broken between its words, and the spaces between the words that share a line are kept.
     */
    public WordWrap words(String gap, String text) {
        if (text.isBlank()) return this;
        if (!line.isBlank() && !fits(gap + text)) {
            lines.add(line);
            line = indent;
        }
        Matcher word = WORD.matcher(text.strip());
        for (boolean first = true; word.find(); first = false) whole(first ? gap : word.group(1), word.group(2));
        return this;
    }

    /** The lines so far, the current one included unless it is blank. */
    public List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        if (!line.isBlank()) all.add(line);
        return all;
    }

    private boolean fits(String more) { return columns.applyAsInt(line + more) <= width; }
}

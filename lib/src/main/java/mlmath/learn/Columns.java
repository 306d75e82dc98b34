package mlmath.learn;

import mlmath.internal.Ascii;
import mlmath.internal.Terminal;
import mlmath.internal.WordWrap;

import java.util.ArrayList;
import java.util.List;

/**
 * Text fitted to a terminal's width, as lessons and the quiz print it: prose re-wrapped between words, a long line of
 * code broken between tokens, a heading as a rule across the width. Widths count characters (code points), so
 * {@code σ} is one column.
 */
final class Columns {
    private Columns() {}

    /** The terminal's width, 40 to 80 columns, 80 when it is not known ({@link Terminal#width}). */
    static int width() { return Terminal.width(); }

    /**
     * Explanation lines re-wrapped to {@code width} columns: the lines of a paragraph are joined and broken again
     * between words; a heading, a list item ({@code - }, {@code * }) or an indented line starts a new one.
     */
    static List<String> prose(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            boolean heading = line.matches("\\d+\\. .*");
            if ((heading || line.isBlank() || line.matches("([-*] |\\s+\\S).*")) && !paragraph.isEmpty()) {
                out.addAll(broken(paragraph.toString(), width));
                paragraph.setLength(0);
            }
            if (heading || line.isBlank()) out.add(line.strip());
            else if (paragraph.isEmpty()) paragraph.append(line.stripTrailing());
            else paragraph.append(' ').append(line.strip());
        }
        if (!paragraph.isEmpty()) out.addAll(broken(paragraph.toString(), width));
        return out;
    }

    /** One paragraph broken between words into lines of at most {@code width} columns (a longer word has its own). */
    static List<String> broken(String paragraph, int width) {
        // A list item's next lines line up with its text.
        String indent = paragraph.replaceAll("^(\\s*([-*] )?).*", "$1").replaceAll("\\S", " ");
        return WordWrap.lines(paragraph, width, indent, Columns::columns);
    }

    /**
     * A line of code in lines of at most {@code width} columns that still run as written when copied: a trailing
     * comment that does not fit moves above the code, and the code breaks between tokens (at a space or before the
     * {@code .} of a call chain, else after a {@code (}, else before the {@code .} of a qualified name, else inside a
     * string literal, which becomes {@code "…" +} and {@code "…"}), its next lines indented eight more. A line with nowhere to break (one long token) stays whole.
     */
    static List<String> code(String line, int width) {
        if (columns(line) <= width) return List.of(line);
        String indent = indent(line);
        int comment = Scan.of(line).comment;
        if (comment >= 0) {
            String code = line.substring(0, comment).stripTrailing(), note = line.substring(comment);
            if (code.isBlank()) return commented(indent, note, width);
            // The alignment before a trailing comment goes first, then the comment itself to its own line above.
            if (columns(code) + 2 + columns(note) <= width) return List.of(code + "  " + note);
            List<String> lines = commented(indent, note, width);
            lines.addAll(code(code, width));
            return lines;
        }
        List<String> lines = new ArrayList<>();
        String more = indent + " ".repeat(8);
        for (String rest = line; ; ) {
            Scan scan = Scan.of(rest, rest == line ? indent.length() : more.length(), width);
            if (columns(rest) <= width || scan.at < 0) {
                lines.add(rest);
                return lines;
            }
            if (scan.inString) {
                lines.add(rest.substring(0, scan.at + 1) + "\" +");
                rest = more + '"' + rest.substring(scan.at + 1);
            } else {
                lines.add(rest.substring(0, scan.at).stripTrailing());
                rest = more + rest.substring(scan.at).strip();
            }
        }
    }

    /** A comment as lines of at most {@code width} columns, each {@code //} at {@code indent}. */
    private static List<String> commented(String indent, String comment, int width) {
        List<String> lines = new ArrayList<>();
        for (String part : broken(comment.replaceFirst("^//+\\s*", ""), Math.max(20, width - indent.length() - 3))) {
            lines.add(indent + "// " + part);
        }
        return lines;
    }

    /**
     * One pass over a line of code: where its {@code //} comment starts (-1: none), and the best place to break it
     * within a width, if asked: the last space between tokens or {@code .} of a call chain that fits, else the last
     * {@code (}, else the last {@code .} after a name, else the last space in a string literal that is not the receiver
     * of a call ({@code "a b".length()}).
     */
    private static final class Scan {
        int comment = -1, at = -1;
        boolean inString;

        static Scan of(String line) { return of(line, line.length(), 0); }

        static Scan of(String line, int from, int width) {
            Scan scan = new Scan();
            int between = -1, paren = -1, name = -1, quoted = -1, literalSpace = -1;
            char open = 0;   // the quote of the literal the scan is in, or 0
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean fits = columns(line.substring(0, i)) <= width;
                if (open != 0) {
                    if (c == '\\') i++;
                    else if (c == open) {
                        open = 0;
                        if (literalSpace >= 0 && !line.startsWith(".", i + 1)) quoted = literalSpace;
                    } else if (c == ' ' && open == '"' && i > from && columns(line.substring(0, i + 1)) + 3 <= width) literalSpace = i;
                } else if (c == '"' || c == '\'') {
                    open = c;
                    literalSpace = -1;
                } else if (line.startsWith("//", i)) {
                    scan.comment = i;
                    break;
                } else if (i > from && fits) {
                    if (c == ' ' || c == '.' && line.charAt(i - 1) == ')') between = i;
                    else if (line.charAt(i - 1) == '(' && c != ')') paren = i;
                    else if (c == '.' && afterName(line, i)) name = i;
                }
            }
            scan.at = between >= 0 ? between : paren >= 0 ? paren : name >= 0 ? name : quoted;
            scan.inString = between < 0 && paren < 0 && name < 0 && quoted >= 0;
            return scan;
        }

        /** Whether the {@code .} at {@code dot} follows a name ({@code org.apache}), not a number's digits ({@code 1.5}). */
        private static boolean afterName(String line, int dot) {
            int start = dot;
            while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) start--;
            return start < dot && Character.isJavaIdentifierStart(line.charAt(start));
        }
    }

    /** A heading as a rule across {@code width} columns: {@code ── 2. Softmax ───…}, its words wrapped when long. */
    static List<String> rule(String title, int width) {
        List<String> lines = new ArrayList<>(broken(title, width - 8));
        for (int i = 0; i < lines.size(); i++) lines.set(i, (i == 0 ? "── " : "   ") + lines.get(i));
        String last = lines.get(lines.size() - 1) + " ";
        lines.set(lines.size() - 1, last + "─".repeat(Math.max(3, width - 2 - columns(last))));
        return lines;
    }

    /** {@code text} as the terminal will show it: in ASCII when it shows only ASCII, so its width is measured right. */
    static String spelled(String text) { return Ascii.unicodeTerminal() ? text : Ascii.of(text); }

    /** A paragraph as printed at the terminal's width. */
    static String paragraph(String text) { return String.join("\n", prose(List.of(spelled(text)), width())); }

    static int columns(String s) { return s.codePointCount(0, s.length()); }

    private static String indent(String line) { return line.substring(0, line.length() - line.stripLeading().length()); }
}

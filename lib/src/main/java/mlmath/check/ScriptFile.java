package mlmath.check;

import jdk.jshell.SourceCodeAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A .jsh script split into complete snippets, each with the line it starts on. */
public final class ScriptFile {
    private ScriptFile() {}

    /** One snippet of source and its 1-based starting line. */
    public record Snippet(String source, int line) {}

    /** Reads a script file as text. */
    public static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Splits {@code text} the way JShell would read it, dropping blank and comment-only pieces. */
    public static List<Snippet> split(String text, SourceCodeAnalysis analysis) {
        List<Snippet> out = new ArrayList<>();
        String rest = text;
        int line = 1;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                // An unfinished last snippet: hand it to JShell as is so the error is reported.
                out.add(new Snippet(rest, line + leadingLines(rest)));
                break;
            }
            String consumed = rest.substring(0, rest.length() - info.remaining().length());
            out.add(new Snippet(info.source(), line + leadingLines(consumed)));
            line += (int) consumed.chars().filter(c -> c == '\n').count();
            rest = info.remaining();
        }
        return out;
    }

    /** Lines before the first code line (blank lines and // comments are skipped by JShell's analysis). */
    private static int leadingLines(String s) {
        int lines = 0;
        for (String l : s.split("\n", -1)) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("//")) break;
            lines++;
        }
        return lines;
    }
}

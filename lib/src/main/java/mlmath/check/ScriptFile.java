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

    /**
     * Splits {@code text} the way JShell reads a file: line by line, evaluating as soon as the lines so far form a
     * complete snippet. So {@code plot(...)} followed by a line starting with {@code .xlabel(...)} is two snippets
     * (the second one an error) here exactly as in the REPL.
     */
    public static List<Snippet> split(String text, SourceCodeAnalysis analysis) {
        List<Snippet> out = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (buffer.length() == 0) start = i + 1;
            buffer.append(lines[i]).append('\n');
            String pending = buffer.toString();
            while (true) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                SourceCodeAnalysis.Completeness c = info.completeness();
                if (c == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                    break;
                }
                if (c == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE
                        || c == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE) {
                    break;
                }
                out.add(new Snippet(info.source(), start));
                pending = info.remaining();
                if (pending.isBlank()) {
                    pending = "";
                    break;
                }
            }
            buffer.setLength(0);
            buffer.append(pending);
        }
        if (!buffer.toString().isBlank()) out.add(new Snippet(buffer.toString(), start));
        return out;
    }
}

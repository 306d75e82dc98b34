package mlmath.learn;

import jdk.jshell.SourceCodeAnalysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /**
     * Reads a script file as UTF-8 text. A byte that is not UTF-8 (a file saved as Latin-1, say) is read as the Latin-1
     * character it would be, and one line names the first one ({@code work/03-probability.jsh:140: byte 0xE9 is not
     * UTF-8}), once per file: the learner's text is never refused for its encoding.
     */
    public static String read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        int firstBad = -1;
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (!r.isError()) break;
            if (firstBad < 0) firstBad = in.position();
            for (int i = 0; i < r.length(); i++) out.put((char) (in.get() & 0xFF));
        }
        utf8.flush(out);
        String text = out.flip().toString();
        if (firstBad >= 0 && WARNED.add(path.toAbsolutePath().normalize())) {
            int line = 1;
            for (int i = 0; i < firstBad; i++) if (bytes[i] == '\n') line++;
            System.err.printf("%s:%d: byte 0x%02X is not UTF-8 (read as Latin-1; save the file as UTF-8 to silence this)%n",
                    shown(path), line, bytes[firstBad] & 0xFF);
        }
        return text;
    }

    private static final java.util.Set<Path> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A path as the learner would type it: relative to the current folder when it is below it. */
    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath(), p = path.toAbsolutePath().normalize();
        return p.startsWith(here) ? here.relativize(p).toString() : p.toString();
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

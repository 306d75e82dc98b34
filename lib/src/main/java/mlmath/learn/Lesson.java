package mlmath.learn;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import mlmath.plot.Figure;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A section read one chunk at a time, as in a notebook: each chunk is the explanation written in the script's
 * comments, then its code, then what the code prints. {@link #print} renders the whole lesson as Markdown (a
 * handout); {@link #step} runs it in a terminal, pausing after each chunk so the learner can try lines of their own.
 */
public final class Lesson {
    private Lesson() {}

    /** The explanation above some code (plain text, comment marks removed), the code, and the line it starts on. */
    public record Chunk(List<String> explanation, List<ScriptFile.Snippet> code) {
        String source() {
            StringBuilder sb = new StringBuilder();
            for (ScriptFile.Snippet s : code) sb.append(s.source().stripTrailing()).append('\n');
            return sb.toString();
        }
    }

    /**
     * Splits a script into chunks: a run of comment lines between two snippets starts a new chunk and is its
     * explanation (a heading that runs on to the next line is one line of it); comments inside a snippet stay in its
     * code. The exercise markers are not explanation.
     */
    public static List<Chunk> chunks(String script, SourceCodeAnalysis analysis) {
        String[] lines = script.split("\n", -1);
        List<Chunk> out = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        List<ScriptFile.Snippet> code = new ArrayList<>();
        int next = 0;   // the first line (0-based) not yet given to a chunk
        for (ScriptFile.Snippet s : ScriptFile.split(script, analysis)) {
            List<String> above = new ArrayList<>();
            for (int i = next; i < s.line() - 1; i++) {
                String t = lines[i].strip();
                if (!t.startsWith("//") || t.matches("//\\s*(exercise:.*|hint:.*|end)")) continue;
                String text = t.replaceFirst("^//\\s?(── )?", "");
                int last = above.size() - 1;
                boolean title = last == 0 && out.isEmpty() && explanation.isEmpty() && code.isEmpty();
                if (last >= 0 && runsOn(above.get(last), title, text)) above.set(last, above.get(last) + " " + text);
                else above.add(text);
            }
            if (!above.isEmpty() && !code.isEmpty()) {
                out.add(new Chunk(explanation, code));
                explanation = new ArrayList<>();
                code = new ArrayList<>();
            }
            explanation.addAll(above);
            code.add(s);
            next = s.line() - 1 + (int) s.source().stripTrailing().lines().count();
        }
        if (!code.isEmpty() || !explanation.isEmpty()) out.add(new Chunk(explanation, code));
        return out;
    }

    /** A fresh JShell in this JVM, primed with startup.jsh (snippets share this JVM's helpers, like the REPL's). */
    private static JShell primed(String startup) {
        // The banner and the rest of startup.jsh's output are not part of the lesson.
        return Headless.primed(startup, System.out, System.err);
    }

    /** A chunk as it ran: what it printed (stdout and stderr together). */
    private record Run(Chunk chunk, String printed) {}

    /** Runs every chunk in a fresh JShell, capturing what each prints; each figure is sketched once. */
    private static List<Run> runAll(String script, String startup) {
        List<Run> runs = new ArrayList<>();
        PrintStream out = System.out, err = System.err;
        try (JShell js = primed(startup)) {
            for (Chunk c : chunks(script, js.sourceCodeAnalysis())) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
                System.setOut(capture);
                System.setErr(capture);
                try {
                    Figure.sketchOnceAfter(() -> c.code().forEach(s -> report(js, js.eval(s.source()), capture)));
                } finally {
                    System.setOut(out);
                    System.setErr(err);
                }
                runs.add(new Run(c, buf.toString(StandardCharsets.UTF_8)));
            }
        }
        return runs;
    }

    /**
     * Whether a heading's sentence (the lesson's title, or a numbered part) goes on in the next comment line: the heading
     * stops with no {@code .?!:} and the next line begins in lower case ({@code 1. Chain rule ..., inner 3,} then
     * {@code so f'(x) = ...}).
     */
    private static boolean runsOn(String line, boolean title, String next) {
        return heading(line, title) && !line.matches(".*[.?!:]") && next.matches("\\p{Ll}.*");
    }

    /** Whether an explanation line is a heading: the first line of the lesson, or a numbered part ("2. Softmax"). */
    private static boolean heading(String line, boolean first) { return first || line.matches("\\d+\\. .*"); }

    /**
     * The whole lesson as Markdown: headings, explanations, each chunk's code and what it printed, each plot as an
     * image linked by the path its {@code plot saved:} line names (relative to the current folder, or absolute).
     */
    public static String print(String name, String script, String startup) { return print(name, script, startup, null); }

    /** As {@link #print(String, String, String)}, the plots linked relative to {@code folder}, where the Markdown is saved. */
    public static String print(String name, String script, String startup, Path folder) {
        StringBuilder md = new StringBuilder();
        for (Run r : runAll(script, startup)) {
            boolean paragraph = false;
            for (String line : r.chunk().explanation()) {
                boolean heading = heading(line, md.isEmpty());
                if (heading) md.append(paragraph ? "\n" : "").append(md.isEmpty() ? "# " : "## ").append(line).append("\n\n");
                else md.append(line).append('\n');
                paragraph = !heading;
            }
            if (paragraph) md.append('\n');
            if (r.chunk().code().isEmpty()) continue;
            md.append("```java\n").append(r.chunk().source()).append("```\n\n");
            for (Piece p : pieces(r.printed())) {
                if (p.png() != null) {
                    Path link = folder == null ? p.png() : folder.toAbsolutePath().relativize(p.png().toAbsolutePath());
                    // In <>: a plot's name may hold parentheses, and a path spaces.
                    md.append("![").append(p.png().getFileName()).append("](<").append(link.toString().replace('\\', '/')).append(">)\n\n");
                } else if (!p.text().isBlank()) {
                    md.append("```\n").append(p.text().stripTrailing()).append("\n```\n\n");
                }
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** Part of what a chunk printed: text, or the PNG a {@code plot saved:} or {@code plot moved:} line names. */
    private record Piece(String text, Path png) {}

    private static List<Piece> pieces(String printed) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] lines = printed.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("plot (saved|moved):( .*)?")) {
                // A path too long for the terminal stands on the next line (Figure never breaks a path).
                String path = lines[i].length() > 11 || i + 1 == lines.length ? lines[i].substring(11) : lines[++i];
                pieces.add(new Piece(text.toString(), null));
                pieces.add(new Piece(null, Path.of(path.strip())));
                text.setLength(0);
            } else {
                text.append(lines[i]).append('\n');
            }
        }
        pieces.add(new Piece(text.toString(), null));
        return pieces;
    }

    /**
     * The whole lesson as one self-contained HTML page for a projector or a PDF: the explanations as text (with
     * {@code `code`} spans), each chunk's code and output, and every plot it saved embedded as a PNG data URI.
     */
    public static String html(String name, String script, String startup) {
        StringBuilder body = new StringBuilder();
        for (Run r : runAll(script, startup)) {
            Figure.awaitPlots(60);
            StringBuilder paragraph = new StringBuilder();
            for (String line : r.chunk().explanation()) {
                boolean first = body.isEmpty();
                if (heading(line, first)) {
                    String tag = first ? "h1" : "h2";
                    body.append(html(paragraph)).append('<').append(tag).append('>').append(inline(line)).append("</").append(tag).append(">\n");
                } else {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(inline(line));
                }
            }
            body.append(html(paragraph));
            if (r.chunk().code().isEmpty()) continue;
            body.append("<pre class=\"code\">").append(escape(r.chunk().source().stripTrailing())).append("</pre>\n");
            for (Piece p : pieces(r.printed())) body.append(p.png() != null ? image(p.png()) : output(p.text()));
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(name) + "</title>\n<style>\n"
                + "body { font: 20px/1.5 system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #111; }\n"
                + "pre { font: 16px/1.35 ui-monospace, monospace; padding: .6em .8em; overflow-x: auto; white-space: pre-wrap; }\n"
                + "pre.code { background: #f4f4f8; border-left: 4px solid #557; } pre.out { background: #fafaf6; }\n"
                + "img { max-width: 100%; display: block; margin: .5em 0 1em; } h2 { margin-top: 2em; }\n"
                + "@media print { pre, img { break-inside: avoid; } body { font-size: 14px; } }\n"
                + "</style></head><body>\n" + body + "</body></html>\n";
    }

    private static String html(StringBuilder paragraph) {
        if (paragraph.isEmpty()) return "";
        String p = "<p>" + paragraph + "</p>\n";
        paragraph.setLength(0);
        return p;
    }

    private static String output(String printed) {
        return printed.isBlank() ? "" : "<pre class=\"out\">" + escape(printed.stripTrailing()) + "</pre>\n";
    }

    /** The PNG at {@code path} as an image that needs no file next to the page. */
    private static String image(Path path) {
        try {
            String data = java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(path));
            return "<img alt=\"" + escape(path.getFileName().toString()) + "\" src=\"data:image/png;base64," + data + "\">\n";
        } catch (IOException e) {
            return "<p><em>plot " + escape(path.toString()) + " could not be read: " + escape(String.valueOf(e.getMessage())) + "</em></p>\n";
        }
    }

    /** A line of explanation with its {@code `code`} spans as code. */
    private static String inline(String line) { return escape(line).replaceAll("`([^`]+)`", "<code>$1</code>"); }

    private static String escape(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }

    /** The keys at a pause, shown once at the start and on {@code ?}. */
    static final String KEYS = """
            keys at a pause: Enter next chunk   b back one   N (a number) go to chunk N
                             l list the chunks   a run this chunk again   r run the rest
                             q or Ctrl-D end the lesson   Ctrl-L redraw   ? keys
                             anything else is Java, run there and then""";

    /** {@link #KEYS} in {@code width} columns: as they are when they fit, else one key a line. */
    static String keys(int width) {
        if (KEYS.lines().allMatch(l -> l.length() <= width)) return KEYS;
        String[] first = KEYS.split(": ", 2);
        return first[0] + ":\n  " + String.join("\n  ", first[1].strip().split("\\s{3,}"));
    }

    /**
     * Steps through the lesson in a terminal: each chunk's explanation and code, then its output, and a pause where
     * a lecturer may go back, jump, list, run a chunk again ({@link #KEYS}) and anyone may type Java (earlier chunks'
     * variables are there). Chunks run once, in order; going back shows a chunk without running it. Returns what ran,
     * in order, for the REPL to replay: a typed line that failed is left out.
     */
    public static String step(String script, String startup, BufferedReader in, PrintStream out) throws IOException {
        StringBuilder ran = new StringBuilder();
        try (JShell js = primed(startup)) {
            SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
            List<Chunk> chunks = chunks(script, analysis);
            out.println(keys(Columns.width()));
            int done = 0;    // chunks run so far
            boolean pause = true;
            for (int at = 0; at < chunks.size(); ) {
                show(chunks.get(at), out);
                if (at == done) {
                    Chunk c = chunks.get(at);
                    Figure.sketchOnceAfter(() -> c.code().forEach(s -> report(js, js.eval(s.source()), out)));
                    ran.append(c.source());
                    done++;
                }
                int next = at + 1;
                while (pause) {
                    out.printf(Locale.ROOT, "── %d/%d · Enter: %s · ?: keys ── ", at + 1, chunks.size(),
                            at + 1 < chunks.size() ? "next" : "to the prompt");
                    out.flush();
                    String line = pauseLine(in);
                    String key = line == null ? "q" : line.contains("\f") ? "\f" : line.strip();
                    if (key.isEmpty()) break;
                    if (key.equals("q")) return endLesson(ran, out);
                    if (key.equals("r")) {
                        pause = false;
                        break;
                    }
                    if (key.equals("?")) {
                        out.println(keys(Columns.width()));
                    } else if (key.equals("l")) {
                        chunkList(chunks, at, Columns.width(), mlmath.internal.Terminal.rows()).forEach(out::println);
                    } else if (key.equals("b") || key.matches("\\d{1,4}")) {
                        int to = key.equals("b") ? at - 1 : Integer.parseInt(key) - 1;
                        if (to >= 0 && to < chunks.size()) {
                            next = to;
                            // Jumping ahead runs the chunks in between (quietly: their variables are needed).
                            for (; done < to; done++) {
                                Chunk c = chunks.get(done);
                                Silently.call(() -> {
                                    c.code().forEach(s -> js.eval(s.source()));
                                    return Figure.awaitPlots(30);
                                });
                                ran.append(c.source());
                            }
                            break;
                        }
                        out.println("no chunk " + key + ": the chunks are 1 to " + chunks.size());
                    } else if (key.equals("a")) {
                        Chunk c = chunks.get(at);
                        Figure.sketchOnceAfter(() -> c.code().forEach(s -> report(js, js.eval(s.source()), out)));
                        ran.append(c.source());
                    } else if (key.equals("\f")) {
                        out.print("\033[H\033[2J");
                        show(chunks.get(at), out);
                    } else {
                        tryTyped(line, in, js, out, ran);
                    }
                }
                at = next;
            }
        }
        return endLesson(ran, out);
    }

    private static String endLesson(StringBuilder ran, PrintStream out) {
        out.println();
        out.println(rule("end of the lesson: the prompt below has all of the section's variables"));
        return ran.toString();
    }

    private static void show(Chunk c, PrintStream out) { shown(c, Columns.width()).forEach(out::println); }

    /**
     * A chunk as shown at {@code width} columns: its explanation (headings as rules, paragraphs wrapped) and its code,
     * a long line continued on the next. A terminal that shows only ASCII gets the ASCII spelling, measured as such.
     */
    static List<String> shown(Chunk c, int width) {
        List<String> lines = new ArrayList<>();
        for (String line : Columns.prose(c.explanation().stream().map(Columns::spelled).toList(), width)) {
            if (line.matches("\\d+\\. .*")) lines.addAll(Columns.rule(line, width));
            else lines.add(line);
        }
        for (String line : c.source().split("\n")) {
            for (String part : Columns.code(Columns.spelled(line), width - 4)) lines.add("  │ " + part);
        }
        return lines;
    }

    /**
     * The list of chunks, the current one marked: one a line, or in as many columns as it takes to leave the screen's
     * last two rows free, so a long section's list does not scroll its top away.
     */
    static List<String> chunkList(List<Chunk> chunks, int at, int width, int rows) {
        int perColumn = Math.max(1, rows - 2), columns = (chunks.size() + perColumn - 1) / perColumn;
        perColumn = (chunks.size() + columns - 1) / columns;   // columns as even as they can be
        int columnWidth = columns == 1 ? width : width / columns;
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < perColumn; row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < columns && col * perColumn + row < chunks.size(); col++) {
                int i = col * perColumn + row;
                String number = (i == at ? "> " : "  ") + (i + 1) + ". ";
                String entry = number + title(chunks.get(i), columnWidth - number.length() - (columns == 1 ? 0 : 1));
                line.append(entry).append(" ".repeat(Math.max(0, columnWidth - Columns.columns(entry))));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * A chunk's name in the list, in at most {@code width} columns: its heading, else the first sentence of its
     * explanation, else its first line of code; a longer one is cut between words and ends in {@code …}.
     */
    static String title(Chunk c, int width) {
        String first = c.explanation().isEmpty() ? c.source().lines().findFirst().orElse("").strip()
                : heading(c.explanation().get(0), false) ? c.explanation().get(0).replaceFirst("^\\d+\\. ", "")
                : String.join(" ", c.explanation().stream().map(String::strip)
                        .takeWhile(l -> !l.isEmpty() && !heading(l, false)).toList()).replaceFirst("(?<=[.?!])\\s.*", "");
        first = Columns.spelled(first);
        if (Columns.columns(first) <= width) return first;
        String more = Columns.spelled("…");
        String cut = first.substring(0, first.offsetByCodePoints(0, width - more.length() + 1));
        // Cut at the last space that fits, and drop what would dangle before the … (a full stop, a comma, a dash).
        if (cut.lastIndexOf(' ') > 0) cut = cut.substring(0, cut.lastIndexOf(' '));
        else cut = cut.substring(0, cut.length() - 1);
        return cut.replaceFirst("[\\s.,;:!?—–-]+$", "") + more;
    }

    /** Runs what was typed at a pause and echoes it as JShell would; it joins what ran only if it compiled and ran. */
    private static void tryTyped(String line, BufferedReader in, JShell js, PrintStream out, StringBuilder ran) throws IOException {
        SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
        String typed = readSnippet(line, in, analysis, out);
        for (SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(typed);
             !info.source().isBlank(); info = analysis.analyzeCompletion(info.remaining())) {
            List<SnippetEvent> events = new ArrayList<>();
            // A pause reads plain lines, where Ctrl-C ends the JVM: an endless loop typed there costs the time limit,
            // and the rest of the line is not run against what it left half done.
            if (!TimeLimit.eval(js, info.source(), TimeLimit.seconds(), events)) {
                out.println(TimeLimit.message());
                break;
            }
            report(js, events, out);
            echo(events, out);
            boolean failed = events.stream().anyMatch(e -> e.causeSnippet() == null
                    && (e.exception() != null || e.status() == Snippet.Status.REJECTED));
            if (!failed) ran.append(info.source().stripTrailing()).append('\n');
            if (info.remaining().isBlank()) break;
        }
    }

    /**
     * A line typed at a pause, ended by Enter or by Ctrl-L (the launcher has the terminal end lines there too, so a
     * redraw needs no Enter), with the form feed kept; null at the input's end.
     */
    static String pauseLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1; line.append((char) c)) {
            if (c == '\n') return line.toString();
            if (c == '\f') return line.append('\f').toString();
        }
        return line.isEmpty() ? null : line.toString();
    }

    /** Keeps reading lines while what was typed is an unfinished snippet (an open brace, a method being written). */
    private static String readSnippet(String first, BufferedReader in, SourceCodeAnalysis analysis, PrintStream out) throws IOException {
        StringBuilder typed = new StringBuilder(first).append('\n');
        while (analysis.analyzeCompletion(typed.toString()).completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
            out.print("   ...> ");
            out.flush();
            String more = in.readLine();
            if (more == null) break;
            typed.append(more).append('\n');
        }
        return typed.toString();
    }

    private static String rule(String title) { return String.join("\n", Columns.rule(title, Columns.width())); }

    /** What JShell prints for an expression typed at its prompt: {@code $3 ==> 0.7}, {@code x ==> array(...)}. */
    private static void echo(List<SnippetEvent> events, PrintStream out) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null || e.exception() != null || e.value() == null) continue;
            // A plot has printed its "plot saved" line and its sketch: its value would only repeat them.
            if (e.value().startsWith("Figure(\"")) continue;
            if (e.snippet() instanceof jdk.jshell.VarSnippet v) out.println(v.name() + " ==> " + e.value());
            else if (e.snippet().kind() == Snippet.Kind.EXPRESSION) out.println(e.value());
        }
    }

    /** A snippet that threw or did not compile, in one line or JShell's words; the next one still runs. */
    private static void report(JShell js, List<SnippetEvent> events, PrintStream out) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) continue;
            if (e.exception() != null) {
                String cls = e.exception() instanceof jdk.jshell.EvalException ee ? ee.getExceptionClassName() : e.exception().getClass().getName();
                out.println("Exception " + cls + (e.exception().getMessage() == null ? "" : ": " + e.exception().getMessage()));
            } else if (e.status() == Snippet.Status.REJECTED) {
                int width = Columns.width();
                js.diagnostics(e.snippet()).filter(Diag::isError).forEach(d -> out.println(String.join("\n  ",
                        Columns.broken("Error: " + d.getMessage(Locale.ROOT).replaceAll("\\s+", " "), width - 2))));
                CompileHints.after(js, e.snippet()).ifPresent(out::println);
            }
        }
    }
}

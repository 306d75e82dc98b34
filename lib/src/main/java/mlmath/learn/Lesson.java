package mlmath.learn;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import mlmath.check.ScriptFile;
import mlmath.check.Silently;
import mlmath.plot.Figure;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
     * explanation; comments inside a snippet stay in its code. The exercise markers are not explanation.
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
                if (t.startsWith("//") && !t.matches("//\\s*(exercise:.*|hint:.*|end)")) above.add(t.replaceFirst("^//\\s?(── )?", ""));
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
        mlmath.internal.LibraryThreads.start();
        JShell js = JShell.builder().executionEngine("mlmath").out(System.out).err(System.err)
                .compilerOptions("--class-path", System.getProperty("java.class.path")).build();
        // The banner and the rest of startup.jsh's output are not part of the lesson.
        Silently.call(() -> {
            for (ScriptFile.Snippet s : ScriptFile.split(startup, js.sourceCodeAnalysis())) js.eval(s.source());
            return null;
        });
        return js;
    }

    /** The whole lesson as Markdown: headings, explanations, each chunk's code and what it printed. */
    public static String print(String name, String script, String startup) {
        StringBuilder md = new StringBuilder();
        PrintStream out = System.out, err = System.err;
        try (JShell js = primed(startup)) {
            for (Chunk c : chunks(script, js.sourceCodeAnalysis())) {
                boolean paragraph = false;
                for (String line : c.explanation()) {
                    boolean heading = md.isEmpty() || line.matches("\\d+\\. .*");
                    if (heading) md.append(paragraph ? "\n" : "").append(md.isEmpty() ? "# " : "## ").append(line).append("\n\n");
                    else md.append(line).append('\n');
                    paragraph = !heading;
                }
                if (paragraph) md.append('\n');
                if (c.code().isEmpty()) continue;
                md.append("```java\n").append(c.source()).append("```\n\n");
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
                String printed = buf.toString(StandardCharsets.UTF_8);
                if (!printed.isBlank()) md.append("```\n").append(printed.stripTrailing()).append("\n```\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /**
     * Steps through the lesson in a terminal: each chunk's explanation and code, then its output; Enter runs the next
     * chunk, {@code r} runs the rest without pausing, and anything else is Java run there and then (earlier chunks'
     * variables are there). Returns what ran, in order, for the REPL to replay.
     */
    public static String step(String script, String startup, BufferedReader in, PrintStream out) throws IOException {
        StringBuilder ran = new StringBuilder();
        boolean pause = true;
        try (JShell js = primed(startup)) {
            SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
            List<Chunk> chunks = chunks(script, analysis);
            for (int i = 0; i < chunks.size(); i++) {
                Chunk c = chunks.get(i);
                for (String line : c.explanation()) out.println(line.matches("\\d+\\. .*") ? heading(line) : line);
                for (String line : c.source().split("\n")) out.println("  │ " + line);
                Figure.sketchOnceAfter(() -> c.code().forEach(s -> report(js, js.eval(s.source()), out)));
                ran.append(c.source());
                while (pause && i + 1 < chunks.size()) {
                    out.printf(Locale.ROOT, "── %d/%d · Enter: next chunk · r: run the rest · or type Java to try it ── ",
                            i + 1, chunks.size());
                    out.flush();
                    String line = in.readLine();
                    if (line == null || line.strip().equals("r")) {
                        pause = false;
                        break;
                    }
                    if (line.isBlank()) break;
                    String typed = readSnippet(line, in, analysis, out);
                    for (SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(typed);
                         !info.source().isBlank(); info = analysis.analyzeCompletion(info.remaining())) {
                        List<SnippetEvent> events = js.eval(info.source());
                        report(js, events, out);
                        echo(events, out);
                        ran.append(info.source().stripTrailing()).append('\n');
                        if (info.remaining().isBlank()) break;
                    }
                }
            }
        }
        out.println(heading("end of the lesson: the prompt below has every variable and method of the section"));
        return ran.toString();
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

    private static String heading(String title) {
        String bar = "── " + title + " ";
        return bar + "─".repeat(Math.max(3, 78 - bar.length()));
    }

    /** What JShell prints for an expression typed at its prompt: {@code $3 ==> 0.7}, {@code x ==> array(...)}. */
    private static void echo(List<SnippetEvent> events, PrintStream out) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null || e.exception() != null || e.value() == null) continue;
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
                js.diagnostics(e.snippet()).filter(Diag::isError)
                        .forEach(d -> out.println("Error: " + d.getMessage(Locale.ROOT).replaceAll("\\s*\\R\\s*", " ")));
            }
        }
    }
}

package mlmath.learn;

import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonTest {
    private static final String STARTUP = "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n";
    private static final String SCRIPT = """
            // 09 · A tiny lesson — two chunks.

            // 1. Ones: a vector of ones sums to its length.
            var a = np.ones(3);
            print(a.sum());
            // exercise: twice
            double twice(double x) {
                // doubles it
                return 2 * x;
            }
            // end

            // 2. Twice the sum.
            print(twice(a.sum().item()));
            """;

    @Test
    void commentsBetweenSnippets_startChunks_andExerciseMarkersAreNotExplanation() {
        try (JShell js = JShell.create()) {
            List<Lesson.Chunk> chunks = Lesson.chunks(SCRIPT, js.sourceCodeAnalysis());
            assertEquals(2, chunks.size());
            assertEquals(List.of("09 · A tiny lesson — two chunks.", "1. Ones: a vector of ones sums to its length."),
                    chunks.get(0).explanation());
            assertEquals(3, chunks.get(0).code().size());
            assertTrue(chunks.get(0).source().contains("// doubles it"), "comments inside a method stay code");
            assertEquals(List.of("2. Twice the sum."), chunks.get(1).explanation());
        }
    }

    @Test
    void print_rendersMarkdownWithEachChunksOutput() {
        String md = Lesson.print("09-tiny", SCRIPT, STARTUP);
        assertTrue(md.startsWith("# 09 · A tiny lesson — two chunks.\n\n## 1. Ones: a vector of ones sums to its length.\n\n```java\nvar a = np.ones(3);\n"), md);
        assertTrue(md.contains("```\n3.0\n```\n\n## 2. Twice the sum.\n\n```java\nprint(twice(a.sum().item()));\n```\n\n```\n6.0\n```\n"), md);
    }

    @Test
    void aFigureBuiltOverSeveralStatements_isSketchedOnce_whenTheChunkEnds() {
        String script = """
                // 09 · One figure in three statements.
                var fig = plot("a line drawn in steps", new double[] {0, 1, 2}, new double[] {0, 1, 4});
                var twice = np.array(0, 2, 8);
                fig.label("x^2").series("2x^2", new double[] {0, 1, 2}, twice);
                fig.xlabel("x").ylabel("y");
                """;
        String mode = System.getProperty("mlmath.plots.mode");
        System.setProperty("mlmath.plots.mode", "sketch");
        try {
            String md = Lesson.print("09-figure", script, STARTUP);
            assertEquals(1, md.split("\na line drawn in steps\n", -1).length - 1, md);
            assertTrue(md.contains("2x^2"), "the one sketch shows the figure complete: " + md);
        } finally {
            if (mode == null) System.clearProperty("mlmath.plots.mode");
            else System.setProperty("mlmath.plots.mode", mode);
        }
    }

    @Test
    void step_pausesAfterEachChunk_runsTypedLinesWithEarlierVariables_andReturnsWhatRan() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8), stdout = System.out;
        System.setOut(out);
        String ran;
        try {
            ran = Lesson.step(SCRIPT, STARTUP, new BufferedReader(new StringReader("a.mul(5)\nint k = 1 +\n  2;\n\n")), out);
        } finally {
            System.setOut(stdout);
        }
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("── 1. Ones: a vector of ones sums to its length. ───"), shown);
        assertTrue(shown.contains("  │ var a = np.ones(3);\n"), shown);
        assertTrue(shown.contains("── 1/2 · Enter: next chunk"), shown);
        assertTrue(shown.contains("array([5., 5., 5.])\n"), "a typed expression is echoed: " + shown);
        assertTrue(shown.contains("k ==> 3\n"), "a snippet typed over two lines: " + shown);
        assertTrue(shown.indexOf("6.0") > shown.indexOf("k ==> 3"), "the next chunk ran after the empty line");
        assertTrue(ran.contains("a.mul(5)\n") && ran.contains("print(twice(a.sum().item()));\n"), ran);
    }

    @Test
    void everySection_printsAsMarkdown_withoutErrors() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String startup = Files.readString(root.resolve("startup.jsh"));
        System.setProperty("mlmath.headless", "true");
        System.setProperty("mlmath.plots", Files.createTempDirectory("plots").toString());
        try (var sections = Files.list(root.resolve("scripts"))) {
            for (Path s : sections.filter(p -> p.toString().endsWith(".jsh")).sorted().toList()) {
                String md = Lesson.print(s.getFileName().toString(), Files.readString(s), startup);
                assertTrue(md.startsWith("# "), s + ":\n" + md);
                assertTrue(md.contains("\n```java\n"), s + " has code");
                assertTrue(!md.contains("\nError: ") && !md.contains("\nException "), s + ":\n" + md);
            }
        }
    }
}

package mlmath.learn;

import jdk.jshell.JShell;
import mlmath.internal.Settings;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        try (Settings.Scope sketches = Settings.use(Settings.current().withPlotMode(Settings.PlotMode.SKETCH))) {
            String md = Lesson.print("09-figure", script, STARTUP);
            assertEquals(1, md.split("\na line drawn in steps\n", -1).length - 1, md);
            assertTrue(md.contains("2x^2"), "the one sketch shows the figure complete: " + md);
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
        assertTrue(shown.contains("── 1/2 · Enter: next · ?: keys ── "), shown);
        assertTrue(shown.contains("array([5., 5., 5.])\n"), "a typed expression is echoed: " + shown);
        assertTrue(shown.contains("k ==> 3\n"), "a snippet typed over two lines: " + shown);
        assertTrue(shown.indexOf("6.0") > shown.indexOf("k ==> 3"), "the next chunk ran after the empty line");
        assertTrue(ran.contains("a.mul(5)\n") && ran.contains("print(twice(a.sum().item()));\n"), ran);
    }

    @Test
    void step_anEndlessLoopTypedAtAPause_costsTheTimeLimit_andTheLessonGoesOn() throws Exception {
        String[] ran = new String[1];
        String shown;
        try (Settings.Scope limit = Settings.use(Settings.current().withTimeLimit(1))) {
            shown = stepWith("while (true) { }\nint after = 7;\nq\n", ran);
        }
        assertTrue(shown.contains("did not finish in 1 s — an endless loop?"), shown);
        assertTrue(shown.contains("after ==> 7"), "the next line typed still runs: " + shown);
        assertFalse(ran[0].contains("while (true)"), "a line stopped at the limit is not replayed: " + ran[0]);
    }

    private static String stepWith(String keys, String[] ran) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8), stdout = System.out;
        System.setOut(out);
        try {
            ran[0] = Lesson.step(SCRIPT, STARTUP, new BufferedReader(new StringReader(keys)), out);
        } finally {
            System.setOut(stdout);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLecturer_listsGoesBackJumpsAndRunsAgain_andCtrlDEndsTheLesson() throws Exception {
        String[] ran = new String[1];
        String shown = stepWith("l\n2\nb\na\n", ran);
        assertTrue(shown.startsWith(Lesson.KEYS + "\n"), "the keys are shown at the start: " + shown);
        // The list is spelled for the terminal (ASCII under a POSIX locale), as the lesson's other text is.
        assertTrue(shown.contains(Columns.spelled("> 1. 09 · A tiny lesson — two chunks.\n  2. Twice the sum.\n")), shown);
        assertEquals(1, shown.split("6.0\n", -1).length - 1, "2 jumped to chunk 2, which ran: " + shown);
        assertTrue(shown.lastIndexOf("  │ var a = np.ones(3);") > shown.indexOf("6.0"), "b showed chunk 1 again: " + shown);
        assertEquals(2, shown.split("3.0\n", -1).length - 1, "a ran chunk 1 again: " + shown);
        assertTrue(shown.endsWith("end of the lesson: the prompt below has all of the section's variables "
                + "─".repeat(4) + "\n"), "Ctrl-D (the input's end) ends the lesson: " + shown);
        assertFalse(shown.contains("Enter: next chunk · r: run the rest"));
    }

    @Test
    void theChunkList_ofALongSection_takesColumns_soItFitsTheScreen() {
        List<Lesson.Chunk> chunks = new java.util.ArrayList<>();
        for (int i = 1; i <= 32; i++) chunks.add(new Lesson.Chunk(List.of("Step " + i + " of the long section, told at length."), List.of()));
        List<String> list = Lesson.chunkList(chunks, 16, 80, 24);
        assertEquals(16, list.size(), String.join("\n", list));
        assertTrue(list.stream().allMatch(l -> Columns.columns(l) <= 80), String.join("\n", list));
        assertTrue(list.get(0).startsWith("  1. Step 1 ") && list.get(0).contains("> 17. Step 17 "), list.get(0));
        assertEquals(List.of("  1. Step 1 of the long section, told at length.", "> 2. Step 2 of the long section, told at length."),
                Lesson.chunkList(chunks.subList(0, 2), 1, 80, 24));
    }

    @Test
    void aChunksTitleInTheList_isItsFirstSentence_orCutBetweenWords() {
        Lesson.Chunk chunk = new Lesson.Chunk(List.of("A short first sentence, on", "two lines. Then the rest of it."), List.of());
        assertEquals("A short first sentence, on two lines.", Lesson.title(chunk, 40));
        // Cut between words, without a dangling comma or full stop before the ellipsis.
        assertEquals(Columns.spelled("A short first sentence…"), Lesson.title(chunk, 26));
        Lesson.Chunk twoSentences = new Lesson.Chunk(List.of("Gradients: one. Two more words."), List.of());
        assertEquals("Gradients: one.", Lesson.title(twoSentences, 15));
        assertEquals(Columns.spelled("Gradients…"), Lesson.title(twoSentences, 14));
        assertEquals("Softmax", Lesson.title(new Lesson.Chunk(List.of("3. Softmax", "Its words."), List.of()), 40));
    }

    @Test
    void ctrlL_endsThePausesLine_withoutEnter() throws Exception {
        BufferedReader typed = new BufferedReader(new StringReader("\fl\nint k = 1;\n"));
        assertEquals("\f", Lesson.pauseLine(typed));
        assertEquals("l", Lesson.pauseLine(typed));
        assertEquals("int k = 1;", Lesson.pauseLine(typed));
        assertEquals(null, Lesson.pauseLine(typed));
        String[] ran = new String[1];
        String shown = stepWith("\fq\n", ran);
        assertTrue(shown.contains("\033[H\033[2J"), "Ctrl-L cleared the screen and redrew the chunk: " + shown);
        assertEquals(2, shown.split("  │ var a = np.ones\\(3\\);", -1).length - 1, shown);
    }

    @Test
    void aTypedLineThatFails_isNotReplayedAtThePrompt() throws Exception {
        String[] ran = new String[1];
        String shown = stepWith("int bad = \"text\";\nthrow new RuntimeException(\"no\");\nint good = 2;\nq\n", ran);
        assertTrue(shown.contains("Error: incompatible types"), shown);
        assertTrue(ran[0].contains("int good = 2;") && !ran[0].contains("bad") && !ran[0].contains("RuntimeException"), ran[0]);
        assertFalse(ran[0].contains("print(twice"), "q ended the lesson before chunk 2: " + ran[0]);
    }

    @Test
    void aPythonHabitTypedAtAPause_getsAHintAfterTheError_andErrorsFitTheWidth() throws Exception {
        String[] ran = new String[1];
        String shown = stepWith("a @ a\na.T\nvar f = plot(\"typed\", new double[] {0, 1}, new double[] {0, 1})\nq\n", ran);
        assertTrue(shown.contains("\nhint: in Java, a @ a is a.matmul(a)\n"), shown);
        assertTrue(shown.contains("\nhint: in Java, a.T is a.T()\n"), shown);
        assertFalse(shown.contains("==> Figure("), "a plot is not echoed: " + shown);
        // (A terminal ends the pause's line where the learner pressed Enter; here the input is not echoed.)
        for (String line : shown.replaceAll("── \\d+/\\d+ · Enter: [a-z ]+ · \\?: keys ── ", "\n").split("\n")) {
            assertTrue(columns(line) <= Columns.width(), "wider than the terminal: " + line);
        }
    }

    @Test
    void explanations_areRewrappedToTheWidth_keepingHeadingsAndListItems() {
        List<String> wrapped = Columns.prose(List.of("2. A heading that stays as it is",
                "A first line of a paragraph that goes on", "and on, so it is joined and broken again at twenty.",
                "- a list item that wraps under its text"), 20);
        assertEquals(List.of("2. A heading that stays as it is", "A first line of a", "paragraph that goes", "on and on, so it is",
                "joined and broken", "again at twenty.", "- a list item that", "  wraps under its", "  text"), wrapped);
        for (String line : wrapped.subList(1, wrapped.size())) assertTrue(line.length() <= 20, line);
    }

    @Test
    void html_isOnePageWithItsPlotsEmbedded() {
        String script = """
                // 09 · A handout: `np.ones` & plots <here>.
                var fig = plot("handout line", new double[] {0, 1}, new double[] {0, 1});
                print("printed");
                """;
        String page;
        // As the launcher's --html: PNGs only, the page shows them.
        Settings handout = Settings.current().withHeadless().withPlotMode(Settings.PlotMode.PNG);
        try (Settings.Scope s = Settings.use(handout.withPlots(Files.createTempDirectory("handout")))) {
            page = Lesson.html("09-handout", script, STARTUP);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<h1>09 · A handout: <code>np.ones</code> &amp; plots &lt;here&gt;.</h1>"), page);
        assertTrue(page.contains("<pre class=\"code\">var fig = plot(&quot;handout line&quot;"), page);
        assertTrue(page.contains("<pre class=\"out\">printed</pre>"), page);
        java.util.regex.Matcher img = java.util.regex.Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(page);
        assertTrue(img.find(), page);
        byte[] png = java.util.Base64.getDecoder().decode(img.group(1));
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII), "an embedded PNG");
        assertFalse(page.contains("plot saved:") || page.contains("src=\"/") || page.contains("src=\"plots"), "no file links");
    }

    @Test
    void print_linksEachPlotsPng_relativeToWhereTheMarkdownGoes() throws Exception {
        String script = """
                // 09 · A handout.
                var fig = plot("handout line", new double[] {0, 1}, new double[] {0, 1});
                fig.xlabel("x");
                """;
        Path folder = Files.createTempDirectory("handout");
        Settings handout = Settings.current().withHeadless().withPlotMode(Settings.PlotMode.PNG);
        String md;
        try (Settings.Scope s = Settings.use(handout.withPlots(folder.resolve("plots")))) {
            md = Lesson.print("09-handout", script, STARTUP, folder);
        }
        assertTrue(md.contains("\n![handout-line.png](<plots/handout-line.png>)\n"), md);
        assertEquals(1, md.split("!\\[", -1).length - 1, "one image for the figure: " + md);
        assertFalse(md.contains("plot saved:"), md);
    }

    @Test
    void print_findsAPlotWhosePathStandsOnTheLineBelow() throws Exception {
        String script = """
                // 09 · A handout.
                var fig = plot("handout line", new double[] {0, 1}, new double[] {0, 1});
                """;
        Path folder = Files.createTempDirectory("handout");
        Path plots = folder.resolve("plots in a folder whose name alone is longer than any terminal the workbook sets text for");
        String md;
        try (Settings.Scope s = Settings.use(Settings.current().withHeadless().withPlotMode(Settings.PlotMode.PNG).withPlots(plots))) {
            md = Lesson.print("09-handout", script, STARTUP, folder);
        }
        assertTrue(md.contains("\n![handout-line.png](<" + folder.relativize(plots.resolve("handout-line.png")) + ">)\n"), md);
        assertFalse(md.contains("plot saved:"), md);
    }

    @Test
    void aTitleThatRunsOnToTheNextLine_isOneTitle_inTheMarkdownToo() {
        String script = """
                // 04 · Calculus — the chain rule once by hand, checked numerically and by
                // autograd; then trust autograd.

                // 1. Chain rule.
                // Its words.
                double f(double x) { return x; }
                """;
        try (JShell js = JShell.create()) {
            assertEquals(List.of("04 · Calculus — the chain rule once by hand, checked numerically and by autograd; then trust autograd.",
                    "1. Chain rule.", "Its words."), Lesson.chunks(script, js.sourceCodeAnalysis()).get(0).explanation());
        }
        assertTrue(Lesson.print("04-title", script, STARTUP).startsWith(
                "# 04 · Calculus — the chain rule once by hand, checked numerically and by autograd; then trust autograd.\n\n## 1. Chain rule.\n\nIts words.\n"));
    }

    @Test
    void aHeadingThatRunsOnToTheNextLine_isOneHeading_drawnAsOneRule() {
        String script = """
                // 1. Chain rule on f(x) = (3x + 2)^2: outer 2(3x+2), inner 3,
                // so f'(x) = 6(3x + 2) = 18x + 12.
                // The explanation starts here.
                double f(double x) { return x; }
                // 2. A heading that ends its sentence:
                // h = x W1 + b1, the explanation.
                double g(double x) { return x; }
                """;
        try (JShell js = JShell.create()) {
            List<Lesson.Chunk> chunks = Lesson.chunks(script, js.sourceCodeAnalysis());
            assertEquals(List.of("1. Chain rule on f(x) = (3x + 2)^2: outer 2(3x+2), inner 3, so f'(x) = 6(3x + 2) = 18x + 12.",
                    "The explanation starts here."), chunks.get(0).explanation());
            assertEquals(List.of("2. A heading that ends its sentence:", "h = x W1 + b1, the explanation."), chunks.get(1).explanation());
            List<String> shown = Lesson.shown(chunks.get(0), 60);
            assertEquals(List.of("── 1. Chain rule on f(x) = (3x + 2)^2: outer 2(3x+2),",
                    "   inner 3, so f'(x) = 6(3x + 2) = 18x + 12. " + "─".repeat(13), "The explanation starts here."),
                    shown.subList(0, 3));
        }
    }

    @Test
    void everySection_printsAsMarkdown_withoutErrors() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String startup = Files.readString(root.resolve("startup.jsh"));
        try (Settings.Scope headless = Settings.use(Settings.current().withHeadless().withPlots(Files.createTempDirectory("plots")));
             var sections = Files.list(root.resolve("scripts"))) {
            for (Path s : sections.filter(p -> p.toString().endsWith(".jsh")).sorted().toList()) {
                String md = Lesson.print(s.getFileName().toString(), Files.readString(s), startup);
                assertTrue(md.startsWith("# "), s + ":\n" + md);
                assertTrue(md.contains("\n```java\n"), s + " has code");
                assertTrue(!md.contains("\nError: ") && !md.contains("\nException "), s + ":\n" + md);
            }
        }
    }

    @Test
    void everySection_fits80AndNarrowerTerminals_andShowsItsCodeWhole() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> wide = new java.util.ArrayList<>();
        try (JShell js = JShell.create(); var sections = Files.list(root.resolve("scripts"))) {
            for (Path s : sections.filter(p -> p.toString().endsWith(".jsh")).sorted().toList()) {
                for (Lesson.Chunk c : Lesson.chunks(Files.readString(s), js.sourceCodeAnalysis())) {
                    for (int width : new int[] {80, 60}) {
                        List<String> shown = Lesson.shown(c, width);
                        StringBuilder code = new StringBuilder();
                        for (String line : shown) {
                            boolean isCode = line.startsWith("  │ ");
                            if (isCode) code.append(line.substring(4)).append('\n');
                            // Only a single token longer than the width may stay wider.
                            if (columns(line) > width && !(isCode && !line.substring(4).strip().contains(" "))) {
                                wide.add(s.getFileName() + " at " + width + ": " + line);
                            }
                        }
                        assertEquals(tokens(Columns.spelled(c.source())), tokens(code.toString()), s + ": the code shown is the code run");
                    }
                }
            }
        }
        assertEquals(List.of(), wide, "lines a lesson shows that do not fit the terminal");
    }

    /** Code as a reader compares it: without comments, a string split in two joined again, spaces only between words. */
    private static String tokens(String code) {
        return code.replaceAll("(?m)^((?:[^\"\n]*\"[^\"\n]*\")*[^\"\n]*?)//.*$", "$1").replaceAll("\"\\s*\\+\\s*\"", "")
                .replaceAll("\\s+", " ").replaceAll(" (?=\\W)|(?<=\\W) ", "").strip();
    }

    private static int columns(String line) { return line.codePointCount(0, line.length()); }
}

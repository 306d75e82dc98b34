package mlmath.launch;

import jdk.jshell.JShell;
import mlmath.internal.Settings;
import mlmath.learn.ScriptFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastCopyTest {
    private static final String STARTUP = "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n";

    private static Optional<String> copyOf(String script) throws Exception {
        Path file = Files.createTempFile("section", ".jsh");
        Files.writeString(file, script);
        return FastCopy.of(file, STARTUP);
    }

    /** Runs {@code text} in a fresh JShell primed with STARTUP and returns what it printed on stdout and stderr. */
    private static String run(String text) { return run(text, STARTUP); }

    private static String run(String text, String startup) { return run(text, startup, "local"); }

    /** As above, on the execution engine named {@code engine}. */
    static String run(String text, String startup, String engine) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        PrintStream err = System.err, stdout = System.out;
        System.setErr(out);
        System.setOut(out);
        try (JShell js = JShell.builder().executionEngine(engine).out(out).err(out)
                .compilerOptions(mlmath.learn.JShellPaths.options().toArray(String[]::new)).build()) {
            for (String t : List.of(startup, text)) {
                for (ScriptFile.Snippet s : ScriptFile.split(t, js.sourceCodeAnalysis())) js.eval(s.source());
            }
        } finally {
            System.setErr(err);
            System.setOut(stdout);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void variablesAreDeclaredFirst_andStatementsGroupedAndGuarded() throws Exception {
        String copy = copyOf("""
                var a = np.ones(2);
                double[] xs = {1, 2};
                print(a.sum());
                int twice(int x) { return 2 * x; }
                var b = a.mul(twice(3));
                print(b);
                """).orElseThrow();
        assertTrue(copy.contains("Tensor a, b;\ndouble[] xs;\n"), copy);
        assertTrue(copy.contains("        a = np.ones(2);\n"), copy);
        assertTrue(copy.contains("        xs = new double[] {1, 2};\n"), copy);
        assertTrue(copy.contains("mlmath.launch.Guard.report(e, \""), copy);
        assertTrue(copy.contains("\nint twice(int x) { return 2 * x; }\n{\n"), copy);
    }

    @Test
    void methodsMoveUpPastStatements_soTheStatementsAreOneBlock_butNotPastOneThatNamesThem() throws Exception {
        String script = """
                var a = np.ones(2);
                print("workbook's", a.sum());
                double half(double x) { return x / 2; }
                print(half(4));
                var b = a.mul(3);
                Tensor triple(Tensor t) { return t.mul(3); }
                print(triple(b));
                void print(Object o, Object p) { System.out.println("mine " + o + " " + p); }
                print(half(1), b.sum());
                """;
        String copy = copyOf(script).orElseThrow();
        int half = copy.indexOf("double half("), triple = copy.indexOf("Tensor triple("), mine = copy.indexOf("void print(");
        assertTrue(half < triple && triple < copy.indexOf("{\n"), "both methods before the first block:\n" + copy);
        assertTrue(copy.indexOf("print(\"workbook's\"") < mine, "print is not moved past a statement naming it:\n" + copy);
        assertEquals(2, copy.split("\n\\{\n", -1).length - 1, "two blocks, not four:\n" + copy);
        assertEquals(run(script), run(copy));
        assertTrue(run(copy).contains("workbook's 2.0\n2.0\n"), run(copy));
        assertTrue(run(copy).contains("mine 0.5 np.float64(6.0)\n"), run(copy));
    }

    @Test
    void aStatementThatThrows_isReported_andTheNextOneStillRuns() throws Exception {
        String script = """
                var a = np.ones(3);
                print("before");
                var n = Integer.parseInt("1");
                print("after", a.sum(), n);
                """;
        String copy = copyOf(script).orElseThrow();
        // The learner's line that now fails (as a torch call does when libtorch is missing).
        String broken = copy.replace("Integer.parseInt(\"1\")", "Integer.parseInt(\"x\")");
        String out = run(broken);
        assertTrue(out.contains("before\nException java.lang.NumberFormatException: For input string: \"x\"\n"), out);
        assertTrue(out.contains("after 3.0 0\n"), out);
    }

    private static final String TWO_FIGURES = """
            var fig = plot("first figure", new double[] {0, 1, 2}, new double[] {0, 1, 4});
            var twice = np.array(0, 2, 8);
            fig.label("x^2").series("2x^2", new double[] {0, 1, 2}, twice);
            fig.xlabel("x").ylabel("y");
            print("between");
            var fig = plot("second figure", new double[] {0, 1}, new double[] {1, 0});
            fig.xlabel("t");
            """;

    @Test
    void aFigureBuiltOverSeveralStatements_isSketchedOnce_andEachFigureOnce() throws Exception {
        String shown = sketchedRun(copyOf(TWO_FIGURES).orElseThrow(), null);
        assertEquals("first figure\nsecond figure\n", sketches(shown, true), shown);
        assertTrue(shown.indexOf("2x^2") < shown.indexOf("between"), "sketched complete, before the next output: " + shown);
    }

    @Test
    void asWritten_tooAFigureIsSketchedOnce_afterTheLastStatementThatBuildsIt() {
        String shown = sketchedRun(TWO_FIGURES, TWO_FIGURES);
        assertEquals("first figure\nsecond figure\n", sketches(shown, true), shown);
        assertTrue(shown.indexOf("2x^2") < shown.indexOf("between"), "sketched complete, before the next output: " + shown);
    }

    /** What {@code text} prints run (after STARTUP) as the launcher's prompt runs it, sketching at statement ends. */
    private static String sketchedRun(String text, String asWritten) {
        String encoding = System.getProperty("stdout.encoding");
        System.setProperty("stdout.encoding", "UTF-8");   // the sketch's box-drawing frame, under any locale
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8), stdout = System.out;
        System.setOut(out);
        StatementEnds.asWritten = asWritten;
        try (Settings.Scope sketches = Settings.use(Settings.current().withPlotMode(Settings.PlotMode.SKETCH));
             JShell js = JShell.builder().executionEngine(StatementEnds.NAME).out(out).err(out)
                     .compilerOptions(mlmath.learn.JShellPaths.options().toArray(String[]::new)).build()) {
            for (String t : List.of(STARTUP, text)) {
                for (ScriptFile.Snippet s : ScriptFile.split(t, js.sourceCodeAnalysis())) js.eval(s.source());
            }
        } finally {
            System.setOut(stdout);
            mlmath.plot.Figure.holdSketches(false);
            if (encoding == null) System.clearProperty("stdout.encoding");
            else System.setProperty("stdout.encoding", encoding);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScriptThatFailsOrRedeclaresWithUpdates_getsNoCopy() throws Exception {
        assertFalse(copyOf("var a = np.ones(2);\nprint(a.get(5));\n").isPresent(), "a line threw");
        assertFalse(copyOf("int f() { return 1; }\nint g() { return f(); }\ndouble f() { return 2; }\n").isPresent(),
                "redeclaring f updates g");
        assertFalse(copyOf("var a = np.ones(2);\nverify(\"wrong\", a, np.zeros(2));\n").isPresent(), "a failed verify");
    }

    @Test
    void exerciseMode_skipsWhatNeedsAnUnfinishedExercise_withOneLineEach() throws Exception {
        Path work = Files.createTempFile("work", ".jsh");
        Files.writeString(work, """
                double twice(double x) {
                    throw new mlmath.learn.Todo("twice");
                }
                var a = np.ones(2);
                double t = twice(a.sum().item());
                print("uses t", t + 1);
                print("independent", a.sum());
                var broken = a.get(7);
                """);
        String copy = FastCopy.forExercises(work, STARTUP);
        String out = run(copy);
        assertTrue(out.contains("independent 2.0\n"), out);
        assertFalse(out.contains("uses t"), out);
        assertTrue(out.contains("Exception mlmath.tensor.ShapeException: index 7 is out of bounds"), "a real error still shows: " + out);
        assertTrue(out.contains("TODO twice — hint(\"twice\")\n"), out);
        assertTrue(out.contains("2 lines need those and were skipped."), out);
        for (String line : out.substring(out.indexOf("TODO twice")).split("\n")) assertTrue(line.length() <= 80, "fits 80 columns: " + line);
        assertFalse(out.contains("NullPointerException") || out.contains("$JShell$"), out);
    }

    /**
     * What a skipped or TODO-failed statement writes (an array filled element by element, also one declared with
     * another, a list added to, a counter) is skipped wherever it is used later; what it only read, or a name in a
     * string, still runs.
     */
    @Test
    void exerciseMode_skipsWhatASkippedStatementWrote_notWhatItRead() throws Exception {
        Path work = Files.createTempFile("work", ".jsh");
        Files.writeString(work, """
                double twice(double x) {
                    throw new mlmath.learn.Todo("twice");
                }
                int[] xs = {1, 2, 3};
                double[] doubled = new double[3], halved = new double[3];
                for (int i = 0; i < xs.length; i++) doubled[i] = twice(xs[i]);
                print("doubled", np.array(doubled));
                var seen = new java.util.ArrayList<Double>();
                for (double d : doubled) seen.add(d);
                print("seen", seen);
                int count = 0;
                count += twice(1) > 0 ? 1 : 0;
                print("count", count);
                print("xs", np.array(xs));
                print("doubled is only named here", xs.length);
                doubled = new double[] {4, 5};
                print("new doubled", np.array(doubled));
                """);
        String out = run(FastCopy.forExercises(work, STARTUP));
        assertEquals(List.of("xs [1 2 3]", "doubled is only named here 3", "new doubled [4. 5.]",
                "TODO twice — hint(\"twice\")"), out.lines().limit(4).toList());
        assertTrue(out.contains("\n6 lines need those and were skipped."), out);
    }

    /** Exercise mode on every section with exercises starts with one line per stub: no cascade, no JShell internals. */
    @Test
    void everySection_inExerciseMode_startsWithOneLinePerStub() throws Exception {
        Workspace ws = LauncherTest.WS;
        String startup = Files.readString(ws.startup());
        try (Settings.Scope plots = Settings.use(Settings.current().withPlots(Files.createTempDirectory("plots")))) {
            for (Path section : ws.sections()) {
                String text = Files.readString(section);
                List<String> names = mlmath.learn.Exercise.names(text);
                if (names.isEmpty()) continue;
                Path work = Files.createTempDirectory("work").resolve(section.getFileName());
                Files.writeString(work, mlmath.learn.Exercise.stub(text));
                String out = run(FastCopy.forExercises(work, startup), startup);
                for (String name : names) assertTrue(out.contains("TODO " + name + " — hint(\"" + name + "\")\n"), section + ":\n" + out);
                for (String bad : List.of("NullPointerException", "$JShell$", "Exception mlmath.learn.Todo", "\tat ")) {
                    assertFalse(out.contains(bad), section + " shows " + bad + ":\n" + out);
                }
            }
        }
    }

    @Test
    void expressionsThatAreNotStatements_stayTheirOwnSnippets() throws Exception {
        String copy = copyOf("var a = 1;\na + 1\nprint(a);\n").orElseThrow();
        assertTrue(copy.contains("\na + 1\n"), copy);
    }

    /**
     * Every real section, loaded by the launcher with libtorch missing, prints what the script as written prints: one
     * failing line never silences the rest of its block. The copies are the ones run.sh prepared (./run.sh test
     * prepares them first).
     */
    @Test
    void everySection_withLibtorchHidden_printsWhatTheScriptPrints() throws Exception {
        Workspace ws = LauncherTest.WS;
        assertTrue(Files.isRegularFile(ws.jar()), "build the jar first (./run.sh test does)");
        Path dir = Files.createTempDirectory("mlmath-notorch");
        Files.copy(ws.jar(), dir.resolve("mlmath.jar"));
        Files.createDirectories(dir.resolve("deps"));
        try (var deps = Files.list(ws.target().resolve("deps"))) {
            for (Path d : deps.filter(p -> !p.getFileName().toString().startsWith("pytorch-native")).toList()) {
                Files.createSymbolicLink(dir.resolve("deps").resolve(d.getFileName()), d);
            }
        }
        String jar = StartCache.jarDigest(ws);
        List<Path> stale = ws.sections().stream().filter(s -> !FastCopy.isCurrent(ws, s, jar)).toList();
        if (!stale.isEmpty()) FastCopy.write(ws, stale, jar);
        Path cache = Files.createTempDirectory("mlmath-djl"), plots = Files.createTempDirectory("plots");
        for (Path section : ws.sections()) {
            assertNotNull(FastCopy.forSession(ws, section, jar), Workspace.name(section) + " has a fast copy");
            String fast = normalise(session(ws, dir, cache, plots, section, "1"));
            String written = normalise(session(ws, dir, cache, plots, section, "0"));
            assertTrue(fast.contains("torch unavailable"), fast);
            // The copy sketches a figure built over several statements once, complete; as written, after each.
            assertEquals(sketches(written, false), sketches(fast, false), Workspace.name(section));
            List<String> titles = sketches(fast, true).lines().toList();
            assertEquals(titles.stream().distinct().toList(), titles, Workspace.name(section) + ": one sketch per figure");
        }
    }

    /**
     * With {@code titles}, the titles of the plot sketches in {@code out}, one a line; without, {@code out} without
     * its sketches (a title line, the drawing, its axes and x labels, and the legend).
     */
    private static String sketches(String out, boolean titles) {
        StringBuilder kept = new StringBuilder(), found = new StringBuilder();
        String[] lines = out.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 < lines.length && lines[i + 1].matches(" *\\S* ┤.*")) {
                found.append(lines[i]).append('\n');
                i++;
                while (i < lines.length && lines[i].matches(" *\\S* [┤│].*")) i++;
                // └───, then the x labels, then at most two legend lines (a glyph and a name each).
                i += 1;
                while (i + 1 < lines.length && lines[i + 1].matches(" +[*o+x#@%=] .*")) i++;
                continue;
            }
            kept.append(lines[i]).append('\n');
        }
        return (titles ? found : kept).toString();
    }

    private static String session(Workspace ws, Path dir, Path cache, Path plots, Path section, String fast) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-Dmlmath.root=" + ws.root(), "-Dmlmath.headless=true",
                "-Dmlmath.plots=" + plots, "-cp", dir.resolve("mlmath.jar").toString()));
        cmd.addAll(List.of(Launcher.class.getName(), Workspace.name(section)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("MLMATH_FAST", fast);
        pb.environment().put("DJL_CACHE_DIR", cache.toString());
        // Both copies print ✓ and the other marks as a UTF-8 terminal shows them, whatever locale the tests run under.
        Locales.set(pb.environment(), Locales.UTF8);
        Process p = pb.start();
        p.getOutputStream().write("/exit\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return out;
    }

    /** Drops what may differ between two runs: stack frames, JShell's class numbers, timings, background notices. */
    private static String normalise(String out) {
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.startsWith("      at ") || line.startsWith("WARNING:") || line.startsWith("Unpacking libtorch")
                    || line.startsWith("Everything but the torch references") || line.startsWith("torch unavailable:")
                    || line.isBlank()) continue;
            sb.append(line.replaceAll("\\$JShell\\$\\d+", "\\$JShell\\$N").replaceAll("\\d+(\\.\\d+)? ?(ms|s|x faster)\\b", "T")).append('\n');
        }
        return sb.toString();
    }
}

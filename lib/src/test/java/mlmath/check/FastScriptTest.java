package mlmath.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastScriptTest {
    private static final String STARTUP = "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n";

    /** Every kind of top-level snippet a section uses, and the ones that must stay as they are. */
    private static final String SCRIPT = """
            // a comment
            var a = np.arange(4);                  // a Tensor
            double[] flips = {1, 0, 1};
            int n = flips.length;
            print("a =", a, "n =", n);
            n * 2
            double twice(double x) { return 2 * x; }
            var total = twice(6);
            for (int i = 0; i < 2; i++) print("loop", i);
            final double fixed = 3;
            var a = np.ones(2);                    // redeclared with the same type: one field
            var n = "now a String";                // redeclared with another type: kept as written
            record Point(double x, double y) {}
            var p = new Point(1, 2);               // of a type the script declares: kept as written
            print(total, fixed, a, n, p);
            """;

    @Test
    void copy_declaresVariablesFirst_groupsStatements_andPrintsTheSame(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("99-test.jsh"), SCRIPT);
        String copy = FastScript.of(script, STARTUP).orElseThrow();
        assertTrue(copy.contains("\nTensor a;\ndouble[] flips;\ndouble total;\n"), copy);
        assertTrue(copy.contains("flips = new double[] {1, 0, 1};"), copy);
        assertTrue(copy.contains("\ndouble twice(double x) { return 2 * x; }\n"), copy);
        assertTrue(copy.contains("\nfinal double fixed = 3;\n"), "a final variable cannot be assigned later: " + copy);
        assertTrue(copy.contains("\nint n = flips.length;\n") && copy.contains("\nvar n = \"now a String\";"), copy);
        assertTrue(copy.contains("\nn * 2\n"), "an expression that is not a statement stays on its own: " + copy);
        assertTrue(copy.contains("\nvar p = new Point(1, 2);"), copy);
        assertEquals(5, copy.split("\n\\{\n", -1).length - 1, "five runs of statements become five blocks: " + copy);

        Path fast = Files.writeString(dir.resolve("99-fast.jsh"), copy);
        assertEquals(output(script), output(fast));
    }

    @Test
    void aRedeclarationThatResetsAnotherVariable_getsNoCopy(@TempDir Path dir) throws Exception {
        // JShell recompiles total when a is replaced and resets it to 0.0; a copy would keep 12.0.
        Path script = Files.writeString(dir.resolve("97-reset.jsh"),
                "var a = np.arange(4);\nvar total = a.sum().mul(2);\nvar a = np.ones(2);\nprint(total);\n");
        assertFalse(FastScript.of(script, STARTUP).isPresent());
    }

    @Test
    void scriptsWithProblems_getNoCopy(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("98-broken.jsh"), "var x = np.ones(2);\nx.add(np.ones(3));\n");
        assertFalse(FastScript.of(broken, STARTUP).isPresent());
        assertEquals(0, FastScript.writeAll(dir.resolve("out"), Files.writeString(dir.resolve("s.jsh"), STARTUP), List.of(broken)));
    }

    /** The workbook's real sections: each gets a copy, and the copy prints what the script prints (timings aside). */
    @Test
    void everySection_getsACopyThatPrintsWhatTheScriptPrints(@TempDir Path dir) throws Exception {
        System.setProperty("mlmath.headless", "true");
        System.setProperty("mlmath.plots", dir.resolve("plots").toString());
        try {
            Path root = Path.of("..").toAbsolutePath().normalize();
            String startup = ScriptFile.read(root.resolve("startup.jsh"));
            List<Path> scripts;
            try (Stream<Path> files = Files.list(root.resolve("scripts"))) {
                scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
            }
            assertFalse(scripts.isEmpty());
            for (Path script : scripts) {
                String[] copy = new String[1];
                String original = captured(() -> copy[0] = FastScript.of(script, startup).orElseThrow(
                        () -> new AssertionError(script.getFileName() + " got no copy")));
                Path fast = Files.writeString(dir.resolve(script.getFileName()), copy[0]);
                String copied = captured(() -> assertTrue(Check.run(fast, startup, copy[0], false).ok()));
                assertEquals(withoutTimings(original), withoutTimings(copied), script.getFileName().toString());
            }
        } finally {
            System.clearProperty("mlmath.plots");
        }
    }

    /** Drops the lines that report a duration (06 and 07 time their own work). */
    private static String withoutTimings(String output) {
        return output.lines().filter(l -> !l.matches(".*\\d(\\.\\d+)? (ms|s)\\b.*")).collect(Collectors.joining("\n"));
    }

    @Test
    void isStatement_followsJavasRules() {
        assertTrue(FastScript.isStatement("print(1);"));
        assertTrue(FastScript.isStatement("x = 2;"));
        assertTrue(FastScript.isStatement("for (int i = 0; i < 2; i++) { print(i); }"));
        assertFalse(FastScript.isStatement("x + 1;"));
        assertFalse(FastScript.isStatement("x;"));
    }

    private static String output(Path script) {
        return captured(() -> assertTrue(Check.run(script, STARTUP, ScriptFile.read(script), false).ok()));
    }

    /** What {@code body} prints to System.out. */
    private static String captured(Runnable body) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            body.run();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}

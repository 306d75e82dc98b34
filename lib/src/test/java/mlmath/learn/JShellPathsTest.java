package mlmath.learn;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.tool.JavaShellToolBuilder;
import mlmath.launch.StatementEnds;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JShellPathsTest {
    private static final String BACK_DOOR = "mlmath.tensor.internal.Buffers.data(np.zeros(2))[0] = 1e6";

    @Test
    void aHeadlessJShell_rejectsTheKernelsBackDoor_andStillRunsNp() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (JShell js = learnersJShell(ps)) {
            assertEquals(Snippet.Status.VALID, eval(js, "import static mlmath.Workbook.*;").status());
            SnippetEvent door = eval(js, BACK_DOOR + ";");
            assertEquals(Snippet.Status.REJECTED, door.status());
            String why = js.diagnostics(door.snippet()).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
            assertTrue(why.contains("package mlmath.tensor.internal is not visible"), why);
            SnippetEvent zeros = eval(js, "np.zeros(2)");
            assertEquals(Snippet.Status.VALID, zeros.status());
            assertEquals("array([0., 0.])", zeros.value());
        }
    }

    @Test
    void everyInternalPackage_isUnexported_andDoesNotResolveInAHeadlessJShell() throws Exception {
        ModuleDescriptor mlmath;
        Path classes = codeSource(JShellPaths.class);
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            mlmath = ModuleDescriptor.read(in);
        }
        List<String> exported = mlmath.exports().stream().map(ModuleDescriptor.Exports::source).sorted().toList();
        assertTrue(exported.stream().noneMatch(p -> p.endsWith(".internal")), exported.toString());
        List<String> sealed;   // the descriptor javac writes lists the exported packages only: the others are read off the folders
        try (var files = Files.walk(classes)) {
            sealed = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
                    .distinct().filter(p -> !exported.contains(p)).sorted().toList();
        }
        assertTrue(sealed.containsAll(List.of("mlmath.internal", "mlmath.plot.internal", "mlmath.tensor.internal")), sealed.toString());
        try (JShell js = learnersJShell(System.out)) {
            for (String p : sealed) {
                SnippetEvent e = eval(js, "import " + p + ".*;");
                assertEquals(Snippet.Status.REJECTED, e.status(), p);
                List<Diag> diags = js.diagnostics(e.snippet()).toList();
                assertTrue(diags.stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains("package " + p + " is not visible")), p + ": " + diags);
            }
            for (String p : exported) assertEquals(Snippet.Status.VALID, eval(js, "import " + p + ".*;").status(), p);
        }
    }

    @Test
    void thePromptsOptions_giveTheLearnerTheCompileError() throws Exception {
        String typed = "import static mlmath.Workbook.*\n" + BACK_DOOR + "\nnp.zeros(2)\nnew org.apache.commons.math3.distribution.NormalDistribution(0, 1).density(0)\n/exit\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of("--execution", StatementEnds.NAME));
        args.addAll(learnersOptions());
        JavaShellToolBuilder.builder().in(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), null)
                .out(ps).err(ps).persistence(new HashMap<>()).start(args.toArray(String[]::new));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("package mlmath.tensor.internal is not visible"), shown);
        assertTrue(shown.contains("array([0., 0.])"), shown);
        assertTrue(shown.contains("0.3989422804014327"), "commons-math3 resolves as before: " + shown);
    }

    @Test
    void withoutTheWorkbooksDescriptor_theClassPathIsKeptAsItIs() {
        List<String> cp = List.of("a.jar", "classes");
        assertEquals(List.of("--class-path", String.join(File.pathSeparator, cp)), JShellPaths.split(cp));
    }

    /**
     * {@link JShellPaths#options()} without the tests' own classes, which share mlmath's package names: on the class
     * path they would make javac say "cannot find symbol" where the learner reads "is not visible".
     */
    private static List<String> learnersOptions() throws Exception {
        String tests = codeSource(JShellPathsTest.class).toString();
        return JShellPaths.split(JShellPaths.classPath().stream().filter(e -> !Path.of(e).toAbsolutePath().toString().equals(tests)).toList());
    }

    /** A headless JShell as {@link Headless#jshell} makes one, on the learner's view of the class path. */
    private static JShell learnersJShell(PrintStream out) throws Exception {
        return JShell.builder().executionEngine(Headless.ENGINE).out(out).err(out)
                .compilerOptions(learnersOptions().toArray(String[]::new)).build();
    }

    private static Path codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
    }

    private static SnippetEvent eval(JShell js, String source) {
        return js.eval(source).get(0);
    }
}

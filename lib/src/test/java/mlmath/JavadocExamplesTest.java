package mlmath;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import mlmath.internal.Settings;
import mlmath.learn.ScriptFile;
import mlmath.np.Np;
import mlmath.np.NpLinalg;
import mlmath.np.NpRandom;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every {@code jshell>} example in the javadoc of lib/src/main (one on each public op of {@link Tensor}, {@link Np},
 * {@link NpLinalg}, {@link NpRandom} and {@link Workbook} and of the interfaces that group Tensor's and Np's ops, which
 * {@link #everyPublicOp_hasAnExample} checks) in one JShell primed with the checkout's {@code startup.jsh}, and compares
 * what it prints with the lines under the example, so no example can be wrong. An example is a block
 * <pre>
 *  * &lt;pre&gt;{&#64;code
 *  * jshell&gt; np.arange(6).reshape(2, 3).sum(0)
 *  * $1 ==&gt; array([3, 5, 7])
 *  * }&lt;/pre&gt;
 * </pre>
 * holding one or more {@code jshell>} lines, each followed by what the REPL prints for it: {@code $N ==> value} for an
 * expression ({@code N} is not compared), {@code name ==> value} for a declared variable, and whatever the line
 * printed. A line {@code ...} stands for any number of lines (for {@code help()}). Blocks are independent: the
 * variables of one are dropped before the next runs, and the random stream is reseeded at random, so an example that
 * draws numbers must call {@code np.random.seed} itself. Plots go to PNG files in a temporary folder shown as
 * {@code plots/}, and an untitled plot is always {@code plot-1.png}.
 */
class JavadocExamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<Class<?>, Path> SOURCES = new LinkedHashMap<>();

    static {
        // Np and Tensor keep their ops in sealed interfaces of their own package, one file each: those are checked too.
        for (Class<?> c : List.of(Tensor.class, Np.class, NpLinalg.class, NpRandom.class, Workbook.class)) {
            SOURCES.put(c, source(c));
            for (Class<?> group : c.getInterfaces()) if (group.getPackage() == c.getPackage()) SOURCES.put(group, source(group));
        }
    }

    private static Path source(Class<?> c) {
        return ROOT.resolve("lib/src/main/java/" + c.getName().replace('.', '/') + ".java");
    }

    /** The packages JShell's DEFAULT start-up imports (the launcher passes {@code --startup DEFAULT}). */
    private static final List<String> DEFAULT_IMPORTS = List.of("java.io", "java.math", "java.net", "java.nio.file", "java.util",
            "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream");

    /** Public members that are not learner ops: the launcher's warm-up. */
    private static final Set<String> NOT_OPS = Set.of("Workbook.preload");

    /** One example block: where it is, its input lines and, per input, the lines expected under it. */
    record Example(String where, List<String> inputs, List<List<String>> expected) {}

    private static final Pattern BLOCK_START = Pattern.compile("^\\s*\\* <pre>\\{@code\\s*$");
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*\\* }</pre>\\s*$");
    private static final Pattern UNTITLED = Pattern.compile("plots/plot-\\d+\\.png");
    private static final Pattern TEMP = Pattern.compile("(?m)^\\$\\d+ ==> ");

    /** The example blocks of one source file, in order. */
    static List<Example> examples(Path source) throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(source);
        String file = source.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            if (!BLOCK_START.matcher(lines.get(i)).matches()) {
                boolean comment = lines.get(i).matches("\\s*(\\*|/\\*\\*).*");
                assertTrue(!comment || !lines.get(i).contains("jshell>") && !lines.get(i).contains("jshell&gt;"),
                        file + ":" + (i + 1) + ": a jshell> example outside a <pre>{@code ... }</pre> block is never run");
                continue;
            }
            int start = i + 1;
            List<String> inputs = new ArrayList<>();
            List<List<String>> expected = new ArrayList<>();
            for (i++; i < lines.size() && !BLOCK_END.matcher(lines.get(i)).matches(); i++) {
                String line = lines.get(i).replaceFirst("^\\s*\\*( |$)", "");
                if (line.startsWith("jshell> ")) {
                    inputs.add(line.substring("jshell> ".length()));
                    expected.add(new ArrayList<>());
                } else if (!expected.isEmpty()) {
                    expected.get(expected.size() - 1).add(line);
                }
            }
            if (!inputs.isEmpty()) out.add(new Example(file + ":" + start, inputs, expected));
        }
        return out;
    }

    /** The examples of the five classes first, then those of every other source file (torch's, linalg's results, …). */
    static List<Example> allExamples() throws IOException {
        List<Example> all = new ArrayList<>();
        for (Path p : SOURCES.values()) all.addAll(examples(p));
        List<Path> others;
        try (var files = Files.walk(ROOT.resolve("lib/src/main/java"))) {
            others = files.filter(f -> f.toString().endsWith(".java") && !SOURCES.containsValue(f)).sorted().toList();
        }
        for (Path p : others) all.addAll(examples(p));
        return all;
    }

    private static Path plots, root;
    private static String encoding;
    private static Settings.Scope settings;

    @BeforeAll
    static void settings() throws IOException {
        plots = Files.createTempDirectory("example-plots");
        // hint() reads the scripts; quiz() keeps its answers under work/: a scratch checkout holds both.
        root = Files.createTempDirectory("example-root");
        Files.createSymbolicLink(root.resolve("scripts"), ROOT.resolve("scripts"));
        // Whatever the environment says: headless PNGs at scale 1. plotScale's example changes the scale until close.
        settings = Settings.use(Settings.read(variable -> null, Map.of("mlmath.plots", plots.toString(), "mlmath.plots.mode", "png",
                "mlmath.headless", "true", "mlmath.root", root.toString())::get));
        // The examples show what a UTF-8 terminal prints (✓, not [ok]), whatever locale the tests run under.
        encoding = System.getProperty("stdout.encoding");
        System.setProperty("stdout.encoding", "UTF-8");
    }

    @AfterAll
    static void restore() {
        mlmath.plot.Figure.awaitPlots(30);
        settings.close();
        if (encoding == null) System.clearProperty("stdout.encoding");
        else System.setProperty("stdout.encoding", encoding);
        for (Path dir : List.of(plots, root)) deleteTree(dir);
    }

    /** Deletes a folder and what is in it; a symbolic link is removed, not followed. */
    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    @Test
    void everyExample_printsWhatItsJavadocShows() throws Exception {
        List<Example> examples = allExamples();
        assertTrue(examples.size() >= 100, "only " + examples.size() + " example blocks");
        String startup = Files.readString(ROOT.resolve("startup.jsh"));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        PrintStream out = System.out, err = System.err;
        List<String> failures = new ArrayList<>();
        java.util.Random seeds = new java.util.Random();
        System.setOut(capture);
        System.setErr(capture);
        try (JShell js = mlmath.learn.Headless.jshell(capture, capture)) {
            // The REPL starts with JShell's DEFAULT start-up (java.util.* and friends), then startup.jsh.
            for (String p : DEFAULT_IMPORTS) js.eval("import " + p + ".*;");
            for (ScriptFile.Snippet s : ScriptFile.split(startup, js.sourceCodeAnalysis())) js.eval(s.source());
            // On a new machine the first torch call says once that it unpacks libtorch: said here, before any example.
            js.eval("torch.exp(np.zeros(1));");
            for (Example ex : examples) {
                js.variables().toList().forEach(js::drop);
                js.eval("np.random.seed(" + seeds.nextInt(1 << 30) + ");");
                for (int k = 0; k < ex.inputs().size(); k++) {
                    buf.reset();
                    for (ScriptFile.Snippet s : ScriptFile.split(ex.inputs().get(k), js.sourceCodeAnalysis())) {
                        for (SnippetEvent e : js.eval(s.source())) show(js, e, capture);
                    }
                    String actual = normalize(buf.toString(StandardCharsets.UTF_8));
                    String expected = normalize(String.join("\n", ex.expected().get(k)));
                    if (!matches(expected, actual)) {
                        failures.add(ex.where() + ": jshell> " + ex.inputs().get(k) + "\n  expected:\n" + indent(expected)
                                + "\n  printed:\n" + indent(actual));
                    }
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        int lines = examples.stream().mapToInt(e -> e.inputs().size()).sum();
        System.out.println(examples.size() + " javadoc examples, " + lines + " jshell> lines, " + failures.size() + " wrong");
        if (!failures.isEmpty()) fail(failures.size() + " javadoc examples print something else:\n\n" + String.join("\n\n", failures));
    }

    /** What JShell's tool prints for one event in its normal feedback mode (values and errors; "created" lines are not shown). */
    private static void show(JShell js, SnippetEvent e, PrintStream out) {
        if (e.causeSnippet() != null) return;
        if (e.status() == Snippet.Status.REJECTED) {
            js.diagnostics(e.snippet()).forEach(d -> out.println("|  Error: " + d.getMessage(java.util.Locale.ROOT)));
            return;
        }
        if (e.exception() != null) {
            Throwable t = e.exception();
            String name = t instanceof jdk.jshell.EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
            out.println("|  Exception " + name + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            return;
        }
        if (e.value() == null) return;
        Snippet s = e.snippet();
        if (s instanceof VarSnippet v) out.println(v.name() + " ==> " + e.value());
        else if (s.kind() == Snippet.Kind.EXPRESSION) out.println(((jdk.jshell.ExpressionSnippet) s).name() + " ==> " + e.value());
    }

    private static String normalize(String text) {
        String t = text.replace("\r\n", "\n").replace(plots.toString(), "plots");
        // Untitled plots are numbered in the order a session makes them: every example shows the first.
        t = UNTITLED.matcher(t).replaceAll("plots/plot-1.png");
        t = TEMP.matcher(t).replaceAll("\\$N ==> ");
        return t.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    /** Equal line by line, where an expected line {@code ...} matches any run of lines. */
    static boolean matches(String expected, String actual) {
        String[] e = expected.isEmpty() ? new String[0] : expected.split("\n", -1);
        String[] a = actual.isEmpty() ? new String[0] : actual.split("\n", -1);
        return matches(e, 0, a, 0);
    }

    private static boolean matches(String[] e, int i, String[] a, int j) {
        if (i == e.length) return j == a.length;
        if (e[i].equals("...")) {
            for (int k = j; k <= a.length; k++) if (matches(e, i + 1, a, k)) return true;
            return false;
        }
        return j < a.length && e[i].equals(a[j]) && matches(e, i + 1, a, j + 1);
    }

    private static String indent(String s) { return s.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("    (nothing)"); }

    @Test
    void everyPublicOp_hasAnExample() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<Class<?>, Path> c : SOURCES.entrySet()) {
            StringBuilder inputs = new StringBuilder();
            for (Example ex : examples(c.getValue())) ex.inputs().forEach(l -> inputs.append(l).append('\n'));
            for (Method m : c.getKey().getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) continue;
                String name = c.getKey().getSimpleName() + "." + m.getName();
                if (NOT_OPS.contains(name)) continue;
                Matcher called = Pattern.compile("(^|[^\\w$])" + Pattern.quote(m.getName()) + "\\(").matcher(inputs);
                if (!called.find()) missing.add(name);
            }
        }
        assertEquals(Set.of(), missing, "public ops without a jshell> example in their class's javadoc");
    }
}

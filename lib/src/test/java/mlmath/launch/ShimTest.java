package mlmath.launch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shims, run as a learner runs them: the same cases for run.sh (bash) and run.ps1 (where pwsh exists; elsewhere
 * run.ps1 is read for syntax that Windows PowerShell 5.1 lacks).
 */
class ShimTest {
    private static final Workspace WS = LauncherTest.WS;
    private static Path tmp, tools, fakeJdk;

    /** How each shim is started. */
    private static final Map<String, List<String>> SHIMS = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        assertTrue(Files.isRegularFile(WS.jar()), "build the jar first (./run.sh test does)");
        tmp = Files.createTempDirectory("mlmath-shim");
        SHIMS.put("run.sh", List.of(which("bash").toString(), "run.sh"));
        if (onPath("pwsh")) SHIMS.put("run.ps1", List.of(which("pwsh").toString(), "-NoProfile", "-File", "run.ps1"));
        // A PATH with only basic tools (plus what a case links in): a machine without java or mvn.
        tools = tmp.resolve("tools");
        Files.createDirectories(tools);
        for (String t : List.of("bash", "dirname", "sed", "head", "cut", "grep", "cat", "env", "pwsh")) {
            Path p = which(t);
            if (p != null) Files.createSymbolicLink(tools.resolve(t), p);
        }
        fakeJdk = tmp.resolve("old jdk");
        Files.createDirectories(fakeJdk.resolve("bin"));
    }

    private static boolean onPath(String program) { return which(program) != null; }

    private static Path which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /**
     * Runs a shim in {@code root} with {@code input} on stdin, in a UTF-8 locale unless {@code env} names another;
     * returns exit status and stdout+stderr.
     */
    private static Map.Entry<Integer, String> shim(String shim, Path root, Map<String, String> env, String input, String... args)
            throws Exception {
        List<String> cmd = new ArrayList<>(SHIMS.get(shim));
        cmd.set(cmd.size() - 1, root.resolve(cmd.get(cmd.size() - 1)).toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        e.put("MLMATH_HEADLESS", "1");
        Locales.set(e, Locales.UTF8);
        for (Map.Entry<String, String> kv : env.entrySet()) {
            if (kv.getValue() == null) e.remove(kv.getKey());
            else e.put(kv.getKey(), kv.getValue());
        }
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the shim finished");
        return Map.entry(p.exitValue(), out);
    }

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static void expect(Map.Entry<Integer, String> r, int status, String pattern) {
        assertEquals(status, r.getKey(), r.getValue());
        assertTrue(Pattern.compile(pattern, Pattern.MULTILINE).matcher(r.getValue()).find(), "/" + pattern + "/ in:\n" + r.getValue());
    }

    @TestFactory
    Stream<DynamicTest> refusals_areOneClearLine_withExit2() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String s : SHIMS.keySet()) {
            Path root = WS.root();
            tests.add(DynamicTest.dynamicTest(s + ": --help lists verbs and sections", () ->
                    expect(shim(s, root, env(), "", "--help"), 0, "^  03-probability$")));
            tests.add(DynamicTest.dynamicTest(s + ": unknown section", () ->
                    expect(shim(s, root, env(), "", "nosuch"), 2, "^unknown section 'nosuch'\\nsections:")));
            tests.add(DynamicTest.dynamicTest(s + ": a path is no section", () ->
                    expect(shim(s, root, env(), "", "../etc/passwd"), 2, "no paths allowed")));
            tests.add(DynamicTest.dynamicTest(s + ": unknown flag", () ->
                    expect(shim(s, root, env(), "", "bench", "--bogus"), 2, "bench: unknown option '--bogus'")));
            tests.add(DynamicTest.dynamicTest(s + ": no java", () ->
                    expect(shim(s, root, env("JAVA_HOME", null, "PATH", tools.toString()), "", "03"), 2, "no 'java' found")));
            tests.add(DynamicTest.dynamicTest(s + ": an invalid JAVA_HOME is named", () ->
                    expect(shim(s, root, env("JAVA_HOME", "/nonexistent"), "", "03"), 2, "JAVA_HOME is '/nonexistent', which has no bin/java")));
            tests.add(DynamicTest.dynamicTest(s + ": Java 11 is refused, naming the version", () -> {
                fakeJava("openjdk version \"11.0.2\" 2019-01-15");
                expect(shim(s, root, env("JAVA_HOME", fakeJdk.toString()), "", "03"), 2, "Java 11.0.2 found .* needs Java 17 or newer");
            }));
            tests.add(DynamicTest.dynamicTest(s + ": Java 8 is refused, naming the version", () -> {
                fakeJava("java version \"1.8.0_392\"");
                expect(shim(s, root, env("JAVA_HOME", fakeJdk.toString()), "", "03"), 2, "Java 1.8.0_392 found");
            }));
        }
        return tests.stream();
    }

    private static void fakeJava(String banner) throws IOException {
        Path java = fakeJdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho '" + banner + "' >&2\n");
        java.toFile().setExecutable(true);
    }

    /**
     * A copy of the checkout in a folder with spaces, sharing the built jar: its first start prepares the start-up
     * archive and fast copies by itself (the class path moved), opens section 02, runs a line typed at the prompt,
     * keeps going after a failing line, writes a plot typed just before /exit; the second start prepares nothing, nor
     * does a start under the POSIX locale, which marks verifies in ASCII.
     */
    @TestFactory
    Stream<DynamicTest> aMovedCheckout_preparesItsCachesAndRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String s : SHIMS.keySet()) {
            Path copy = copyOfCheckout(s);
            tests.add(DynamicTest.dynamicTest(s + ": first start prepares, section 02 runs, the REPL keeps going", () -> {
                var r = shim(s, copy, env(), "print(np.dot(u, v));\nnp.ones(2).add(np.ones(3));\nprint(\"after-error\");\n"
                        + "hist(\"at exit\", np.random.randn(500), 20);\n/exit\n", "02");
                expect(r, 0, "^Preparing a faster start");
                expect(r, 0, "^  02-linear-algebra +ready");
                expect(r, 0, "0\\.7$");
                expect(r, 0, "operands could not be broadcast together with shapes \\(2,\\) \\(3,\\)");
                expect(r, 0, "after-error");
                assertTrue(Files.size(copy.resolve("plots/at-exit.png")) > 0, "the plot queued at /exit was written");
                assertFalse(r.getValue().contains("WARNING"), r.getValue());
            }));
            tests.add(DynamicTest.dynamicTest(s + ": a second start prepares nothing", () -> {
                var r = shim(s, copy, env(), "/exit\n", "03");
                assertEquals(0, r.getKey(), r.getValue());
                assertFalse(r.getValue().contains("Preparing"), r.getValue());
                expect(r, 0, "^✓ softmax");
            }));
            tests.add(DynamicTest.dynamicTest(s + ": under the POSIX locale the marks are ASCII, and nothing is prepared", () -> {
                var r = shim(s, copy, env("LANG", Locales.POSIX, "LC_ALL", Locales.POSIX), "/exit\n", "03");
                assertEquals(0, r.getKey(), r.getValue());
                assertFalse(r.getValue().contains("Preparing"), r.getValue());
                expect(r, 0, "^\\[ok\\] softmax");
                assertFalse(r.getValue().contains("✓"), r.getValue());
            }));
            tests.add(DynamicTest.dynamicTest(s + ": an edited section is prepared again, alone", () -> {
                Path script = copy.resolve("scripts/01-the-map.jsh");
                Files.writeString(script, Files.readString(script) + "\nprint(\"edited\");\n");
                var r = shim(s, copy, env(), "/exit\n", "01");
                expect(r, 0, "^Preparing a faster start for 01-the-map\\.\\.\\.$");
                expect(r, 0, "^edited$");
            }));
            tests.add(DynamicTest.dynamicTest(s + ": a build needed without Maven is a clear error", () -> {
                Files.writeString(copy.resolve("lib/src/main/java/mlmath/Touched.java"), "package mlmath; class Touched {}\n");
                Path javaDir = Path.of(System.getProperty("java.home"), "bin");
                var r = shim(s, copy, env("JAVA_HOME", javaDir.getParent().toString(), "PATH", tools.toString()), "/exit\n", "03");
                expect(r, 2, "'mvn' was not found");
            }));
        }
        return tests.stream();
    }

    private static Path copyOfCheckout(String shim) throws IOException {
        Path copy = tmp.resolve("my work " + shim).resolve("mlmath copy");
        Files.createDirectories(copy.resolve("lib/target"));
        for (String f : List.of("run.sh", "run.ps1", "startup.jsh", "README.md")) Files.copy(WS.root().resolve(f), copy.resolve(f));
        copyTree(WS.scripts(), copy.resolve("scripts"));
        copyTree(WS.root().resolve("lib/src/main"), copy.resolve("lib/src/main"));
        Files.copy(WS.root().resolve("lib/pom.xml"), copy.resolve("lib/pom.xml"));
        // The built jar and its dependencies, as they are: the copy needs no build, only its own caches.
        Files.copy(WS.jar(), copy.resolve("lib/target/mlmath.jar"));
        Files.setLastModifiedTime(copy.resolve("lib/target/mlmath.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Files.createSymbolicLink(copy.resolve("lib/target/deps"), WS.target().resolve("deps"));
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    /** Without pwsh here, run.ps1 is read for syntax Windows PowerShell 5.1 does not have (PowerShell 7 only). */
    @Test
    void runPs1_usesOnlyWindowsPowerShell51Syntax_andTheSameMessages() throws IOException {
        String ps = Files.readString(WS.root().resolve("run.ps1"));
        String sh = Files.readString(WS.root().resolve("run.sh"));
        for (String seven : List.of("??", "?.", "&&", "||", "-Parallel", "$IsWindows", "$IsLinux", "clean {", "? :")) {
            for (String line : ps.split("\n")) {
                if (!line.strip().startsWith("#")) assertFalse(line.contains(seven), "PowerShell 7 only: '" + seven + "' in " + line);
            }
        }
        int depth = 0;
        for (char c : ps.replaceAll("(?m)#.*$", "").replaceAll("'[^']*'|\"[^\"]*\"", "").toCharArray()) {
            if (c == '{') depth++;
            if (c == '}') depth--;
            assertTrue(depth >= 0, "unbalanced braces");
        }
        assertEquals(0, depth, "unbalanced braces");
        // The two shims say the same things: every message run.sh can print, run.ps1 prints too.
        Matcher m = Pattern.compile("die \"([^\"]+)\"").matcher(sh);
        while (m.find()) {
            String msg = m.group(1).replaceAll("\\$[A-Z_]+|\\$\\{[^}]+}|'\\$[^']+'", "").replaceAll("\\s+", " ");
            for (String word : msg.split("[^A-Za-z]+")) {
                if (word.length() > 3) assertTrue(ps.contains(word), "run.ps1 lacks '" + word + "' of: " + m.group(1));
            }
        }
        for (String opt : List.of("-XX:+UseSerialGC", "-XX:Tier2InvokeNotifyFreqLog=17", "-XX:Tier2BackedgeNotifyFreqLog=18", "--enable-native-access=ALL-UNNAMED", "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED",
                "-Dai.djl.offline=true", "start-", ".aot", ".jsa", "-XX:AOTCache=", "-Xlog:aot=off", "-XX:SharedArchiveFile=", "Launcher")) {
            assertTrue(ps.contains(opt) && sh.contains(opt), opt);
        }
    }
}

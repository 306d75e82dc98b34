package mlmath.launch;

import mlmath.internal.TempFolder;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./run.sh test}: the unit tests (JUnit through Maven, the launcher's and the shims' cases among them), every
 * section headless, every section in exercise mode, and the README's snippets; then one closing line
 * {@code N passed, N failed} counting JUnit tests and sections. Every step runs with empty DJL and JavaCPP caches in
 * a temporary folder, so each run also covers a learner's first run on a new machine.
 */
final class TestRun {
    private static final Pattern CLOSING = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    private int passed, failed;
    /** JavaCPP's cache for every JVM of the run (it has no environment variable, only a system property). */
    private final Path javacpp;

    private TestRun(Path javacpp) { this.javacpp = javacpp; }

    static int run(Workspace ws) {
        TempFolder folder;
        try {
            folder = TempFolder.create("mlmath-test-caches");
        } catch (IOException e) {
            System.err.println("cannot make a temporary folder: " + e.getMessage());
            return 1;
        }
        Path caches = folder.path();
        Map<String, String> env = Map.of("DJL_CACHE_DIR", caches.resolve("djl").toString(), "MLMATH_HEADLESS", "1");
        TestRun t = new TestRun(caches.resolve("javacpp"));
        try {
            System.out.println("== native caches: " + caches + " (empty, as on a new machine)");
            t.unit(ws, env);
            t.step(ws, env, "check all", "check", "all");
            t.step(ws, env, "exercise mode loads every section", "check", "--exercise", "all");
            t.step(ws, env, "every exercise's solution passes, its stub fails", "check", "--solutions", "all");
            t.step(ws, env, "README snippets", "check", "readme");
        } finally {
            folder.close();
        }
        System.out.println();
        System.out.println(t.passed + " passed, " + t.failed + " failed");
        return t.failed == 0 ? 0 : 1;
    }

    /** JUnit through {@code mvn test} (no packaging: the running launcher's jar stays as it is), counted from Surefire's reports. */
    private void unit(Workspace ws, Map<String, String> env) {
        System.out.println("== unit tests (mvn test)");
        Path reports = ws.target().resolve("surefire-reports");
        TempFolder.deleteTree(reports);
        String mvn = System.getProperty("os.name", "").startsWith("Windows") ? "mvn.cmd" : "mvn";
        Path log = ws.target().resolve("unit-tests.log");
        int status = exec(ws, env, log, List.of(mvn, "-B", "-f", ws.root().resolve("lib").resolve("pom.xml").toString(),
                "test", "-Djavacpp.cachedir=" + javacpp));
        int[] counts = surefire(reports);
        // pom.xml's second-kernel profile is active where Maven reports the architecture as amd64.
        String arch = System.getProperty("os.arch", "");
        System.out.println(arch.equals("amd64") ? "   the linalg tests ran twice: on this CPU's OpenBLAS kernel and with OPENBLAS_CORETYPE=Sandybridge"
                : "   the linalg tests ran once: OPENBLAS_CORETYPE names x86-64 kernels only, and this is " + arch);
        if (status != 0) {
            for (String line : lines(log)) {
                if (line.contains("<<< FAIL") || line.matches("\\[ERROR]   \\S.*")) System.out.println("   " + line);
            }
        }
        tally("unit tests", counts[0] - counts[1], counts[1] + (status != 0 && counts[1] == 0 ? 1 : 0), status, log);
    }

    /** One launcher verb in a child JVM like this one; its closing {@code N passed, N failed} line is added up. */
    private void step(Workspace ws, Map<String, String> env, String name, String... verb) {
        System.out.println("== " + name);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-Dorg.bytedeco.javacpp.cachedir=" + javacpp);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(verb));
        Path log = ws.target().resolve("test-" + String.join("-", verb).replace("--", "") + ".log");
        int status = exec(ws, env, log, cmd);
        String out = String.join("\n", lines(log));
        for (String line : lines(log)) {
            if (line.startsWith("✗") || line.startsWith("!!") || line.matches("\\s+\\S+\\.jsh:.*")) System.out.println("   " + line);
        }
        Matcher m = CLOSING.matcher(out);
        int p = 0, f = 1;
        while (m.find()) {
            p = Integer.parseInt(m.group(1));
            f = Integer.parseInt(m.group(2));
        }
        tally(name, p, f + (status != 0 && f == 0 ? 1 : 0), status, log);
    }

    private void tally(String name, int p, int f, int status, Path log) {
        passed += p;
        failed += f;
        System.out.println("   " + p + " passed, " + f + " failed" + (status != 0 ? " (exit " + status + ", log " + log + ")" : ""));
    }

    private static int exec(Workspace ws, Map<String, String> env, Path log, List<String> cmd) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(ws.root().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
            pb.environment().putAll(env);
            return pb.start().waitFor();
        } catch (IOException e) {
            System.out.println("   cannot run " + cmd.get(0) + ": " + e.getMessage());
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Tests run and failed (failures + errors) summed over Surefire's TEST-*.xml reports. */
    static int[] surefire(Path reports) {
        int tests = 0, bad = 0;
        if (!Files.isDirectory(reports)) return new int[] {0, 0};
        try (Stream<Path> files = Files.list(reports)) {
            for (Path x : files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(x.toFile()).getDocumentElement();
                tests += Integer.parseInt(suite.getAttribute("tests")) - intOr0(suite.getAttribute("skipped"));
                bad += intOr0(suite.getAttribute("failures")) + intOr0(suite.getAttribute("errors"));
            }
        } catch (Exception e) {
            System.out.println("   cannot read the test reports: " + e.getMessage());
            return new int[] {tests, bad + 1};
        }
        return new int[] {tests, bad};
    }

    private static int intOr0(String s) { return s == null || s.isEmpty() ? 0 : Integer.parseInt(s); }

    private static List<String> lines(Path log) {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            return List.of();
        }
    }
}

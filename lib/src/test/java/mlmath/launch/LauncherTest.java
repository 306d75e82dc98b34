package mlmath.launch;

import mlmath.internal.Settings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {
    /** The checkout the tests run in (surefire's working folder is lib/). */
    static final Workspace WS = new Workspace(Path.of("..").toAbsolutePath().normalize());

    /** Runs the launcher with the given arguments; returns exit status and everything it printed. */
    static Map.Entry<Integer, String> launch(String... args) {
        return captured(() -> Launcher.run(WS, args));
    }

    static <T> Map.Entry<T, String> captured(Supplier<T> body) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            T result = body.get();
            return Map.entry(result, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void sectionNames_resolveByFullNameNumberOrWord() {
        for (String typed : new String[] {"03-probability", "03", "3", "probability"}) {
            assertEquals("03-probability.jsh", WS.section(typed).getFileName().toString(), typed);
        }
        assertEquals("02-linear-algebra.jsh", WS.section("linear-algebra").getFileName().toString());
    }

    @Test
    void unknownSection_isRefusedWithExit2_listingTheValidOnes() {
        var r = launch("nosuch");
        assertEquals(2, r.getKey());
        assertTrue(r.getValue().startsWith("unknown section 'nosuch'\nsections:\n  00-setup"), r.getValue());
        assertTrue(r.getValue().contains("  07-checkpoints"), r.getValue());
    }

    @Test
    void aVerbWithoutAPrompt_leavesTheSettingsAsTheyWere_evenWhenRefused() {
        Settings before = Settings.current();
        var r = launch("watch");   // refused inside the verb's headless scope
        assertEquals(2, r.getKey());
        assertSame(before, Settings.current());
    }

    @Test
    void paths_areRefused() {
        for (String bad : new String[] {"../etc/passwd", "a\\b", "scripts/03-probability.jsh", ".."}) {
            UsageException e = assertThrows(UsageException.class, () -> WS.section(bad));
            assertEquals("'" + bad + "' is not a section name (no paths allowed)", e.getMessage());
        }
        assertEquals(2, launch("check", "../03").getKey());
    }

    @Test
    void unknownOptionsAndExtraArguments_printTheUsage() {
        var r = launch("--bogus");
        assertEquals(2, r.getKey());
        assertTrue(r.getValue().startsWith("unknown option '--bogus'\nusage: ./run.sh"), r.getValue());
        assertEquals(2, launch("03", "04").getKey());
        assertEquals(2, launch("test", "--fast").getKey());
        assertEquals(2, launch("exercise").getKey());
        assertTrue(launch("exercise").getValue().contains("exercise takes one section"));
        assertEquals(2, launch("check", "03", "04").getKey());
        assertEquals(2, launch("check", "--bogus").getKey());
        assertEquals(2, launch("check", "--work", "03", "04").getKey());
    }

    @Test
    void bench_refusesUnknownFlags_beforeMeasuringAnything() {
        var r = launch("bench", "--bogus");
        assertEquals(2, r.getKey());
        assertEquals("bench: unknown option '--bogus' (use --quick and/or --only P1|P2|P3|P4|P5|P6)\n", r.getValue());
        assertEquals(2, launch("bench", "--only", "P9").getKey());
        assertEquals(2, launch("bench", "--only").getKey());
    }

    @Test
    void help_listsVerbsAndSections() {
        var r = launch("--help");
        assertEquals(0, r.getKey());
        assertTrue(r.getValue().contains("./run.sh check [SECTION|all|readme]"), r.getValue());
        assertTrue(r.getValue().contains("\n  03-probability\n"), r.getValue());
        assertTrue(r.getValue().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + r.getValue());
    }

    @Test
    void editor_comesFromTheEnvironment_orIsATerminalEditorOnThePath() {
        Map<String, String> env = Repl.environment();
        if (System.getenv("VISUAL") == null && System.getenv("EDITOR") == null && System.getenv("JSHELLEDITOR") == null) {
            // Never JShell's built-in Swing editor: it hangs a machine without a display.
            String editor = env.get("EDITOR");
            assertTrue(editor == null || editor.matches("nano|vim|vi|notepad.exe"), String.valueOf(editor));
        } else {
            assertEquals(System.getenv(), env);
        }
    }

    @Test
    void jarStaleness_followsTheSources() throws Exception {
        Path tmp = java.nio.file.Files.createTempDirectory("mlmath-stale");
        Workspace ws = new Workspace(tmp);
        Path source = tmp.resolve("lib/src/main/java/A.java");
        java.nio.file.Files.createDirectories(source.getParent());
        java.nio.file.Files.createDirectories(ws.target());
        java.nio.file.Files.writeString(tmp.resolve("lib/pom.xml"), "<project/>");
        java.nio.file.Files.writeString(source, "class A {}");
        assertTrue(Staleness.jarIsStale(ws), "no jar yet");
        java.nio.file.Files.writeString(ws.jar(), "jar");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        java.nio.file.Files.setLastModifiedTime(source, old);
        java.nio.file.Files.setLastModifiedTime(tmp.resolve("lib/pom.xml"), old);
        assertTrue(!Staleness.jarIsStale(ws), "jar newer than its sources");
        java.nio.file.Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertTrue(Staleness.jarIsStale(ws), "a source edited after the build");
    }

    @Test
    void guard_reportsAsJShellDoes_andNamesTheScriptLine() {
        Exception e = new IllegalStateException("boom", new ArithmeticException("inner"));
        String out = captured(() -> { Guard.report(e, "03-probability.jsh", 42); return 0; }).getValue();
        String[] lines = out.split("\n");
        assertEquals("Exception java.lang.IllegalStateException: boom", lines[0]);
        assertTrue(lines[1].startsWith("      at LauncherTest.guard_reportsAsJShellDoes_andNamesTheScriptLine (LauncherTest.java:"), out);
        assertTrue(out.contains("\nCaused by: java.lang.ArithmeticException: inner\n"), out);
        String none = captured(() -> { Guard.report(new NullPointerException(), "x.jsh", 1); return 0; }).getValue();
        assertTrue(none.startsWith("Exception java.lang.NullPointerException\n"), none);
    }
}

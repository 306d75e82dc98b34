package mlmath.launch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastCheckTest {
    /** A checkout with one section, whose prepared copy is {@code copy} (with a valid key, as if prepared from it). */
    private static Workspace withCopy(String section, String copy) throws Exception {
        Path root = Files.createTempDirectory("mlmath-fast-check");
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("startup.jsh"), "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n");
        Path script = root.resolve("scripts/01-one.jsh");
        Files.writeString(script, section);
        Workspace ws = new Workspace(root);
        Path prepared = FastCopy.path(ws, script);
        Files.createDirectories(prepared.getParent());
        Files.writeString(prepared, FastCopy.key(ws, script, StartCache.jarDigest(ws)) + " "
                + StartCache.digest(copy.getBytes(StandardCharsets.UTF_8)) + "\n" + copy);
        return ws;
    }

    @Test
    void aSectionWithACurrentCopy_isCheckedFromTheCopy() throws Exception {
        Workspace ws = withCopy("print(\"as written\");\n", "{\n    print(\"from the copy\");\n}\nverify(\"two\", np.ones(2).sum(), 2.0);\n");
        Map.Entry<Integer, String> run = LauncherTest.captured(() -> Launcher.run(ws, new String[] {"check", "all"}));
        String out = run.getValue();
        assertEquals(0, run.getKey(), out);
        assertTrue(out.contains("from the copy"), out);
        assertFalse(out.contains("as written"), out);
        assertTrue(out.matches("(?s).*\n01-one +1 +0 +0 +0 .*"), out);
    }

    @Test
    void aSectionNotPreparedForThisJar_isCheckedAsWritten_andLeavesItsCopyForTheNextCheck() throws Exception {
        Workspace ws = withCopy("var two = np.ones(2).sum();\nprint(\"two\", two);\n", "print(\"from an old copy\");\n");
        Path script = ws.sections().get(0);
        Files.writeString(FastCopy.path(ws, script), "// mlmath fast copy of another jar\nprint(\"from an old copy\");\n");
        for (int run = 0; run < 2; run++) {
            Map.Entry<Integer, String> check = LauncherTest.captured(() -> Launcher.run(ws, new String[] {"check", "all"}));
            assertEquals(0, check.getKey(), check.getValue());
            assertTrue(check.getValue().contains("two 2.0\n"), check.getValue());
            assertFalse(check.getValue().contains("old copy"), check.getValue());
            assertTrue(FastCopy.forSession(ws, script, StartCache.jarDigest(ws)) != null, "prepared by the first check");
        }
    }

    /** The copy's output is held back: what the table says about a failing line is the script's own run. */
    @Test
    void aCopyWhoseRunThrows_givesWayToTheScriptAsWritten_whichReportsTheLine() throws Exception {
        Workspace ws = withCopy("""
                print("as written");
                Object none = null;
                print(none.hashCode());
                print("still runs");
                """, """
                {
                    print("from the copy");
                    try { throw new IllegalStateException("in the copy"); } catch (Throwable e) { mlmath.launch.Guard.report(e, "01-one.jsh", 3); }
                }
                """);
        Map.Entry<Integer, String> run = LauncherTest.captured(() -> Launcher.run(ws, new String[] {"check", "all"}));
        String out = run.getValue();
        assertEquals(1, run.getKey(), out);
        assertFalse(out.contains("from the copy"), out);
        assertFalse(out.contains("in the copy"), out);
        assertTrue(out.contains("as written\n") && out.contains("still runs\n"), out);
        assertTrue(out.contains("\n    01-one.jsh:3 threw NullPointerException"), out);
        assertTrue(out.endsWith("\n0 passed, 1 failed\n"), out);
    }
}

package mlmath.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What /exit keeps from the prompt, in a workspace of one small section (graded in this JVM, as the launcher does). */
class KeepTest {
    private static final String SECTION = """
            // exercise: twice
            // hint: multiply by two
            double twice(double x) {
                return 2 * x;
            }
            // end
            verify("twice", twice(3), 6.0);
            """;
    private static final String TYPED = "double twice(double x) { return x + x; }";

    private static Workspace workspace(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/09-two.jsh"), SECTION);
        Files.writeString(dir.resolve("startup.jsh"), "import static mlmath.Workbook.*;\n");
        return new Workspace(dir);
    }

    @Test
    void aWorkFolderDeletedDuringTheSession_isMadeAgain_withTheSolutionIn(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        Path section = ws.section("09");
        var r = LauncherTest.captured(() -> Exercises.keep(ws, section, List.of("int y = 1;", TYPED), "kept", " from the prompt"));
        assertTrue(r.getKey(), r.getValue());
        assertTrue(r.getValue().contains("kept your twice from the prompt in work/09-two.jsh"), r.getValue());
        String work = Files.readString(ws.work().resolve("09-two.jsh"));
        assertTrue(work.contains(TYPED) && work.contains("// exercise: twice"), work);
    }

    @Test
    void theSameSolutionTypedAgainAfterAReset_isKeptAgain(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        Path section = ws.section("09");
        LauncherTest.captured(() -> Exercises.keep(ws, section, List.of(TYPED), "kept", " from the prompt"));
        LauncherTest.captured(() -> Exercises.reset(ws, section, "twice"));
        assertFalse(Files.readString(ws.work().resolve("09-two.jsh")).contains(TYPED));
        var again = LauncherTest.captured(() -> Exercises.keep(ws, section, List.of(TYPED), "kept", " from the prompt"));
        assertTrue(again.getValue().contains("kept your twice"), again.getValue());
        assertTrue(Files.readString(ws.work().resolve("09-two.jsh")).contains(TYPED));
    }

    @Test
    void aWrongSolution_isNotWritten_andSaysSo(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        var r = LauncherTest.captured(() -> Exercises.keep(ws, ws.section("09"), List.of("double twice(double x) { return x; }"), "kept", " from the prompt"));
        assertFalse(r.getKey());
        assertTrue(r.getValue().contains("your twice from the prompt does not pass its verifies and random cases yet: not written to work/09-two.jsh"), r.getValue());
    }

    @Test
    void aKilledSessionsOtherLines_areFiledUnderItsEndTime_besideTheKeptSolution(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        Path journal = killedJournal(ws, "var mine = 42;", TYPED);
        var r = LauncherTest.captured(() -> { Exercises.recover(ws); return true; });
        assertTrue(r.getValue().contains("recovered your twice"), r.getValue());
        String work = Files.readString(ws.work().resolve("09-two.jsh"));
        assertTrue(work.contains(TYPED), work);
        assertFalse(Files.exists(journal), "no longer a live session's journal");
        try (var files = Files.list(journal.getParent())) {
            List<Path> filed = files.toList();
            assertTrue(filed.size() == 1 && Files.readString(filed.get(0)).contains("var mine = 42;"), "the typed line is kept: " + filed);
            assertTrue(r.getValue().contains("what you typed in the session that ended") && r.getValue().contains(filed.get(0).getFileName().toString()), r.getValue());
        }
    }

    @Test
    void aSolutionFromAKilledSession_isRecoveredIntoAWorkFileNotYetMade(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        Path journal = killedJournal(ws, TYPED);
        var r = LauncherTest.captured(() -> { Exercises.recover(ws); return true; });
        assertTrue(r.getValue().contains("recovered your twice from the session that ended"), r.getValue());
        String work = Files.readString(ws.work().resolve("09-two.jsh"));
        assertTrue(work.contains(TYPED) && work.contains("// exercise: twice"), work);
        try (var files = Files.list(journal.getParent())) {
            assertTrue(files.toList().isEmpty(), "everything is in the work file");
        }
    }

    /** A journal of {@code typed} left by a session whose process is gone. */
    private static Path killedJournal(Workspace ws, String... typed) throws Exception {
        Process gone = new ProcessBuilder("java", "-version").start();
        gone.waitFor();
        Path journal = ws.work().resolve("journal/09-two.pid" + gone.pid() + ".jsh");
        Files.createDirectories(journal.getParent());
        StringBuilder text = new StringBuilder();
        for (String t : typed) text.append("// typed at 2026-12-08T01:56:34Z\n").append(t).append('\n');
        Files.writeString(journal, text);
        return journal;
    }
}

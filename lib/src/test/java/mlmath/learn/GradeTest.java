package mlmath.learn;

import mlmath.check.Exercise;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeTest {
    private static final String STARTUP = "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n";
    static final String SECTION = """
            // 09 · Two exercises.
            // exercise: twice
            // hint: multiply by two
            // hint: return 2 * x would do
            double twice(double x) {
                return 2 * x;
            }
            // end
            verify("twice", twice(3), 6.0);
            // exercise: ones
            Tensor ones(int n) {
                return np.ones(n);
            }
            // end
            verify("library ones", np.ones(2), np.ones(2));
            verify("ones", ones(2), np.ones(2));
            """;

    @Test
    void theStubbedSection_hasEveryExerciseOpen_andTheSectionItself_hasThemAllDone() {
        List<Exercise.Region> regions = Exercise.regions(SECTION);
        assertEquals(List.of("twice", "ones"), regions.stream().map(Exercise.Region::name).toList());
        assertEquals(List.of("multiply by two", "return 2 * x would do"), regions.get(0).hints());
        List<Grade.Item> stubbed = Grade.of(Exercise.stub(SECTION), STARTUP, regions);
        assertFalse(stubbed.get(0).done());
        // The library's verify in the span passes, but the learner's stub threw: no credit.
        assertFalse(stubbed.get(1).done(), stubbed.toString());
        List<Grade.Item> solved = Grade.of(SECTION, STARTUP, regions);
        assertTrue(solved.get(0).done() && solved.get(1).done(), solved.toString());
        assertEquals(2, solved.get(1).verifies());
        assertTrue(Grade.table("09-two", solved).endsWith("09-two: 2/2 exercises"));
    }

    @Test
    void aWorkFileThatNoLongerCompiles_saysWhichLine() {
        String broken = SECTION.replace("return 2 * x;", "return \"two\";");
        List<Grade.Item> items = Grade.of(broken, STARTUP, Exercise.regions(broken));
        assertFalse(items.get(0).done());
        assertEquals(List.of("line 5: incompatible types: java.lang.String cannot be converted to double", "line 9: cannot find symbol"),
                Grade.notCompiling());
        assertTrue(Grade.notCompiling().get(0).startsWith("line 5: "), Grade.notCompiling().toString());
        assertTrue(Grade.table("09-two", items).contains("  does not compile, line 5: "), Grade.table("09-two", items));
    }

    @Test
    void aWrongAnswer_isNotDone() {
        String wrong = SECTION.replace("return 2 * x;", "return 3 * x;");
        List<Grade.Item> items = Grade.of(wrong, STARTUP, Exercise.regions(wrong));
        assertFalse(items.get(0).done());
        assertTrue(items.get(1).done());
    }

    @Test
    void workFiles_areMadeOnce_resetKeepsABackup_andHintsComeOneAtATime() throws Exception {
        Path dir = Files.createTempDirectory("mlmath-work");
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Path section = scripts.resolve("09-two.jsh");
        Files.writeString(section, SECTION);
        Path work = WorkFiles.open(dir.resolve("work"), section);
        assertTrue(Files.readString(work).contains("throw new mlmath.Todo(\"twice\");"));
        Files.writeString(work, Files.readString(work).replace("throw new mlmath.Todo(\"twice\");", "return x + x;"));
        assertEquals(work, WorkFiles.open(dir.resolve("work"), section));
        assertTrue(Files.readString(work).contains("return x + x;"), "never overwritten");
        assertTrue(WorkFiles.reset(work, section, "twice"));
        assertTrue(Files.readString(work).contains("throw new mlmath.Todo(\"twice\");"));
        assertTrue(Files.readString(work.resolveSibling("09-two.jsh.bak")).contains("return x + x;"));
        assertFalse(WorkFiles.reset(work, section, "nosuch"));
        assertEquals("hint 1/2 for twice: multiply by two", WorkFiles.hint(scripts, "twice"));
        assertEquals("hint 2/2 for twice: return 2 * x would do", WorkFiles.hint(scripts, "twice"));
        assertTrue(WorkFiles.hint(scripts, "twice").contains("that was the last hint"));
        assertEquals("no exercise named 'thrice'; the exercises are: twice, ones", WorkFiles.hint(scripts, "thrice"));
    }
}

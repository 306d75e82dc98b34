package mlmath.learn;

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
        List<Grade.Item> stubbed = Grade.of(Exercise.stub(SECTION), STARTUP, regions).items();
        assertFalse(stubbed.get(0).done());
        // The library's verify in the span passes, but the learner's stub threw: no credit.
        assertFalse(stubbed.get(1).done(), stubbed.toString());
        Grade.Report solved = Grade.of(SECTION, STARTUP, regions);
        assertTrue(solved.items().get(0).done() && solved.items().get(1).done(), solved.toString());
        assertEquals(2, solved.items().get(1).verifies());
        assertTrue(Grade.table("09-two", solved).endsWith("09-two: 2/2 exercises"));
    }

    @Test
    void aWorkFileThatNoLongerCompiles_saysWhichLine() {
        String broken = SECTION.replace("return 2 * x;", "return \"two\";");
        Grade.Report report = Grade.of(broken, STARTUP, Exercise.regions(broken));
        assertFalse(report.items().get(0).done());
        assertEquals(List.of("line 5: incompatible types: java.lang.String cannot be converted to double", "line 9: cannot find symbol"),
                report.notCompiling());
        assertTrue(Grade.table("09-two", report).contains("  does not compile, line 5: "), Grade.table("09-two", report));
    }

    @Test
    void aWrongAnswer_isNotDone() {
        String wrong = SECTION.replace("return 2 * x;", "return 3 * x;");
        List<Grade.Item> items = Grade.of(wrong, STARTUP, Exercise.regions(wrong)).items();
        assertFalse(items.get(0).done());
        assertTrue(items.get(1).done());
    }

    @Test
    void anEndlessLoop_isCutOffAtTheTimeLimit_namedForItsExercise_andTheRestIsStillGraded() {
        // MLMATH_TIME_LIMIT is not set here: the default 10 s applies, so this test takes about that long.
        String looping = SECTION.replace("return 2 * x;", "while (true) { }");
        List<Grade.Item> items = Grade.of(looping, STARTUP, Exercise.regions(looping)).items();
        assertFalse(items.get(0).done());
        assertEquals("twice did not finish in 10 s — an endless loop?", items.get(0).problem());
        assertTrue(items.get(1).done(), "the next exercise is graded as usual: " + items);
        assertTrue(Grade.table("09-two", Grade.of(looping, STARTUP, Exercise.regions(looping))).contains("· to do: twice did not finish"));
    }

    @Test
    void aLoopingExercise_costsTheTimeLimitOnce_notOncePerSnippetThatCallsIt() {
        // Seven snippets call the looping twice: at the full 10 s each they would wait at least 70 s. Once one has been
        // cut off, the others get a second each, so the grade waits the limit once. The bound allows six limits, for a
        // loaded machine: it tells one limit from seven, it does not time the grade.
        String looping = SECTION.replace("return 2 * x;", "while (true) { }")
                .replace("verify(\"twice\", twice(3), 6.0);\n", "verify(\"twice\", twice(3), 6.0);\n" + "print(twice(1));\n".repeat(6));
        long start = System.nanoTime();
        List<Grade.Item> items = Grade.of(looping, STARTUP, Exercise.regions(looping)).items();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("twice did not finish in 10 s — an endless loop?", items.get(0).problem());
        assertTrue(items.get(1).done(), items.toString());
        assertTrue(seconds < 60, "the limit was waited out again and again: " + seconds + " s");
    }

    @Test
    void oneLineAllmanAnnotatedAndCommentedMethods_areAllFoundAndGraded() {
        for (String twice : List.of("double twice(double x) { return 2 * x; }",
                "double twice(double x)\n{\n    return 2 * x;\n}",
                "@SuppressWarnings(\"unused\")\ndouble twice(double x) /* doubles */ {\n    return 2 * x;\n}",
                "<T extends Number> double twice(T x) { return 2 * x.doubleValue(); }")) {
            String work = WorkFiles.withSolution(Exercise.stub(SECTION), "twice", "twice", twice).orElseThrow(() -> new AssertionError(twice));
            List<Grade.Item> items = Grade.of(work, STARTUP, Exercise.regions(work)).items();
            assertEquals(List.of("twice", "ones"), items.stream().map(Grade.Item::name).toList(), work);
            assertTrue(items.get(0).done(), twice + " → " + items);
        }
        assertTrue(WorkFiles.withSolution(Exercise.stub(SECTION), "twice", "twice", "double thrice(double x) { return 3 * x; }").isEmpty());
        assertTrue(WorkFiles.withSolution(Exercise.stub(SECTION), "twice", "twice", "int y = 2;").isEmpty());
    }

    @Test
    void workFiles_areMadeOnce_resetKeepsEveryEarlierVersion_andHintsComeOneAtATime() throws Exception {
        Path dir = Files.createTempDirectory("mlmath-work");
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Path section = scripts.resolve("09-two.jsh");
        Files.writeString(section, SECTION);
        Path work = WorkFiles.open(dir.resolve("work"), section);
        assertTrue(Files.readString(work).contains("throw new mlmath.learn.Todo(\"twice\");"));
        Files.writeString(work, Files.readString(work).replace("throw new mlmath.learn.Todo(\"twice\");", "return x + x;"));
        assertEquals(work, WorkFiles.open(dir.resolve("work"), section));
        assertTrue(Files.readString(work).contains("return x + x;"), "never overwritten");
        Path first = WorkFiles.reset(work, section, "twice").orElseThrow();
        assertTrue(Files.readString(work).contains("throw new mlmath.learn.Todo(\"twice\");"));
        assertTrue(Files.readString(first).contains("return x + x;"), "the version before the reset is kept in work/history/");
        assertEquals(dir.resolve("work").resolve("history"), first.getParent());
        Files.writeString(work, Files.readString(work).replace("throw new mlmath.learn.Todo(\"ones\");", "return np.ones(n);"));
        Path second = WorkFiles.reset(work, section, "ones").orElseThrow();
        assertTrue(Files.readString(first).contains("return x + x;") && Files.readString(second).contains("return np.ones(n);"),
                "a second reset keeps the first one's version too");
        assertTrue(WorkFiles.reset(work, section, "nosuch").isEmpty());
        assertEquals("hint 1/2 for twice: multiply by two", WorkFiles.hint(scripts, dir.resolve("work"), "twice"));
        assertEquals("hint 2/2 for twice: return 2 * x would do", WorkFiles.hint(scripts, dir.resolve("work"), "twice"));
        assertTrue(WorkFiles.hint(scripts, dir.resolve("work"), "twice").contains("that was the last hint"));
        assertEquals("no exercise named 'thrice'; the exercises are: twice, ones", WorkFiles.hint(scripts, dir.resolve("work"), "thrice"));
    }

    @Test
    void aWorkFileMadeBeforeTodoMoved_isPointedAtTheNewClass_andStillGradesItsStubsAsToDo() throws Exception {
        Path dir = Files.createTempDirectory("mlmath-work");
        Path section = Files.createDirectories(dir.resolve("scripts")).resolve("09-two.jsh");
        Files.writeString(section, SECTION);
        Path work = Files.createDirectories(dir.resolve("work")).resolve("09-two.jsh");
        Files.writeString(work, Exercise.stub(SECTION).replace("new mlmath.learn.Todo(", "new mlmath.Todo("));
        assertEquals(work, WorkFiles.open(dir.resolve("work"), section));
        String text = Files.readString(work);
        assertFalse(text.contains("new mlmath.Todo("), text);
        assertEquals(Exercise.stub(SECTION), text);
        Grade.Report report = Grade.of(text, STARTUP, Exercise.regions(text));
        assertEquals(List.of(), report.notCompiling());
        assertEquals(0, report.done());
    }

    @Test
    void aSoftmaxOverAxis0_isToDo_withTheAxisMistakeNamed_andItsSmallestCaseBesideTorchs() {
        String section = """
                // exercise: softmax
                // hint: one
                // hint: two
                Tensor softmax(Tensor z) {
                    var e = z.sub(z.max(-1, true)).exp();
                    return e.div(e.sum(-1, true));
                }
                // end
                verify("softmax of a vector", softmax(np.array(1.0, 2.0, 3.0)), torch.softmax(np.array(1.0, 2.0, 3.0), -1));
                """;
        String axis0 = section.replace("z.max(-1, true)", "z.max(0, true)").replace("e.sum(-1, true)", "e.sum(0, true)");
        Grade.Report right = Grade.of(section, STARTUP, Exercise.regions(section));
        assertTrue(right.items().get(0).done(), Grade.table("03", right));
        Grade.Report wrong = Grade.of(axis0, STARTUP, Exercise.regions(axis0));
        Grade.Item item = wrong.items().get(0);
        // Its one fixed verify uses a vector, where axis 0 is the last axis: only the random cases catch it.
        assertEquals(1, item.passed());
        assertFalse(item.done());
        String table = Grade.table("03-probability", wrong);
        assertTrue(table.contains("  softmax                    · to do (1/1 verifies, 12/24 random cases pass) — hint(\"softmax\")\n"
                + "      normalises over axis 0; a batch's softmax runs along each row, axis -1\n"
                + "      12 of 24 random cases differ from torch; the smallest:\n"
                + "      z = array([[0.],\n"), table);
        assertTrue(table.contains("      torch.softmax(z, -1): array([[1.],\n"), table);
    }

    @Test
    void theSolution_opensAfterAPass_orAfterBothHintsAndThreeWrongVersions() throws Exception {
        Path dir = Files.createTempDirectory("mlmath-work");
        Path scripts = Files.createDirectories(dir.resolve("scripts")), work = dir.resolve("work");
        Path startup = Files.writeString(dir.resolve("startup.jsh"), STARTUP);
        Files.writeString(scripts.resolve("09-two.jsh"), SECTION);
        Path file = WorkFiles.open(work, scripts.resolve("09-two.jsh"));
        String locked = WorkFiles.solution(scripts, work, startup, "twice");
        assertTrue(locked.startsWith("solution(\"twice\") opens once your twice passes in work/09-two.jsh,\n"), locked);
        assertTrue(locked.contains("(0/2 seen) and 3 wrong versions graded (0 so far"), locked);
        Progress progress = new Progress(work);
        for (String wrong : List.of("return 3 * x;", "return x;", "return 0;", "return  0;  ")) {
            String text = Files.readString(file).replaceAll("(?s)(double twice\\(double x\\) \\{\n).*?(\n}\n// end)", "$1    " + wrong.replace("$", "\\$") + "$2");
            progress.graded(text, Grade.of(text, STARTUP, Exercise.regions(text)));
        }
        assertEquals(3, progress.of("twice").failedAttempts(), "the same version with other spaces is one attempt");
        assertTrue(WorkFiles.solution(scripts, work, startup, "twice").contains("(0/2 seen) and 3 wrong versions graded (3 so far"));
        WorkFiles.hint(scripts, work, "twice");
        WorkFiles.hint(scripts, work, "twice");
        assertEquals("the solution of twice as 09-two writes it:\ndouble twice(double x) {\n    return 2 * x;\n}",
                WorkFiles.solution(scripts, work, startup, "twice"));
        // A pass opens it at once: the work file is graded when no pass is recorded yet.
        Files.writeString(file, Files.readString(file).replace("throw new mlmath.learn.Todo(\"ones\");", "return np.ones(n);"));
        assertTrue(WorkFiles.solution(scripts, work, startup, "ones").startsWith("yours passes; the solution of ones as 09-two writes it:\n"));
        assertEquals("no exercise named 'thrice'; the exercises are: twice, ones", WorkFiles.solution(scripts, work, startup, "thrice"));
    }
}

package mlmath.launch;

import mlmath.learn.Exercise;
import mlmath.learn.Headless;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseCopyTest {
    private static final String STARTUP = "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n";

    private static final String SECTION = """
            // A section with two exercises.
            var a = np.ones(3);
            // exercise: twice
            // hint: multiply
            // hint: by two
            double twice(double x) {
                return 2 * x;
            }
            // end
            double t = twice(a.sum().item());
            print("t", t);
            // exercise: halve
            // hint: divide
            // hint: by two
            double halve(double x) {
                double h = x / 2;
                return h;
            }
            // end
            print("h", halve(t));
            print("independent", a.sum());
            """;

    /** The section's snippets as the run preparing its fast copy classifies them. */
    private static FastCopy.Classified sectionRun() throws Exception {
        Path file = Files.createTempDirectory("section").resolve("09-test.jsh");
        Files.writeString(file, SECTION);
        return mlmath.learn.Silently.call(() -> FastCopy.classified(file, STARTUP, SECTION));
    }

    private static Optional<String> copy(FastCopy.Classified section, String work) {
        return copy(section, work, new java.util.ArrayList<>());
    }

    private static Optional<String> copy(FastCopy.Classified section, String work, List<String> notCompiling) {
        return ExerciseCopy.of(SECTION, section.ran(), section.variables(), "09-test.jsh", work, STARTUP, notCompiling);
    }

    /** Runs {@code text} on the workbook's engine (which stops a snippet as Ctrl-C does) after STARTUP. */
    private static String run(String text) { return FastCopyTest.run(text, STARTUP, Headless.ENGINE); }

    @Test
    void aFreshWorkFile_getsTheCopyThatRunningItGives() throws Exception {
        String work = Exercise.stub(SECTION);
        Path file = Files.createTempDirectory("work").resolve("09-test.jsh");
        Files.writeString(file, work);
        String ran = mlmath.learn.Silently.call(() -> FastCopy.forExercises(file, STARTUP));
        assertEquals(ran, copy(sectionRun(), work).orElseThrow());
    }

    @Test
    void theLearnersMethods_replaceTheSections_atTheWorkFilesLines() throws Exception {
        String work = Exercise.stub(SECTION).replace("throw new mlmath.learn.Todo(\"twice\");", "double y = x + x;\n    return y;");
        String copy = copy(sectionRun(), work).orElseThrow();
        assertTrue(copy.contains("double y = x + x;"), copy);
        assertFalse(copy.contains("return 2 * x;"), "the section's solution is not in the copy:\n" + copy);
        // print("t", t) is on line 10 of the work file (11 in the section): a failure there names line 10.
        assertTrue(copy.contains("\"09-test.jsh\", 10)"), copy);
        String out = run(copy);
        assertTrue(out.startsWith("t 6.0\n"), out);
        assertTrue(out.contains("TODO halve"), out);
        assertTrue(out.contains("independent 3.0"), out);
    }

    @Test
    void aMethodThatDoesNotCompile_isLoadedAsItsStub_saying_why() throws Exception {
        String work = Exercise.stub(SECTION).replace("throw new mlmath.learn.Todo(\"twice\");", "return \"two\" * x;");
        List<String> notCompiling = new java.util.ArrayList<>();
        String copy = copy(sectionRun(), work, notCompiling).orElseThrow();
        assertEquals(1, notCompiling.size(), notCompiling.toString());
        assertTrue(notCompiling.get(0).startsWith("09-test.jsh:4 does not compile: bad operand types"), notCompiling.toString());
        String out = run(copy);
        assertTrue(out.contains("TODO twice"), out);
        assertTrue(out.contains("independent 3.0"), out);
        assertFalse(out.contains("cannot find symbol"), out);
    }

    @Test
    void aMethodThatNeverEnds_isStoppedAtTheTimeLimit_andTheLoadGoesOn() throws Exception {
        String work = Exercise.stub(SECTION).replace("throw new mlmath.learn.Todo(\"twice\");", "while (x > 0) x = x + 1;\n    return x;");
        String out = run(copy(sectionRun(), work).orElseThrow());
        assertTrue(out.contains("09-test.jsh:9 " + mlmath.learn.TimeLimit.message() + " It is skipped."), out);
        assertTrue(out.contains("independent 3.0"), "the statements after it still run:\n" + out);
    }

    @Test
    void aWorkFileChangedOutsideItsExercises_orASignature_isRunInstead() throws Exception {
        FastCopy.Classified section = sectionRun();
        assertTrue(copy(section, Exercise.stub(SECTION) + "print(\"mine\", 1);\n").isEmpty());
        assertTrue(copy(section, Exercise.stub(SECTION).replace("double twice(double x)", "float twice(double x)")).isEmpty());
        assertTrue(copy(section, Exercise.stub(SECTION).replace("throw new mlmath.learn.Todo(\"twice\");", "return 1; }\nint more() {")).isEmpty(),
                "a region that is two methods");
    }
}

package mlmath.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseCheckTest {
    private static final String EXERCISE = """
            // exercise: twice
            double twice(double x) {
                return 2 * x;
            }
            // end
            """;

    /**
     * Each section passes when run as written; stubbed, the first throws a NullPointerException and the second prints
     * zeros, both because a method the stub breaks sets a variable no statement of the section assigns.
     */
    @Test
    void checkExercise_failsASectionOnAnExceptionOtherThanATodo_andOnOutputFromASkippedLine() throws Exception {
        Path root = Files.createTempDirectory("mlmath-exercise-check");
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("startup.jsh"), "import mlmath.tensor.*;\nimport static mlmath.Workbook.*;\n");
        Files.writeString(root.resolve("scripts/01-throws.jsh"), EXERCISE + """
                Tensor t = null;
                void fill() { t = np.ones(2).mul(twice(1)); }
                fill();
                print("sum", t.sum());
                """);
        Files.writeString(root.resolve("scripts/02-zeros.jsh"), EXERCISE + """
                double[] ys = new double[2];
                void fill() { for (int i = 0; i < 2; i++) ys[i] = twice(i + 1); }
                fill();
                print("ys", np.array(ys));
                """);
        Files.writeString(root.resolve("scripts/03-clean.jsh"), EXERCISE + """
                double[] ys = new double[2];
                for (int i = 0; i < 2; i++) ys[i] = twice(i + 1);
                print("ys", np.array(ys));
                print("plain", 1 + 1);
                """);
        Workspace ws = new Workspace(root);
        assertEquals(0, LauncherTest.captured(() -> Launcher.run(ws, new String[] {"check", "all"})).getKey());
        Map.Entry<Integer, String> run = LauncherTest.captured(() -> Launcher.run(ws, new String[] {"check", "--exercise", "all"}));
        String out = run.getValue();
        assertEquals(1, run.getKey(), out);
        assertTrue(out.contains("\n    01-throws.jsh:9 threw NullPointerException"), out);
        assertTrue(out.contains("\n    02-zeros.jsh: 1 printed line the finished section does not print, first: ys [0. 0.]"), out);
        assertTrue(out.endsWith("\n1 passed, 2 failed\n"), out);
    }
}

package mlmath.learn;

import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hints a learner gets after a line javac refused, from a real JShell with the workbook imported. */
class CompileHintsTest {
    private static JShell js;

    @BeforeAll
    static void start() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        js = Headless.jshell(quiet, quiet);
        for (String s : new String[] {"import mlmath.tensor.*;", "import static mlmath.Workbook.*;",
                "var q = np.arange(6).reshape(2, 3);", "int n = 2;", "long big = 1;", "var idx = np.array(new int[] {1, 0});", "double twice(double v) { return 2 * v; }"}) {
            js.eval(s);
        }
    }

    @AfterAll
    static void stop() { js.close(); }

    private static Optional<String> hintFor(String line) {
        SnippetEvent e = js.eval(line).get(0);
        return CompileHints.after(js, e.snippet());
    }

    @Test
    void aMisspeltName_getsTheClosestOneJShellWouldComplete() {
        assertEquals(Optional.of("hint: did you mean transpose?"), hintFor("q.reshape(3, 2).tranpose()"));
        assertEquals(Optional.of("hint: did you mean norm?"), hintFor("np.linalg.nrom(q)"));
        assertEquals(Optional.of("hint: did you mean arange?"), hintFor("print(np.arnage(3))"));
        assertEquals(Optional.of("hint: did you mean print?"), hintFor("prnt(q)"));
        assertEquals(Optional.of("hint: did you mean twice?"), hintFor("twcie(2)"));
        assertEquals(Optional.of("hint: did you mean shape()?"), hintFor("var s = q.shap;"));
    }

    @Test
    void anAssignmentToANameNotDeclared_isToldToDeclareIt_andAShortNameGetsNoGuess() {
        assertEquals(Optional.of("hint: declare it first: var y = np.zeros(3)"), hintFor("y = np.zeros(3)"));
        assertEquals(Optional.empty(), hintFor("print(y)"));
        // A short name used as a qualifier is a typo all the same.
        assertEquals(Optional.of("hint: did you mean np?"), hintFor("mp.zeros(3)"));
    }

    @Test
    void aSubscriptOnATensor_getsAtForAnInteger_getForAMaskOrIndexTensor() {
        assertEquals(Optional.of("hint: in Java, q[0] is q.at(0)"), hintFor("var r = q[0];"));
        assertEquals(Optional.of("hint: in Java, q[n - 1] is q.at(n - 1)"), hintFor("var r = q[n - 1];"));
        assertEquals(Optional.of("hint: in Java, q[idx] is q.get(idx)"), hintFor("var r = q[idx];"));
        // at(int...) takes ints, so a long is cast; a void expression has no type (the hint once threw and ended the session).
        assertEquals(Optional.of("hint: in Java, q[big] is q.at((int) big)"), hintFor("var r = q[big];"));
        assertEquals(Optional.of("hint: in Java, q[System.out.println()] is q.get(System.out.println())"),
                hintFor("var r = q[System.out.println()];"));
        assertEquals(Optional.of("hint: in Java, q[q > 2] is q.get(q.gt(2))"), hintFor("var r = q[q > 2];"));
        assertEquals(Optional.of("hint: in Java, q[1:, 0] is q.get(\"1:, 0\")"), hintFor("var r = q[1:, 0];"));
        assertEquals(Optional.of("hint: in Java, q[0, 1] is q.get(0, 1)"), hintFor("q[0, 1]"));
        assertEquals(Optional.empty(), hintFor("var a = new double[2, 3];"));
    }

    @Test
    void pythonHabitsComeFirst_andNothingIsGuessedFarAway() {
        assertEquals(Optional.of("hint: in Java, q.T is q.T()"), hintFor("var t = q.T;"));
        assertEquals(Optional.empty(), hintFor("q.banana()"));
        assertEquals(Optional.empty(), hintFor("int x = ;"));
    }
}

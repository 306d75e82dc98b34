package mlmath.learn;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PythonHabitsTest {
    @Test
    void pythonSpellings_getTheJavaOne() {
        assertEquals(Optional.of("hint: in Java, A @ B is A.matmul(B)"), PythonHabits.hint("A @ B"));
        assertEquals(Optional.of("hint: in Java, x.T @ W[0] is x.T().matmul(W[0])"), PythonHabits.hint("var y = x.T @ W[0];"));
        assertEquals(Optional.of("hint: in Java, A.shape is A.shape()"), PythonHabits.hint("A.shape"));
        assertEquals(Optional.of("hint: in Java, W.T is W.T()"), PythonHabits.hint("W.T"));
        assertEquals(Optional.of("hint: in Java, x ** 2 is x.pow(2)"), PythonHabits.hint("x ** 2"));
        assertEquals(Optional.of("hint: in Java, len(x) is x.shape()[0]"), PythonHabits.hint("len(x)"));
        assertEquals(Optional.empty(), PythonHabits.hint("A.shape()"));
        assertEquals(Optional.empty(), PythonHabits.hint("int x = ;"));
    }

    @Test
    void everyHabitInTheFragment_isRewritten_soTheHintCompiles() {
        assertEquals(Optional.of("hint: in Java, x.T @ x is x.T().matmul(x)"), PythonHabits.hint("x.T @ x"));
        assertEquals(Optional.of("hint: in Java, x.mean(-1, keepdims=True) is x.mean(-1, true)"), PythonHabits.hint("x.mean(-1, keepdims=True)"));
    }

    @Test
    void keywordArguments_constants_loopsAndImports_getTheJavaSpelling() {
        assertEquals(Optional.of("hint: in Java, x.sum(axis=0) is x.sum(0)"), PythonHabits.hint("var s = x.sum(axis=0);"));
        assertEquals(Optional.of("hint: in Java, np.sum(x, axis=0, keepdims=True) is np.sum(x, 0, true)"),
                PythonHabits.hint("np.sum(x, axis=0, keepdims=True)"));
        // Rewritten positionally these would mean something else (std(x, 1) is along axis 1) or not compile.
        Map<String, String> wrong = Map.of("np.std(x, ddof=1)", "np.std(x, 1)", "x.sum(keepdims=True, axis=0)", "x.sum(true, 0)",
                "x.mean(keepdims=True)", "x.mean(true)");
        wrong.forEach((python, java) -> assertFalse(PythonHabits.hint(python).orElse("").contains(java), python + ": " + PythonHabits.hint(python)));
        assertEquals(Optional.of("hint: in Java, True is true"), PythonHabits.hint("boolean b = True;"));
        assertEquals(Optional.of("hint: in Java, None is null"), PythonHabits.hint("None"));
        assertEquals(Optional.of("hint: in Java, for i in range(3): is for (int i = 0; i < 3; i++)"), PythonHabits.hint("for i in range(3): print(i)"));
        assertEquals(Optional.of("hint: in Java, np.arange(5)[::2] is np.arange(5).get(\"::2\")"), PythonHabits.hint("np.arange(5)[::2]"));
        assertEquals(Optional.of("hint: nothing to import: np, torch, F and plot(...) are ready at the prompt"), PythonHabits.hint("import numpy as np"));
        assertEquals(Optional.empty(), PythonHabits.hint("boolean b = x == 1;"));
        assertEquals(Optional.empty(), PythonHabits.hint("print(\"True\")"));
    }
}

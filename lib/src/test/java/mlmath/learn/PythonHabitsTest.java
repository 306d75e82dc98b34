package mlmath.learn;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonHabitsTest {
    @Test
    void pythonSpellings_getTheJavaOne() {
        assertEquals(Optional.of("hint: in Java, A @ B is A.matmul(B)"), PythonHabits.hint("A @ B"));
        assertEquals(Optional.of("hint: in Java, x.T @ W[0] is x.T.matmul(W[0])"), PythonHabits.hint("var y = x.T @ W[0];"));
        assertEquals(Optional.of("hint: in Java, A.shape is A.shape()"), PythonHabits.hint("A.shape"));
        assertEquals(Optional.of("hint: in Java, W.T is W.T()"), PythonHabits.hint("W.T"));
        assertEquals(Optional.of("hint: in Java, x ** 2 is x.pow(2)"), PythonHabits.hint("x ** 2"));
        assertEquals(Optional.of("hint: in Java, len(x) is x.shape()[0]"), PythonHabits.hint("len(x)"));
        assertEquals(Optional.empty(), PythonHabits.hint("A.shape()"));
        assertEquals(Optional.empty(), PythonHabits.hint("int x = ;"));
    }
}

package mlmath.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnsTest {
    @Test
    void theWidth_isTheTerminals_atMost80() {
        int width = Columns.width();
        assertTrue(width >= 40 && width <= 80, "width " + width);
    }

    @Test
    void aTrailingComment_losesItsAlignmentFirst_thenMovesAboveTheCode() {
        assertEquals(List.of("var w0 = W.slice(\":, 0\");  // the first unit"),
                Columns.code("var w0 = W.slice(\":, 0\");                 // the first unit", 45));
        assertEquals(List.of("    // the weights of the first output", "    // unit, (128,)", "    var w0 = W.slice(\":, 0\");"),
                Columns.code("    var w0 = W.slice(\":, 0\");        // the weights of the first output unit, (128,)", 40));
    }

    @Test
    void code_breaksBetweenTokens_thenBeforeACallInAChain_thenInsideAString() {
        assertEquals(List.of("verify(\"A @ W\", out,", "        torch.matmul(A, W));"),
                Columns.code("verify(\"A @ W\", out, torch.matmul(A, W));", 30));
        assertEquals(List.of("var s = np.linalg.svd(A2).Vt()", "        .T();"),
                Columns.code("var s = np.linalg.svd(A2).Vt().T();", 32));
        assertEquals(List.of("print(\"written and \" +", "        \"checked\");"),
                Columns.code("print(\"written and checked\");", 24));
        // A literal that receives a call is not split: "a" + "b".length() would mean something else.
        assertEquals(List.of("x =", "        \"aa bb cc dd\".length();"), Columns.code("x = \"aa bb cc dd\".length();", 20));
    }

    @Test
    void aTokenLongerThanTheWidth_staysWhole() {
        String token = "    " + "x".repeat(50) + ";";
        assertEquals(List.of(token), Columns.code(token, 40));
    }

    @Test
    void aHeading_isARuleAcrossTheWidth() {
        assertEquals(List.of("── 2. Softmax " + "─".repeat(16)), Columns.rule("2. Softmax", 32));
        for (String line : Columns.rule("3. A long heading that is wrapped between its words", 30)) {
            assertTrue(line.length() <= 30, line);
        }
    }
}

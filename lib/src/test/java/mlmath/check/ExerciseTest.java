package mlmath.check;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseTest {
    @Test
    void markedBodies_becomeThrowingStubs_andTheRestStays() {
        String script = """
                var x = 1;
                // exercise: softmax
                Tensor softmax(Tensor z) {
                    z = z.sub(z.max(-1, true));
                    return z.exp();
                }
                // end
                verify("softmax", softmax(x), torch.softmax(x, -1));
                """;
        String stubbed = Exercise.stub(script);
        assertTrue(stubbed.contains("Tensor softmax(Tensor z) {\n    throw new mlmath.Todo(\"softmax\");\n}\n// end\n"), stubbed);
        assertFalse(stubbed.contains("z.exp()"));
        assertTrue(stubbed.startsWith("var x = 1;\n"));
        assertTrue(stubbed.endsWith("verify(\"softmax\", softmax(x), torch.softmax(x, -1));\n"));
    }

    @Test
    void theStubsException_saysWhatToDo_andIsAnUnsupportedOperation() {
        UnsupportedOperationException e = new mlmath.Todo("softmax");
        assertEquals("TODO: implement softmax — see the comment above it", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void indentedMethodsInsideClasses_keepTheirIndent() {
        String script = "class A {\n    // exercise: step\n    int step(int t) {\n        return t + 1;\n    }\n    // end\n}\n";
        assertEquals("class A {\n    // exercise: step (write the body yourself; hint(\"step\") if you are stuck)\n    int step(int t) {\n"
                + "        throw new mlmath.Todo(\"step\");\n    }\n    // end\n}\n",
                Exercise.stub(script));
    }
}

package mlmath.learn;

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
        assertTrue(stubbed.contains("Tensor softmax(Tensor z) {\n    throw new mlmath.learn.Todo(\"softmax\");\n}\n// end\n"), stubbed);
        assertFalse(stubbed.contains("z.exp()"));
        assertTrue(stubbed.startsWith("var x = 1;\n"));
        assertTrue(stubbed.endsWith("verify(\"softmax\", softmax(x), torch.softmax(x, -1));\n"));
    }

    @Test
    void theStubsException_saysWhatToDo_andIsAnUnsupportedOperation() {
        UnsupportedOperationException e = new mlmath.learn.Todo("softmax");
        assertEquals("TODO: implement softmax — see the comment above it", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void anyBraceStyle_annotationsAndGenerics_keepTheirDeclaration_andOnlyTheBodyIsStubbed() {
        String script = "// exercise: a\ndouble a(double x) { return x; }\n// end\n"
                + "// exercise: b\n// hint: think\ndouble b(double x)\n{\n    return x;\n}\n// end\n"
                + "// exercise: c\n@SuppressWarnings(\"unused\")\n<T extends Number> double c(T x) /* why */ {\n    return 0;\n}\n// end\n";
        assertEquals(java.util.List.of("a", "b", "c"), Exercise.names(script));
        String stubbed = Exercise.stub(script);
        assertTrue(stubbed.contains("double a(double x) {\n    throw new mlmath.learn.Todo(\"a\");\n}\n"), stubbed);
        assertTrue(stubbed.contains("double b(double x)\n{\n    throw new mlmath.learn.Todo(\"b\");\n}\n"), stubbed);
        assertTrue(stubbed.contains("@SuppressWarnings(\"unused\")\n<T extends Number> double c(T x) /* why */ {\n    throw new mlmath.learn.Todo(\"c\");"), stubbed);
        assertFalse(stubbed.contains("think"), "hints stay out of the stub");
        assertEquals(java.util.Optional.of("c"), Exercise.regions(stubbed).get(2).method());
    }

    @Test
    void aRegionWithoutItsEnd_isNoExercise() {
        assertEquals(java.util.List.of("b"), Exercise.names("// exercise: a\nint a() { return 1; }\n// exercise: b\nint b() { return 2; }\n// end\n"));
    }

    @Test
    void indentedMethodsInsideClasses_keepTheirIndent() {
        String script = "class A {\n    // exercise: step\n    int step(int t) {\n        return t + 1;\n    }\n    // end\n}\n";
        assertEquals("class A {\n    // exercise: step (write the body yourself; hint(\"step\") if you are stuck)\n    int step(int t) {\n"
                + "        throw new mlmath.learn.Todo(\"step\");\n    }\n    // end\n}\n",
                Exercise.stub(script));
    }

    @Test
    void aWorkFileWithALatin1Byte_isReadAnyway_andTheFirstBadByteIsNamedOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("03-probability.jsh");
        byte[] text = "// ok\n// caf\u00e9 in UTF-8\nString s = \"d\u00e9j\u00e0\";\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] latin1 = "// and one in Latin-1: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.file.Files.write(file, java.nio.ByteBuffer.allocate(text.length + latin1.length).put(text).put(latin1).array());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        String read, again;
        try {
            read = ScriptFile.read(file);
            again = ScriptFile.read(file);
        } finally {
            System.setErr(before);
        }
        assertEquals("// ok\n// caf\u00e9 in UTF-8\nString s = \"d\u00e9j\u00e0\";\n// and one in Latin-1: caf\u00e9\n", read);
        assertEquals(read, again);
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.matches("(?s).*03-probability\\.jsh:4: byte 0xE9 is not UTF-8 .*"), said);
        assertEquals(1, said.lines().count(), "once per file: " + said);
    }
}

package mlmath.launch;

import jdk.jshell.JShell;
import mlmath.learn.Headless;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PromptOutputTest {
    @Test
    void plotEchoes_areLeftOut_andEverythingElsePasses() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        PrintStream out = PromptOutput.without(new PrintStream(raw, true, StandardCharsets.UTF_8));
        out.println("plot saved: plots/likelihood.png");
        out.println("$29 ==> Figure(\"likelihood\", /home/me/plots/likelihood.png)");
        out.println("fig ==> Figure(\"θ path\", sketch)");
        out.println("$30 ==> 2");
        out.print("jshell> ");
        out.flush();
        assertEquals("plot saved: plots/likelihood.png\n$30 ==> 2\njshell> ", raw.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLineWrittenAsInPython_getsAHintAfterJShellsError() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        PrintStream out = PromptOutput.without(new PrintStream(raw, true, StandardCharsets.UTF_8));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (JShell js = Headless.jshell(quiet, quiet)) {
            PromptOutput.typed(js, js.eval("A @ W").get(0));
            out.println("|  Error:");
            out.println("|  reached end of file while parsing");
            out.println("|   A @ W");
            out.print("|  ");
            out.flush();
            out.println("   ^-^");
            out.println("|  Error:");
            out.println("|     ^");
        }
        assertEquals("|  Error:\n|  reached end of file while parsing\n|   A @ W\n|     ^-^\nhint: in Java, A @ W is A.matmul(W)\n"
                        + "|  Error:\n|     ^\n",
                raw.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}

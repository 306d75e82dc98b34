package mlmath.launch;

import jdk.jshell.tool.JavaShellToolBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptHistoryTest {
    @Test
    void whatWasTyped_comesBackFromJShellsOwnHistory_multiLineSnippetsWhole() throws Exception {
        PromptHistory history = new PromptHistory(Map.of("HISTORY_LINE_0", "int old = 1;", "REPLAY_RESTORE", "int old = 1;"));
        String typed = "int twice(int x) {\n    return 2 * x;\n}\nString s = \"a\\\\\";\n/exit\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        JavaShellToolBuilder.builder().in(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), null)
                .out(ps).err(ps).persistence(history.map()).start("--execution", "local", "--no-startup");
        List<String> session = history.typedThisSession();
        assertEquals(List.of("int twice(int x) {\n    return 2 * x;\n}", "String s = \"a\\\\\";"), session, history.map().toString());
        assertTrue(history.map().values().contains("int old = 1;"), "earlier history stays");
    }
}

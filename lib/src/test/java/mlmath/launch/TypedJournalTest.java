package mlmath.launch;

import jdk.jshell.tool.JavaShellToolBuilder;
import mlmath.learn.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedJournalTest {
    @Test
    void eachSnippetAcceptedAtThePrompt_isOnDiskBeforeTheNextPrompt_andStartUpIsNot(@TempDir Path dir) throws Exception {
        Path startup = dir.resolve("startup.jsh");
        Files.writeString(startup, "int fromStartUp = 1;\n" + Repl.READY + "\n");
        Journal journal = Journal.start(dir.resolve("work"), "09-test");
        String path = journal.file().toString().replace("\\", "\\\\");
        String typed = "double kl(double p,\n          double q) { return p - q; }\n"
                + "boolean onDisk = java.nio.file.Files.readString(java.nio.file.Path.of(\"" + path + "\")).contains(\"double q) { return p - q; }\");\n"
                + "int broken = \"not an int\";\n"
                + "/exit\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        StatementEnds.journal = journal;
        try {
            JavaShellToolBuilder.builder().in(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), null)
                    .out(ps).err(ps).persistence(new HashMap<>()).start(arguments(startup));
        } finally {
            StatementEnds.journal = null;
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("onDisk ==> true"), out.toString(StandardCharsets.UTF_8));
        List<String> entries = journal.entries();
        assertEquals("double kl(double p,\n          double q) { return p - q; }", entries.get(0), "a method of two lines, whole");
        assertEquals(3, entries.size(), "start-up snippets are not journaled, a snippet that did not compile is: " + entries);
        assertEquals("int broken = \"not an int\";", entries.get(2));
    }

    /** The prompt's arguments ({@link Repl}): its engine, its view of the class path, a start-up file. */
    private static String[] arguments(Path startup) {
        List<String> args = new java.util.ArrayList<>(List.of("--execution", StatementEnds.NAME));
        args.addAll(mlmath.learn.JShellPaths.options());
        args.addAll(List.of("--startup", startup.toString()));
        return args.toArray(String[]::new);
    }
}

package mlmath.learn;

import jdk.jshell.JShell;

import java.io.PrintStream;

/**
 * The one way the learner's loop makes a JShell without a terminal (check, grading, lessons): in this JVM, on the
 * workbook's execution engine, with the prompt's view of the workbook ({@link JShellPaths}), so snippets share this
 * JVM's helpers and verify results, and compile as the learner's would.
 */
public final class Headless {
    private Headless() {}

    /** The execution engine's name: local execution that tells the workbook when each snippet has run. */
    public static final String ENGINE = "mlmath";

    /** A fresh JShell writing to {@code out} and {@code err}. */
    public static JShell jshell(PrintStream out, PrintStream err) {
        mlmath.linalg.LibraryThreads.start();
        return JShell.builder().executionEngine(ENGINE).out(out).err(err)
                .compilerOptions(JShellPaths.options().toArray(String[]::new)).build();
    }

    /** A fresh JShell primed with {@code startup}, whose own output (the banner) is not shown. */
    public static JShell primed(String startup, PrintStream out, PrintStream err) {
        JShell js = jshell(out, err);
        Silently.call(() -> {
            for (ScriptFile.Snippet s : ScriptFile.split(startup, js.sourceCodeAnalysis())) js.eval(s.source());
            return null;
        });
        return js;
    }
}

package mlmath.launch;

import jdk.jshell.JShell;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import mlmath.learn.Journal;
import mlmath.plot.Figure;

import java.util.Map;

/**
 * JShell's local execution ({@code --execution mlmath}) that tells the workbook when each snippet has run: a plot's
 * terminal sketch is printed then, complete after a chain of calls and before JShell prints the next value or prompt,
 * always in the same place of the output. It also follows the snippets JShell accepts once a session reaches its
 * prompt, into the session's {@link Journal}, so that nothing typed is lost when the session is killed.
 */
public final class StatementEnds implements ExecutionControlProvider {
    /** The name to give {@code --execution} or {@code JShell.builder().executionEngine(...)}. */
    public static final String NAME = mlmath.learn.Headless.ENGINE;

    @Override public String name() { return NAME; }

    /** The journal of the prompt session running in this JVM (set by {@link Repl}), or null. */
    static volatile Journal journal;

    /** The text of the section the next session loads as written (set by {@link Repl}), or null: see {@link SectionSketches}. */
    static volatile String asWritten;

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        Figure.sketchAtStatementEnds();
        follow(env);
        Control control = new Control();
        running = control;
        return control;
    }

    /** The execution of the JShell made last in this JVM: the one whose snippets {@link #stopSnippet} stops. */
    private static volatile Control running;

    /** Stops the snippet running now, as Ctrl-C at the prompt does; nothing when none runs. */
    static void stopSnippet() {
        Control c = running;
        if (c == null) return;
        try {
            c.stop();
        } catch (ExecutionControl.ExecutionControlException e) {
            // Nothing is running any more.
        }
    }

    /**
     * Lets the snippet that caught a {@link #stopSnippet stop} go on. JDK 21+ stops a snippet with a flag its loops
     * check until the next snippet starts; a guarded statement that caught the stop clears it, so the statements after
     * it in the same block still run. JDK 17 stops the thread once and has no flag.
     */
    static void resume() {
        Control c = running;
        if (c != null) c.resume();
    }

    private static final class Control extends LocalExecutionControl {
        @Override
        public String invoke(String className, String methodName) throws ExecutionControl.RunException,
                ExecutionControl.EngineTerminationException, ExecutionControl.InternalException {
            try {
                return super.invoke(className, methodName);
            } finally {
                Guard.snippetEnded();
                Figure.statementEnded();
            }
        }

        void resume() {
            try {
                findClass("REPL.$Cancel$").getField("allStop").setBoolean(null, false);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // JDK 17: no flag to clear.
            }
            Thread.interrupted();
        }
    }

    /**
     * Journals each snippet JShell accepts after the session's last start-up snippet ({@link Repl#ready}), written to
     * disk before JShell shows the next prompt. The JShell that makes this engine is the one the environment belongs
     * to (the launcher opens {@code jdk.jshell} to reach it); a JShell made again by {@code /reset} is followed anew.
     */
    private static void follow(ExecutionEnv env) {
        JShell js;
        try {
            java.lang.reflect.Field owner = env.getClass().getDeclaredField("this$0");
            owner.setAccessible(true);
            js = (JShell) owner.get(env);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (journal != null) System.err.println("mlmath: cannot follow what you type (start mlmath through ./run.sh);"
                    + " /save FILE keeps it by hand");
            return;
        }
        boolean[] atPrompt = {false};
        String section = asWritten;
        asWritten = null;
        // Made at the first snippet: JShell cannot analyse source while it makes its engine.
        SectionSketches[] sketches = {null};
        js.onSnippetEvent(e -> {
            if (e.causeSnippet() != null) return;
            String source = e.snippet().source();
            if (!atPrompt[0]) {
                atPrompt[0] = source.strip().equals(Repl.READY);
                if (section != null && sketches[0] == null) sketches[0] = new SectionSketches(section, js.sourceCodeAnalysis());
                if (section != null && atPrompt[0]) sketches[0].done();
                else if (section != null) sketches[0].ran(e);
                return;
            }
            PromptOutput.typed(js, e);
            Journal j = journal;
            if (j != null) j.append(source);
        });
    }
}

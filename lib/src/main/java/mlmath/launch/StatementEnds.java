package mlmath.launch;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import mlmath.plot.Figure;

import java.util.Map;

/**
 * JShell's local execution ({@code --execution mlmath}) that tells the workbook when each snippet has run: a plot's
 * terminal sketch is printed then, complete after a chain of calls and before JShell prints the next value or prompt,
 * always in the same place of the output.
 */
public final class StatementEnds implements ExecutionControlProvider {
    /** The name to give {@code --execution} or {@code JShell.builder().executionEngine(...)}. */
    public static final String NAME = "mlmath";

    @Override public String name() { return NAME; }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        Figure.sketchAtStatementEnds();
        return new LocalExecutionControl() {
            @Override
            public String invoke(String className, String methodName) throws ExecutionControl.RunException,
                    ExecutionControl.EngineTerminationException, ExecutionControl.InternalException {
                try {
                    return super.invoke(className, methodName);
                } finally {
                    Figure.statementEnded();
                }
            }
        };
    }
}

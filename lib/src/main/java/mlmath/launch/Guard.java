package mlmath.launch;

import java.io.PrintStream;

/**
 * Reports an exception from a statement of a fast copy ({@link FastCopy}) the way JShell reports one from a snippet
 * of a script it loads, so the copy prints what the script prints; the frame of the statement itself names the
 * script's file and line.
 */
public final class Guard {
    private Guard() {}

    /** Called from generated code: {@code catch (Throwable e) { mlmath.launch.Guard.report(e, "03-probability.jsh", 42); }}. */
    public static void report(Throwable e, String file, int line) {
        PrintStream err = System.err;
        StackTraceElement[] caused = null;
        boolean first = true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage();
            err.println((first ? "Exception " : "Caused by: ") + t.getClass().getName() + (msg == null ? "" : ": " + msg));
            StackTraceElement[] trace = userFrames(t.getStackTrace());
            int overlap = 0;
            if (caused != null) {
                while (overlap < Math.min(trace.length, caused.length)
                        && trace[trace.length - 1 - overlap].equals(caused[caused.length - 1 - overlap])) overlap++;
            }
            for (int i = 0; i < trace.length - overlap; i++) err.println("      at " + frame(trace[i]));
            if (overlap != 0) err.println("      ...");
            else if (first) err.println("      at (" + file + ":" + line + ")");
            caused = trace;
            first = false;
        }
    }

    /** The frames below the snippet's wrapper class (JShell puts snippets in package REPL), as JShell shows them. */
    // ---- exercise mode: what an unfinished exercise computes is missing, so what needs it is skipped, quietly ----

    private static final java.util.Set<String> TAINTED = new java.util.HashSet<>();
    private static final java.util.Set<String> PENDING = new java.util.LinkedHashSet<>();
    private static int skipped;

    /** The first line of an exercise-mode load, naming the exercises that are still stubs. */
    public static synchronized void startExercises(String... stubs) {
        TAINTED.clear();
        PENDING.clear();
        PENDING.addAll(java.util.List.of(stubs));
        skipped = 0;
    }

    /** Whether a statement may run: none of the variables it uses lost its value to an unfinished exercise. */
    public static synchronized boolean runs(String assigns, String... uses) {
        for (String u : uses) {
            if (TAINTED.contains(u)) {
                if (!assigns.isEmpty()) TAINTED.add(assigns);
                skipped++;
                return false;
            }
        }
        return true;
    }

    /** A statement of an exercise-mode load threw: a stub's TODO is counted, anything else is reported as usual. */
    public static synchronized void failed(Throwable e, String file, int line, String assigns) {
        if (!assigns.isEmpty()) TAINTED.add(assigns);
        if (e instanceof mlmath.Todo todo) {
            PENDING.add(todo.exercise());
            skipped++;
        } else {
            report(e, file, line);
        }
    }

    /** The last line of an exercise-mode load: one line per unfinished exercise and what was skipped for them. */
    public static synchronized void endExercises(String workFile) {
        for (String p : PENDING) System.out.println("TODO " + p + " — hint(\"" + p + "\")");
        if (skipped > 0) {
            System.out.println(skipped + " line" + (skipped == 1 ? " needs" : "s need") + " those and were skipped. Write them in "
                    + workFile + ", then /exit and ./run.sh exercise again (or keep ./run.sh watch open to see each turn ✓).");
        }
    }

    private static StackTraceElement[] userFrames(StackTraceElement[] trace) {
        int n = 0;
        while (n < trace.length && !trace[n].getClassName().startsWith("REPL.")) n++;
        return java.util.Arrays.copyOf(trace, n);
    }

    private static String frame(StackTraceElement f) {
        String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
        String loc = f.isNativeMethod() ? "Native Method" : f.getFileName() == null ? "Unknown Source"
                : f.getLineNumber() >= 0 ? f.getFileName() + ":" + f.getLineNumber() : f.getFileName();
        return cls + "." + f.getMethodName() + " (" + loc + ")";
    }
}

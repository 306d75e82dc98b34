package mlmath.launch;

import mlmath.learn.TimeLimit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports an exception from a statement of a fast copy ({@link FastCopy}) the way JShell reports one from a snippet
 * of a script it loads, so the copy prints what the script prints; the frame of the statement itself names the
 * script's file and line.
 */
public final class Guard {
    private Guard() {}

    /** Called from generated code: {@code catch (Throwable e) { mlmath.launch.Guard.report(e, "03-probability.jsh", 42); }}. */
    public static void report(Throwable e, String file, int line) {
        REPORTED.incrementAndGet();
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

    private static final java.util.concurrent.atomic.AtomicInteger REPORTED = new java.util.concurrent.atomic.AtomicInteger();

    /** How many exceptions {@link #report} has reported in this JVM: {@link FastCheck} tells a clean run of a copy by it. */
    static int reported() { return REPORTED.get(); }

    // ---- exercise mode: what an unfinished exercise computes is missing, so what needs it is skipped, quietly ----

    /** Variables whose value an unfinished exercise left unset or wrong, directly or through what was skipped. */
    private static final Set<String> TAINTED = new HashSet<>();
    private static final Set<String> PENDING = new LinkedHashSet<>();
    /** What statements threw other than a TODO, as {@code check} words it, for {@code check --exercise}. */
    private static final List<String> THREW = new ArrayList<>();
    private static int skipped;

    /** The first line of an exercise-mode load, naming the exercises that are still stubs. */
    public static synchronized void startExercises(String... stubs) {
        TAINTED.clear();
        PENDING.clear();
        PENDING.addAll(List.of(stubs));
        THREW.clear();
        skipped = 0;
        if (!loading) {
            loading = true;
            WATCH.execute(Guard::watch);
        }
    }

    /**
     * When the statement running now must end ({@link System#nanoTime}), or 0 while none runs: a learner's method that
     * loops forever is stopped at {@link TimeLimit#seconds} and reported, and the load goes on, as a run that classifies
     * the work file stops it ({@link TimeLimit#eval}).
     */
    private static volatile long deadline;
    /** Whether the statement running now was stopped at its deadline. */
    private static volatile boolean stopped;
    private static final java.util.concurrent.ExecutorService WATCH = mlmath.internal.DaemonThreads.worker("mlmath-exercise-watch", 0);

    /** Watches the deadlines of one exercise-mode load, until its last line. */
    private static void watch() {
        try {
            while (loading) {
                Thread.sleep(100);
                long d = deadline;
                if (d != 0 && System.nanoTime() - d > 0) {
                    stopped = true;
                    deadline = 0;
                    StatementEnds.stopSnippet();
                }
            }
        } catch (InterruptedException e) {
            // The JVM is ending.
        }
    }

    private static volatile boolean loading;

    /** A snippet ended: no statement of a load runs until the next one says so. */
    static void snippetEnded() { deadline = 0; }

    /**
     * Whether a statement may run: none of the variables it reads lost its value to an unfinished exercise. If one
     * did, the statement is skipped and the variables it writes lose theirs too; if none did, they have their value
     * from finished code (until the statement throws, {@link #failed}).
     */
    public static synchronized boolean runs(String[] writes, String... reads) {
        for (String r : reads) {
            if (TAINTED.contains(r)) {
                TAINTED.addAll(List.of(writes));
                skipped++;
                return false;
            }
        }
        TAINTED.removeAll(List.of(writes));
        deadline = System.nanoTime() + (long) (TimeLimit.seconds() * 1e9);
        return true;
    }

    /**
     * A statement of an exercise-mode load threw: the variables it writes lose their value; a stub's TODO is counted,
     * anything else is reported as usual.
     */
    public static synchronized void failed(Throwable e, String file, int line, String... writes) {
        deadline = 0;
        TAINTED.addAll(List.of(writes));
        if (stopped) {
            stopped = false;
            StatementEnds.resume();
            String said = file + ":" + line + " " + TimeLimit.message();
            System.err.println(said + " It is skipped.");
            THREW.add(said);
        } else if (e instanceof mlmath.learn.Todo todo) {
            PENDING.add(todo.exercise());
            skipped++;
        } else {
            report(e, file, line);
            THREW.add(file + ":" + line + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The last line of an exercise-mode load: one line per unfinished exercise and what was skipped for them. */
    public static synchronized void endExercises(String workFile) {
        loading = false;
        deadline = 0;
        summary(workFile).forEach(System.out::println);
    }

    /** The lines {@link #endExercises} prints. */
    static synchronized List<String> summary(String workFile) {
        List<String> lines = new ArrayList<>();
        for (String p : PENDING) lines.add("TODO " + p + " — hint(\"" + p + "\")");
        if (skipped > 0) {
            lines.addAll(mlmath.internal.WordWrap.message(skipped + " line" + (skipped == 1 ? " needs" : "s need") + " those and were skipped."
                    + " Write them in " + workFile + ", then /exit and ./run.sh exercise again (or keep ./run.sh watch open to see each turn ✓)."));
        }
        return lines;
    }

    /** What the statements of the last exercise-mode load threw other than TODOs, one line each. */
    static synchronized List<String> threw() { return List.copyOf(THREW); }

    /** The frames below the snippet's wrapper class (JShell puts snippets in package REPL), as JShell shows them. */
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

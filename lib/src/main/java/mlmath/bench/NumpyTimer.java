package mlmath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;

/**
 * numpy timed in a python3 process kept for one group of rows: {@code "op n calls"} in, numpy's seconds per call out
 * (timed in Python, so the pipe is not counted). The group's Python defines {@code data(n)}, the operands made from
 * {@code RandomState(0)} as the Java side makes them, and {@code ops}, each a function of those operands.
 */
final class NumpyTimer implements AutoCloseable {
    private static final String LOOP = """
            import sys, time
            import numpy as np
            %s
            print(np.__version__, *ops, flush=True)
            cache = {}
            for line in sys.stdin:
                op, n, calls = line.split()
                n, calls = int(n), int(calls)
                if n not in cache:
                    cache[n] = data(n)
                f, args = ops[op], cache[n]
                t = time.perf_counter()
                for _ in range(calls):
                    f(*args)
                print((time.perf_counter() - t) / calls, flush=True)
            """;
    private final Process process;
    private final java.util.Set<String> ops = new java.util.HashSet<>();
    private final BufferedReader out;
    private final Writer in;

    private NumpyTimer(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        this.in = new OutputStreamWriter(process.getOutputStream());
    }

    /** Null, after a one-line note, when python3 with numpy is not on this machine. */
    static NumpyTimer start(String definitions) {
        try {
            String script = String.format(LOOP, definitions.strip());
            NumpyTimer t = new NumpyTimer(new ProcessBuilder("python3", "-c", script)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
            String first = t.out.readLine();
            if (first != null) {
                String[] words = first.split(" ");
                t.ops.addAll(java.util.List.of(words).subList(1, words.length));
                System.out.println("  numpy " + words[0] + " (python3), timed in the same run");
                return t;
            }
        } catch (IOException e) {
            // no python3
        }
        System.out.println("  numpy columns skipped: python3 with numpy was not found");
        return null;
    }

    /** Whether this group's Python defined {@code op} (scipy's, for example, only when scipy is installed). */
    boolean has(String op) { return ops.contains(op); }

    /** numpy's seconds per op over {@code calls} calls in a row, after the same pause as {@link Timing#settled}. */
    double time(String op, int n, int calls) throws IOException {
        Timing.settle();
        return timeNow(op, n, calls);
    }

    /** The same, without the pause: for ops that start no threads. */
    double timeNow(String op, int n, int calls) throws IOException {
        in.write(op + " " + n + " " + calls + "\n");
        in.flush();
        String line = out.readLine();
        if (line == null) throw new IOException("numpy timer stopped (is '" + op + "' defined for it?)");
        return Double.parseDouble(line);
    }

    @Override public void close() {
        process.destroy();
    }
}

package mlmath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;

/**
 * numpy timed in a python3 process kept for one group of rows: {@code "op n calls"} in, numpy's seconds per call out,
 * wall-clock and the process's CPU time (timed in Python, so the pipe is not counted); or {@code "op n alloc"} in, the
 * bytes one call allocates out. The group's Python defines {@code data(n)}, the operands made from
 * {@code RandomState(0)} as the Java side makes them, and {@code ops}, each a function of those operands.
 */
final class NumpyTimer implements AutoCloseable {
    private static final String LOOP = """
            import sys, time, tracemalloc
            import numpy as np
            %s
            print(np.__version__, *ops, flush=True)
            def traced(f, args):
                tracemalloc.start()
                peaks = []
                for _ in range(3):
                    tracemalloc.reset_peak()
                    before = tracemalloc.get_traced_memory()[0]
                    kept = f(*args)
                    peaks.append(tracemalloc.get_traced_memory()[1] - before)
                    del kept
                tracemalloc.stop()
                return min(peaks)
            cache = {}
            for line in sys.stdin:
                op, n, calls = line.split()
                n = int(n)
                if n not in cache:
                    cache[n] = data(n)
                f, args = ops[op], cache[n]
                if calls == "alloc":
                    print(traced(f, args), flush=True)
                    continue
                calls = int(calls)
                t, cpu = time.perf_counter(), time.process_time()
                for _ in range(calls):
                    f(*args)
                print((time.perf_counter() - t) / calls, (time.process_time() - cpu) / calls, flush=True)
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
        return timeWithCpu(op, n, calls)[0];
    }

    /**
     * numpy's wall-clock and CPU seconds per op, without the pause (for ops that start no threads). CPU time is what a busy machine changes least: a
     * core taken by another process stretches the wall-clock, not the CPU time the op itself used.
     */
    double[] timeWithCpu(String op, int n, int calls) throws IOException {
        String[] seconds = reply(op, n + " " + calls).split(" ");
        return new double[] {Double.parseDouble(seconds[0]), Double.parseDouble(seconds[1])};
    }

    /**
     * The most memory one call of {@code op} holds at once, its result kept: tracemalloc's peak over the call (numpy
     * reports its data buffers to tracemalloc), the least of three calls. Tracing runs only here, as it slows Python.
     */
    long allocated(String op, int n) throws IOException {
        return Long.parseLong(reply(op, n + " alloc").strip());
    }

    private String reply(String op, String request) throws IOException {
        in.write(op + " " + request + "\n");
        in.flush();
        String line = out.readLine();
        if (line == null) throw new IOException("numpy timer stopped (is '" + op + "' defined for it?)");
        return line;
    }

    @Override public void close() {
        process.destroy();
    }
}

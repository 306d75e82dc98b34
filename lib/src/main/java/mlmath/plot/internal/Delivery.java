package mlmath.plot.internal;

import mlmath.internal.DaemonThreads;
import mlmath.internal.Settings;
import mlmath.internal.Terminal;
import mlmath.verify.Verifier;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.internal.chartpart.Chart;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gets one figure's pictures to the learner: a PNG written on a background thread (a burst of chained calls becomes
 * one write), a text sketch printed once the statement that drew it has ended, or a window.
 */
public final class Delivery {
    private static final AtomicInteger SAVED = new AtomicInteger();
    /**
     * Draws and writes PNGs, in order: a first chart costs about a second of font and Java2D start-up and each
     * redraw ~0.2 s, which the REPL thread should not wait for. One thread, because XChart is not thread-safe.
     */
    private static final ExecutorService PNG_WRITER = DaemonThreads.worker("mlmath-plots", 0);
    /** Prints sketches, apart from the PNG thread so a sketch never waits behind a slow PNG. */
    private static final ExecutorService SKETCHER = DaemonThreads.worker("mlmath-sketches", 0);
    private static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());
    /**
     * How long a sketch waits at most for the statement that drew it to end: JShell runs each snippet on a thread of
     * its own, so a chain ({@code plot(..).label(..).series(..)}) is printed once, complete, before the next prompt.
     */
    private static final long SKETCH_SETTLE_MS = 250;
    /** Figures whose sketch waits for the end of the statement that changed them (see {@link #statementEnded}). */
    private static final Queue<Delivery> UNSKETCHED = new ConcurrentLinkedQueue<>();
    private static volatile boolean atStatementEnds;
    /** While set, statement ends print nothing: a lesson's chunk sketches each figure once, when it ends. */
    private static volatile boolean held;

    static {
        // ImageIO's default temp-file cache registers a shutdown hook on first use, which fails when the first PNG is
        // written by the flush below; an in-memory cache needs no hook (and no temp file). Set on the PNG thread,
        // before any write there, because loading ImageIO takes a while.
        PNG_WRITER.execute(() -> javax.imageio.ImageIO.setUseCache(false));
        // Whatever is still queued when JShell exits gets written.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitPlots(10), "mlmath-plots-flush"));
    }

    // Drawing thread only (the PNG thread, or Swing's for a window).
    private final ChartRenderer renderer = new ChartRenderer();
    private JFrame frame;
    /** The chart the window's panel shows. */
    private Chart<?, ?> shownChart;
    /** The file last written, removed when a new title moves the figure. */
    private Path written;

    /** The newest picture not yet written: a burst of chained calls becomes one PNG write. */
    private final AtomicReference<Picture> pending = new AtomicReference<>();
    /** The newest sketch not yet printed, and the thread of the statement that made it. */
    private final AtomicReference<String> pendingSketch = new AtomicReference<>();
    private volatile Thread changedBy;
    /** Sketch thread only. */
    private String lastSketch = "";

    /** Shows the figure's newest picture where its mode says; a first picture written as a PNG is counted. */
    public void show(Picture p, boolean first) {
        if (p.mode() == Settings.PlotMode.WINDOW) {
            SwingUtilities.invokeLater(() -> showWindow(p));
            return;
        }
        if (p.mode().sketch()) {
            changedBy = Thread.currentThread();
            boolean waiting = pendingSketch.getAndSet(Sketch.of(p, Verifier.unicodeOutput(), Terminal.width())) != null;
            if (!waiting && atStatementEnds) UNSKETCHED.add(this);
            else if (!waiting) SKETCHER.execute(this::printPendingSketch);
        }
        if (p.mode().png() && pending.getAndSet(p) == null) PNG_WRITER.execute(this::writePending);
        if (first && p.mode().png()) SAVED.incrementAndGet();
    }

    /**
     * Writes the PNGs asked for from now on only once {@code release} completes, in order: a section replaying before
     * its prompt leaves the two cores to JShell's compiler (a first chart costs about a second of Java2D start-up), and
     * its plots are written as the prompt shows. Their paths print as before.
     */
    public static void holdPngsUntil(CompletableFuture<?> release) {
        PNG_WRITER.execute(() -> release.handle((done, failed) -> null).join());
    }

    /** How many PNG figures this JVM has written. */
    public static int saved() { return SAVED.get(); }

    /**
     * From now on sketches print when {@link #statementEnded} is called (the launcher's JShell engine calls it after
     * every snippet), instead of after a short wait on a thread of their own.
     */
    public static void sketchAtStatementEnds() { atStatementEnds = true; }

    /** Prints the sketches of the figures the statement that just ended made or changed, in order. */
    public static void statementEnded() {
        if (held) return;
        for (Delivery d; (d = UNSKETCHED.poll()) != null; ) d.printSketch();
    }

    /**
     * Runs {@code work} (several statements) and then prints the sketch of each figure it made or changed once, as
     * the figure is at the end: a figure built over several statements is not sketched after each of them.
     */
    public static void sketchOnceAfter(Runnable work) {
        held = true;
        try {
            work.run();
        } finally {
            held = false;
            statementEnded();
        }
    }

    /**
     * Whether the statement ends from now on print sketches: a section loaded as written holds them while it goes on
     * building a figure, so the figure is sketched once, complete, at the end of the statement that follows.
     */
    public static void holdSketches(boolean hold) { held = hold; }

    /** Prints the newest sketch once its statement has ended. */
    private void printPendingSketch() {
        try {
            changedBy.join(SKETCH_SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printSketch();
    }

    /** Prints the newest sketch, unless it repeats the last (a new axis label does not change it). */
    private synchronized void printSketch() {
        String text = pendingSketch.getAndSet(null);
        if (text == null || text.equals(lastSketch)) return;
        System.out.print(text);
        System.out.flush();
        lastSketch = text;
    }

    private void writePending() {
        Picture p = pending.getAndSet(null);
        if (p == null) return;
        try {
            Files.createDirectories(p.path().getParent());
            renderer.writePng(p, p.path());
            if (written != null && !written.equals(p.path())) Files.deleteIfExists(written);
            written = p.path();
        } catch (IOException | RuntimeException e) {
            String msg = "could not write plot " + p.path() + ": " + e.getMessage();
            FAILURES.add(msg);
            System.err.println(msg);
        }
    }

    /**
     * Waits (at most {@code seconds}) until every sketch asked for so far is printed and every PNG written, and
     * returns the writes that failed since the last call.
     */
    public static List<String> awaitPlots(int seconds) {
        Future<?> sketched = SKETCHER.submit(() -> { }), done = PNG_WRITER.submit(() -> { });
        try {
            sketched.get(seconds, TimeUnit.SECONDS);
            done.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            FAILURES.add("plots still being written after " + seconds + " s");
        }
        synchronized (FAILURES) {
            List<String> failed = List.copyOf(FAILURES);
            FAILURES.clear();
            return failed;
        }
    }

    /** Draws {@code p} in memory on the caller's thread, so the first real plot skips Java2D's cold start. */
    public static void warmUp(Picture p) {
        try {
            new ChartRenderer().pngBytes(p);
        } catch (IOException ignored) {
            // Only a warm-up: the real plot reports its own errors.
        }
    }

    /** Swing's thread only: the window, made on the first picture, shows the newest one. */
    private void showWindow(Picture p) {
        Chart<?, ?> chart = renderer.sync(p);
        if (frame == null) {
            frame = new JFrame();
            // Closing a chart must never end the JShell session.
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        }
        frame.setTitle(p.title());
        if (chart != shownChart) {
            // A new scale makes a new chart: the window takes a panel of the new size.
            frame.getContentPane().removeAll();
            frame.add(new XChartPanel<>(chart));
            frame.pack();
            shownChart = chart;
        } else {
            frame.getContentPane().repaint();
        }
        frame.setVisible(true);
    }
}

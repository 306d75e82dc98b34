package mlmath.verify;

import mlmath.internal.Ascii;
import mlmath.internal.Terminal;
import mlmath.internal.WordWrap;
import mlmath.tensor.internal.Buffers;
import mlmath.tensor.internal.ArrayFormat;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code verify}: compares the learner's values with a reference (normally torch), prints one ✓ line or an
 * {@code assert_close}-style report, records the outcome for {@code build()} and check mode, and never throws
 * for a mismatch.
 */
public final class Verifier {
    private Verifier() {}

    /** The seed's criterion: every element within 1e-5 of the reference. */
    public static final double DEFAULT_ATOL = 1e-5, DEFAULT_RTOL = 0;

    /** One recorded comparison. */
    public record Result(String name, boolean passed, String shape, double maxAbs, String reference, String message) {}

    private static final List<Result> RESULTS = new ArrayList<>();
    /** Where reports go; null means System.out as it is at the time (the launcher silences it during a replay). */
    private static PrintStream out;

    /** Sends reports to {@code stream} (tests capture them). */
    public static synchronized void setOutput(PrintStream stream) { out = stream; }

    private static PrintStream stream() { return out != null ? out : System.out; }

    /** All comparisons made so far, oldest first. */
    public static synchronized List<Result> results() { return List.copyOf(RESULTS); }

    public static synchronized void clearResults() { RESULTS.clear(); }

    /** Compares and reports; returns whether every element is close (NaN is close to nothing, as in torch). */
    public static boolean verify(String name, Object yours, Object reference, double atol, double rtol) {
        return verify(name, yours, reference, atol, rtol, false);
    }

    /** Compares and reports like torch's {@code assert_close(..., equal_nan=equalNan)}; returns whether every element is close. */
    public static synchronized boolean verify(String name, Object yours, Object reference, double atol, double rtol, boolean equalNan) {
        String label = name == null || name.isBlank() ? "verify" : name;
        if (yours == null || reference == null) {
            return fail(label, "", "", (yours == null ? "yours" : "the reference")
                    + " is null: did the function return a value?");
        }
        Tensor a, e;
        try {
            a = ArrayLike.toTensor(yours);
            e = ArrayLike.toTensor(reference);
        } catch (IllegalArgumentException ex) {
            return fail(label, "", "", ex.getMessage());
        }
        String ref = e.source() != null ? e.source() : "mlmath (not torch)";
        if (!a.shape().equals(e.shape())) {
            return fail(label, a.shape().toString(), ref,
                    "The values for attribute 'shape' do not match: " + torchSize(a.shape()) + " != " + torchSize(e.shape())
                            + ".\n  yours " + a.shape() + ", " + ref + " " + e.shape());
        }
        Closeness c = Closeness.of(a, e, atol, rtol, equalNan);
        if (c.passed()) {
            stream().println(fitted(mark(true) + " " + label, a.shape() + "  max|Δ| " + sci(c.maxAbs()), "vs " + ref));
            return record(new Result(label, true, a.shape().toString(), c.maxAbs(), ref, ""));
        }
        return fail(label, a.shape().toString(), ref, failureReport(a, e, c, atol, rtol));
    }

    private static String failureReport(Tensor a, Tensor e, Closeness c, double atol, double rtol) {
        if (a.size() == 1) {
            return "Scalars are not close!\n  Expected " + num(Buffers.data(e)[0]) + " but got " + num(Buffers.data(a)[0]) + ".\n"
                    + "  Absolute difference: " + num(c.maxAbs()) + " (up to " + num(atol) + " allowed)\n"
                    + "  Relative difference: " + num(c.maxRel()) + " (up to " + num(rtol) + " allowed)"
                    + nanNote(a, e, c, "");
        }
        String at = index(a.shape(), c.maxAbsIndex());
        return "Tensor-likes are not close!\n"
                + String.format(Locale.ROOT, "  Mismatched elements: %d / %d (%.1f%%)%n", c.mismatched(), c.total(), 100.0 * c.mismatched() / c.total())
                + "  Greatest absolute difference: " + num(c.maxAbs()) + " at index " + at + " (up to " + num(atol) + " allowed)\n"
                + "  Greatest relative difference: " + num(c.maxRel()) + " at index " + index(a.shape(), c.maxRelIndex())
                + " (up to " + num(rtol) + " allowed)\n"
                + "  At " + at + ": yours " + num(Buffers.data(a)[c.maxAbsIndex()]) + ", reference " + num(Buffers.data(e)[c.maxAbsIndex()])
                + nanNote(a, e, c, " at " + at);
    }

    /**
     * A last line when the worst element is a NaN (then it is the first mismatched NaN): whose NaN it is, and, when
     * both are NaN, how to let NaN match NaN; empty otherwise.
     */
    private static String nanNote(Tensor a, Tensor e, Closeness c, String at) {
        boolean mine = Double.isNaN(Buffers.data(a)[c.maxAbsIndex()]), theirs = Double.isNaN(Buffers.data(e)[c.maxAbsIndex()]);
        if (mine && theirs) {
            return "\n  NaN in both" + at + ": NaN is close to nothing, not even NaN"
                    + "\n  (verify(name, yours, reference, atol, rtol, true) lets NaN match NaN)";
        }
        if (mine || theirs) return "\n  NaN" + at + " in " + (mine ? "yours" : "the reference") + ": NaN is close to nothing";
        return "";
    }

    /** Prints the ✗ header and report, and records the failure. */
    private static boolean fail(String name, String shape, String ref, String message) {
        stream().println(fitted(mark(false) + " " + name, shape, ref.isEmpty() ? "" : "vs " + ref) + "\n  " + message);
        return record(new Result(name, false, shape, Double.NaN, ref, message));
    }

    /**
     * A verify line's parts (the mark and name, the shape and difference, the reference) two spaces apart, as many
     * on a line as fit the terminal (at most 80 columns, {@code Terminal.width()}); a part that does not
     * goes on the next line, indented, and a part too long for one line is broken between words, so a verify line
     * never wraps mid-word.
     */
    public static String fitted(String... parts) {
        WordWrap lines = new WordWrap(Terminal.width(), "    ", Ascii::columns);
        for (String part : parts) lines.words("  ", part);
        return String.join("\n", lines.lines());
    }

    private static boolean record(Result r) {
        RESULTS.add(r);
        return r.passed();
    }

    /** ✓ / ✗, or ASCII words where the terminal cannot show them. */
    public static String mark(boolean ok) {
        boolean utf = unicodeOutput();
        return ok ? (utf ? "✓" : "[ok]") : (utf ? "✗" : "[FAIL]");
    }

    /** Whether stdout is UTF-8, so ✓ and other non-ASCII marks show (plot sketches fall back to ASCII too). */
    public static boolean unicodeOutput() { return Ascii.unicodeTerminal(); }

    static String sci(double v) {
        if (Double.isNaN(v)) return "n/a";
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.1e", v);
    }

    private static String num(double v) {
        if (v == 0) return "0";
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6 ? String.format(Locale.ROOT, "%.8g", v).replaceFirst("\\.?0+$", "")
                : ArrayFormat.scalar(Double.parseDouble(String.format(Locale.ROOT, "%.6e", v)), DType.FLOAT64);
    }

    private static String torchSize(Shape s) {
        return "torch.Size(" + java.util.Arrays.toString(s.dims()) + ")";
    }

    private static String index(Shape shape, int flat) {
        if (shape.ndim() == 0) return "()";
        int[] dims = shape.dims(), idx = new int[dims.length];
        for (int d = dims.length - 1; d >= 0; d--) {
            idx[d] = flat % dims[d];
            flat /= dims[d];
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < idx.length; i++) sb.append(i == 0 ? "" : ", ").append(idx[i]);
        return sb.append(idx.length == 1 ? ",)" : ")").toString();
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's {@code repr} and {@code str} for arrays: precision 8, summarised past 1000 elements with 3 edge items, line
 * width 75, columns aligned, scientific notation when max ≥ 1e8, min nonzero &lt; 1e-4 or max/min &gt; 1e3; numpy 2's
 * repr of a scalar ({@code np.float64(1.25)}) and of a 0-d array ({@code array(1.25)}).
 */
public final class ArrayFormat {
    private ArrayFormat() {}

    static final int PRECISION = 8, THRESHOLD = 1000, EDGE = 3, LINE_WIDTH = 75;
    private static final String PREFIX = "array(";
    private static final RoundingMode[] NEAREST_THEN_NEIGHBOURS = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    /**
     * numpy 2's repr: {@code array([[1. , 0.5],\n       [2. , 3. ]])}; a 0-d array {@code array(1.25)}; a numpy
     * scalar {@code np.float64(1.25)}, {@code np.int64(3)} or {@code np.True_}.
     */
    public static String repr(Tensor t) {
        if (t.ndim() == 0) {
            if (Buffers.isPython(t)) return str(t);
            if (!Buffers.isScalar(t)) return PREFIX + formatElements(t, false)[0].strip() + ")";
            if (t.dtype() == DType.BOOL) return Buffers.data(t)[0] != 0 ? "np.True_" : "np.False_";
            return "np." + t.dtype().str() + "(" + str(t) + ")";
        }
        boolean summarise = t.size() > THRESHOLD;
        String body = t.size() == 0 ? "[]" : new Layout(t.shape().dims(), formatElements(t, summarise), summarise).repr();
        // numpy adds what the digits cannot show: the shape when summarised or empty (but not (0,)), the dtype when empty.
        List<String> extras = new ArrayList<>();
        if (summarise || (t.size() == 0 && t.ndim() != 1)) extras.add("shape=" + t.shape());
        if (t.size() == 0) extras.add("dtype=" + t.dtype().str());
        if (extras.isEmpty()) return PREFIX + body + ")";
        String head = PREFIX + body + ",", tail = String.join(", ", extras) + ")";
        int lastLine = head.length() - (head.lastIndexOf('\n') + 1);
        return head + (lastLine + 1 + tail.length() > LINE_WIDTH ? "\n" + " ".repeat(PREFIX.length()) : " ") + tail;
    }

    /**
     * numpy's str, what Python's {@code print} shows: an array as {@code [[1.  0.5]\n [2.  3. ]]} (the repr's digits,
     * spaces between), a 0-d value as its number ({@code 1.25}, {@code 3}, {@code True}).
     */
    public static String str(Tensor t) {
        if (t.ndim() == 0) return t.dtype() == DType.INT64 ? Long.toString(Buffers.longs(t)[0]) : scalar(Buffers.data(t)[0], t.dtype());
        if (t.size() == 0) return "[]";
        boolean summarise = t.size() > THRESHOLD;
        return new Layout(t.shape().dims(), formatElements(t, summarise), summarise).str();
    }

    /**
     * numpy's repr of a complex128 array from its parts: each part formatted over the whole array (the imaginary
     * part always signed), joined as {@code re±imj} with the 'j' before the padding, e.g. {@code array([0.+1.j, 0.-1.j])}.
     */
    public static String reprComplex(Tensor re, Tensor im) {
        if (re.size() == 0) {
            String shape = re.ndim() == 1 ? "" : "shape=" + re.shape() + ", ";
            return PREFIX + "[]" + ", " + shape + "dtype=complex128)";
        }
        boolean summarise = re.size() > THRESHOLD;
        String body = new Layout(re.shape().dims(), complexElements(re, im, summarise), summarise).repr();
        return PREFIX + body + (summarise ? ", shape=" + re.shape() : "") + ")";
    }

    /** numpy's str of a complex128 array from its parts: {@code [0.+1.j 0.-1.j]}. */
    public static String strComplex(Tensor re, Tensor im) {
        if (re.size() == 0) return "[]";
        boolean summarise = re.size() > THRESHOLD;
        return new Layout(re.shape().dims(), complexElements(re, im, summarise), summarise).str();
    }

    private static String[] complexElements(Tensor re, Tensor im, boolean summarise) {
        String[] words = formatElements(re, summarise), imag = formatElements(im, summarise);
        int width = 0;
        for (int i = 0; i < imag.length; i++) {
            String s = imag[i].stripLeading();
            imag[i] = s.startsWith("-") ? s : "+" + s;
            width = Math.max(width, imag[i].length());
        }
        for (int i = 0; i < words.length; i++) {
            String s = padLeft(imag[i], width), digits = s.stripTrailing();
            words[i] += digits + "j" + s.substring(digits.length());
        }
        return words;
    }

    /** A number as Python's {@code str} shows it: floats by the float repr rule (scientific below 1e-4 or from 1e16). */
    public static String scalar(double v, DType dtype) {
        if (dtype == DType.BOOL) return v != 0 ? "True" : "False";
        if (dtype == DType.INT64 && Double.isFinite(v)) return Long.toString((long) v);
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return 1 / v < 0 ? "-0.0" : "0.0";
        BigDecimal bd = shortest(v);
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent < -4 || exponent >= 16) return scientific(bd, Integer.MAX_VALUE, 2);
        String plain = bd.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** The elements that will be shown, formatted to one common width (numpy's FloatingFormat / IntegerFormat). */
    private static String[] formatElements(Tensor t, boolean summarise) {
        if (t.dtype() == DType.INT64) {
            // From the longs: int64 beyond 2^53 has no exact double.
            long[] x = Buffers.longs(t);
            int[] at = shownOffsets(t, summarise);
            String[] out = new String[at.length];
            int width = 0;
            for (int i = 0; i < at.length; i++) {
                out[i] = Long.toString(x[at[i]]);
                width = Math.max(width, out[i].length());
            }
            for (int i = 0; i < out.length; i++) out[i] = padLeft(out[i], width);
            return out;
        }
        double[] shown = shownValues(t, summarise);
        String[] out = new String[shown.length];
        if (t.dtype() == DType.BOOL) {
            // numpy pads True to the width of False so columns line up: array([ True, False]).
            for (int i = 0; i < shown.length; i++) out[i] = shown[i] != 0 ? " True" : "False";
            return out;
        }
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        boolean anyFinite = false, hasNegInf = false;
        for (double v : shown) {
            if (Double.isFinite(v)) {
                anyFinite = true;
                double a = Math.abs(v);
                if (a != 0) {
                    maxAbs = Math.max(maxAbs, a);
                    minAbs = Math.min(minAbs, a);
                }
            } else if (v == Double.NEGATIVE_INFINITY) {
                hasNegInf = true;
            }
        }
        boolean exp = maxAbs > 0 && (maxAbs >= 1e8 || minAbs < 1e-4 || maxAbs / minAbs > 1e3);
        return exp ? formatScientific(shown, out, anyFinite) : formatPositional(shown, out, hasNegInf);
    }

    private static String[] formatPositional(double[] shown, String[] out, boolean hasNegInf) {
        int padLeft = 0, padRight = 0;
        boolean hasNonFinite = false;
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i])) {
                hasNonFinite = true;
                continue;
            }
            out[i] = positional(shown[i]);
            int dot = out[i].indexOf('.');
            padLeft = Math.max(padLeft, dot);
            padRight = Math.max(padRight, out[i].length() - dot - 1);
        }
        if (hasNonFinite) padLeft = Math.max(padLeft, Math.max(3 - (padRight + 1), (hasNegInf ? 4 : 3) - (padRight + 1)));
        int width = padLeft + 1 + padRight;
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i])) {
                out[i] = padLeft(scalar(shown[i], DType.FLOAT64), width);
            } else {
                int dot = out[i].indexOf('.');
                out[i] = " ".repeat(padLeft - dot) + out[i] + " ".repeat(padRight - (out[i].length() - dot - 1));
            }
        }
        return out;
    }

    private static String[] formatScientific(double[] shown, String[] out, boolean anyFinite) {
        int fracDigits = 0, expDigits = 2, intWidth = 1;
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i])) continue;
            intWidth = Math.max(intWidth, 1 / shown[i] < 0 ? 2 : 1);
            if (shown[i] == 0) continue;
            // Each value's own digits: the shortest when it has at most 9, else 9 rounded; the widest sets the format.
            BigDecimal mantissa = shortest(shown[i]);
            if (mantissa.precision() > PRECISION + 1) {
                mantissa = new BigDecimal(shown[i]).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            }
            fracDigits = Math.max(fracDigits, mantissa.precision() - 1);
            int exponent = mantissa.precision() - mantissa.scale() - 1;
            expDigits = Math.max(expDigits, Integer.toString(Math.abs(exponent)).length());
        }
        int width = 0;
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i])) continue;
            // numpy fills the common digit count with the value's exact digits (min_digits), not with zeros: this
            // shows only for subnormals, whose few significant bits make 5e-324 print as 4.94065646e-324.
            out[i] = shown[i] == 0 ? zeroScientific(shown[i], fracDigits, expDigits)
                    : scientific(new BigDecimal(shown[i]).round(new MathContext(fracDigits + 1, RoundingMode.HALF_EVEN)),
                            fracDigits, expDigits);
            out[i] = padLeft(out[i], intWidth + out[i].length() - (out[i].startsWith("-") ? 2 : 1));
            width = Math.max(width, out[i].length());
        }
        for (int i = 0; i < shown.length; i++) {
            out[i] = padLeft(Double.isFinite(shown[i]) ? out[i] : scalar(shown[i], DType.FLOAT64), width);
        }
        return out;
    }

    private static String zeroScientific(double v, int fracDigits, int expDigits) {
        return (1 / v < 0 ? "-" : "") + "0." + "0".repeat(fracDigits) + "e+" + "0".repeat(expDigits);
    }

    /** {@code d.ddde±XX} with exactly {@code fracDigits} (or all, when MAX_VALUE) mantissa decimals. */
    private static String scientific(BigDecimal v, int fracDigits, int expDigits) {
        BigDecimal s = v.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int exponent = s.precision() - s.scale() - 1;
        String frac = digits.substring(1);
        if (fracDigits != Integer.MAX_VALUE) frac = frac + "0".repeat(Math.max(0, fracDigits - frac.length()));
        String mant = digits.charAt(0) + (frac.isEmpty() && fracDigits == Integer.MAX_VALUE ? "" : "." + frac);
        String exp = String.format("%0" + expDigits + "d", Math.abs(exponent));
        return (s.signum() < 0 ? "-" : "") + mant + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** Shortest round-trip digits, at most 8 after the point, trailing zeros trimmed but the point kept: {@code 1.}, {@code 0.5}. */
    static String positional(double v) {
        BigDecimal bd = shortest(v);
        if (bd.scale() > PRECISION) bd = new BigDecimal(v).setScale(PRECISION, RoundingMode.HALF_EVEN);
        String s = bd.stripTrailingZeros().toPlainString();
        if (bd.signum() == 0) s = (1 / v < 0 ? "-" : "") + "0";
        return s.contains(".") ? s : s + ".";
    }

    /**
     * The shortest decimal that reads back as {@code v} (the nearest such when several tie in length), trailing
     * zeros stripped — Python's {@code repr} and numpy's unique Dragon4 digits. {@code Double.toString} reads back
     * too, but before JDK 19 may carry a digit more ({@code 4.9E-324} for numpy's {@code 5e-324}), so shorter
     * lengths are tried from there down (a length that fails means every shorter one fails too).
     */
    static BigDecimal shortest(double v) {
        if (v == 0) return BigDecimal.ZERO;
        BigDecimal exact = new BigDecimal(v);
        int digits = new BigDecimal(Double.toString(v)).stripTrailingZeros().precision();
        while (digits > 1 && readsBack(exact, digits - 1, v) != null) digits--;
        return readsBack(exact, digits, v);
    }

    /** The {@code digits}-digit decimal nearest {@code exact} that reads back as {@code v}, or null if none does. */
    private static BigDecimal readsBack(BigDecimal exact, int digits, double v) {
        // Next to a power of two the gaps below and above v differ, so the farther neighbour may read back instead.
        for (RoundingMode mode : NEAREST_THEN_NEIGHBOURS) {
            BigDecimal candidate = exact.round(new MathContext(digits, mode));
            if (candidate.doubleValue() == v) return candidate.stripTrailingZeros();
        }
        return null;
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** The values numpy looks at when choosing a format: only the edge items when summarising. */
    private static double[] shownValues(Tensor t, boolean summarise) {
        if (!summarise) return Buffers.data(t);
        double[] x = Buffers.data(t);
        return java.util.Arrays.stream(shownOffsets(t, summarise)).mapToDouble(i -> x[i]).toArray();
    }

    /** Where those values sit in row-major order. */
    private static int[] shownOffsets(Tensor t, boolean summarise) {
        if (!summarise) return java.util.stream.IntStream.range(0, t.size()).toArray();
        int[] dims = t.shape().dims();
        int[][] picks = new int[dims.length][];
        int total = 1;
        for (int d = 0; d < dims.length; d++) {
            picks[d] = edgeIndices(dims[d]);
            total *= picks[d].length;
        }
        int[] strides = t.shape().strides();
        int[] out = new int[total];
        int[] counter = new int[dims.length];
        for (int o = 0; o < total; o++) {
            int off = 0;
            for (int d = 0; d < dims.length; d++) off += picks[d][counter[d]] * strides[d];
            out[o] = off;
            for (int d = dims.length - 1; d >= 0; d--) {
                if (++counter[d] < picks[d].length) break;
                counter[d] = 0;
            }
        }
        return out;
    }

    private static int[] edgeIndices(int len) {
        if (len <= 2 * EDGE) return java.util.stream.IntStream.range(0, len).toArray();
        int[] idx = new int[2 * EDGE];
        for (int i = 0; i < EDGE; i++) {
            idx[i] = i;
            idx[EDGE + i] = len - EDGE + i;
        }
        return idx;
    }

    /** numpy's {@code _formatArray}: nested brackets, wrapping at the line width, {@code ...} where summarised. */
    private static final class Layout {
        private final int[] dims;
        private final String[] words;
        private final boolean summarise;
        private String separator;
        private int next;

        Layout(int[] dims, String[] words, boolean summarise) {
            this.dims = dims;
            this.words = words;
            this.summarise = summarise;
        }

        /** The repr's body: commas, continuation lines under {@code array(}, the width less its closing {@code )}. */
        String repr() { return render(", ", " ".repeat(PREFIX.length() + 1), LINE_WIDTH - 1); }

        /** The str: spaces between elements, continuation lines under the first {@code [}. */
        String str() { return render(" ", " ", LINE_WIDTH); }

        private String render(String separator, String indent, int width) {
            this.separator = separator;
            return recurse(0, indent, width);
        }

        private String recurse(int axis, String indent, int width) {
            int len = dims[axis];
            boolean cut = summarise && len > 2 * EDGE;
            int leading = cut ? EDGE : len, trailing = cut ? EDGE : 0;
            int count = leading + trailing;
            String nextIndent = indent + " ";
            StringBuilder s = new StringBuilder();
            if (axis == dims.length - 1) {
                StringBuilder line = new StringBuilder(indent);
                for (int i = 0; i < count; i++) {
                    line = extend(s, line, words[next++], width - 1, indent);
                    if (i < count - 1) line.append(separator);
                    if (cut && i == leading - 1) {
                        line = extend(s, line, "...", width - 1, indent);
                        line.append(separator);
                    }
                }
                s.append(line);
            } else {
                String sep = separator.stripTrailing() + "\n".repeat(dims.length - 1 - axis);
                for (int i = 0; i < count; i++) {
                    s.append(indent).append(recurse(axis + 1, nextIndent, width - 1));
                    if (i < count - 1) s.append(sep);
                    if (cut && i == leading - 1) s.append(indent).append("...").append(sep);
                }
            }
            return "[" + s.substring(indent.length()) + "]";
        }

        private static StringBuilder extend(StringBuilder s, StringBuilder line, String word, int width, String indent) {
            if (line.length() + word.length() > width && line.length() > indent.length()) {
                s.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            return line.append(word);
        }
    }
}

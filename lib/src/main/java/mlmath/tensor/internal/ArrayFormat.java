package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numpy's {@code repr} for arrays: precision 8, summarised past 1000 elements with 3 edge items, line width 75,
 * columns aligned, scientific notation when max ≥ 1e8, min nonzero &lt; 1e-4 or max/min &gt; 1e3.
 */
public final class ArrayFormat {
    private ArrayFormat() {}

    static final int PRECISION = 8, THRESHOLD = 1000, EDGE = 3, LINE_WIDTH = 75;
    private static final String PREFIX = "array(";

    /** The full repr, e.g. {@code array([[1. , 0.5],\n       [2. , 3. ]])}. */
    public static String repr(Tensor t) {
        if (t.ndim() == 0) return scalar(Buffers.data(t)[0], t.dtype());
        if (t.size() == 0) {
            String shape = t.ndim() == 1 ? "" : "shape=" + t.shape() + ", ";
            return PREFIX + "[]" + ", " + shape + "dtype=" + t.dtype() + ")";
        }
        boolean summarise = t.size() > THRESHOLD;
        String[] words = formatElements(t, summarise);
        String body = new Layout(t.shape().dims(), words, summarise).render();
        return PREFIX + body + (summarise ? ", shape=" + t.shape() : "") + ")";
    }

    /** A 0-d result prints as a plain number with Python's float repr rule (scientific below 1e-4 or from 1e16). */
    public static String scalar(double v, DType dtype) {
        if (dtype == DType.BOOL) return v != 0 ? "True" : "False";
        if (dtype == DType.INT64 && Double.isFinite(v)) return Long.toString((long) v);
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return 1 / v < 0 ? "-0.0" : "0.0";
        BigDecimal bd = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent < -4 || exponent >= 16) return scientific(bd, Integer.MAX_VALUE, 2);
        String plain = bd.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** The elements that will be shown, formatted to one common width (numpy's FloatingFormat / IntegerFormat). */
    private static String[] formatElements(Tensor t, boolean summarise) {
        double[] shown = shownValues(t, summarise);
        String[] out = new String[shown.length];
        if (t.dtype() == DType.BOOL) {
            // numpy pads True to the width of False so columns line up: array([ True, False]).
            for (int i = 0; i < shown.length; i++) out[i] = shown[i] != 0 ? " True" : "False";
            return out;
        }
        if (t.dtype() == DType.INT64) {
            int width = 0;
            for (int i = 0; i < shown.length; i++) {
                out[i] = scalar(shown[i], DType.INT64);
                width = Math.max(width, out[i].length());
            }
            for (int i = 0; i < out.length; i++) out[i] = padLeft(out[i], width);
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
        BigDecimal[] mantissas = new BigDecimal[shown.length];
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i]) || shown[i] == 0) continue;
            mantissas[i] = new BigDecimal(shown[i]).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
            BigDecimal shortest = new BigDecimal(Double.toString(shown[i]));
            if (shortest.precision() <= PRECISION + 1) mantissas[i] = shortest;
            mantissas[i] = mantissas[i].stripTrailingZeros();
            fracDigits = Math.max(fracDigits, mantissas[i].precision() - 1);
            int exponent = mantissas[i].precision() - mantissas[i].scale() - 1;
            expDigits = Math.max(expDigits, Integer.toString(Math.abs(exponent)).length());
            intWidth = Math.max(intWidth, shown[i] < 0 ? 2 : 1);
        }
        int width = 0;
        for (int i = 0; i < shown.length; i++) {
            if (!Double.isFinite(shown[i])) continue;
            out[i] = shown[i] == 0 ? zeroScientific(shown[i], fracDigits, expDigits)
                    : scientific(mantissas[i], fracDigits, expDigits);
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
        BigDecimal bd = new BigDecimal(Double.toString(v));
        if (bd.scale() > PRECISION) bd = new BigDecimal(v).setScale(PRECISION, RoundingMode.HALF_EVEN);
        String s = bd.stripTrailingZeros().toPlainString();
        if (bd.signum() == 0) s = (1 / v < 0 ? "-" : "") + "0";
        return s.contains(".") ? s : s + ".";
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** The values numpy looks at when choosing a format: only the edge items when summarising. */
    private static double[] shownValues(Tensor t, boolean summarise) {
        if (!summarise) return Buffers.data(t);
        int[] dims = t.shape().dims();
        int[][] picks = new int[dims.length][];
        int total = 1;
        for (int d = 0; d < dims.length; d++) {
            picks[d] = edgeIndices(dims[d]);
            total *= picks[d].length;
        }
        int[] strides = t.shape().strides();
        double[] out = new double[total];
        int[] counter = new int[dims.length];
        for (int o = 0; o < total; o++) {
            int off = 0;
            for (int d = 0; d < dims.length; d++) off += picks[d][counter[d]] * strides[d];
            out[o] = Buffers.data(t)[off];
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
        private int next;

        Layout(int[] dims, String[] words, boolean summarise) {
            this.dims = dims;
            this.words = words;
            this.summarise = summarise;
        }

        String render() { return recurse(0, " ".repeat(PREFIX.length() + 1), LINE_WIDTH); }

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
                    boolean last = i == count - 1;
                    line = extend(s, line, words[next++], last ? width - 1 : width - 1, indent);
                    if (!last) line.append(", ");
                    if (cut && i == leading - 1) {
                        line = extend(s, line, "...", width - 1, indent);
                        line.append(", ");
                    }
                }
                s.append(line);
            } else {
                String sep = "," + "\n".repeat(dims.length - 1 - axis);
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

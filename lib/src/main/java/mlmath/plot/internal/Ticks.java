package mlmath.plot.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round tick values for one axis, as matplotlib's default locators choose them: steps of 1, 2 or 5 × 10ᵏ on a
 * linear axis (whole steps when the data are whole numbers), powers of ten on a log axis. Each tick carries its
 * label, written from the decimal step so no float noise ({@code 0.30000000000000004}) reaches the picture.
 */
public record Ticks(double[] values, String[] labels) {
    private static final int[] MANTISSAS = {1, 2, 5};

    /** A tick at each multiple of a 1-2-5 step inside {@code [lo, hi]}, at most {@code maxTicks} of them. */
    public static Ticks linear(double lo, double hi, int maxTicks, boolean wholeNumbers) {
        if (!(hi > lo)) return single(lo);
        // The smallest 1-2-5 step that gives at most maxTicks ticks (and a whole one on whole numbers).
        int exponent = (int) Math.floor(Math.log10((hi - lo) / Math.max(1, maxTicks))) - 1;
        BigDecimal step;
        for (int i = 0; ; i++) {
            step = BigDecimal.valueOf(MANTISSAS[i % 3]).scaleByPowerOfTen(exponent + i / 3);
            if (count(lo, hi, step) <= Math.max(1, maxTicks) && !(wholeNumbers && step.compareTo(BigDecimal.ONE) < 0)) break;
        }
        List<BigDecimal> at = new ArrayList<>();
        double s = step.doubleValue();
        for (long k = (long) Math.ceil(lo / s - 1e-9); k <= (long) Math.floor(hi / s + 1e-9); k++) {
            at.add(step.multiply(BigDecimal.valueOf(k)));
        }
        return of(at);
    }

    /**
     * Powers of ten inside {@code [lo, hi]} (every second or fifth decade when there are too many); within less than
     * two decades, 1-2-5 values such as 2, 5, 10, 20.
     */
    public static Ticks log(double lo, double hi, int maxTicks) {
        if (!(hi > lo) || lo <= 0) return single(lo);
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9), last = (int) Math.floor(Math.log10(hi) + 1e-9);
        List<BigDecimal> at = new ArrayList<>();
        if (last - first >= 1) {
            int stride = 1;
            while ((last - first) / stride + 1 > maxTicks) stride = stride == 1 ? 2 : stride == 2 ? 5 : stride * 2;
            for (int d = first; d <= last; d++) if (Math.floorMod(d, stride) == 0) at.add(BigDecimal.ONE.scaleByPowerOfTen(d));
        } else {
            for (int d = first - 1; d <= last; d++) {
                for (int m : new int[] {1, 2, 5}) {
                    BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(d);
                    if (v.doubleValue() >= lo * (1 - 1e-9) && v.doubleValue() <= hi * (1 + 1e-9)) at.add(v);
                }
            }
            if (at.size() < 2 || at.size() > maxTicks) return linear(lo, hi, maxTicks, false);
        }
        return of(at);
    }

    /** Up to four significant digits, without trailing zeros: the min/max labels of a sketch. */
    public static String compact(double v) {
        if (v == 0 || !Double.isFinite(v)) return v == 0 ? "0" : String.valueOf(v);
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) return plain(new BigDecimal(String.format(Locale.ROOT, "%.4g", v)));
        return scientific(new BigDecimal(String.format(Locale.ROOT, "%.3e", v)));
    }

    private static long count(double lo, double hi, BigDecimal step) {
        double s = step.doubleValue();
        return (long) Math.floor(hi / s + 1e-9) - (long) Math.ceil(lo / s - 1e-9) + 1;
    }

    private static Ticks single(double v) { return new Ticks(new double[] {v}, new String[] {compact(v)}); }

    private static Ticks of(List<BigDecimal> at) {
        double[] values = new double[at.size()];
        String[] labels = new String[at.size()];
        for (int i = 0; i < values.length; i++) {
            BigDecimal v = at.get(i);
            values[i] = v.doubleValue();
            double a = Math.abs(values[i]);
            labels[i] = a != 0 && (a < 1e-4 || a >= 1e6) ? scientific(v) : plain(v);
        }
        return new Ticks(values, labels);
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Python's way: {@code 1e-05}, {@code 2.5e+06}. */
    private static String scientific(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        String mantissa = plain(s.scaleByPowerOfTen(-exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
}

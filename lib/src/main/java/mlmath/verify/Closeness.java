package mlmath.verify;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.Tensor;

/**
 * torch {@code assert_close}'s element test, {@code |a − e| ≤ atol + rtol·|e|}: an infinity is close only to the
 * same infinity, and NaN is close to nothing, not even NaN, unless {@code equalNan} lets NaN match NaN. Also finds
 * the worst element for the report.
 */
public record Closeness(int mismatched, int total, double maxAbs, int maxAbsIndex, double maxRel, int maxRelIndex) {

    /** {@link #of(Tensor, Tensor, double, double, boolean)} with torch's default: NaN matches nothing. */
    public static Closeness of(Tensor yours, Tensor reference, double atol, double rtol) {
        return of(yours, reference, atol, rtol, false);
    }

    /**
     * Compares same-shaped data; the maxima are over mismatched elements when there are any, else over all. As in
     * torch's report, a mismatched NaN makes both maxima NaN, at the first such element.
     */
    public static Closeness of(Tensor yours, Tensor reference, double atol, double rtol, boolean equalNan) {
        double[] a = Buffers.data(yours), e = Buffers.data(reference);
        int bad = 0, absAt = -1, relAt = -1, absAtAll = -1;
        double maxAbs = 0, maxRel = 0, maxAbsAll = 0;
        for (int i = 0; i < a.length; i++) {
            boolean bothNan = Double.isNaN(a[i]) && Double.isNaN(e[i]);
            double diff = bothNan && equalNan ? 0 : difference(a[i], e[i]);
            double rel = diff == 0 ? 0 : diff / Math.abs(e[i]);
            boolean ok = bothNan ? equalNan : ok(a[i], e[i], diff, atol, rtol);
            if (diff > maxAbsAll || absAtAll < 0) {
                maxAbsAll = diff;
                absAtAll = i;
            }
            if (!ok) {
                bad++;
                // Once a NaN holds a maximum it keeps it (NaN > x is false for every x): the first NaN is the one shown.
                if (absAt < 0 || diff > maxAbs || Double.isNaN(diff) && !Double.isNaN(maxAbs)) {
                    maxAbs = diff;
                    absAt = i;
                }
                if (relAt < 0 || rel > maxRel || Double.isNaN(rel) && !Double.isNaN(maxRel)) {
                    maxRel = rel;
                    relAt = i;
                }
            }
        }
        if (bad == 0) return new Closeness(0, a.length, maxAbsAll, absAtAll, 0, absAtAll);
        return new Closeness(bad, a.length, maxAbs, absAt, maxRel, relAt);
    }

    /** |a − e|, NaN when either is NaN, and 0 for the same infinity (∞ − ∞ would be NaN). */
    private static double difference(double a, double e) {
        if (Double.isInfinite(a) && a == e) return 0;
        return Math.abs(a - e);
    }

    private static boolean ok(double a, double e, double diff, double atol, double rtol) {
        if (Double.isNaN(a) || Double.isNaN(e)) return false;
        if (Double.isInfinite(a) || Double.isInfinite(e)) return a == e;
        return diff <= atol + rtol * Math.abs(e);
    }

    public boolean passed() { return mismatched == 0; }
}

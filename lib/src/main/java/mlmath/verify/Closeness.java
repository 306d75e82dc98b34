package mlmath.verify;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.Tensor;

/**
 * torch {@code assert_close}'s element test, {@code |a − e| ≤ atol + rtol·|e|}, with NaN equal only to NaN and an
 * infinity equal only to the same infinity; also finds the worst element for the report.
 */
public record Closeness(int mismatched, int total, double maxAbs, int maxAbsIndex, double maxRel, int maxRelIndex) {

    /** Compares same-shaped data; the maxima are over mismatched elements when there are any, else over all. */
    public static Closeness of(Tensor yours, Tensor reference, double atol, double rtol) {
        double[] a = Buffers.data(yours), e = Buffers.data(reference);
        int bad = 0, absAt = -1, relAt = -1, absAtAll = -1;
        double maxAbs = 0, maxRel = 0, maxAbsAll = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = difference(a[i], e[i]);
            double rel = diff == 0 ? 0 : diff / Math.abs(e[i]);
            boolean ok = ok(a[i], e[i], diff, atol, rtol);
            if (diff > maxAbsAll || absAtAll < 0) {
                maxAbsAll = diff;
                absAtAll = i;
            }
            if (!ok) {
                bad++;
                if (absAt < 0 || diff > maxAbs) {
                    maxAbs = diff;
                    absAt = i;
                }
                if (relAt < 0 || rel > maxRel) {
                    maxRel = rel;
                    relAt = i;
                }
            }
        }
        if (bad == 0) return new Closeness(0, a.length, maxAbsAll, absAtAll, 0, absAtAll);
        return new Closeness(bad, a.length, maxAbs, absAt, maxRel, relAt);
    }

    private static double difference(double a, double e) {
        if (Double.isNaN(a) && Double.isNaN(e)) return 0;
        if (Double.isInfinite(a) && a == e) return 0;
        return Math.abs(a - e);
    }

    private static boolean ok(double a, double e, double diff, double atol, double rtol) {
        if (Double.isNaN(a) || Double.isNaN(e)) return Double.isNaN(a) && Double.isNaN(e);
        if (Double.isInfinite(a) || Double.isInfinite(e)) return a == e;
        return diff <= atol + rtol * Math.abs(e);
    }

    public boolean passed() { return mismatched == 0; }
}

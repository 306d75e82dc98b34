package mlmath.random;

import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The C library's {@code log}, {@code exp}, {@code pow} and {@code log1p}, the functions numpy's distributions call. glibc's
 * are not correctly rounded — its log comes out an ulp off on about 1 input in 1250 — so no Java function gives
 * numpy's draws (Math.log differs on those inputs, StrictMath.log on 7 in 100); calling the same C functions does.
 * Bound through JNA (a DJL dependency, its native part inside its jar); where they cannot be bound, {@link Math}'s
 * stand in. On Linux, whose C libraries document their log's error, {@link LibmLog} answers most logs without the
 * native call (about 75 ns each).
 */
final class CMath {
    private CMath() {}

    private static final boolean BOUND = bind(), LOG_BOUNDED = BOUND && Platform.isLinux();

    private static boolean bind() {
        try {
            Native.register(CMath.class, Platform.MATH_LIBRARY_NAME);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false; // no JNA or no C math library here: Math.log differs from it on about 1 draw in 3000
        }
    }

    /** Bound by JNA to the C symbols of the same names. */
    static native double log(double x);

    private static native double exp(double x);

    private static native double pow(double x, double y);

    private static native double log1p(double x);

    /** {@code log(x)} computed as numpy computes it. */
    static double logOf(double x) {
        if (!BOUND) return Math.log(x);
        double y = LOG_BOUNDED ? LibmLog.ifCertain(x) : Double.NaN;
        return Double.isNaN(y) ? log(x) : y;
    }

    /** {@code exp(x)} computed as numpy computes it. */
    static double expOf(double x) { return BOUND ? exp(x) : Math.exp(x); }

    /** {@code log1p(x)} computed as numpy computes it. */
    static double log1pOf(double x) { return BOUND ? log1p(x) : Math.log1p(x); }

    /** {@code pow(x, y)} computed as numpy computes it. */
    static double powOf(double x, double y) { return BOUND ? pow(x, y) : Math.pow(x, y); }
}

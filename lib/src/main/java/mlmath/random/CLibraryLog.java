package mlmath.random;

import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The C library's {@code log}, the function numpy's legacy Gaussian calls. glibc's log (since 2.28) is not
 * correctly rounded — about 1 input in 1250 comes out an ulp off — so no log written in Java gives numpy's draws
 * (Math.log differs on those inputs, StrictMath.log on 7 in 100); calling the same C function does. Bound through
 * JNA (a DJL dependency, its native part inside its jar); where it cannot be bound, {@link Math#log} stands in.
 */
final class CLibraryLog {
    private CLibraryLog() {}

    private static final boolean BOUND = bind();

    private static boolean bind() {
        try {
            Native.register(CLibraryLog.class, Platform.MATH_LIBRARY_NAME);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false; // no JNA or no C math library here: Math.log differs from it on about 1 draw in 3000
        }
    }

    /** Bound by JNA to the C symbol {@code log}. */
    private static native double log(double x);

    /** {@code log(x)} computed as numpy computes it. */
    static double of(double x) { return BOUND ? log(x) : Math.log(x); }
}

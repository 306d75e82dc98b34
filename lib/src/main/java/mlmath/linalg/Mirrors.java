package mlmath.linalg;

import org.bytedeco.javacpp.DoublePointer;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Native copies of large tensor arrays that BLAS reads more than once, kept for as long as the array lives. numpy's
 * arrays already live in native memory, so its dgemm reads them in place; a Java array has to be copied out of the heap
 * first (a third of the gap to numpy at 1000²). A tensor never changes, so its copy never goes stale: multiplying by
 * the same matrix again (a data matrix in a training loop, the bench) skips the copy. An array read once is
 * only marked: its copy goes to reused scratch memory, since a kept copy of every operand would be fresh memory to
 * fault in each time.
 * <p>
 * Keys are held weakly and compared by identity (arrays do not override equals): once the array is collected, its
 * entry goes and JavaCPP frees the native copy with the {@link DoublePointer}.
 */
final class Mirrors {
    private Mirrors() {}

    /** Arrays from this many doubles (256 KB) may be kept; a smaller one is cheaper to copy into scratch each time. */
    static final int MIN_LENGTH = 1 << 15;

    /** Array → its kept copy, or null while it has been read only once. */
    private static final Map<double[], DoublePointer> COPIES = new WeakHashMap<>();

    /**
     * The kept native copy of {@code a}, made now if BLAS read {@code a} before; null the first time (and for a small
     * array), when the caller copies it for this call. {@code a} must never be written again.
     */
    static synchronized DoublePointer reused(double[] a) {
        if (a.length < MIN_LENGTH) return null;
        if (!COPIES.containsKey(a)) {
            COPIES.put(a, null);
            return null;
        }
        DoublePointer copy = COPIES.get(a);
        if (copy == null) {
            copy = new DoublePointer(a.length);
            copy.put(a, 0, a.length);
            COPIES.put(a, copy);
        }
        return copy;
    }
}

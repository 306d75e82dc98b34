package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The kernels' side door into {@link Tensor}: its backing array without a copy, wrapping a fresh array without a
 * copy, and the one allocation guard every new array goes through (numpy's "Unable to allocate" before allocating).
 * Learners get copies from {@code Tensor.data()}; only kernels, which never write into an input, use this: the module
 * descriptor does not export this package, so it does not resolve at the learner's prompt (see module-info.java).
 */
public final class Buffers {
    private Buffers() {}

    /** How Tensor lets the kernels at its array; installed once by Tensor's static initialiser. */
    public interface Access {
        double[] data(Tensor t);

        Tensor wrap(double[] data, Shape shape, DType dtype);

        boolean isScalar(Tensor t);

        Tensor asArray(Tensor t);
    }

    private static volatile Access access;

    /** Called by Tensor only. */
    public static void install(Access a) {
        if (access != null) throw new IllegalStateException("tensor access is already installed");
        access = a;
    }

    private static Access access() {
        if (access == null) {
            try {
                Class.forName(Tensor.class.getName(), true, Buffers.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return access;
    }

    /** The backing row-major array of {@code t}: read it, never write it. */
    public static double[] data(Tensor t) { return access().data(t); }

    /**
     * A tensor over {@code data}, which the caller has just filled and hands over; a 0-d one is a numpy scalar, as
     * numpy returns from reductions, ufuncs and indexing ({@link #asArray} makes it a 0-d array).
     */
    public static Tensor wrap(double[] data, Shape shape, DType dtype) { return access().wrap(data, shape, dtype); }

    /** Whether {@code t} is a numpy scalar ({@code np.float64(1.5)}) rather than an array (a 0-d one prints {@code array(1.5)}). */
    public static boolean isScalar(Tensor t) { return access().isScalar(t); }

    /** {@code t} as an array, numpy's {@code asarray}: a numpy scalar becomes the 0-d array of its value. */
    public static Tensor asArray(Tensor t) { return access().asArray(t); }

    /** {@code result} of the kind of {@code input}: numpy's shape ops keep a scalar a scalar and an array an array. */
    public static Tensor sameKind(Tensor input, Tensor result) { return isScalar(input) ? result : asArray(result); }

    /** A zeroed array for {@code shape}, refused with numpy's MemoryError wording when it cannot fit. */
    public static double[] alloc(Shape shape, DType dtype) {
        int n = requireFits(shape.dims(), dtype);
        try {
            return new double[n];
        } catch (OutOfMemoryError e) {
            throw tooBig(shape, dtype, n);
        }
    }

    /**
     * The element count of an array with these dimensions (given as longs, so products computed before a Shape
     * exists cannot overflow), or numpy's MemoryError wording when Java could never hold it.
     */
    public static int requireFits(long[] dims, DType dtype) {
        long n = 1;
        for (long d : dims) {
            if (d < 0) throw new ShapeException("negative dimensions are not allowed");
            if (d != 0 && n > Long.MAX_VALUE / d) throw arrayTooBig();
            n *= d;
        }
        if (n > Long.MAX_VALUE / dtype.itemSize()) throw arrayTooBig();
        // Java arrays hold at most ~2^31 elements, and the heap must be able to hold 8 bytes per element.
        if (n > Integer.MAX_VALUE - 8 || n * Double.BYTES > Runtime.getRuntime().maxMemory()) {
            StringBuilder shape = new StringBuilder("(");
            for (int i = 0; i < dims.length; i++) shape.append(i == 0 ? "" : ", ").append(dims[i]);
            shape.append(dims.length == 1 ? ",)" : ")");
            throw new ShapeException("Unable to allocate " + sizeString(n * dtype.itemSize()) + " for an array with shape "
                    + shape + " and data type " + dtype);
        }
        return (int) n;
    }

    private static int requireFits(int[] dims, DType dtype) {
        return requireFits(java.util.Arrays.stream(dims).asLongStream().toArray(), dtype);
    }

    /** {@code new double[n]} for a 1-D result of length {@code n}. */
    public static double[] alloc(long n, DType dtype) {
        return alloc(new Shape(requireFits(new long[] {n}, dtype)), dtype);
    }

    private static ShapeException arrayTooBig() {
        return new ShapeException("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    }

    /** numpy's MemoryError text, e.g. {@code Unable to allocate 15.8 GiB for an array with shape (46000, 46000) ...}. */
    public static ShapeException tooBig(Shape shape, DType dtype, long n) {
        return new ShapeException("Unable to allocate " + sizeString(n * dtype.itemSize()) + " for an array with shape "
                + shape + " and data type " + dtype);
    }

    /** numpy's {@code _size_to_string}: binary units, three significant digits below 1000 of a unit. */
    static String sizeString(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int unit = Math.max(63 - Long.numberOfLeadingZeros(bytes), 1) / 10;
        double value = bytes / (double) (1L << (unit * 10));
        if (Math.rint(value) == 1024) {
            unit++;
            value /= 1024;
        }
        if (unit == 0) return bytes + " bytes";
        if (Math.rint(value) >= 1000) return Math.round(value) + ". " + units[unit];
        BigDecimal v = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        v = v.setScale(Math.max(0, 3 - (v.precision() - v.scale())), RoundingMode.HALF_EVEN);
        String s = v.toPlainString();
        return (s.contains(".") ? s : s + ".") + " " + units[unit];
    }
}

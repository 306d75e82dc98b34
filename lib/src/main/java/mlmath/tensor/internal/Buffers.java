package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The kernels' side door into {@link Tensor}: its backing array without a copy, wrapping a fresh array without a
 * copy, and the one allocation guard every new array goes through (numpy's "Unable to allocate" before allocating).
 * A tensor stores doubles, bools as bytes (one per element, as numpy) or int64 as longs; {@link #data} gives every
 * tensor as doubles (for a byte or long storage a view built once), so a kernel written for doubles reads any tensor,
 * and {@link #bools}/{@link #longs} give the typed elements to the kernels that read them directly.
 * Learners get copies from {@code Tensor.data()}; only kernels, which never write into an input, use this: the module
 * descriptor does not export this package, so it does not resolve at the learner's prompt (see module-info.java).
 */
public final class Buffers {
    private Buffers() {}

    /** How Tensor lets the kernels at its array; installed once by Tensor's static initialiser. */
    public interface Access {
        double[] data(Tensor t);

        byte[] bools(Tensor t);

        long[] longs(Tensor t);

        boolean storesBools(Tensor t);

        boolean storesLongs(Tensor t);

        Tensor wrap(Object storage, Shape shape, DType dtype);

        Tensor withShape(Tensor t, Shape shape);

        boolean isScalar(Tensor t);

        boolean isPython(Tensor t);

        Tensor asArray(Tensor t);

        Tensor asPython(Tensor t);
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

    /** The elements of {@code t} as doubles in row-major order (bool as 0/1): read them, never write them. */
    public static double[] data(Tensor t) { return access().data(t); }

    /**
     * Whether each element of {@code t} is nonzero, as 0/1 bytes (NaN is nonzero): a bool tensor's own storage (or a
     * view kept with it), else a fresh array. Read it, never write it.
     */
    public static byte[] bools(Tensor t) { return access().bools(t); }

    /** The elements of {@code t} as longs (floats truncated toward zero): an int64 tensor's own storage or a view kept with it. */
    public static long[] longs(Tensor t) { return access().longs(t); }

    /** Whether {@code t} keeps its elements as bytes, so {@link #bools} costs nothing and {@link #data} a conversion. */
    public static boolean storesBools(Tensor t) { return access().storesBools(t); }

    /** Whether {@code t} keeps its elements as longs, so {@link #longs} costs nothing and {@link #data} a conversion. */
    public static boolean storesLongs(Tensor t) { return access().storesLongs(t); }

    /**
     * A tensor over {@code data}, which the caller has just filled and hands over; a 0-d one is a numpy scalar, as
     * numpy returns from reductions, ufuncs and indexing ({@link #asArray} makes it a 0-d array).
     */
    public static Tensor wrap(double[] data, Shape shape, DType dtype) { return access().wrap(data, shape, dtype); }

    /** {@code t}'s elements, stored as they are, seen with another shape of the same size (a reshape without a copy). */
    public static Tensor withShape(Tensor t, Shape shape) { return access().withShape(t, shape); }

    /** A bool tensor over {@code bools} (each 0 or 1), which the caller has just filled and hands over. */
    public static Tensor wrapBools(byte[] bools, Shape shape) { return access().wrap(bools, shape, DType.BOOL); }

    /** An int64 tensor over {@code longs}, which the caller has just filled and hands over. */
    public static Tensor wrapLongs(long[] longs, Shape shape) { return access().wrap(longs, shape, DType.INT64); }

    /**
     * {@code t}'s elements in the array type of {@code dtype}: {@code byte[]} for bool, {@code long[]} for int64, else
     * {@code double[]} (the storage itself when it has that type). Copy routines move these without rounding int64
     * beyond 2^53 or widening bools. Read it, never write it.
     */
    public static Object typed(Tensor t, DType dtype) {
        return dtype == DType.BOOL ? bools(t) : dtype == DType.INT64 ? longs(t) : data(t);
    }

    /** A zeroed array of the type {@link #typed} gives for {@code dtype}, refused as {@link #alloc} refuses. */
    public static Object allocTyped(Shape shape, DType dtype) {
        return dtype == DType.BOOL ? allocBools(shape) : dtype == DType.INT64 ? allocLongs(shape) : alloc(shape, dtype);
    }

    /** A tensor over {@code array} (from {@link #allocTyped} or a copy of {@link #typed}), which the caller hands over. */
    public static Tensor wrapTyped(Object array, Shape shape, DType dtype) { return access().wrap(array, shape, dtype); }

    /** Whether {@code t} is a numpy scalar ({@code np.float64(1.5)}) rather than an array (a 0-d one prints {@code array(1.5)}). */
    public static boolean isScalar(Tensor t) { return access().isScalar(t); }

    /** Whether {@code t} stands for the Python number numpy returns (a draw of no size), which prints as Python prints it. */
    public static boolean isPython(Tensor t) { return access().isPython(t); }

    /** {@code t}, when 0-d, as the Python float or int numpy returns in its place ({@code np.random.rand()}). */
    public static Tensor asPython(Tensor t) { return access().asPython(t); }

    /** {@code t} as an array, numpy's {@code asarray}: a numpy scalar becomes the 0-d array of its value. */
    public static Tensor asArray(Tensor t) { return access().asArray(t); }

    /** {@code result} of the kind of {@code input}: numpy's shape ops keep a scalar a scalar and an array an array. */
    public static Tensor sameKind(Tensor input, Tensor result) { return isScalar(input) ? result : asArray(result); }

    /** A zeroed array for {@code shape}, refused with numpy's MemoryError wording when it cannot fit. */
    public static double[] alloc(Shape shape, DType dtype) { return allocated(shape, dtype, Double.BYTES, double[]::new); }

    /** A zeroed bool array for {@code shape}, one byte per element, refused as {@link #alloc} refuses. */
    public static byte[] allocBools(Shape shape) { return allocated(shape, DType.BOOL, Byte.BYTES, byte[]::new); }

    /** A zeroed int64 array for {@code shape}, refused as {@link #alloc} refuses. */
    public static long[] allocLongs(Shape shape) { return allocated(shape, DType.INT64, Long.BYTES, long[]::new); }

    /**
     * {@code make(n)} for the element count of {@code shape}, in an array of {@code bytes} per element, checked first and
     * refused in numpy's words.
     */
    private static <T> T allocated(Shape shape, DType dtype, int bytes, java.util.function.IntFunction<T> make) {
        int n = requireFits(widened(shape.dims()), dtype, bytes);
        try {
            return make.apply(n);
        } catch (OutOfMemoryError e) {
            throw tooBig(shape, dtype, n);
        }
    }

    /** The ints as longs: dimensions for {@link #requireFits(long[], DType)}, an int[] as int64 data. */
    public static long[] widened(int[] values) { return java.util.Arrays.stream(values).asLongStream().toArray(); }

    /**
     * The element count of an array with these dimensions (given as longs, so products computed before a Shape
     * exists cannot overflow), or numpy's MemoryError wording when Java could never hold it in {@code dtype}'s storage.
     */
    public static int requireFits(long[] dims, DType dtype) { return requireFits(dims, dtype, dtype.itemSize()); }

    /**
     * {@link #requireFits(long[], DType)} for {@code bytes} per element: a result of {@code dtype} and whatever the
     * caller allocates beside it per element (an int offset each, say).
     */
    public static int requireFits(long[] dims, DType dtype, int bytes) {
        long n = 1;
        for (long d : dims) {
            if (d < 0) throw new ShapeException("negative dimensions are not allowed");
            if (d != 0 && n > Long.MAX_VALUE / d) throw arrayTooBig();
            n *= d;
        }
        if (n > Long.MAX_VALUE / dtype.itemSize()) throw arrayTooBig();
        // Java arrays hold at most ~2^31 elements, and the heap must be able to hold the array's bytes.
        if (n > Integer.MAX_VALUE - 8 || n * bytes > Runtime.getRuntime().maxMemory()) {
            StringBuilder shape = new StringBuilder("(");
            for (int i = 0; i < dims.length; i++) shape.append(i == 0 ? "" : ", ").append(dims[i]);
            shape.append(dims.length == 1 ? ",)" : ")");
            throw new ShapeException("Unable to allocate " + sizeString(n * dtype.itemSize()) + " for an array with shape "
                    + shape + " and data type " + dtype.str());
        }
        return (int) n;
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
                + shape + " and data type " + dtype.str());
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

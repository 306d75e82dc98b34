package mlmath.tensor;

import mlmath.tensor.internal.*;

import static mlmath.tensor.TensorArguments.arg;
import static mlmath.tensor.TensorArguments.assigned;
import static mlmath.tensor.TensorArguments.notNull;

/**
 * An immutable n-d array (float64, int64 or bool), row-major, with numpy's semantics: every op returns a new tensor.
 * Arguments typed {@code Object} take a Tensor, {@code double[]}, {@code double[][]}, {@code int[]}, {@code boolean[]}
 * or a number; an int keeps an int64 array int64 ({@code np.arange(3).add(1)} is {@code array([1, 2, 3])}).
 * This class holds the data and its accessors; the ops are grouped by kind in interfaces that only Tensor implements.
 * <pre>{@code
 * jshell> np.array(new double[][] {{1, 2}, {3, 4}}).add(new double[] {10, 20})
 * $1 ==> array([[11., 22.],
 *        [13., 24.]])
 * }</pre>
 */
public final class Tensor implements TensorShaping, TensorElementwise, TensorComparisons, TensorReductions, TensorSorting,
        TensorProducts, TensorIndexing {
    static {
        Buffers.install(new Buffers.Access() {
            @Override public double[] data(Tensor t) { return t.doubles(); }

            @Override public byte[] bools(Tensor t) { return t.bools(); }

            @Override public long[] longs(Tensor t) { return t.longs(); }

            @Override public boolean storesBools(Tensor t) { return t.storage instanceof byte[]; }

            @Override public boolean storesLongs(Tensor t) { return t.storage instanceof long[]; }

            @Override public Tensor wrap(Object storage, Shape shape, DType dtype) { return new Tensor(storage, shape, dtype, null); }

            @Override public Tensor withShape(Tensor t, Shape shape) { return new Tensor(t.storage, shape, t.dtype, null); }

            @Override public boolean isScalar(Tensor t) { return t.kind != Kind.ARRAY; }

            @Override public boolean isPython(Tensor t) { return t.kind == Kind.PYTHON; }

            @Override public Tensor asArray(Tensor t) { return t.as(Kind.ARRAY); }

            @Override public Tensor asPython(Tensor t) { return t.ndim() == 0 ? t.as(Kind.PYTHON) : t; }
        });
    }

    /**
     * The elements in row-major order: a {@code double[]}, a {@code byte[]} of 0/1 for bool, or a {@code long[]} for
     * int64 (bool and int64 values made by kernels that compute in doubles may also sit in a {@code double[]}).
     */
    private final Object storage;
    /**
     * The elements as doubles, every kernel's common view: the storage itself when it is a {@code double[]}, else built
     * on first use. Tensors never change, so a view once built stays right; two threads may both build it (harmless).
     */
    private volatile double[] doubles;
    /** The elements as the other typed view ({@code byte[]} for bool, {@code long[]} for int64) of a double storage. */
    private volatile Object typed;
    private final Shape shape;
    private final DType dtype;
    private final String source;
    /**
     * A 0-d value is a numpy scalar ({@code np.float64(1.5)}), as reductions, ufuncs and full integer indexing return,
     * unless made as an array ({@code np.array(1.5)}, {@code np.zeros()}, {@code reshape()}), which prints
     * {@code array(1.5)}, or standing for the Python number numpy returns ({@code np.random.rand()}), which prints
     * {@code 0.5488135039273248}.
     */
    private final Kind kind;

    /** What a value stands for in numpy, which decides how it prints. */
    private enum Kind { ARRAY, NUMPY, PYTHON }

    /**
     * An array of {@code shape} holding a copy of {@code data} (row-major).
     * <pre>{@code
     * jshell> new Tensor(new double[] {1, 2, 3, 4}, new Shape(2, 2), DType.INT64)
     * $1 ==> array([[1, 2],
     *        [3, 4]])
     * }</pre>
     */
    public Tensor(double[] data, Shape shape, DType dtype) {
        this(notNull(data, "data").clone(), notNull(shape, "shape"), notNull(dtype, "dtype"), null);
    }

    private Tensor(Object storage, Shape shape, DType dtype, String source) {
        this(storage, shape, dtype, source, shape.ndim() == 0 ? Kind.NUMPY : Kind.ARRAY);
    }

    private Tensor(Object storage, Shape shape, DType dtype, String source, Kind kind) {
        int length = java.lang.reflect.Array.getLength(storage);
        if (length != shape.size()) {
            throw new ShapeException("cannot reshape array of size " + length + " into shape " + shape.compact());
        }
        this.storage = storage;
        if (storage instanceof double[] d) this.doubles = d;
        this.shape = shape;
        this.dtype = dtype;
        this.source = source;
        this.kind = kind;
    }

    /**
     * A float64 tensor holding a copy of {@code data} with the given dimensions.
     * <pre>{@code
     * jshell> new Tensor(new double[] {1, 2, 3, 4, 5, 6}, 3, 2)
     * $1 ==> array([[1., 2.],
     *        [3., 4.],
     *        [5., 6.]])
     * }</pre>
     */
    public Tensor(double[] data, int... dims) { this(data, new Shape(notNull(dims, "dims")), DType.FLOAT64); }

    /**
     * The dimensions, numpy's {@code a.shape}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).shape()
     * $1 ==> (2, 3)
     * }</pre>
     */
    public Shape shape() { return shape; }

    /**
     * The number of axes, numpy's {@code a.ndim}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).ndim()
     * $1 ==> 2
     * }</pre>
     */
    public int ndim() { return shape.ndim(); }

    /**
     * The number of elements, numpy's {@code a.size}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).size()
     * $1 ==> 6
     * }</pre>
     */
    public int size() { return shape.size(); }

    /**
     * The element type, numpy's {@code a.dtype}.
     * <pre>{@code
     * jshell> np.arange(3).dtype()
     * $1 ==> dtype('int64')
     * }</pre>
     */
    public DType dtype() { return dtype; }

    /**
     * Who computed these values, e.g. {@code "torch 2.7.1"}; null for values computed here. Ops drop it.
     * <pre>{@code
     * jshell> np.ones(2).source()
     * $1 ==> null
     * }</pre>
     */
    public String source() { return source; }

    /**
     * The same values labelled with where they came from (used by the torch bridge).
     * <pre>{@code
     * jshell> np.ones(2).withSource("torch 2.7.1").source()
     * $1 ==> "torch 2.7.1"
     * }</pre>
     */
    public Tensor withSource(String source) { return new Tensor(storage, shape, dtype, source, kind); }

    /**
     * A copy of the elements in row-major order (bool as 0/1), the same as {@link #toArray()}: the tensor never changes.
     * <pre>{@code
     * jshell> np.arange(3).data()
     * $1 ==> double[3] { 0.0, 1.0, 2.0 }
     * }</pre>
     */
    public double[] data() { return toArray(); }

    /**
     * The value of a one-element tensor, like numpy's {@code .item()} (bool gives 1 or 0; an int64 beyond 2^53 gives the
     * nearest double, while {@code at(...)} and printing keep it exact).
     * <pre>{@code
     * jshell> np.array(1.5, 2.5).sum().item()
     * $1 ==> 4.0
     * }</pre>
     */
    public double item() {
        if (size() != 1) throw new ShapeException("can only convert an array of size 1 to a Python scalar (this one has shape " + shape + ")");
        return doubles()[0];
    }

    /**
     * The element at a full index, as a double (numpy's {@code A.item(i, j)}); negative indices count from the end.
     * For fewer indices than dimensions use {@link #at}, which returns numpy's sub-array {@code A[i, j]}.
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).get(1, -1)
     * $1 ==> 5.0
     * }</pre>
     */
    public double get(int... index) {
        if (notNull(index, "index").length < shape.ndim()) {
            throw new ShapeException("get(...) needs one index per dimension (" + shape.ndim() + ") and returns a number, as numpy's"
                    + " item(); for the sub-array A[" + Indexing.join(index) + "] use at(" + Indexing.join(index) + ")");
        }
        return doubles()[Indexing.offset(shape, index)];
    }

    /**
     * numpy's {@code A[i, j]} with integer indices: with fewer indices than dimensions the sub-array
     * ({@code A.at(-2, 3, 3)} on a 4-d A is a 1-d row), with one per dimension a 0-d tensor ({@code .item()} gives the double).
     * <pre>{@code
     * jshell> np.arange(6).reshape(2, 3).at(1)
     * $1 ==> array([3, 4, 5])
     * jshell> np.arange(6).reshape(2, 3).at(1, 2)
     * $2 ==> np.int64(5)
     * }</pre>
     */
    public Tensor at(int... index) { return Indexing.at(this, notNull(index, "index")); }

    /**
     * numpy's {@code a[index]} with an array index: a bool mask selects the true places as a 1-D array
     * ({@code a.get(a.gt(0))} is {@code a[a > 0]}); an int array picks along axis 0 ({@code A.get(I)} is
     * {@code A[I]}); a 0-d int index gives a 0-d tensor (a scalar) or a row.
     * <pre>{@code
     * jshell> var a = np.array(-1.0, 2.0, -3.0, 4.0)
     * a ==> array([-1.,  2., -3.,  4.])
     * jshell> a.get(a.gt(0))
     * $2 ==> array([2., 4.])
     * jshell> np.arange(6).reshape(3, 2).get(np.array(2, 0))
     * $3 ==> array([[4, 5],
     *        [0, 1]])
     * }</pre>
     */
    public Tensor get(Tensor index) { return ArrayIndexing.get(this, notNull(index, "index")); }

    /**
     * numpy's {@code a[spec]} for an index string, the same as {@link #slice}: {@code A.get(":, None")}.
     * <pre>{@code
     * jshell> np.arange(3).get(":, None")
     * $1 ==> array([[0],
     *        [1],
     *        [2]])
     * }</pre>
     */
    public Tensor get(String spec) { return slice(spec); }

    /**
     * A copy with {@code a[index] = value} applied (the tensor itself never changes): {@code a.set(a.lt(0), 0)} for a
     * mask, an int array for rows; {@code value} broadcasts to the selection and is cast to this dtype.
     * <pre>{@code
     * jshell> var a = np.array(-1.0, 2.0, -3.0)
     * a ==> array([-1.,  2., -3.])
     * jshell> a.set(a.lt(0), 0)
     * $2 ==> array([0., 2., 0.])
     * }</pre>
     */
    public Tensor set(Tensor index, Object value) { return ArrayIndexing.set(this, notNull(index, "index"), assigned(this, value)); }

    /**
     * A copy with {@code a[spec] = value} applied, e.g. {@code A.set(":, 0", 5)}.
     * <pre>{@code
     * jshell> np.zeros(2, 3).set(":, 0", 5)
     * $1 ==> array([[5., 0., 0.],
     *        [5., 0., 0.]])
     * }</pre>
     */
    public Tensor set(String spec, Object value) { return Indexing.set(this, spec, assigned(this, value)); }

    /**
     * A copy of the elements in row-major order.
     * <pre>{@code
     * jshell> np.linspace(0, 1, 3).toArray()
     * $1 ==> double[3] { 0.0, 0.5, 1.0 }
     * }</pre>
     */
    public double[] toArray() { return doubles().clone(); }

    /**
     * A copy as rows; the tensor must be 2-D.
     * <pre>{@code
     * jshell> np.eye(2).toArray2()
     * $1 ==> double[2][] { double[2] { 1.0, 0.0 }, double[2] { 0.0, 1.0 } }
     * }</pre>
     */
    public double[][] toArray2() {
        if (ndim() != 2) throw new ShapeException("toArray2 needs a 2-D array, got shape " + shape);
        int r = shape.get(0), c = shape.get(1);
        double[] data = doubles();
        double[][] out = new double[r][];
        for (int i = 0; i < r; i++) out[i] = java.util.Arrays.copyOfRange(data, i * c, (i + 1) * c);
        return out;
    }

    /**
     * An equal tensor (tensors never change, so this is numpy's {@code copy} for habit's sake).
     * <pre>{@code
     * jshell> np.arange(3).copy()
     * $1 ==> array([0, 1, 2])
     * }</pre>
     */
    public Tensor copy() { return new Tensor(storage, shape, dtype, null, kind); }

    /**
     * numpy's str, what Python's {@code print(x)} shows and what {@code print} here shows: an array without
     * {@code array(...)} and commas, a 0-d value as its number. Use it to put a value into text:
     * {@code "loss " + loss.str()} ({@code "loss " + loss} gives the repr, as Python's {@code repr} would).
     * <pre>{@code
     * jshell> np.array(new double[][] {{1, 2.5}, {3, 4}}).str()
     * $1 ==> "[[1.  2.5]\n [3.  4. ]]"
     * jshell> np.array(1.0, 2.5).sum().str()
     * $2 ==> "3.5"
     * }</pre>
     */
    public String str() { return ArrayFormat.str(this); }

    /**
     * numpy 2's repr, as its REPL echoes a value: {@code array([...])}; a scalar from a reduction, a ufunc of 0-d
     * values or a full integer index as {@code np.float64(3.5)}, {@code np.int64(2)} or {@code np.True_}; a 0-d array
     * ({@code np.array(3.5)}, {@code np.zeros()}, {@code reshape()}) as {@code array(3.5)}.
     * <pre>{@code
     * jshell> np.arange(3).div(3).toString()
     * $1 ==> "array([0.        , 0.33333333, 0.66666667])"
     * jshell> np.array(1.0, 2.5).sum()
     * $2 ==> np.float64(3.5)
     * jshell> np.array(3.5)
     * $3 ==> array(3.5)
     * }</pre>
     */
    @Override public String toString() { return ArrayFormat.repr(this); }

    /** This value, standing for a {@code kind} of numpy value (the same elements). */
    private Tensor as(Kind k) { return kind == k ? this : new Tensor(storage, shape, dtype, source, k); }

    /** The elements as doubles (bool as 0/1), built once from a byte or long storage. */
    private double[] doubles() {
        double[] d = doubles;
        if (d != null) return d;
        d = new double[size()];
        if (storage instanceof byte[] b) {
            for (int i = 0; i < d.length; i++) d[i] = b[i];
        } else {
            long[] l = (long[]) storage;
            for (int i = 0; i < d.length; i++) d[i] = l[i];
        }
        doubles = d;
        return d;
    }

    /** Whether each element is nonzero, as 0/1 bytes (NaN counts as nonzero); kept when this is a bool tensor. */
    private byte[] bools() { return view(byte[].class, DType.BOOL, Tensor::nonzero); }

    /** The elements as longs (floats truncated toward zero, as numpy's astype); kept when this is an int64 tensor. */
    private long[] longs() { return view(long[].class, DType.INT64, Tensor::truncated); }

    /** The storage when it is a {@code type}, else {@code convert} of it, kept as {@link #typed} for a {@code keptFor} tensor. */
    private <A> A view(Class<A> type, DType keptFor, java.util.function.Function<Object, A> convert) {
        if (type.isInstance(storage)) return type.cast(storage);
        Object kept = typed;
        if (type.isInstance(kept)) return type.cast(kept);
        A a = convert.apply(storage);
        if (dtype == keptFor) typed = a;
        return a;
    }

    private static byte[] nonzero(Object storage) {
        if (storage instanceof long[] l) {
            byte[] b = new byte[l.length];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (l[i] != 0 ? 1 : 0);
            return b;
        }
        double[] d = (double[]) storage;
        byte[] b = new byte[d.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (d[i] != 0 ? 1 : 0);
        return b;
    }

    private static long[] truncated(Object storage) {
        if (storage instanceof byte[] b) {
            long[] l = new long[b.length];
            for (int i = 0; i < l.length; i++) l[i] = b[i];
            return l;
        }
        double[] d = (double[]) storage;
        long[] l = new long[d.length];
        for (int i = 0; i < l.length; i++) l[i] = (long) d[i];
        return l;
    }
}

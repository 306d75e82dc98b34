package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/** Elementwise kernels: numpy broadcasting for binary (and where's ternary) ops, plain maps for unary ones. */
public final class Broadcast {
    private Broadcast() {}

    /** numpy's rule: align trailing dimensions; each pair must be equal or contain a 1; a missing dimension is 1. */
    public static Shape broadcastShapes(Shape a, Shape b) {
        Shape s = tryBroadcast(a, b);
        if (s == null) throw ShapeException.broadcast(a, b);
        return s;
    }

    /** The common shape of all operands, or numpy's error listing every shape: {@code shapes (2,) (3,) (4,) }. */
    public static Shape broadcastShapes(Shape... shapes) {
        Shape out = new Shape();
        for (Shape s : shapes) {
            out = tryBroadcast(out, s);
            if (out == null) {
                StringBuilder msg = new StringBuilder("operands could not be broadcast together with shapes ");
                for (Shape each : shapes) msg.append(each.compact()).append(' ');
                throw new ShapeException(msg.toString());
            }
        }
        return out;
    }

    /** The common shape of a and b, or null when they do not broadcast. */
    static Shape tryBroadcast(Shape a, Shape b) {
        int n = Math.max(a.ndim(), b.ndim());
        int[] out = new int[n];
        int[] da = a.dims(), db = b.dims();
        for (int i = 0; i < n; i++) {
            int x = i < n - da.length ? 1 : da[i - (n - da.length)];
            int y = i < n - db.length ? 1 : db[i - (n - db.length)];
            if (x != y && x != 1 && y != 1) return null;
            out[i] = x == 1 ? y : x;
        }
        return new Shape(out);
    }

    /** Applies {@code op} elementwise after broadcasting both operands to a common shape (a call per element). */
    public static Tensor binary(Tensor a, Tensor b, DoubleBinaryOperator op, DType dtype) { return binary(a, b, Loops.of(op), dtype); }

    /** Runs {@code loop} over {@code a} and {@code b} broadcast to a common shape. */
    public static Tensor binary(Tensor a, Tensor b, Loops.Binary loop, DType dtype) {
        return pairwise(a, b, Buffers.data(a), Buffers.data(b), shape -> Buffers.alloc(shape, dtype), dtype,
                (double[] out) -> (src, off, o, n) -> loop.run((double[]) src[0], off[0], (double[]) src[1], off[1], out, o, n));
    }

    /**
     * {@link #binary} writing over {@code fresh}'s own doubles ({@code fresh} is a or b), when it is a float64 result no
     * one else holds yet (the first step of a fused op) and has the common shape: no second array for the second step.
     * The loops read an element before they write its place, so the aliasing is safe.
     */
    static Tensor binaryOver(Tensor a, Tensor b, Loops.Binary loop, Tensor fresh) {
        return pairwise(a, b, Buffers.data(a), Buffers.data(b), shape -> Buffers.data(fresh), DType.FLOAT64,
                (double[] out) -> (src, off, o, n) -> loop.run((double[]) src[0], off[0], (double[]) src[1], off[1], out, o, n));
    }

    /** Runs the int64 {@code loop} over {@code a} and {@code b} (int64 or bool) broadcast to a common shape: an int64 result. */
    public static Tensor binary(Tensor a, Tensor b, Loops.LongBinary loop) {
        return pairwise(a, b, Buffers.longs(a), Buffers.longs(b), Buffers::allocLongs, DType.INT64,
                (long[] out) -> (src, off, o, n) -> loop.run((long[]) src[0], off[0], (long[]) src[1], off[1], out, o, n));
    }

    /** Runs the comparison {@code loop} over {@code a} and {@code b} broadcast to a common shape: a bool result, a byte each. */
    public static Tensor compare(Tensor a, Tensor b, Loops.Compare loop) {
        return pairwise(a, b, Buffers.data(a), Buffers.data(b), Buffers::allocBools, DType.BOOL,
                (byte[] out) -> (src, off, o, n) -> loop.run((double[]) src[0], off[0], (double[]) src[1], off[1], out, o, n));
    }

    /** Compares int64 {@code a} and {@code b} exactly, broadcast to a common shape: {@code onSign} of each Long.compare. */
    public static Tensor compareLongs(Tensor a, Tensor b, java.util.function.IntPredicate onSign) {
        return pairwise(a, b, Buffers.longs(a), Buffers.longs(b), Buffers::allocBools, DType.BOOL, (byte[] out) -> (src, off, o, n) -> {
            long[] x = (long[]) src[0], y = (long[]) src[1];
            for (int i = 0; i < n; i++) out[o + i] = (byte) (onSign.test(Long.compare(x[off[0] + i], y[off[1] + i])) ? 1 : 0);
        });
    }

    /**
     * Runs a comparison of {@code a}, cut into {@code values.length} equal runs in row-major order, with one value per
     * run: one value for all of {@code a}, or one per row. A bool result of a's shape. {@code loops} are the mixed,
     * lopsided and one-sided loops of {@link Loops}, picked by how a sample compares: the JIT compiles a loop whose
     * profile is lopsided to a branch, which would mispredict on every other element of random data later.
     */
    public static Tensor compare(Tensor a, double[] values, Loops.CompareScalar[] loops) {
        byte[] out = Buffers.allocBools(a.shape());
        double[] x = Buffers.data(a);
        int n = values.length == 0 ? 0 : x.length / values.length;
        Loops.CompareScalar loop = loops[outcomeSpread(x, values, n, loops[1], out)];
        for (int r = 0; r < values.length; r++) loop.run(x, values[r], out, r * n, n);
        return Buffers.wrapBools(out, a.shape());
    }

    /**
     * 0 when a quarter or more of up to 64 evenly spread elements compare each way, 2 when at most one in 64 compares
     * the rarer way, else 1; {@code exact} (branch-free) compares them, scribbling on {@code out}.
     */
    private static int outcomeSpread(double[] x, double[] values, int n, Loops.CompareScalar exact, byte[] out) {
        int samples = Math.min(64, x.length), hits = 0;
        for (int s = 0; s < samples; s++) {
            int i = (int) ((long) s * x.length / samples);
            exact.run(x, values[i / n], out, i, 1);
            hits += out[i];
        }
        int rarer = Math.min(hits, samples - hits);
        return 4 * rarer >= samples ? 0 : 64 * rarer <= samples ? 2 : 1;
    }

    /** Runs the logical {@code loop} over the truth values of {@code a} and {@code b} broadcast to a common shape. */
    public static Tensor logical(Tensor a, Tensor b, Loops.Logical loop) {
        return pairwise(a, b, Buffers.bools(a), Buffers.bools(b), Buffers::allocBools, DType.BOOL,
                (byte[] out) -> (src, off, o, n) -> loop.run((byte[]) src[0], off[0], (byte[]) src[1], off[1], out, o, n));
    }

    /**
     * Runs the loop {@code into} makes for a result array over {@code a} and {@code b}, read as the arrays {@code x} and
     * {@code y}, broadcast to a common shape: a result of {@code dtype} over the array {@code alloc} makes for that shape
     * (a float64 loop's result is doubles whatever its dtype). The loop casts the operands itself, so a run costs one call.
     */
    private static <T> Tensor pairwise(Tensor a, Tensor b, Object x, Object y, Function<Shape, T> alloc, DType dtype,
                                       Function<T, Run> into) {
        Shape shape = a.shape().equals(b.shape()) ? a.shape() : broadcastShapes(a.shape(), b.shape());
        T out = alloc.apply(shape);
        forEachRun(shape, new Tensor[] {a, b}, new Object[] {x, y}, into.apply(out));
        return Buffers.wrapTyped(out, shape, dtype);
    }

    /** Strides of {@code s} seen as an {@code n}-D array where broadcast (size-1 or missing) axes have stride 0. */
    static int[] broadcastStrides(Shape s, int n) {
        int[] dims = s.dims(), strides = s.strides(), out = new int[n];
        for (int i = 0; i < dims.length; i++) {
            out[n - dims.length + i] = dims[i] == 1 ? 0 : strides[i];
        }
        return out;
    }

    /**
     * One run of the output: {@code n} elements from {@code outOff}; operand {@code j} is read from {@code src[j]} (a
     * {@code double[]}, {@code byte[]} or {@code long[]}, as the caller chose) at {@code off[j]}.
     */
    private interface Run { void apply(Object[] src, int[] off, int outOff, int n); }

    /** The longest run handed over while an operand repeats one value along it: the length of that value's block. */
    private static final int BLOCK = 512;

    /**
     * Visits {@code shape} in row-major runs along which every operand reads unit-stride memory, so that a loop needs no
     * index arithmetic. Axes of length 1 are dropped and an axis merged with the one inside it where every operand
     * allows it, so equal shapes or a scalar give one run and {@code (m, n) + (n,)} a run per row. An operand that
     * repeats one value along the run (a scalar, a column) is read from a small block filled with that value.
     * {@code data[j]} holds operand {@code j}'s elements as the loop reads them.
     */
    private static void forEachRun(Shape shape, Tensor[] operands, Object[] data, Run run) {
        int k = operands.length, total = shape.size();
        if (total == 0) return;
        int[] dims = shape.dims();
        int[][] strides = new int[k][];
        for (int j = 0; j < k; j++) strides[j] = broadcastStrides(operands[j].shape(), dims.length);
        // Axes innermost first: an axis joins the one inside it when every operand steps over that whole axis (it is
        // contiguous with it) or stands still on both (it repeats).
        int axes = 0;
        int[] len = new int[dims.length + 1];
        int[][] step = new int[k][dims.length + 1];
        for (int d = dims.length - 1; d >= 0; d--) {
            if (dims[d] == 1) continue;
            boolean merge = axes > 0;
            for (int j = 0; j < k && merge; j++) merge = strides[j][d] == step[j][axes - 1] * len[axes - 1];
            if (merge) {
                len[axes - 1] *= dims[d];
                continue;
            }
            len[axes] = dims[d];
            for (int j = 0; j < k; j++) step[j][axes] = strides[j][d];
            axes++;
        }
        int inner = axes == 0 ? 1 : len[0], chunk = inner;
        Object[] src = data.clone();
        for (int j = 0; j < k; j++) {
            if (inner > 1 && step[j][0] == 0) {
                chunk = Math.min(inner, BLOCK);
                src[j] = newBlock(data[j], chunk);
            }
        }
        int[] pos = new int[k], off = new int[k], counter = new int[Math.max(axes, 1)];
        for (int o = 0; o < total; o += inner) {
            for (int j = 0; j < k; j++) if (src[j] != data[j]) repeat(data[j], pos[j], src[j]);
            for (int c = 0; c < inner; c += chunk) {
                for (int j = 0; j < k; j++) off[j] = src[j] == data[j] ? pos[j] + c : 0;
                run.apply(src, off, o + c, Math.min(chunk, inner - c));
            }
            // Odometer over the outer axes, keeping every operand's offset in step.
            for (int d = 1; d < axes; d++) {
                if (++counter[d] < len[d]) {
                    for (int j = 0; j < k; j++) pos[j] += step[j][d];
                    break;
                }
                counter[d] = 0;
                for (int j = 0; j < k; j++) pos[j] -= step[j][d] * (len[d] - 1);
            }
        }
    }

    /** A block of {@code n} elements of the array type of {@code data}, filled so that the first {@link #repeat} fills it. */
    private static Object newBlock(Object data, int n) {
        if (data instanceof byte[]) return new byte[n];
        if (data instanceof long[]) return new long[n];
        double[] block = new double[n];
        java.util.Arrays.fill(block, Double.NaN);
        return block;
    }

    /**
     * Fills {@code block} with {@code data[pos]} unless it holds that value already (compared bitwise). A fresh byte or
     * long block holds zeros, which is right when the value is zero.
     */
    private static void repeat(Object data, int pos, Object block) {
        if (data instanceof double[] d) {
            double[] b = (double[]) block;
            if (Double.doubleToRawLongBits(b[0]) != Double.doubleToRawLongBits(d[pos])) java.util.Arrays.fill(b, d[pos]);
        } else if (data instanceof byte[] d) {
            byte[] b = (byte[]) block;
            if (b[0] != d[pos]) java.util.Arrays.fill(b, d[pos]);
        } else {
            long[] d = (long[]) data, b = (long[]) block;
            if (b[0] != d[pos]) java.util.Arrays.fill(b, d[pos]);
        }
    }

    /** Copies {@code t} expanded to {@code shape} (which must be a broadcast of its shape), numpy's {@code broadcast_to}. */
    public static Tensor broadcastTo(Tensor t, Shape shape) {
        if (t.ndim() > shape.ndim()) throw new ShapeException("input operand has more dimensions than allowed by the axis remapping");
        Shape common = tryBroadcast(t.shape(), shape);
        if (common == null || !common.equals(shape)) {
            throw new ShapeException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + t.shape().compact() + "  and requested shape " + shape.compact());
        }
        if (t.shape().equals(shape)) return t;
        Object out = Buffers.allocTyped(shape, t.dtype());
        forEachRun(shape, new Tensor[] {t}, new Object[] {Buffers.typed(t, t.dtype())}, (src, off, o, n) -> System.arraycopy(src[0], off[0], out, o, n));
        return Buffers.wrapTyped(out, shape, t.dtype());
    }

    /** numpy's {@code where(cond, x, y)}: x where cond is true (nonzero), else y, all three broadcast together. */
    public static Tensor where(Tensor cond, Tensor x, Tensor y) {
        Shape shape = broadcastShapes(cond.shape(), x.shape(), y.shape());
        DType dtype = DType.promote(x.dtype(), y.dtype());
        Object out = Buffers.allocTyped(shape, dtype);
        Run select = switch (dtype) {
            case BOOL -> (src, off, o, n) -> Loops.select((byte[]) src[0], off[0], (byte[]) src[1], off[1], (byte[]) src[2], off[2], (byte[]) out, o, n);
            case INT64 -> (src, off, o, n) -> Loops.select((byte[]) src[0], off[0], (long[]) src[1], off[1], (long[]) src[2], off[2], (long[]) out, o, n);
            default -> (src, off, o, n) -> Loops.select((byte[]) src[0], off[0], (double[]) src[1], off[1], (double[]) src[2], off[2], (double[]) out, o, n);
        };
        forEachRun(shape, new Tensor[] {cond, x, y}, new Object[] {Buffers.bools(cond), Buffers.typed(x, dtype), Buffers.typed(y, dtype)}, select);
        return Buffers.wrapTyped(out, shape, dtype);
    }

    /** Applies {@code op} to every element. */
    public static Tensor unary(Tensor a, DoubleUnaryOperator op, DType dtype) {
        double[] x = Buffers.data(a), out = Buffers.alloc(a.shape(), dtype);
        for (int i = 0; i < x.length; i++) out[i] = op.applyAsDouble(x[i]);
        return Buffers.wrap(out, a.shape(), dtype);
    }

    /** Applies the test {@code test} to every element: a bool result, a byte each. */
    public static Tensor test(Tensor a, java.util.function.DoublePredicate test) {
        double[] x = Buffers.data(a);
        byte[] out = Buffers.allocBools(a.shape());
        for (int i = 0; i < x.length; i++) out[i] = (byte) (test.test(x[i]) ? 1 : 0);
        return Buffers.wrapBools(out, a.shape());
    }

    /** Applies {@code op} to every element of an int64 (or bool) tensor: an int64 result. */
    public static Tensor unary(Tensor a, java.util.function.LongUnaryOperator op) {
        long[] x = Buffers.longs(a), out = Buffers.allocLongs(a.shape());
        for (int i = 0; i < x.length; i++) out[i] = op.applyAsLong(x[i]);
        return Buffers.wrapLongs(out, a.shape());
    }

    /** Runs {@code loop} over every element. */
    public static Tensor unary(Tensor a, Loops.Unary loop, DType dtype) {
        double[] out = Buffers.alloc(a.shape(), dtype);
        loop.run(Buffers.data(a), out);
        return Buffers.wrap(out, a.shape(), dtype);
    }
}

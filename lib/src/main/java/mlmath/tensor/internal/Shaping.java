package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.Arrays;

/** Axis bookkeeping: reshape, transpose and the axis moves built on it (swapaxes, moveaxis, squeeze, expand_dims). */
public final class Shaping {
    private Shaping() {}

    /** Same data, new shape; one dimension may be negative (numpy accepts any negative) and is inferred. */
    public static Tensor reshape(Tensor t, int[] dims) {
        int[] d = dims.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0) {
                if (infer >= 0) throw new ShapeException("can only specify one unknown dimension");
                infer = i;
            } else {
                known *= d[i];
            }
        }
        int size = t.size();
        if (infer >= 0) {
            if (known == 0 || size % known != 0) {
                throw new ShapeException("cannot reshape array of size " + size + " into shape " + shapeWithUnknown(d, infer));
            }
            d[infer] = (int) (size / known);
        } else if (known != size) {
            throw new ShapeException("cannot reshape array of size " + size + " into shape " + compact(d));
        }
        return Buffers.withShape(t, new Shape(d));
    }

    private static String compact(int[] d) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < d.length; i++) sb.append(i == 0 ? "" : ",").append(d[i]);
        return sb.append(d.length == 1 ? ",)" : ")").toString();
    }

    /** numpy prints the inferred dimension of a failed reshape as {@code newaxis}: {@code (3,newaxis)}. */
    private static String shapeWithUnknown(int[] d, int infer) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < d.length; i++) sb.append(i == 0 ? "" : ",").append(i == infer ? "newaxis" : Integer.toString(d[i]));
        return sb.append(d.length == 1 ? ",)" : ")").toString();
    }

    /**
     * {@link #transpose} where numpy would make a view the learner multiplies ({@code T()}, {@code transpose()},
     * {@code np.cov}'s {@code X.T}): a matrix's result is recorded as its source's transpose, so a product hands BLAS
     * the source with a Trans flag, as numpy does (see {@link Transposes}). Internal permutes need no record.
     */
    public static Tensor transposeView(Tensor t, int[] axes) {
        Tensor out = transpose(t, axes);
        if (t.ndim() == 2 && out != t) Transposes.remember(out, t);
        return out;
    }

    /** Permutes the axes (a copy); no axes reverses them, and a 0-d array is returned as it is. */
    public static Tensor transpose(Tensor t, int[] axes) {
        int n = t.ndim();
        if (axes.length == 0) {
            axes = new int[n];
            for (int i = 0; i < n; i++) axes[i] = n - 1 - i;
        }
        if (axes.length != n) throw new ShapeException("axes don't match array");
        int[] perm = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            perm[i] = t.shape().normalizeAxis(axes[i]);
            if (seen[perm[i]]) throw new ShapeException("repeated axis in transpose");
            seen[perm[i]] = true;
        }
        boolean identity = true;
        for (int i = 0; i < n; i++) identity &= perm[i] == i;
        if (identity) return t;
        int[] dims = t.shape().dims(), strides = t.shape().strides(), outDims = new int[n], srcStrides = new int[n];
        for (int i = 0; i < n; i++) {
            outDims[i] = dims[perm[i]];
            srcStrides[i] = strides[perm[i]];
        }
        Shape outShape = new Shape(outDims);
        Object data = Buffers.typed(t, t.dtype()), out = Buffers.allocTyped(outShape, t.dtype());
        int[] swap = asBatchedSwap(dims, perm);
        if (swap != null && data instanceof double[] in) {
            swapBlocks(in, (double[]) out, swap[0], swap[1], swap[2]);
            return Buffers.wrapTyped(out, outShape, t.dtype());
        }
        // A row of the last output axis at a time, stepping through the source.
        int rowLen = outDims[n - 1], rowStep = srcStrides[n - 1], size = outShape.size();
        int[] counter = new int[n - 1];
        int off = 0;
        for (int o = 0; o < size && rowLen > 0; o += rowLen) {
            Copies.run(data, off, rowStep, out, o, rowLen);
            for (int d = n - 2; d >= 0; d--) {
                if (++counter[d] < outDims[d]) {
                    off += srcStrides[d];
                    break;
                }
                counter[d] = 0;
                off -= srcStrides[d] * (outDims[d] - 1);
            }
        }
        return Buffers.wrapTyped(out, outShape, t.dtype());
    }

    /**
     * The permutation as {@code batch × rows × cols → batch × cols × rows}, or null: axes that stay neighbours in
     * order merge, so {@code .T} of a matrix and moving any one axis last (or back) are such a swap.
     */
    private static int[] asBatchedSwap(int[] dims, int[] perm) {
        int n = perm.length, groups = 0;
        int[] first = new int[n], size = new int[n];
        for (int i = 0; i < n; i++) {
            if (i == 0 || perm[i] != perm[i - 1] + 1) {
                first[groups] = perm[i];
                size[groups++] = 1;
            }
            size[groups - 1] *= dims[perm[i]];
        }
        // In output order the groups must read (batch,) cols, rows: the source order is (batch,) rows, cols.
        boolean batched = groups == 3 && first[0] == 0 && first[1] > first[2];
        if (groups == 2) return new int[] {1, size[1], size[0]};
        return batched ? new int[] {size[0], size[2], size[1]} : null;
    }

    /**
     * Transposes each of {@code batch} rows×cols matrices: a matrix past the caches ({@link #STRIPS_FROM} elements, and
     * output rows of 512 or more) in {@link #swapStrips}, any other in 64×64 tiles. The strips take about a tenth less
     * time than the tiles on 1000² and 3000×300, but a tenth more on 300×3000, whose output rows are short.
     */
    private static void swapBlocks(double[] in, double[] out, int batch, int rows, int cols) {
        for (int b = 0, base = 0; b < batch; b++, base += rows * cols) {
            if (rows >= 512 && rows * cols >= STRIPS_FROM) swapStrips(in, out, base, rows, cols);
            else swapTiles(in, out, base, rows, cols);
        }
    }

    /** 2^19 elements (4 MB of doubles): from about there on (800² but not 700²) the strips beat the tiles. */
    private static final int STRIPS_FROM = 1 << 19;

    /**
     * Four source columns at a time, down strips of at most 512 rows: each output row is then written as a long forward
     * run, which the prefetcher feeds, while the strided source lines are reread from cache. Short write runs (64 doubles
     * per visit, as the tiles give) cost about half as much again on 1000²; 512 rather than all rows keeps the lines
     * of a power-of-two stride (1024², 2048²) from evicting each other. (The strip height is worked out from
     * {@code rows} rather than written as a constant: with the constant 512, C2 compiled a loop a quarter slower on 1024².)
     */
    private static void swapStrips(double[] in, double[] out, int base, int rows, int cols) {
        int strips = (rows + 511) / 512, strip = (rows + strips - 1) / strips;
        for (int i0 = 0; i0 < rows; i0 += strip) {
            int i1 = Math.min(rows, i0 + strip), j = 0;
            for (; j + 4 <= cols; j += 4) fourColumns(in, base + i0 * cols + j, cols, out, base + j * rows, rows, i0, i1);
            for (; j < cols; j++) {
                int o = base + j * rows;
                for (int i = i0, s = base + i0 * cols + j; i < i1; i++, s += cols) out[o + i] = in[s];
            }
        }
    }

    /**
     * Rows {@code i0..i1} of four neighbouring source columns (the first at {@code s}) into positions {@code i0..i1} of
     * four output rows (the first at {@code o0}). A method of its own because C2 compiled this loop alone into faster
     * code than inside swapStrips' loops: 1000² a tenth faster, 1024² within 4 % (same-JVM A/B; the cause not pinned down).
     */
    private static void fourColumns(double[] in, int s, int cols, double[] out, int o0, int rows, int i0, int i1) {
        int o1 = o0 + rows, o2 = o1 + rows, o3 = o2 + rows;
        for (int i = i0; i < i1; i++, s += cols) {
            out[o0 + i] = in[s];
            out[o1 + i] = in[s + 1];
            out[o2 + i] = in[s + 2];
            out[o3 + i] = in[s + 3];
        }
    }

    /**
     * One rows×cols matrix at {@code base} in 64×64 tiles that stay in cache on both sides, eight source rows at a time
     * so that each output row gets a whole cache line (eight doubles) per visit: on 512² about a third faster than the
     * strips.
     */
    private static void swapTiles(double[] in, double[] out, int base, int rows, int cols) {
        final int tile = 64;
        for (int i0 = 0; i0 < rows; i0 += tile) {
            int i1 = Math.min(rows, i0 + tile);
            for (int j0 = 0; j0 < cols; j0 += tile) {
                int j1 = Math.min(cols, j0 + tile), i = i0;
                for (; i + 8 <= i1; i += 8) {
                    int s0 = base + i * cols, s1 = s0 + cols, s2 = s1 + cols, s3 = s2 + cols;
                    int s4 = s3 + cols, s5 = s4 + cols, s6 = s5 + cols, s7 = s6 + cols;
                    for (int j = j0, o = base + j0 * rows + i; j < j1; j++, o += rows) {
                        out[o] = in[s0 + j];
                        out[o + 1] = in[s1 + j];
                        out[o + 2] = in[s2 + j];
                        out[o + 3] = in[s3 + j];
                        out[o + 4] = in[s4 + j];
                        out[o + 5] = in[s5 + j];
                        out[o + 6] = in[s6 + j];
                        out[o + 7] = in[s7 + j];
                    }
                }
                for (; i < i1; i++) {
                    for (int j = j0, o = base + j0 * rows + i; j < j1; j++, o += rows) out[o] = in[base + i * cols + j];
                }
            }
        }
    }

    /** Exchanges two axes. */
    public static Tensor swapaxes(Tensor t, int axis1, int axis2) {
        int n = t.ndim();
        int a = normalize(axis1, n, "axis1: "), b = normalize(axis2, n, "axis2: ");
        int[] perm = identity(n);
        perm[a] = b;
        perm[b] = a;
        return transpose(t, perm);
    }

    /** Moves one axis to a new position, the others keeping their order. */
    public static Tensor moveaxis(Tensor t, int source, int destination) {
        int n = t.ndim();
        int s = normalize(source, n, "source: "), d = normalize(destination, n, "destination: ");
        int[] order = new int[n];
        for (int i = 0, j = 0; i < n; i++) {
            if (i == d) continue;
            if (j == s) j++;
            order[i] = j++;
        }
        order[d] = s;
        return transpose(t, order);
    }

    private static int normalize(int axis, int n, String prefix) {
        int a = axis < 0 ? axis + n : axis;
        if (a < 0 || a >= n) throw new ShapeException(prefix + "axis " + axis + " is out of bounds for array of dimension " + n);
        return a;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }

    /** Drops the listed length-1 axes, or every length-1 axis when none is listed. */
    public static Tensor squeeze(Tensor t, int... axes) {
        int[] dims = t.shape().dims();
        boolean[] drop = new boolean[dims.length];
        if (axes.length == 0) {
            for (int i = 0; i < dims.length; i++) drop[i] = dims[i] == 1;
        } else {
            drop = Reductions.axisSet(t.shape(), axes);
            for (int i = 0; i < dims.length; i++) {
                if (drop[i] && dims[i] != 1) throw new ShapeException("cannot select an axis to squeeze out which has size not equal to one");
            }
        }
        boolean[] dropped = drop;
        int[] kept = java.util.stream.IntStream.range(0, dims.length).filter(i -> !dropped[i]).map(i -> dims[i]).toArray();
        return reshape(t, kept);
    }

    /** Inserts a length-1 axis at {@code axis} of the result (so -1 appends one). */
    public static Tensor expandDims(Tensor t, int axis) {
        int n = t.ndim() + 1;
        int a = normalize(axis, n, "");
        int[] dims = t.shape().dims(), out = new int[n];
        for (int i = 0, j = 0; i < n; i++) out[i] = i == a ? 1 : dims[j++];
        return reshape(t, out);
    }

    /** numpy's {@code atleast_1d} / {@code atleast_2d} for vstack and hstack: leading length-1 axes added. */
    static Tensor atLeast(Tensor t, int ndim) {
        if (t.ndim() >= ndim) return t;
        int[] dims = new int[ndim];
        Arrays.fill(dims, 1);
        int[] own = t.shape().dims();
        System.arraycopy(own, 0, dims, ndim - own.length, own.length);
        return reshape(t, dims);
    }
}

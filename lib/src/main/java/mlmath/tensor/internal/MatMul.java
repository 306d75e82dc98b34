package mlmath.tensor.internal;

import mlmath.tensor.*;

/** numpy's {@code matmul} and {@code dot} shape rules over the {@link Gemm} kernel. */
public final class MatMul {
    private MatMul() {}

    private static final String SIGNATURE = "(n?,k),(k,m?)->(n?,m?)";

    /** {@code a @ b}: 1-D operands are promoted and the added axis removed; leading axes broadcast as a batch. */
    public static Tensor matmul(Tensor a, Tensor b) { return matmul(a, b, true); }

    /** The same, by BLAS as numpy's matmul (with {@code blas}), or by the Java loop as numpy's einsum multiplies. */
    static Tensor matmul(Tensor a, Tensor b, boolean blas) {
        for (int op = 0; op < 2; op++) {
            Tensor t = op == 0 ? a : b;
            if (t.ndim() == 0) {
                throw new ShapeException("matmul: Input operand " + op + " does not have enough dimensions (has 0, gufunc core with signature "
                        + SIGNATURE + " requires 1)");
            }
        }
        boolean aVec = a.ndim() == 1, bVec = b.ndim() == 1;
        Tensor a2 = aVec ? a.reshape(1, a.size()) : a;
        Tensor b2 = bVec ? b.reshape(b.size(), 1) : b;
        int[] da = a2.shape().dims(), db = b2.shape().dims();
        int m = da[da.length - 2], k = da[da.length - 1], kb = db[db.length - 2], n = db[db.length - 1];
        if (k != kb) {
            throw new ShapeException("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + SIGNATURE + " (size " + kb + " is different from " + k + ")");
        }
        Shape batchA = new Shape(java.util.Arrays.copyOf(da, da.length - 2));
        Shape batchB = new Shape(java.util.Arrays.copyOf(db, db.length - 2));
        Shape batch;
        try {
            batch = Broadcast.broadcastShapes(batchA, batchB);
        } catch (ShapeException e) {
            String core = (aVec ? "" : "" + m) + (aVec || bVec ? "" : ",") + (bVec ? "" : "" + n);
            throw new ShapeException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + remapped(a) + " " + remapped(b) + "  and requested shape (" + core + (aVec != bVec ? ",)" : ")"));
        }
        int batches = batch.size();
        int extra = (aVec ? 0 : 1) + (bVec ? 0 : 1);
        int[] bd = batch.dims();
        int[] dims = java.util.Arrays.copyOf(bd, bd.length + extra);
        int i = bd.length;
        if (!aVec) dims[i++] = m;
        if (!bVec) dims[i] = n;
        DType dtype = DType.promote(a.dtype(), b.dtype());
        Shape outShape = new Shape(dims);
        double[] out = Buffers.alloc(outShape, dtype);
        double[] x = Buffers.data(a2), y = Buffers.data(b2);
        // Broadcast batch offsets through a tiny index tensor rather than duplicating operands.
        int[] offA = batchOffsets(batchA, batch, m * k), offB = batchOffsets(batchB, batch, k * n);
        // A single product of a transposed matrix goes to BLAS as numpy sends its transposed view (see Transposes).
        Tensor aSource = batches == 1 ? Transposes.sourceOf(a) : null, bSource = batches == 1 ? Transposes.sourceOf(b) : null;
        double[] aT = aSource != null && m > 1 && k > 1 ? Buffers.data(aSource) : null;
        double[] bT = bSource != null && k > 1 && n > 1 ? Buffers.data(bSource) : null;
        // numpy hands an array and its own transposed view to dsyrk; a symmetric S @ S, or a copy of A.T, to dgemm.
        boolean gram = m == n && ((bSource != null && bSource == a) || (aSource != null && aSource == b));
        for (int t = 0; t < batches; t++) {
            if (blas) Gemm.multiply(x, offA[t], aT, y, offB[t], bT, gram, out, t * m * n, m, k, n);
            else Gemm.inJava(x, offA[t], y, offB[t], out, t * m * n, m, k, n);
        }
        return Buffers.wrap(out, outShape, dtype);
    }

    /** numpy's {@code (2,3,4)->(2,newaxis,newaxis)}: the batch axes kept, the core axes shown as newaxis. */
    private static String remapped(Tensor t) {
        int[] d = t.shape().dims();
        StringBuilder sb = new StringBuilder(t.shape().compact()).append("->(");
        int core = Math.min(2, d.length);
        for (int i = 0; i < d.length; i++) sb.append(i == 0 ? "" : ",").append(i < d.length - core ? Integer.toString(d[i]) : "newaxis");
        return sb.append(d.length == 1 ? ",)" : ")").toString();
    }

    private static int[] batchOffsets(Shape own, Shape batch, int matrixSize) {
        int size = own.size();
        double[] ids = new double[size];
        for (int i = 0; i < size; i++) ids[i] = i;
        double[] expanded = Buffers.data(Broadcast.broadcastTo(Buffers.wrap(ids, own, DType.INT64), batch));
        int[] offsets = new int[expanded.length];
        for (int i = 0; i < offsets.length; i++) offsets[i] = (int) expanded[i] * matrixSize;
        return offsets;
    }

    /** numpy's {@code dot}: products for scalars, inner product for 1-D, matmul for 2-D, sum over a's last and b's second-to-last axis for N-D. */
    public static Tensor dot(Tensor a, Tensor b) {
        if (a.ndim() == 0 || b.ndim() == 0) return Ufuncs.multiply(a, b);
        int ka = a.shape().get(-1);
        int bAxis = Math.max(0, b.ndim() - 2);
        int kb = b.shape().get(bAxis);
        if (ka != kb) {
            throw new ShapeException("shapes " + a.shape().compact() + " and " + b.shape().compact() + " not aligned: "
                    + ka + " (dim " + (a.ndim() - 1) + ") != " + kb + " (dim " + bAxis + ")");
        }
        if (a.ndim() <= 2 && b.ndim() <= 2) return matmul(a, b);
        return Einsum.tensordot(a, b, new int[] {a.ndim() - 1}, new int[] {bAxis});
    }
}

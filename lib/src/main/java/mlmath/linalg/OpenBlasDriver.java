package mlmath.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;

import java.lang.ref.Reference;

import static org.bytedeco.openblas.global.openblas.*;

/**
 * numpy's drivers through OpenBLAS's LAPACKE in row-major mode: LAPACKE transposes into the column-major copy numpy
 * makes, calls the same Fortran routine and transposes back, so the digits (and signs) are numpy's.
 */
final class OpenBlasDriver implements Driver {
    private static final int ROW = LAPACK_ROW_MAJOR;

    @Override public Factors svd(double[] a, int m, int n, char jobz) {
        int k = Math.min(m, n);
        int uCols = jobz == 'A' ? m : jobz == 'S' ? k : 1, vtRows = jobz == 'A' ? n : jobz == 'S' ? k : 1;
        double[] s = new double[k], u = new double[Math.max(1, m * uCols)], vt = new double[Math.max(1, vtRows * n)];
        int info = LAPACKE_dgesdd(ROW, (byte) jobz, m, n, a, Math.max(1, n), s, u, uCols, vt, Math.max(1, n));
        return info == 0 ? new Factors(jobz == 'N' ? null : u, s, jobz == 'N' ? null : vt) : null;
    }

    @Override public Factors eigh(double[] a, int n, boolean vectors, boolean lower) {
        double[] w = new double[n];
        int info = LAPACKE_dsyevd(ROW, (byte) (vectors ? 'V' : 'N'), (byte) (lower ? 'L' : 'U'), n, a, Math.max(1, n), w);
        return info == 0 ? new Factors(null, w, vectors ? a : null) : null;
    }

    @Override public Eigen eig(double[] a, int n, boolean vectors) {
        double[] re = new double[n], im = new double[n], vr = new double[vectors ? Math.max(1, n * n) : 1];
        int info = LAPACKE_dgeev(ROW, (byte) 'N', (byte) (vectors ? 'V' : 'N'), n, a, Math.max(1, n), re, im,
                new double[1], 1, vr, vectors ? Math.max(1, n) : 1);
        return info == 0 ? new Eigen(re, im, vectors ? vr : null) : null;
    }

    /**
     * dgesv on column-major copies made here: LAPACKE's row-major wrapper would transpose A and B in and out with plain
     * loops (a third of a 1000² solve, and A's transposition back is never used). Same Fortran call, same digits.
     */
    @Override public boolean solve(double[] a, int n, double[] b, int nrhs) {
        Scratch scratch = SCRATCH.get();
        double[] t = scratch.array((long) n * Math.max(n, nrhs));
        DoublePointer pa = scratch.get(0, (long) n * n), pb = scratch.get(1, (long) n * nrhs);
        transpose(a, n, n, t);
        pa.put(t, 0, n * n);
        transpose(b, n, nrhs, t);
        pb.put(t, 0, n * nrhs);
        if (LAPACKE_dgesv(LAPACK_COL_MAJOR, n, nrhs, pa, n, scratch.pivots(n), pb, n) != 0) return false;
        pb.get(t, 0, n * nrhs);
        transpose(t, nrhs, n, b);
        return true;
    }

    /** {@code out} (cols×rows) = {@code in} (rows×cols)ᵀ, both row-major, in 32×32 tiles that stay in cache. */
    private static void transpose(double[] in, int rows, int cols, double[] out) {
        final int tile = 32;
        for (int i0 = 0; i0 < rows; i0 += tile) {
            for (int j0 = 0; j0 < cols; j0 += tile) {
                int i1 = Math.min(rows, i0 + tile), j1 = Math.min(cols, j0 + tile);
                for (int i = i0; i < i1; i++) for (int j = j0; j < j1; j++) out[j * rows + i] = in[i * cols + j];
            }
        }
    }

    @Override public double[] slogdet(double[] a, int n) {
        int[] pivots = new int[Math.max(1, n)];
        int info = LAPACKE_dgetrf(ROW, n, n, a, Math.max(1, n), pivots);
        if (info > 0) return new double[] {0, Double.NEGATIVE_INFINITY};
        double sign = 1, logdet = 0;
        for (int i = 0; i < n; i++) {
            double d = a[i * n + i];
            if (pivots[i] != i + 1) sign = -sign;
            if (d < 0) sign = -sign;
            logdet += Math.log(Math.abs(d));
        }
        return new double[] {sign, logdet};
    }

    @Override public boolean cholesky(double[] a, int n, boolean lower) {
        if (LAPACKE_dpotrf(ROW, (byte) (lower ? 'L' : 'U'), n, a, Math.max(1, n)) != 0) return false;
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) a[lower ? i * n + j : j * n + i] = 0;
        return true;
    }

    @Override public Factors qr(double[] a, int m, int n, int qCols, int rRows) {
        int k = Math.min(m, n);
        double[] tau = new double[Math.max(1, k)];
        LAPACKE_dgeqrf(ROW, m, n, a, Math.max(1, n), tau);
        double[] r = new double[rRows * n];
        for (int i = 0; i < rRows; i++) for (int j = i; j < n; j++) r[i * n + j] = a[i * n + j];
        double[] q = new double[m * qCols];
        for (int i = 0; i < m; i++) System.arraycopy(a, i * n, q, i * qCols, Math.min(n, qCols));
        if (m > 0 && qCols > 0) LAPACKE_dorgqr(ROW, m, qCols, k, q, qCols, tau);
        return new Factors(q, null, r);
    }

    @Override public Lstsq lstsq(double[] a, int m, int n, double[] b, int nrhs, double rcond) {
        double[] s = new double[Math.min(m, n)];
        int[] rank = new int[1];
        int info = LAPACKE_dgelsd(ROW, m, n, nrhs, a, Math.max(1, n), b, Math.max(1, nrhs), s, rcond, rank);
        return info == 0 ? new Lstsq(s, rank[0]) : null;
    }

    /**
     * {@code c[cOff..] = a[aOff..](m×k) · b[bOff..](k×n)} by cblas_dgemm. A and B are tensor arrays, never written
     * again: a large one read before comes from its kept native copy ({@link Mirrors}), others are copied into
     * scratch. C is computed in scratch and copied out. Runs on the caller's thread: threaded dgemm, unlike dgetrf,
     * fits in a 1 MB Java stack (see {@link LargeStack}).
     */
    static void gemm(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        Scratch scratch = SCRATCH.get();
        DoublePointer pa = operand(a, aOff, m * k, scratch, 0), pb = operand(b, bOff, k * n, scratch, 1);
        DoublePointer pc = scratch.get(2, (long) m * n);
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0, pa, k, pb, n, 0.0, pc, n);
        pc.get(c, cOff, m * n);
        // The kept copies live as long as their arrays: keep both reachable until dgemm has returned.
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(b);
    }

    /** A pointer to {@code length} doubles of {@code x} from {@code offset}: into its kept copy, or a scratch copy. */
    private static DoublePointer operand(double[] x, int offset, int length, Scratch scratch, int slot) {
        DoublePointer kept = Mirrors.reused(x);
        if (kept != null) return new DoublePointer(kept).position(offset);
        DoublePointer p = scratch.get(slot, length);
        p.put(x, offset, length);
        return p;
    }

    /**
     * Native buffers for dgemm's C and small operands, and for dgesv, kept per thread and only ever grown: fresh
     * multi-megabyte buffers cost page faults on every call. C's holds the largest product the thread has made (2000²:
     * 32 MB).
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        private final DoublePointer[] buffers = new DoublePointer[3];
        private IntPointer pivots;
        private double[] array = new double[0];

        DoublePointer get(int i, long size) {
            if (buffers[i] == null || buffers[i].capacity() < size) {
                if (buffers[i] != null) buffers[i].close();
                buffers[i] = new DoublePointer(Math.max(1, size));
            }
            return buffers[i];
        }

        IntPointer pivots(int n) {
            if (pivots == null || pivots.capacity() < n) {
                if (pivots != null) pivots.close();
                pivots = new IntPointer(Math.max(1, n));
            }
            return pivots;
        }

        /** A Java array of at least {@code size} doubles, for transposing on the way in and out. */
        double[] array(long size) {
            if (array.length < size) array = new double[Math.toIntExact(size)];
            return array;
        }
    }
}

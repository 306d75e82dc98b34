package mlmath.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.util.concurrent.locks.ReentrantLock;

import static org.bytedeco.openblas.global.openblas.*;

/**
 * numpy's drivers through OpenBLAS's LAPACKE, on the column-major copy numpy makes: svd, eigh and solve transpose
 * into native memory themselves, the others let LAPACKE's row-major wrappers do it. The same Fortran routine on the
 * same copy, so the digits (and signs) are numpy's.
 */
final class OpenBlasDriver implements Driver {
    private static final int ROW = LAPACK_ROW_MAJOR, COL = LAPACK_COL_MAJOR;

    /**
     * dgesdd on a column-major copy transposed straight into native memory, with U and Vᵀ transposed straight back and
     * the workspace kept between calls: the same Fortran call, with the same leading dimensions, that LAPACKE's row-major
     * wrapper (and numpy) makes, without the wrapper's three fresh matrices, copies and plain-loop transpositions.
     */
    @Override public Factors svd(double[] a, int m, int n, char jobz) {
        int k = Math.min(m, n);
        int uCols = jobz == 'A' ? m : jobz == 'S' ? k : 1, vtRows = jobz == 'A' ? n : jobz == 'S' ? k : 1;
        int ldu = Math.max(1, m), ldvt = Math.max(1, vtRows);
        try (Scratch scratch = Scratch.acquire()) {
            DoublePointer pa = scratch.get(0, (long) m * n), ps = scratch.get(1, k);
            DoublePointer pu = scratch.get(2, (long) ldu * uCols), pvt = scratch.get(3, (long) ldvt * n);
            IntPointer iwork = scratch.ints(8 * k);
            toColumnMajor(a, 0, m, n, pa.asBuffer());
            DoublePointer query = scratch.get(4, 1);
            byte job = (byte) jobz;
            if (LAPACKE_dgesdd_work(COL, job, m, n, pa, ldu, ps, pu, ldu, pvt, ldvt, query, -1, iwork) != 0) {
                return null;
            }
            int lwork = (int) query.get(0);
            DoublePointer work = scratch.get(4, lwork);
            if (LAPACKE_dgesdd_work(COL, job, m, n, pa, ldu, ps, pu, ldu, pvt, ldvt, work, lwork, iwork) != 0) {
                return null;
            }
            double[] s = new double[k];
            ps.get(s);
            if (jobz == 'N') return new Factors(null, s, null);
            double[] u = new double[Math.max(1, m * uCols)], vt = new double[Math.max(1, vtRows * n)];
            fromColumnMajor(pu.asBuffer(), m, uCols, u, 0);
            fromColumnMajor(pvt.asBuffer(), vtRows, n, vt, 0);
            return new Factors(u, s, vt);
        }
    }

    /** dsyevd the same way as {@link #svd}: a column-major copy in native memory, the workspace kept between calls. */
    @Override public Factors eigh(double[] a, int n, boolean vectors, boolean lower) {
        try (Scratch scratch = Scratch.acquire()) {
            DoublePointer pa = scratch.get(0, (long) n * n), pw = scratch.get(1, n), query = scratch.get(4, 1);
            IntPointer iquery = scratch.ints(1);
            byte jobz = (byte) (vectors ? 'V' : 'N'), uplo = (byte) (lower ? 'L' : 'U');
            int lda = Math.max(1, n);
            toColumnMajor(a, 0, n, n, pa.asBuffer());
            if (LAPACKE_dsyevd_work(COL, jobz, uplo, n, pa, lda, pw, query, -1, iquery, -1) != 0) {
                return null;
            }
            int lwork = (int) query.get(0), liwork = iquery.get(0);
            DoublePointer work = scratch.get(4, lwork);
            IntPointer iwork = scratch.ints(liwork);
            if (LAPACKE_dsyevd_work(COL, jobz, uplo, n, pa, lda, pw, work, lwork, iwork, liwork) != 0) {
                return null;
            }
            double[] w = new double[n];
            pw.get(w);
            if (vectors) fromColumnMajor(pa.asBuffer(), n, n, a, 0);
            return new Factors(null, w, vectors ? a : null);
        }
    }

    /** dsyevr on the lower triangle for eigenvalues n-k+1..n only: the tridiagonal reduction, then k vectors. */
    @Override public Factors eighTop(double[] a, int n, int k) {
        double[] w = new double[n], z = new double[Math.max(1, n * k)];
        int[] found = new int[1], support = new int[2 * Math.max(1, k)];
        // abstol = LAPACK's safe minimum: the most accurate values and vectors dsyevr gives.
        int info = LAPACKE_dsyevr(ROW, (byte) 'V', (byte) 'I', (byte) 'L', n, a, Math.max(1, n), 0, 0, n - k + 1, n,
                Double.MIN_NORMAL, found, w, z, Math.max(1, k), support);
        return info == 0 && found[0] == k ? new Factors(null, java.util.Arrays.copyOf(w, k), z) : null;
    }

    @Override public Eigen eig(double[] a, int n, boolean vectors) {
        double[] re = new double[n], im = new double[n], vr = new double[vectors ? Math.max(1, n * n) : 1];
        int info = LAPACKE_dgeev(ROW, (byte) 'N', (byte) (vectors ? 'V' : 'N'), n, a, Math.max(1, n), re, im,
                new double[1], 1, vr, vectors ? Math.max(1, n) : 1);
        return info == 0 ? new Eigen(re, im, vectors ? vr : null) : null;
    }

    /**
     * dgesv on column-major copies transposed straight into native memory (and the solution straight back): LAPACKE's
     * row-major wrapper would transpose A and B in and out with plain loops, and A's transposition back is never used.
     * numpy makes the same column-major copies, so it is the same Fortran call with the same digits.
     */
    @Override public boolean solve(double[] a, int aOff, int n, double[] b, int bOff, int nrhs, double[] x, int xOff) {
        try (Scratch scratch = Scratch.acquire()) {
            DoublePointer pa = scratch.get(0, (long) n * n), pb = scratch.get(1, (long) n * nrhs);
            toColumnMajor(a, aOff, n, n, pa.asBuffer());
            if (b == null) identity(pb, n);
            else toColumnMajor(b, bOff, n, nrhs, pb.asBuffer());
            if (LAPACKE_dgesv(COL, n, nrhs, pa, n, scratch.ints(n), pb, n) != 0) return false;
            fromColumnMajor(pb.asBuffer(), n, nrhs, x, xOff);
            return true;
        }
    }

    /** The n×n identity at the start of {@code p} (the same in either order). */
    private static void identity(DoublePointer p, int n) {
        Pointer.memset(p, 0, (long) n * n * Double.BYTES);
        DoubleBuffer d = p.asBuffer();
        for (int i = 0; i < n; i++) d.put(i * n + i, 1);
    }

    /** Tiles of this many rows and columns stay in cache on both sides of a transposition. */
    private static final int TILE = 32;

    /** {@code out} = the rows×cols row-major block at {@code in[off..]}, column-major. */
    private static void toColumnMajor(double[] in, int off, int rows, int cols, DoubleBuffer out) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int i1 = Math.min(rows, i0 + TILE), j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) for (int j = j0; j < j1; j++) out.put(j * rows + i, in[off + i * cols + j]);
            }
        }
    }

    /** {@code out[off..]} = the rows×cols column-major {@code in}, row-major. */
    private static void fromColumnMajor(DoubleBuffer in, int rows, int cols, double[] out, int off) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int i1 = Math.min(rows, i0 + TILE), j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) for (int j = j0; j < j1; j++) out[off + i * cols + j] = in.get(j * rows + i);
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
     * {@code c[cOff..] = A(m×k) · B(k×n)} by cblas_dgemm (dgemv for a row or a column), A at {@code a[aOff..]} or its
     * transpose there when {@code aTransposed}, B likewise (see {@code Blas.gemm}). A and B are tensor arrays, never written
     * again: a large one read before comes from its kept native copy ({@link Mirrors}), others are copied into
     * scratch. C is computed in scratch and copied out. Runs on the caller's thread: threaded dgemm, unlike dgetrf,
     * fits in a 1 MB Java stack (see {@link LargeStack}).
     */
    static void gemm(double[] a, int aOff, boolean aTransposed, double[] b, int bOff, boolean bTransposed, double[] c, int cOff,
                     int m, int k, int n) {
        try (Scratch scratch = Scratch.acquire()) {
            DoublePointer pa = operand(a, aOff, m * k, scratch, 0), pb = operand(b, bOff, k * n, scratch, 1);
            DoublePointer pc = scratch.get(2, (long) m * n);
            // numpy's matmul and dot take a matrix times a column, or a row times a matrix, to dgemv, which sums in
            // another order than dgemm; a transposed view goes with the Trans flag (its kernel sums in its own order).
            if (n == 1) {
                if (aTransposed) cblas_dgemv(CblasRowMajor, CblasTrans, k, m, 1.0, pa, m, pb, 1, 0.0, pc, 1);
                else cblas_dgemv(CblasRowMajor, CblasNoTrans, m, k, 1.0, pa, k, pb, 1, 0.0, pc, 1);
            } else if (m == 1) {
                if (bTransposed) cblas_dgemv(CblasRowMajor, CblasNoTrans, n, k, 1.0, pb, k, pa, 1, 0.0, pc, 1);
                else cblas_dgemv(CblasRowMajor, CblasTrans, k, n, 1.0, pb, n, pa, 1, 0.0, pc, 1);
            } else {
                cblas_dgemm(CblasRowMajor, aTransposed ? CblasTrans : CblasNoTrans, bTransposed ? CblasTrans : CblasNoTrans,
                        m, n, k, 1.0, pa, aTransposed ? m : k, pb, bTransposed ? k : n, 0.0, pc, n);
            }
            pc.get(c, cOff, m * n);
            // The kept copies live as long as their arrays: keep both reachable until dgemm has returned.
            Reference.reachabilityFence(a);
            Reference.reachabilityFence(b);
        }
    }

    /**
     * {@code c[cOff..] = a·aᵀ} for {@code a[aOff..]} (m×k) by cblas_dsyrk into the upper triangle, then mirrored, as
     * numpy's matmul does for {@code A @ A.T} and {@code X.T @ X} (dsyrk sums in another order than dgemm).
     */
    static void gram(double[] a, int aOff, double[] c, int cOff, int m, int k) {
        try (Scratch scratch = Scratch.acquire()) {
            DoublePointer pc = scratch.get(2, (long) m * m);
            cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, m, k, 1.0, operand(a, aOff, m * k, scratch, 0), k, 0.0, pc, m);
            pc.get(c, cOff, m * m);
            Reference.reachabilityFence(a);
        }
        for (int i = 0; i < m; i++) for (int j = i + 1; j < m; j++) c[cOff + j * m + i] = c[cOff + i * m + j];
    }

    /** {@code Σ x[xOff + i]·y[yOff + i]} by cblas_ddot, operands as for {@link #gemm}. */
    static double dot(double[] x, int xOff, double[] y, int yOff, int n) {
        try (Scratch scratch = Scratch.acquire()) {
            double d = cblas_ddot(n, operand(x, xOff, n, scratch, 0), 1, operand(y, yOff, n, scratch, 1), 1);
            Reference.reachabilityFence(x);
            Reference.reachabilityFence(y);
            return d;
        }
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
     * Native buffers for dgemm's C and small operands, for dgesv, and for dgesdd's and dsyevd's matrices and
     * workspaces, kept and grown as needed: fresh multi-megabyte buffers cost page faults on every call. One set for
     * every thread, used by one call at a time: JShell runs each snippet on a thread of its own, so per-thread buffers
     * would be made again for every snippet and linger until collected. They hold as much as the largest problem
     * solved (a 2000² product's C: 32 MB; a 1000² SVD: 48 MB), up to {@link Scratch#KEEP} doubles each.
     */
    private static final class Scratch implements AutoCloseable {
        /** Buffers up to this many doubles (128 MB) are kept after a call; larger ones are freed (numpy frees all). */
        private static final long KEEP = 1L << 24;

        private static final Scratch SHARED = new Scratch();
        private static final ReentrantLock LOCK = new ReentrantLock();

        private final DoublePointer[] buffers = new DoublePointer[5];
        private IntPointer ints;

        /** The buffers, for this thread until {@link #close}; a call interrupted while it waits for them is stopped. */
        static Scratch acquire() {
            if (!LOCK.tryLock()) {
                // Held by another call: perhaps one a Ctrl-C abandoned, which can take a while.
                LargeStack.sayIfWaiting();
                try {
                    LOCK.lockInterruptibly();
                } catch (InterruptedException e) {
                    throw LargeStack.stopped(e);
                }
            }
            return SHARED;
        }

        /** The end of a call: frees the buffers a very large problem needed, so they are not held until exit. */
        @Override public void close() {
            try {
                for (int i = 0; i < buffers.length; i++) {
                    if (buffers[i] != null && buffers[i].capacity() > KEEP) {
                        buffers[i].close();
                        buffers[i] = null;
                    }
                }
            } finally {
                LOCK.unlock();
            }
        }

        DoublePointer get(int i, long size) {
            if (buffers[i] == null || buffers[i].capacity() < size) {
                if (buffers[i] != null) buffers[i].close();
                buffers[i] = new DoublePointer(Math.max(1, size));
            }
            return buffers[i];
        }

        /** dgesv's pivots, dgesdd's iwork. */
        IntPointer ints(int n) {
            if (ints == null || ints.capacity() < n) {
                if (ints != null) ints.close();
                ints = new IntPointer(Math.max(1, n));
            }
            return ints;
        }
    }
}

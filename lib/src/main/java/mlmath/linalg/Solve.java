package mlmath.linalg;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.Broadcast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** numpy's {@code solve}, {@code inv} (dgesv), {@code det}, {@code slogdet} (dgetrf), {@code lstsq} (dgelsd). */
public final class Solve {
    private Solve() {}

    /**
     * {@code np.linalg.solve(a, b)}: x with {@code a @ x = b}. A 1-D b is one right-hand side; otherwise b is
     * {@code (..., M, K)} and the leading axes broadcast against a's.
     */
    public static Tensor solve(Tensor a, Tensor b) {
        int m = Stacks.requireSquare(a);
        boolean vector = b.ndim() == 1;
        if (!vector) Stacks.requireMatrices(b);
        int rows = vector ? b.size() : Stacks.rows(b), nrhs = vector ? 1 : Stacks.cols(b);
        if (rows != m) {
            throw new ShapeException((vector ? "solve1" : "solve") + ": Input operand 1 has a mismatch in its core dimension 0, "
                    + "with gufunc signature " + (vector ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)")
                    + " (size " + rows + " is different from " + m + ")");
        }
        int[] lead = vector ? Stacks.lead(a) : broadcastLead(a, b, m, nrhs);
        int count = new Shape(lead).size();
        Tensor as = expand(a, lead, m, m), bs = vector ? b : expand(b, lead, m, nrhs);
        double[] x = new double[count * m * nrhs], ad = Buffers.data(as), bd = Buffers.data(bs);
        for (int i = 0; i < count && m > 0; i++) {
            int bOff = vector ? 0 : i * m * nrhs;
            if (!Lapack.driver().solve(ad, i * m * m, m, bd, bOff, nrhs, x, i * m * nrhs)) throw new LinAlgError("Singular matrix");
        }
        return vector ? Stacks.tensor(x, lead, m) : Stacks.tensor(x, lead, m, nrhs);
    }

    /**
     * {@code np.linalg.tensorsolve(a, b)}: x with {@code tensordot(a, x, x.ndim) = b}, where x has the shape of a's
     * trailing axes after b's; a is reshaped to a square matrix and solved. {@code axes} (or null) are moved to the
     * end of a first, one after another as numpy's list moves them.
     */
    public static Tensor tensorsolve(Tensor a, Tensor b, int[] axes) {
        if (axes != null) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < a.ndim(); i++) order.add(i);
            for (int k : axes) {
                if (!order.remove(Integer.valueOf(k))) throw new ShapeException("list.remove(x): x not in list");
                order.add(k);
            }
            a = a.transpose(order.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] dims = a.shape().dims();
        int keep = a.ndim() - b.ndim();
        int[] shape = Arrays.copyOfRange(dims, keep > 0 ? b.ndim() : Math.min(-keep, dims.length), dims.length);  // a.shape[-keep:]
        long prod = 1;
        for (int d : shape) prod *= d;
        if ((long) a.size() != prod * prod) {
            throw new LinAlgError("Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])");
        }
        return solve(a.reshape((int) prod, (int) prod), b.reshape(b.size())).reshape(shape);
    }

    /** The broadcast leading axes, or numpy's gufunc error naming both operands' core axes as {@code newaxis}. */
    private static int[] broadcastLead(Tensor a, Tensor b, int m, int nrhs) {
        Shape la = new Shape(Stacks.lead(a)), lb = new Shape(Stacks.lead(b));
        try {
            return Broadcast.broadcastShapes(la, lb).dims();
        } catch (ShapeException e) {
            throw new ShapeException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + remapped(a) + " " + remapped(b) + "  and requested shape (" + m + "," + nrhs + ")");
        }
    }

    private static String remapped(Tensor t) {
        StringBuilder s = new StringBuilder("(");
        for (int d : Stacks.lead(t)) s.append(d).append(',');
        return t.shape().compact() + "->" + s + "newaxis,newaxis)";
    }

    private static Tensor expand(Tensor t, int[] lead, int rows, int cols) {
        return Broadcast.broadcastTo(t, shapeOf(lead, rows, cols));
    }

    private static Shape shapeOf(int[] lead, int rows, int cols) {
        int[] dims = Arrays.copyOf(lead, lead.length + 2);
        dims[lead.length] = rows;
        dims[lead.length + 1] = cols;
        return new Shape(dims);
    }

    /** {@code np.linalg.inv(a)}: dgesv against the identity, like numpy; "Singular matrix" when there is none. */
    public static Tensor inv(Tensor a) { return inverse(a, true); }

    /** The inverses of a stack; a singular matrix raises numpy's error, or (for cond) becomes NaNs as in numpy's ufunc. */
    static Tensor inverse(Tensor a, boolean raise) {
        int n = Stacks.requireSquare(a), count = Stacks.count(a);
        double[] out = new double[count * n * n], ad = Buffers.data(a);
        for (int i = 0; i < count && n > 0; i++) {
            if (!Lapack.driver().solve(ad, i * n * n, n, null, 0, n, out, i * n * n)) {
                if (raise) throw new LinAlgError("Singular matrix");
                Arrays.fill(out, i * n * n, (i + 1) * n * n, Double.NaN);
            }
        }
        return Stacks.tensor(out, Stacks.lead(a), n, n);
    }

    /** {@code np.linalg.slogdet(a)}: the sign (0 when singular) and log|det| from the LU factors. */
    public static SlogdetResult slogdet(Tensor a) {
        double[][] parts = signAndLog(a);
        int[] lead = Stacks.lead(a);
        return new SlogdetResult(Stacks.tensor(parts[0], lead), Stacks.tensor(parts[1], lead));
    }

    /** {@code np.linalg.det(a)}: {@code sign · exp(logabsdet)}, numpy's own formula (a 0-d tensor for one matrix). */
    public static Tensor det(Tensor a) {
        double[][] parts = signAndLog(a);
        double[] det = new double[parts[0].length];
        for (int i = 0; i < det.length; i++) det[i] = parts[0][i] * Math.exp(parts[1][i]);
        return Stacks.tensor(det, Stacks.lead(a));
    }

    private static double[][] signAndLog(Tensor a) {
        int n = Stacks.requireSquare(a), count = Stacks.count(a);
        double[] sign = new double[count], log = new double[count];
        for (int i = 0; i < count; i++) {
            double[] r = n == 0 ? new double[] {1, 0} : Lapack.driver().slogdet(Stacks.matrix(a, i), n);
            sign[i] = r[0];
            log[i] = r[1];
        }
        return new double[][] {sign, log};
    }

    /**
     * {@code np.linalg.lstsq(a, b)}: the x minimising ‖b − a·x‖ (dgelsd), singular values at or below
     * eps · max(M, N) · S.max() counted as zero (numpy's default rcond).
     */
    public static LstsqResult lstsq(Tensor a, Tensor b) {
        return lstsq(a, b, Math.ulp(1.0) * Math.max(a.ndim() == 2 ? Stacks.rows(a) : 0, a.ndim() == 2 ? Stacks.cols(a) : 0));
    }

    /** {@code np.linalg.lstsq(a, b, rcond)}. */
    public static LstsqResult lstsq(Tensor a, Tensor b, double rcond) {
        boolean vector = b.ndim() == 1;
        Stacks.requireMatrix(a);
        Stacks.requireMatrix(vector ? b.reshape(b.size(), 1) : b);
        int m = Stacks.rows(a), n = Stacks.cols(a), nrhs = vector ? 1 : Stacks.cols(b);
        if ((vector ? b.size() : Stacks.rows(b)) != m) throw new LinAlgError("Incompatible dimensions");
        int rows = Math.max(m, n), k = Math.min(m, n);
        double[] x = new double[n * nrhs], resid = new double[nrhs];
        double[] s = new double[k], work = new double[rows * nrhs];
        System.arraycopy(Buffers.data(b), 0, work, 0, m * nrhs);
        int rank = 0;
        if (k > 0 && nrhs > 0) {
            Driver.Lstsq r = Lapack.driver().lstsq(a.toArray(), m, n, work, nrhs, rcond);
            if (r == null) throw new LinAlgError("SVD did not converge in Linear Least Squares");
            s = r.s();
            rank = r.rank();
            System.arraycopy(work, 0, x, 0, n * nrhs);
        } else if (k > 0) {
            s = Svd.svdvals(a).data();       // numpy pads b with a column; only S and the rank are asked for
            for (double v : s) if (v > rcond * s[0]) rank++;
        }
        // dgelsd leaves b's component outside A's column space in rows n..m-1: numpy sums their squares.
        for (int i = n; i < m; i++) for (int j = 0; j < nrhs; j++) resid[j] += work[i * nrhs + j] * work[i * nrhs + j];
        boolean residuals = rank == n && m > n;
        Tensor solution = vector ? new Tensor(x, n) : new Tensor(x, n, nrhs);
        return new LstsqResult(solution, residuals ? new Tensor(resid, nrhs) : new Tensor(new double[0], 0), rank,
                new Tensor(s, k));
    }
}

package mlmath.learn.cases;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import mlmath.np.Np;
import mlmath.tensor.Tensor;
import mlmath.torch.Torch;

import java.util.List;

import static mlmath.learn.cases.Args.i;
import static mlmath.learn.cases.Args.t;

/**
 * Section 02's exercises on random inputs: A @ x as a sum of columns, a broadcast's shape, projection, cosine
 * similarity, power iteration, rank-k reconstruction and PCA's explained variance. DJL's libtorch has no eigh or svd,
 * so where an eigenvalue or eigenvector is the answer torch finds it with its own matmuls: (A/‖A‖)^(2^60) by repeated
 * squaring is the projector onto the top eigenvector, for any gap between the top two eigenvalues.
 */
final class LinearAlgebraCases {
    private LinearAlgebraCases() {}

    private static final Torch torch = new Torch();
    private static final Np np = new Np();

    /** A vector that is not all zeros: a direction to project onto, or to take the angle with. */
    static Tensor nonzero(Tensor v) {
        double[] d = v.toArray();
        for (double x : d) if (x != 0) return v;
        d[0] = 1;
        return new Tensor(d, v.shape().dims());
    }

    /**
     * Two shapes that broadcast, rank 1 to 4: at each aligned position (from the right) a size 1 to 5, which either
     * shape may hold as 1 instead. Pairs that do not broadcast are not drawn: torch throws for them, and the exercise's
     * script shows the rule refusing one.
     */
    static Object[] shapePair(Draw d) {
        int ra = d.between(1, 4), rb = d.between(1, 4), n = Math.max(ra, rb);
        int[] a = new int[ra], b = new int[rb];
        for (int k = 1; k <= n; k++) {
            int size = d.between(1, 5);
            boolean aOne = d.chance(3), bOne = d.chance(3);
            if (k <= ra) a[ra - k] = aOne ? 1 : size;
            if (k <= rb) b[rb - k] = bOne ? 1 : size;
        }
        return new Object[] {a, b};
    }

    /** The result shape if the two were aligned at their LEFT ends (padded with 1s on the right); throws if refused. */
    static int[] leftAligned(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k < a.length ? a[k] : 1, q = k < b.length ? b[k] : 1;
            if (p != q && p != 1 && q != 1) throw new IllegalArgumentException("not broadcastable");
            out[k] = Math.max(p, q);
        }
        return out;
    }

    /** Right-aligned as numpy, but keeping the smaller size at each position. */
    static int[] minSizes(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 1; k <= n; k++) {
            int p = k <= a.length ? a[a.length - k] : 1, q = k <= b.length ? b[b.length - k] : 1;
            out[n - k] = Math.min(p, q);
        }
        return out;
    }

    /** The shape torch gives zeros(a) + zeros(b). */
    static int[] torchShape(Object a, Object b) {
        return torch.add(np.zeros((int[]) a), np.zeros((int[]) b)).shape().dims();
    }

    /**
     * A symmetric positive semi-definite matrix with a clear top eigenvalue: H diag(λ) H with H a Householder
     * reflection (orthogonal), λ₁ in [1, 5) and the others at most λ₁/2, so power iteration converges as 2^-steps. Its
     * top eigenvector (H's first column) has entries summing to at least 0.3 in size, so its sign convention is clear.
     */
    static Tensor psdWithGap(Draw d) {
        int n = d.between(1, 5);
        double top = d.uniform(1, 5);
        double[] lam = new double[n];
        lam[0] = top;
        for (int k = 1; k < n; k++) lam[k] = top * d.uniform(0, 0.5);
        Tensor h = d.moderate(n);
        double hh = h.dot(h).item();
        Tensor H = np.eye(n);
        if (hh > 0) {
            Tensor reflection = np.eye(n).sub(h.reshape(n, 1).matmul(h.reshape(1, n)).mul(2 / hh));
            if (Math.abs(reflection.slice(":, 0").sum().item()) >= 0.3) H = reflection;
        }
        Tensor A = H.matmul(np.diag(new Tensor(lam, n))).matmul(H);
        return A.add(A.T()).div(2);
    }

    /** {@code p} ← p @ p / ‖p @ p‖, 60 times: the top eigenspace's projector, normalised (Frobenius norm 1). */
    private static NDArray squarings(NDArray c) {
        NDArray p = c.div(c.norm());
        for (int s = 0; s < 60; s++) {
            p = p.matMul(p);
            p = p.div(p.norm());
        }
        return p;
    }

    /** The top eigenvector of a symmetric PSD matrix with a gap, in libtorch, oriented so its entries sum to ≥ 0. */
    static Tensor topEigenvector(Object A) {
        return torch.compute(x -> {
            NDArray q = squarings(x[0]).sum(new int[] {1});   // q qᵀ 1 = q (q · 1): along q, with a positive sum
            return q.div(q.norm());
        }, A);
    }

    /**
     * The k largest eigenvalues of a symmetric PSD matrix, largest first, in libtorch: repeated squaring gives the top
     * eigenspace's projector P (normalised), λ = trace(P C) / trace(P), its multiplicity trace(P)², and deflating
     * C − λ·trace(P)·P removes it; what is left below 1e-13 of ‖C‖ is 0.
     */
    static Tensor topEigenvalues(Object C, int k) {
        return torch.compute(x -> {
            NDArray c = x[0];
            long n = c.getShape().get(0);
            NDArray eye = c.getManager().eye((int) n, (int) n, 0, DataType.FLOAT64);
            double scale = c.norm().getDouble();
            double[] out = new double[k];
            int got = 0;
            while (got < k) {
                double size = c.norm().getDouble();
                if (size == 0 || size <= 1e-13 * scale) break;
                NDArray p = squarings(c);
                double tr = p.mul(eye).sum().getDouble();
                double lam = p.matMul(c).mul(eye).sum().getDouble() / tr;
                long times = Math.max(1, Math.round(tr * tr));
                for (long m = 0; m < times && got < k; m++) out[got++] = lam;
                c = c.sub(p.mul(tr * lam));
            }
            return c.getManager().create(out);
        }, C);
    }

    /** The covariance of the rows of X in libtorch: centred (or not), divided by n − 1 (or n). */
    static Tensor covariance(Object X, boolean centre, boolean besselN1) {
        int n = t(X).shape().get(0);
        return torch.compute(x -> {
            NDArray c = centre ? x[0].sub(x[0].mean(new int[] {0}, true)) : x[0];
            return c.transpose().matMul(c).div(besselN1 ? n - 1 : n);
        }, X);
    }

    /** Samples (rows) of correlated features whose means are not 0: 2 to 6 samples of 1 to 4 features, and a k. */
    static Object[] data(Draw d) {
        int n = d.between(2, 6), f = d.between(1, 4);
        double[] offset = new double[f];
        for (int j = 0; j < f; j++) offset[j] = d.between(-5, 5);
        return new Object[] {d.moderate(n, f).add(new Tensor(offset, f)), d.between(1, f)};
    }

    /** U[:, from:to] diag(S[from:to]) Vt[from:to, :] in libtorch (Vt transposed first if asked). */
    static Tensor reconstruct(Object U, Object S, Object Vt, int from, int to, boolean transposeVt) {
        return torch.compute(x -> {
            NDArray v = transposeVt ? x[2].transpose() : x[2];
            return x[0].get(":, " + from + ":" + to).mul(x[1].get(from + ":" + to)).matMul(v.get(from + ":" + to + ", :"));
        }, U, S, Vt);
    }

    private static final String UNNORMALISED =
            "does not normalise each step: Aᵏ x grows like λ₁ᵏ (or shrinks); divide by the length every step, so a unit vector comes out";

    /** Aᵏ x without normalising, from the unit vector along (1, ..., 1) or from the ones themselves. */
    static Tensor unnormalised(Object A, int steps, boolean unitStart) {
        return torch.compute(x -> {
            NDArray v = x[0].sum(new int[] {1}).onesLike();
            if (unitStart) v = v.div(Math.sqrt(v.size()));
            for (int s = 0; s < steps; s++) v = x[0].matMul(v);
            return v;
        }, A);
    }

    static final List<Case> CASES = List.of(
            Case.of("matvec_columns")
                    .inputs(d -> {
                        int m = d.between(1, 5), n = d.between(1, 5);
                        return new Object[] {d.tensor(m, n), d.tensor(n)};
                    })
                    .reference("torch.matmul(A, x)", a -> torch.matmul(a[0], a[1]))
                    .mistake("weighs the rows of A (x[i] · A[i, :]), which is Aᵀ @ x; A @ x weighs column j by x[j]",
                            a -> torch.matmul(torch.transpose(a[0], 0, 1), a[1]))
                    .mistake("returns the scaled columns side by side (A * x): A @ x adds them up into one vector",
                            a -> torch.compute(x -> x[0].mul(x[1]), a[0], a[1])),
            Case.of("broadcast_shape")
                    .inputs(LinearAlgebraCases::shapePair)
                    .reference("torch: (zeros(a) + zeros(b)).shape", a -> torchShape(a[0], a[1]))
                    .mistake("lines the shapes up at their left ends: numpy pairs the trailing (rightmost) sizes and pads the shorter shape with 1s on the left",
                            a -> leftAligned((int[]) a[0], (int[]) a[1]))
                    .mistake("keeps the smaller size: a 1 is stretched to the other size, so the result keeps the larger",
                            a -> minSizes((int[]) a[0], (int[]) a[1]))
                    .mistake("keeps the first shape's length: the result has as many axes as the longer of the two shapes",
                            a -> {
                                int[] full = torchShape(a[0], a[1]);
                                int ra = ((int[]) a[0]).length;
                                return java.util.Arrays.copyOfRange(full, full.length - ra, full.length);
                            }),
            Case.of("project")
                    .inputs(d -> {
                        int n = d.between(1, 6);
                        return new Object[] {d.tensor(n), nonzero(d.tensor(n))};
                    })
                    .reference("torch: (x @ v) / (v @ v) * v", a -> torch.compute(x -> x[0].dot(x[1]).div(x[1].dot(x[1])).mul(x[1]), a[0], a[1]))
                    .mistake("does not divide by v · v: (x · v) v is the projection only when v is a unit vector",
                            a -> torch.compute(x -> x[0].dot(x[1]).mul(x[1]), a[0], a[1]))
                    .mistake("divides by ‖v‖ once: it takes ‖v‖² = v · v, one ‖v‖ to make v a unit vector and one for x's length along it",
                            a -> torch.compute(x -> x[0].dot(x[1]).div(x[1].norm()).mul(x[1]), a[0], a[1]))
                    .mistake("projects v onto x: the projection of x onto v lies along v, (x · v) / (v · v) · v",
                            a -> torch.compute(x -> x[0].dot(x[1]).div(x[0].dot(x[0])).mul(x[0]), a[0], a[1])),
            Case.of("cosine_similarity")
                    .inputs(d -> {
                        int n = d.between(1, 6);
                        return new Object[] {nonzero(d.tensor(n)), nonzero(d.tensor(n))};
                    })
                    .reference("torch: a @ b / (‖a‖ ‖b‖)", a -> torch.compute(x -> x[0].dot(x[1]).div(x[0].norm().mul(x[1].norm())), a[0], a[1]))
                    .mistake("divides by the squared lengths (a · a)(b · b): the lengths are their square roots, ‖a‖ = √(a · a)",
                            a -> torch.compute(x -> x[0].dot(x[1]).div(x[0].dot(x[0]).mul(x[1].dot(x[1]))), a[0], a[1]))
                    .mistake("divides by the L1 norms (Σ|aᵢ|): the cosine divides by the Euclidean lengths ‖a‖₂ ‖b‖₂",
                            a -> torch.compute(x -> x[0].dot(x[1]).div(x[0].abs().sum().mul(x[1].abs().sum())), a[0], a[1]))
                    .mistake("divides by ‖a‖ only: both vectors are scaled to unit length, so divide by ‖a‖ ‖b‖",
                            a -> torch.compute(x -> x[0].dot(x[1]).div(x[0].norm()), a[0], a[1])),
            Case.of("power_iteration")
                    .inputs(d -> new Object[] {psdWithGap(d), d.between(60, 120)})
                    .reference("torch: top eigenvector q, from (A/‖A‖)^(2^60) = q qᵀ by repeated squaring",
                            a -> topEigenvector(a[0]))
                    .mistake(UNNORMALISED, a -> unnormalised(a[0], i(a[1]), true))
                    .mistake(UNNORMALISED, a -> unnormalised(a[0], i(a[1]), false))
                    .mistake("scales by the largest entry instead of the length: the eigenvector asked for is a unit vector (divide by ‖v‖₂)",
                            a -> torch.compute(x -> x[0].div(x[0].abs().max()), topEigenvector(a[0]))),
            Case.of("rank_k")
                    .inputs(d -> {
                        int m = d.between(1, 5), n = d.between(1, 5);
                        var svd = np.linalg.svd(d.moderate(m, n));
                        return new Object[] {svd.U(), svd.S(), svd.Vt(), d.between(1, Math.min(m, n))};
                    })
                    .reference("torch: U[:, :k] * S[:k] @ Vt[:k, :]", a -> reconstruct(a[0], a[1], a[2], 0, i(a[3]), false))
                    .mistake("uses V where Vᵀ goes: the right singular vectors are the first k ROWS of Vt",
                            a -> reconstruct(a[0], a[1], a[2], 0, i(a[3]), true))
                    .mistake("keeps the k smallest singular values: svd lists them largest first, so keep the first k",
                            a -> {
                                int r = t(a[1]).size();
                                return reconstruct(a[0], a[1], a[2], r - i(a[3]), r, false);
                            })
                    .mistake("keeps k + 1 terms: the slice :k already stops before index k, at exactly k singular values",
                            a -> reconstruct(a[0], a[1], a[2], 0, Math.min(i(a[3]) + 1, t(a[1]).size()), false)),
            Case.of("explained_variance")
                    .inputs(LinearAlgebraCases::data)
                    .reference("torch: top-k eigenvalues of Xcᵀ Xc / (n − 1) by repeated squaring and deflation",
                            a -> topEigenvalues(covariance(a[0], true, true), i(a[1])))
                    .mistake("does not centre the data: XᵀX / (n − 1) is the covariance only once each feature's mean is subtracted",
                            a -> topEigenvalues(covariance(a[0], false, true), i(a[1])))
                    .mistake("divides by n: the sample covariance (np.cov) divides by n − 1",
                            a -> topEigenvalues(covariance(a[0], true, false), i(a[1])))
                    .mistake("takes eigh's first k: eigh lists eigenvalues ascending, so those are the smallest; the top k are its last k, reversed",
                            a -> {
                                int f = t(a[0]).shape().get(1);
                                return topEigenvalues(covariance(a[0], true, true), f).slice("::-1").slice(":" + i(a[1]));
                            })
                    .mistake("lists the top k smallest first: the largest variance (the first component) comes first",
                            a -> topEigenvalues(covariance(a[0], true, true), i(a[1])).slice("::-1")));
}

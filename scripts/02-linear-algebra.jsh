// 02 · Linear algebra — the load-bearing math.
// Shapes first, then eigendecomposition, then the one trick SVD buys you: low
// rank.

np.random.seed(0);

// 1. Matmul and the shape grammar: (batch, in) @ (in, out) -> (batch, out).
var A = np.random.randn(32, 128);    // batch = 32, features = 128
var W = np.random.randn(128, 64);    // weight: in = 128, out = 64
var out = A.matmul(W);
print("A", A.shape(), "@ W", W.shape(), "->", out.shape());
verify("A @ W", out, torch.matmul(A, W));

// The inner dimensions must agree; numpy says exactly which one does not.
expectError(() -> A.matmul(np.random.randn(64, 10)));

// Read a matrix-vector product by columns: A @ x is a weighted sum of A's
// columns, column j weighted by x[j].
// (Read by rows it is each row of A dotted with x; both readings give the same
// vector.) A layer's output is a mix of its weight matrix's columns, mixed in
// the proportions the input gives.
// exercise: matvec_columns
// hint: One entry per row of A: start from zeros, add one column at a time.
// hint: A.slice(":, " + j) is column j; its weight is a single number from x.
Tensor matvecColumns(Tensor A, Tensor x) {
    var sum = np.zeros(A.shape().get(0));
    for (int j = 0; j < A.shape().get(1); j++)
        sum = sum.add(A.slice(":, " + j).mul(x.get(j)));
    return sum;
}
// end
var w0 = W.slice(":, 0");        // the weights of the first output unit, (128,)
verify("A @ w0 as a sum of A's columns", matvecColumns(A, w0),
        torch.matmul(A, w0));
verify("first column of A @ W", matvecColumns(A, w0), out.slice(":, 0"));

// 2. Broadcasting: a (64,) bias is added to all 32 rows, no reshape needed.
// The rule numpy applies before any number moves: line the two shapes up at
// their RIGHT ends, the shorter one padded with 1s on the left. Each pair of
// sizes must be equal or contain a 1 (which is stretched); the result takes the
// larger. (64,) against (32, 64): 64 with 64, then 1 with 32, so (32, 64). Any
// other pair is refused: your method throws then (the random cases draw only
// shapes that broadcast).
// exercise: broadcast_shape
// hint: Walk both shapes from their last axis back; a missing axis counts as 1.
// hint: As long as the longer shape; where two sizes differ, one must be 1.
int[] broadcastShape(int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    int[] out = new int[n];
    for (int i = 1; i <= n; i++) {
        int p = i <= a.length ? a[a.length - i] : 1,
                q = i <= b.length ? b[b.length - i] : 1;
        if (p != q && p != 1 && q != 1)
            throw new IllegalArgumentException("sizes " + p + " and " + q +
                    " cannot broadcast");
        out[n - i] = Math.max(p, q);
    }
    return out;
}
// end
var x = np.random.randn(32, 64);
var b = np.random.randn(64);
var y = x.add(b);
print("x", x.shape(), "+ b", b.shape(), "->", y.shape());
Tensor torchSumShape(Object p, Object q) {
    // torch's answer: the shape of the sum it computes
    return torch.compute(t ->
            t[0].getManager().create(t[0].add(t[1]).getShape().getShape()),
            p, q);
}
verify("broadcastShape((32, 64), (64,))",
        broadcastShape(x.shape().dims(), b.shape().dims()),
        torchSumShape(x, b));
// Both sides can stretch: (5, 1, 3) + (4, 1) is (5, 4, 3).
verify("broadcastShape((5, 1, 3), (4, 1))",
        broadcastShape(new int[] {5, 1, 3}, new int[] {4, 1}),
        torchSumShape(np.zeros(5, 1, 3), np.zeros(4, 1)));
// Mechanically: b is stretched along a new leading axis of length 32. Row 5 of
// y is row 5 of x plus b.
verify("broadcast row 5", y.slice("5"), x.slice("5").add(b));
// Trailing dimensions are compared right to left; 64 vs 63 cannot be stretched,
// so this fails.
expectError(() -> x.add(np.random.randn(63)));
// broadcastShape refuses that pair as well, before any data is touched: it
// throws, as torch does.
boolean refused(Runnable r) {
    // whether r throws (an unwritten exercise's TODO is passed on)
    try { r.run(); return false; }
    catch (mlmath.learn.Todo todo) { throw todo; }
    catch (RuntimeException e) { return true; }
}
verify("broadcastShape refuses (32, 64) with (63,)",
        refused(() -> broadcastShape(new int[] {32, 64}, new int[] {63})),
        refused(() -> torch.add(np.zeros(32, 64), np.zeros(63))));
// A (32,) vector fails too: it lines up with the 64 axis, not the 32 one. Make
// it a column first.
expectError(() -> x.add(np.random.randn(32)));
print("(32, 1) column works:",
        x.add(np.random.randn(32).reshape(32, 1)).shape());

// Transpose swaps the axes: (32, 64).T is (64, 32), and (A @ W).T == W.T @ A.T.
verify("(A @ W).T = W.T @ A.T", out.T(), W.T().matmul(A.T()));

// 3. Dot product as projection: how much of v points along the unit vector u.
// The shadow as a vector: the projection of x onto a direction v (any length,
// not 0) is (x·v / v·v) v. Dividing by v·v = ‖v‖² does two things: one ‖v‖
// turns v into a unit vector, the other turns x·v into the length of x along
// that unit vector. What is left, x minus its projection, is perpendicular to
// v.
// exercise: project
// hint: The answer points along v; only the factor in front of v needs work.
// hint: For a unit v the factor is x·v alone; here v has any length: ‖v‖ twice.
Tensor project(Tensor x, Tensor v) {
    return v.mul(x.dot(v).div(v.dot(v)));
}
// end
var xp = np.array(2.0, 1.0, -1.0);
var vp = np.array(1.0, 2.0, 2.0);                     // ‖vp‖ = 3
verify("project x onto v", project(xp, vp),
        torch.compute(t -> t[0].dot(t[1]).div(t[1].dot(t[1])).mul(t[1]), xp,
        vp));
verify("what is left is perpendicular to v",
        np.dot(xp.sub(project(xp, vp)), vp), 0.0, 1e-12, 0);
var u = np.array(1.0, 0.0, 0.0);
var v = np.array(0.7, 0.7, 0.0);
print("np.dot(u, v) =", np.dot(u, v), " (the length of v's shadow on u)");
verify("dot", np.dot(u, v), torch.dot(u, v));
verify("project(v, u): the shadow of v on u", project(v, u),
        np.array(0.7, 0.0, 0.0));

// Cosine similarity: the dot product of the two directions once both are unit
// vectors, cos of the angle between them: 1 same direction, 0 perpendicular, -1
// opposite. Lengths drop out, which is why embeddings are compared this way.
// exercise: cosine_similarity
// hint: Make both vectors unit vectors, then one familiar operation answers.
// hint: A vector's length is the square root of its dot product with itself.
double cosineSimilarity(Tensor a, Tensor b) {
    return np.dot(a, b).item() /
            (Math.sqrt(np.dot(a, a).item()) * Math.sqrt(np.dot(b, b).item()));
}
// end
print("cos(u, v) =", cosineSimilarity(u, v), " (v is 45° from u)");
verify("cosine_similarity(u, v)", cosineSimilarity(u, v),
        torch.compute(t -> t[0].dot(t[1]).div(t[0].norm().mul(t[1].norm())), u,
                v));
verify("scaling v does not change the angle", cosineSimilarity(u, v.mul(-10)),
        -cosineSimilarity(u, v), 1e-15, 0);

// 4. Eigendecomposition
// The directions a matrix only stretches, A v = λ v. np.linalg.eig (LAPACK's
// dgeev, as in numpy) returns the eigenvalues w and unit eigenvectors as the
// COLUMNS of v.
var A2 = np.array(new double[][] {{1.5, 1.0}, {0.2, 0.8}});
var eig = np.linalg.eig(A2);
var w = (Tensor) eig.eigenvalues();  // real here: plain tensors (complex below)
var V2 = (Tensor) eig.eigenvectors();
print("eigenvalues:", w);
print("eigenvectors (columns):");
print(V2);
// A v = λ v for every column at once: V2.mul(w) scales column i by w[i] (w
// broadcasts over rows).
verify("A v = λ v", A2.matmul(V2), V2.mul(w), 1e-12, 0);
// This A is not symmetric, and its two eigenvectors are not perpendicular:
print("v1 · v2 =", np.dot(V2.slice(":, 0"), V2.slice(":, 1")),
        " (0 would be perpendicular)");

// A covariance matrix is symmetric — the friendly case: real eigenvalues and
// orthonormal eigenvectors. np.linalg.eigh is the solver for it (eigenvalues
// ascending). The data: the 32 rows of A's first 3 columns, mixed so the
// features are correlated (no new random draws, so the SVD below sees the same
// matrices as the module's Python).
var mix = np.array(
        new double[][] {{2.0, 0.0, 0.0}, {1.2, 0.6, 0.0}, {0.3, -0.4, 0.2}});
var data = A.slice(":, :3").matmul(mix);  // 32 samples of 3 correlated features
var centred = data.sub(data.mean(0));
var C = centred.T().matmul(centred).div(32 - 1);  // (3, 3), as np.cov(data.T)
var eh = np.linalg.eigh(C);
var lam = eh.eigenvalues();
var Q = eh.eigenvectors();
print("covariance eigenvalues, ascending:", lam);
verify("C q = λ q", C.matmul(Q), Q.mul(lam), 1e-12, 0);
verify("eigenvectors orthonormal: QᵀQ = I", Q.T().matmul(Q), np.eye(3), 1e-12,
        0);
verify("C = Q diag(λ) Qᵀ", Q.matmul(np.diag(lam)).matmul(Q.T()), C, 1e-12, 0);
// Each eigenvalue is the variance of the data along its eigenvector: the
// principal components.
var alongQ = centred.matmul(Q);        // (32, 3): coordinates in the eigenbasis
verify("variance along q_i = λ_i", alongQ.pow(2).sum(0).div(32 - 1), lam, 1e-10,
        0);

// Power iteration finds the top eigenvector without any solver: multiply by C
// again and again. Each product stretches the part of the vector along q_i by
// λ_i, so the largest λ wins, and dividing by the length each step keeps the
// numbers finite. Start from the direction (1, 1, ..., 1); an eigenvector's
// sign is arbitrary, so return the one whose entries sum to >= 0.
// exercise: power_iteration
// hint: Keep one unit vector; each step: the matrix times it, rescaled to 1.
// hint: After the loop, flip the whole vector if its entries sum to < 0.
Tensor powerIteration(Tensor A, int steps) {
    int n = A.shape().get(0);
    var v = np.ones(n).div(Math.sqrt(n));
    for (int s = 0; s < steps; s++) {
        var Av = A.matmul(v);
        v = Av.div(np.linalg.norm(Av));
    }
    return v.sum().item() < 0 ? v.neg() : v;
}
// end
var qTop = Q.slice(":, 2");          // eigh's top eigenvector (its last column)
qTop = qTop.sum().item() < 0 ? qTop.neg() : qTop;
verify("power iteration = eigh's top eigenvector", powerIteration(C, 100), qTop,
        1e-10, 0);
var vTop = powerIteration(C, 100);
verify("C v = λ_max v", vTop.mul(lam.get(2)), torch.matmul(C, vTop), 1e-10, 0);

// PCA keeps the k directions along which the data varies most: the top-k
// eigenvectors of the covariance, and the variance each one explains is its
// eigenvalue. Centre first (each feature minus its mean), divide by n − 1 as
// np.cov does, and list the variances largest first.
// exercise: explained_variance
// hint: Build the covariance as above, then let np.linalg.eigh do the rest.
// hint: Mind eigh's eigenvalue order, and at which end the k you want sit.
Tensor explainedVariance(Tensor X, int k) {
    var Xc = X.sub(X.mean(0));
    var cov = Xc.T().matmul(Xc).div(X.shape().get(0) - 1);
    var ascending = np.linalg.eigh(cov).eigenvalues();
    return ascending.slice("::-1").slice(":" + k);
}
// end
var explained = explainedVariance(data, 3);
print("variance explained per component:", explained);
verify("explainedVariance = eigh's λ, largest first", explained,
        lam.slice("::-1"), 1e-10, 0);
// Together they explain all the variance: the total, Σ (x − mean)² / (n − 1)
// over every feature.
verify("Σ explained = total variance", explained.sum(),
        torch.compute(t ->
                t[0].sub(t[0].mean(new int[] {0})).pow(2).sum().div(32 - 1),
                data), 1e-10, 0);
verify("first component: variance of the data along q_top",
        explainedVariance(data, 1),
        centred.matmul(qTop).pow(2).sum().div(32 - 1).reshape(1), 1e-10, 0);

// The bridge to the SVD: AᵀA is symmetric, and its eigenvalues are the squared
// singular values of A (eigh lists them ascending, svd descending, hence the
// reversal).
var A6 = W.slice(":6, :4");             // any matrix will do: a 6x4 corner of W
var gramEigen = np.linalg.eigh(A6.T().matmul(A6)).eigenvalues();
var sigma = np.linalg.svd(A6).S();
print("eigh(AᵀA):      ", gramEigen);
print("σ² from svd(A):", sigma.pow(2));
verify("eigh(AᵀA) = σ² of A", gramEigen.slice("::-1"), sigma.pow(2), 1e-10, 0);

// The picture: A2 maps the unit circle to an ellipse. An eigenvector's line is
// mapped onto itself (A v = λ v). The ellipse's axes are σ1·u1 and σ2·u2 from
// the SVD: A sends the perpendicular right singular vectors v_i there (A v_i =
// σ_i u_i). The "axes" line is drawn long enough that x and y get the same
// scale, and to leave the top right corner to the legend.
var angle = np.linspace(0, 2 * Math.PI, 201);
var circle = np.array(new double[][] {angle.map(Math::cos).toArray(),
        angle.map(Math::sin).toArray()});    // (2, 201): x in row 0, y in row 1
var ellipse = A2.matmul(circle);                       // (2, 2) @ (2, 201)
var s2 = np.linalg.svd(A2);
verify("A v_i = σ_i u_i", A2.matmul(s2.Vt().T()), s2.U().mul(s2.S()), 1e-12, 0);
Tensor diameters(Tensor directions, Tensor lengths) {
    // p1 -> -p1 -> 0 -> p2 -> -p2, as (2, 5)
    var p = directions.mul(lengths);            // column i scaled by lengths[i]
    return np.array(new double[][] {
            {p.get(0, 0), -p.get(0, 0), 0, p.get(0, 1), -p.get(0, 1)},
            {p.get(1, 0), -p.get(1, 0), 0, p.get(1, 1), -p.get(1, 1)}});
}
var eigenLines = diameters(V2, w);
var singularLines = diameters(s2.U(), s2.S());
var fig = plot("the unit circle under A = [[1.5, 1], [0.2, 0.8]]",
        circle.slice("0"),
        circle.slice("1"));
fig.label("unit circle").series("A @ circle", ellipse.slice("0"),
        ellipse.slice("1"));
fig.series("eigenvector lines, ±λv", eigenLines.slice("0"),
        eigenLines.slice("1"));
fig.series("ellipse axes, ±σu", singularLines.slice("0"),
        singularLines.slice("1"));
fig.series("axes", new double[] {-2.2, 3.8, 0, 0, 0},
        new double[] {0, 0, 0, -1.7, 1.7});
fig.xlabel("x").ylabel("y");

// A rotation turns every direction, so no real vector stays on its line: its
// eigenvalues are the complex pair cos θ ± i·sin θ. numpy returns complex
// arrays then, printed with j.
double theta = Math.PI / 4;
double c = Math.cos(theta), sn = Math.sin(theta);
var R = np.array(new double[][] {{c, -sn}, {sn, c}});
var rotation = np.linalg.eig(R);
print("eigenvalues of a 45° rotation:");
print(rotation.eigenvalues());
var rotationValues = (mlmath.linalg.ComplexTensor) rotation.eigenvalues();
verify("|λ| = 1 for a rotation", rotationValues.abs(), np.ones(2), 1e-12, 0);
verify("Re λ = cos 45°", rotationValues.real(), np.full(new int[] {2}, c),
        1e-12, 0);

// 5. SVD and low-rank approximation: keep the top-k singular values.
var M = np.random.randn(100, 100);
var svd = np.linalg.svd(M);
var U = svd.U(); var S = svd.S(); var Vt = svd.Vt();
print("U", U.shape(), "S", S.shape(), "Vt", Vt.shape());
verify("U diag(S) Vt = M", U.matmul(np.diag(S)).matmul(Vt), M, 1e-10, 0);

// The rank-k approximation keeps the k largest singular values and their
// singular vectors: the first k columns of U, the first k values of S (svd
// lists them largest first) and the first k ROWS of Vt. Scaling column i of
// U[:, :k] by S[i] is what diag(S) does in the middle.
// exercise: rank_k
// hint: Three slices, two products; shapes (m, k), (k, k) or (k,), and (k, n).
// hint: Vt's ROWS are the right singular vectors; np.diag gives (k, k).
Tensor rankK(Tensor U, Tensor S, Tensor Vt, int k) {
    return U.slice(":, :" + k).matmul(np.diag(S.slice(":" + k)))
            .matmul(Vt.slice(":" + k + ", :"));
}
// end
int k = 10;
var Mk = rankK(U, S, Vt, k);
verify("rank-k reconstruction", Mk,
        torch.matmul(
        torch.matmul(U.slice(":, :" + k), np.diag(S.slice(":" + k))),
        Vt.slice(":" + k + ", :")), 1e-10, 0);
// Eckart–Young: what it leaves out is exactly the dropped singular values, ‖M −
// M_k‖ = √(σ_k+1² + ... + σ_n²).
verify("‖M − M_k‖ = √(Σ dropped σ²)", np.linalg.norm(M.sub(Mk)),
        torch.compute(t -> t[0].get(k + ":").pow(2).sum().sqrt(), S), 1e-10, 0);
double relErr = np.linalg.norm(M.sub(Mk)) / np.linalg.norm(M);
print("rank-" + k + " relative error of a random 100x100:", relErr);

// Parameters: the dense matrix vs the two thin factors (100, k) and (k, 100) —
// the LoRA idea.
int dense = M.size(),
        thin = U.slice(":, :" + k).size() + Vt.slice(":" + k + ", :").size();
print("parameters:", dense, "->", thin,
        "(" + (100 * thin / dense) + "% of the original)");

// A random matrix has no structure, so rank 10 keeps little. Real weight
// matrices often do have structure: here a rank-10 matrix plus a little noise,
// where the same rank-10 approximation is almost exact.
var structured = np.random.randn(100, 10).matmul(
        np.random.randn(10, 100)).add(np.random.randn(100, 100).mul(0.05));
var svdS = np.linalg.svd(structured);
double relErrS = np.linalg.norm(structured.sub(svdS.reconstruct(k))) /
        np.linalg.norm(structured);
print("rank-" + k + " relative error of rank-10 + noise:", relErrS);

// The singular value spectrum says it all: a slow slide for the random matrix,
// a cliff after 10 for the structured one.
var idx = np.arange(1, 101, 1);
var fig = plot("singular value spectrum", idx, S).label(
        "random 100x100").series("rank-10 + noise", idx, svdS.S());
fig.xlabel("index i").ylabel("singular value (log scale)").logy();

// Relative error of the best rank-k approximation as k grows: sqrt(sum of the
// dropped σ²) / ||M||.
double[] ks = new double[50], errRandom = new double[50],
        errStructured = new double[50];
for (int j = 0; j < 50; j++) {
    ks[j] = j + 1;
    errRandom[j] = np.linalg.norm(M.sub(svd.reconstruct(j + 1))) /
            np.linalg.norm(M);
    errStructured[j] = np.linalg.norm(structured.sub(svdS.reconstruct(j + 1))) /
            np.linalg.norm(structured);
}
var fig = plot("relative error vs rank k", ks, errRandom).label(
        "random 100x100").series("rank-10 + noise", ks, errStructured);
fig.xlabel("rank k").ylabel("||M - M_k|| / ||M||");

// The truncated SVD computes only the top k directions; its singular values
// match the full ones.
var top = np.linalg.svd(M, k);
verify("truncated svd S", top.S(), S.slice(":" + k), 1e-8, 0);

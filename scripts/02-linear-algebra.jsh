// 02 · Linear algebra — the load-bearing math.
// Shapes first, then eigendecomposition, then the one trick SVD buys you: low rank.

np.random.seed(0);

// 1. Matmul and the shape grammar: (batch, in) @ (in, out) -> (batch, out).
var A = np.random.randn(32, 128);    // batch = 32, features = 128
var W = np.random.randn(128, 64);    // weight: in = 128, out = 64
var out = A.matmul(W);
print("A", A.shape(), "@ W", W.shape(), "->", out.shape());
verify("A @ W", out, torch.matmul(A, W));

// The inner dimensions must agree; numpy says exactly which one does not.
expectError(() -> A.matmul(np.random.randn(64, 10)));

// 2. Broadcasting: a (64,) bias is added to every one of the 32 rows, no reshape needed.
var x = np.random.randn(32, 64);
var b = np.random.randn(64);
var y = x.add(b);
print("x", x.shape(), "+ b", b.shape(), "->", y.shape());
// Mechanically: b is stretched along a new leading axis of length 32. Row 5 of y is row 5 of x plus b.
verify("broadcast row 5", y.slice("5"), x.slice("5").add(b));
// Trailing dimensions are compared right to left; 64 vs 63 cannot be stretched, so this fails.
expectError(() -> x.add(np.random.randn(63)));
// A (32,) vector fails too: it lines up with the 64 axis, not the 32 one. Make it a column first.
expectError(() -> x.add(np.random.randn(32)));
print("(32, 1) column works:", x.add(np.random.randn(32).reshape(32, 1)).shape());

// Transpose swaps the axes: (32, 64).T is (64, 32), and (A @ W).T == W.T @ A.T.
verify("(A @ W).T = W.T @ A.T", out.T(), W.T().matmul(A.T()));

// 3. Dot product as projection: how much of v points along the unit vector u.
var u = np.array(1.0, 0.0, 0.0);
var v = np.array(0.7, 0.7, 0.0);
print("np.dot(u, v) =", np.dot(u, v), " (the length of v's shadow on u)");
verify("dot", np.dot(u, v), torch.dot(u, v));

// 4. Eigendecomposition
// The directions a matrix only stretches, A v = λ v. np.linalg.eig (LAPACK's dgeev, as in numpy)
// returns the eigenvalues w and unit eigenvectors as the COLUMNS of v.
var A2 = np.array(new double[][] {{1.5, 1.0}, {0.2, 0.8}});
var eig = np.linalg.eig(A2);
var w = (Tensor) eig.eigenvalues();            // real here, so plain tensors (complex ones below)
var V2 = (Tensor) eig.eigenvectors();
print("eigenvalues:", w);
print("eigenvectors (columns):");
print(V2);
// A v = λ v for every column at once: V2.mul(w) scales column i by w[i] (w broadcasts over rows).
verify("A v = λ v", A2.matmul(V2), V2.mul(w), 1e-12, 0);
// This A is not symmetric, and its two eigenvectors are not perpendicular:
print("v1 · v2 =", np.dot(V2.slice(":, 0"), V2.slice(":, 1")), " (0 would be perpendicular)");

// A covariance matrix is symmetric — the friendly case: real eigenvalues and orthonormal
// eigenvectors. np.linalg.eigh is the solver for it (eigenvalues ascending). The data: the 32
// rows of A's first 3 columns, mixed so the features are correlated (no new random draws, so
// the SVD below sees the same matrices as the module's Python).
var mix = np.array(new double[][] {{2.0, 0.0, 0.0}, {1.2, 0.6, 0.0}, {0.3, -0.4, 0.2}});
var data = A.slice(":, :3").matmul(mix);               // 32 samples of 3 correlated features
var centred = data.sub(data.mean(0));
var C = centred.T().matmul(centred).div(32 - 1);       // (3, 3), what np.cov(data.T) computes
var eh = np.linalg.eigh(C);
var lam = eh.eigenvalues();
var Q = eh.eigenvectors();
print("covariance eigenvalues (real, ascending):", lam);
verify("C q = λ q", C.matmul(Q), Q.mul(lam), 1e-12, 0);
verify("eigenvectors orthonormal: QᵀQ = I", Q.T().matmul(Q), np.eye(3), 1e-12, 0);
verify("C = Q diag(λ) Qᵀ", Q.matmul(np.diag(lam)).matmul(Q.T()), C, 1e-12, 0);
// Each eigenvalue is the variance of the data along its eigenvector: the principal components.
var alongQ = centred.matmul(Q);                        // (32, 3): coordinates in the eigenbasis
verify("variance along q_i = λ_i", alongQ.pow(2).sum(0).div(32 - 1), lam, 1e-10, 0);

// The bridge to the SVD: AᵀA is symmetric, and its eigenvalues are the squared singular values
// of A (eigh lists them ascending, svd descending, hence the reversal).
var A6 = W.slice(":6, :4");                           // any matrix will do: a 6x4 corner of W
var gramEigen = np.linalg.eigh(A6.T().matmul(A6)).eigenvalues();
var sigma = np.linalg.svd(A6).S();
print("eigh(AᵀA):", gramEigen, "  σ² from svd(A):", sigma.pow(2));
verify("eigh(AᵀA) = σ² of A", gramEigen.slice("::-1"), sigma.pow(2), 1e-10, 0);

// The picture: A2 maps the unit circle to an ellipse. An eigenvector's line is mapped onto itself
// (A v = λ v). The ellipse's axes are σ1·u1 and σ2·u2 from the SVD: A sends the perpendicular
// right singular vectors v_i there (A v_i = σ_i u_i). The "axes" line is drawn long enough that
// x and y get the same scale, and to leave the top right corner to the legend.
var angle = np.linspace(0, 2 * Math.PI, 201);
var circle = np.array(new double[][] {angle.map(Math::cos).toArray(),
        angle.map(Math::sin).toArray()});                // (2, 201): x in row 0, y in row 1
var ellipse = A2.matmul(circle);                       // (2, 2) @ (2, 201)
var s2 = np.linalg.svd(A2);
verify("A v_i = σ_i u_i", A2.matmul(s2.Vt().T()), s2.U().mul(s2.S()), 1e-12, 0);
Tensor diameters(Tensor directions, Tensor lengths) {   // p1 -> -p1 -> 0 -> p2 -> -p2, as (2, 5)
    var p = directions.mul(lengths);                    // column i scaled by lengths[i]
    return np.array(new double[][] {
            {p.get(0, 0), -p.get(0, 0), 0, p.get(0, 1), -p.get(0, 1)},
            {p.get(1, 0), -p.get(1, 0), 0, p.get(1, 1), -p.get(1, 1)}});
}
var eigenLines = diameters(V2, w);
var singularLines = diameters(s2.U(), s2.S());
var fig = plot("the unit circle under A = [[1.5, 1], [0.2, 0.8]]", circle.slice("0"),
        circle.slice("1"));
fig.label("unit circle").series("A @ circle", ellipse.slice("0"), ellipse.slice("1"));
fig.series("eigenvector lines, ±λv", eigenLines.slice("0"), eigenLines.slice("1"));
fig.series("ellipse axes, ±σu", singularLines.slice("0"), singularLines.slice("1"));
fig.series("axes", new double[] {-2.2, 3.8, 0, 0, 0}, new double[] {0, 0, 0, -1.7, 1.7});
fig.xlabel("x").ylabel("y");

// A rotation turns every direction, so no real vector stays on its line: its eigenvalues are the
// complex pair cos θ ± i·sin θ. numpy returns complex arrays then, printed with j.
double theta = Math.PI / 4;
double c = Math.cos(theta), sn = Math.sin(theta);
var R = np.array(new double[][] {{c, -sn}, {sn, c}});
var rotation = np.linalg.eig(R);
print("eigenvalues of a 45° rotation:", rotation.eigenvalues());
var rotationValues = (mlmath.linalg.ComplexTensor) rotation.eigenvalues();
verify("|λ| = 1 for a rotation", rotationValues.abs(), np.ones(2), 1e-12, 0);
verify("Re λ = cos 45°", rotationValues.real(), np.full(new int[] {2}, c), 1e-12, 0);

// 5. SVD and low-rank approximation: keep the top-k singular values.
var M = np.random.randn(100, 100);
var svd = np.linalg.svd(M);
var U = svd.U(); var S = svd.S(); var Vt = svd.Vt();
print("U", U.shape(), "S", S.shape(), "Vt", Vt.shape());
verify("U diag(S) Vt = M", U.matmul(np.diag(S)).matmul(Vt), M, 1e-10, 0);

int k = 10;
var Mk = U.slice(":, :" + k).matmul(np.diag(S.slice(":" + k))).matmul(Vt.slice(":" + k + ", :"));
double relErr = np.linalg.norm(M.sub(Mk)) / np.linalg.norm(M);
print("rank-" + k + " relative error of a random 100x100:", relErr);

// Parameters: the dense matrix vs the two thin factors (100, k) and (k, 100) — the LoRA idea.
int dense = M.size(), thin = U.slice(":, :" + k).size() + Vt.slice(":" + k + ", :").size();
print("parameters:", dense, "->", thin, "(" + (100 * thin / dense) + "% of the original)");

// A random matrix has no structure, so rank 10 keeps little. Real weight matrices often do have structure:
// here a rank-10 matrix plus a little noise, where the same rank-10 approximation is almost exact.
var structured = np.random.randn(100, 10).matmul(np.random.randn(10, 100)).add(np.random.randn(100, 100).mul(0.05));
var svdS = np.linalg.svd(structured);
double relErrS = np.linalg.norm(structured.sub(svdS.reconstruct(k))) / np.linalg.norm(structured);
print("rank-" + k + " relative error of rank-10 + noise:", relErrS);

// The singular value spectrum says it all: a slow slide for the random matrix, a cliff after 10 for the structured one.
var idx = np.arange(1, 101, 1);
var fig = plot("singular value spectrum", idx, S).label("random 100x100").series("rank-10 + noise", idx, svdS.S());
fig.xlabel("index i").ylabel("singular value (log scale)").logy();

// Relative error of the best rank-k approximation as k grows: sqrt(sum of the dropped σ²) / ||M||.
double[] ks = new double[50], errRandom = new double[50], errStructured = new double[50];
for (int j = 0; j < 50; j++) {
    ks[j] = j + 1;
    errRandom[j] = np.linalg.norm(M.sub(svd.reconstruct(j + 1))) / np.linalg.norm(M);
    errStructured[j] = np.linalg.norm(structured.sub(svdS.reconstruct(j + 1))) / np.linalg.norm(structured);
}
var fig = plot("relative error vs rank k", ks, errRandom).label("random 100x100").series("rank-10 + noise", ks, errStructured);
fig.xlabel("rank k").ylabel("||M - M_k|| / ||M||");

// The truncated SVD computes only the top k directions; its singular values match the full ones.
var top = np.linalg.svd(M, k);
verify("truncated svd S", top.S(), S.slice(":" + k), 1e-8, 0);

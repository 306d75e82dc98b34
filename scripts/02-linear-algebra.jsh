// 02 · Linear algebra — the load-bearing math. Shapes first, then the one trick SVD buys you: low rank.

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

// 4. SVD and low-rank approximation: keep the top-k singular values.
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

// 07 · Checkpoints — the five questions, answered by running code rather than
// by recitation.

// ── 1. Why is a classifier's cross-entropy loss the same as max likelihood?
print("\nQ1. Why is cross-entropy loss the same thing as maximum likelihood" +
        "\n    for a classifier?");
// Likelihood of the labels under the model: Π_i p_θ(y_i | x_i). Take -log and
// divide by n:
//   -(1/n) log Π_i p_θ(y_i|x_i) = -(1/n) Σ_i log p_θ(y_i|x_i) = cross-entropy.
//   Minimising one maximises the other.
np.random.seed(7);
var logits = np.random.randn(6, 4);
var labels = np.random.randint(0, 4, 6);
var probs = torch.softmax(logits, -1);
double logLikelihood = probs.pick(labels).log().sum().item();
print("log-likelihood of the labels:", logLikelihood);
print("-> -logL / n =", -logLikelihood / 6);
verify("CE = -log-likelihood / n", -logLikelihood / 6,
        F.crossEntropy(logits, labels));

// ── 2. What does (32, 64) + (64,) do mechanically; when does broadcast fail?
print("\nQ2. What does (32, 64) + (64,) do mechanically, and when does" +
        " broadcasting fail?");
// Shapes are aligned on the right: (32, 64) vs (_, 64). The missing axis is
// treated as 1 and stretched to 32, so row i of the result is x[i] + b. No copy
// of b is needed; the same 64 numbers are reused for every row.
var x = np.random.randn(32, 64);
var b = np.random.randn(64);
var tiled = np.ones(32, 1).matmul(b.reshape(1, 64));  // b written out 32 times
verify("x + b == x + tile(b)", x.add(b), x.add(tiled), 0, 0);
// It fails when a pair of aligned sizes differ and neither is 1:
expectError(() -> x.add(np.random.randn(32)));          // 64 vs 32
expectError(() -> x.add(np.random.randn(2, 64)));       // 32 vs 2

// ── 3. Approximate a 1000x1000 matrix with a rank-20 SVD:
// parameters saved and reconstruction error.
print("\nQ3. Approximate a 1000x1000 matrix with a rank-20 SVD: parameters" +
        "\n    saved and reconstruction error.");
np.random.seed(0);
var big = np.random.randn(1000, 1000);
int k = 20;
long t0 = System.nanoTime();
var top = np.linalg.svd(big, k);  // truncated: the top 20 singular triplets
long t1 = System.nanoTime();
top = np.linalg.svd(big, k);  // again, with the Lanczos loop JIT-compiled
print(String.format("rank-%d truncated SVD of 1000x1000: %.2f s the first" +
        " time (JIT warming up),%n    %.2f s the second",
        k, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9));
var approx = top.reconstruct(k);
int params = top.U().size() + top.S().size() + top.Vt().size();
print("parameters:", big.size(), "->", params, "saved", big.size() - params,
        String.format("(%.1f%%)", 100.0 * (big.size() - params) / big.size()));
print("relative reconstruction error (random matrix):",
        np.linalg.norm(big.sub(approx)) / np.linalg.norm(big));
// Eckart–Young: the error is exactly the energy in the dropped singular values,
// and since ||A||² = Σ σᵢ², that energy is ||A||² − (σ₁² + … + σ₂₀²): no full
// SVD needed to check it.
double keptEnergy = top.S().pow(2).sum().item();
double dropped = Math.sqrt(Math.pow(np.linalg.norm(big), 2) - keptEnergy);
verify("||A - A_20|| = sqrt(||A||^2 - sum of kept S^2)",
        np.linalg.norm(big.sub(approx)), dropped, 1e-8, 0);
// A matrix with genuine rank-20 structure (plus noise) is where the saving is
// free:
var lowRank = np.random.randn(1000, 20).matmul(
        np.random.randn(20, 1000)).add(np.random.randn(1000, 1000).mul(0.1));
var lowTop = np.linalg.svd(lowRank, k);
print("relative reconstruction error (rank-20 + noise):",
        np.linalg.norm(lowRank.sub(lowTop.reconstruct(k))) /
        np.linalg.norm(lowRank));

// ── 4. The gradient of loss = (W @ x - y).pow(2).sum() wrt W, shape included.
print("\nQ4. The gradient of loss = (W @ x - y).pow(2).sum() with respect to" +
        "\n    W, shape included.");
// r = W x - y (shape (m,)), loss = Σ r_i². dL/dW_ij = 2 r_i x_j, i.e. dL/dW = 2
// (W x - y) xᵀ: an outer product, shape (m, n) — the same shape as W, as every
// gradient of a scalar loss must be.
var W = np.random.randn(3, 5);
var xv = np.random.randn(5);
var yv = np.random.randn(3);
var r = W.matmul(xv).sub(yv);
var dW = r.reshape(3, 1).matmul(xv.reshape(1, 5)).mul(2);
print("W", W.shape(), " x", xv.shape(), " dL/dW", dW.shape());
NDArray xt = torch.tensor(xv), yt = torch.tensor(yv);
verify("dL/dW = 2 (Wx - y) x^T", dW,
        torch.grad(p -> p[0].matMul(xt).sub(yt).pow(2).sum(), W)[0]);

// ── 5. AdamW's four hyperparameters, each shown by changing only it, one step.
print("\nQ5. AdamW's four hyperparameters, each shown by changing only it" +
        " for one step.");
var theta = np.array(1.0, -2.0, 0.5);
var g = np.array(0.1, -0.3, 0.2);
Tensor stepWith(double lr, double beta1, double beta2, double eps, double wd,
        Tensor grad) {
    return torch.optim.adamW(theta, lr, beta1, beta2, eps, wd).step(grad);
}
var base = stepWith(1e-3, 0.9, 0.999, 1e-8, 1e-2, g);
print("baseline update                 ", base.sub(theta));
// lr: the size of every step. Doubling it doubles the update (Adam's first step
// is about lr per coordinate).
print("lr 2e-3: update doubles          ",
        stepWith(2e-3, 0.9, 0.999, 1e-8, 1e-2, g).sub(theta));
// betas (β1, β2): how long the moving averages of g and g² remember. Feed
// gradients that flip sign every step: with β1 = 0.9 the average still
// remembers the first push and θ keeps drifting that way (momentum); with β1 =
// 0 each step follows only the latest gradient, so the flips cancel out.
var flipping = torch.optim.adamW(theta, 1e-3, 0.9, 0.999, 1e-8, 0.0);
var noMemory = torch.optim.adamW(theta, 1e-3, 0.0, 0.999, 1e-8, 0.0);
Tensor afterMemory = null, afterNoMemory = null;
for (int i = 0; i < 4; i++) {
    var gi = g.mul(i % 2 == 0 ? 1 : -1);
    afterMemory = flipping.step(gi);
    afterNoMemory = noMemory.step(gi);
}
print("4 sign-flipping steps, β1 = 0.9 ", afterMemory.sub(theta).round(6));
print("    (momentum carries the first direction)");
print("4 sign-flipping steps, β1 = 0   ", afterNoMemory.sub(theta).round(6));
print("    (follows each gradient: the flips cancel)");
// eps: guards the division by √v. With tiny gradients, a large eps damps the
// step instead of amplifying noise.
var tiny = g.mul(1e-9);
print("tiny gradients, eps 1e-8");
print("   ", stepWith(1e-3, 0.9, 0.999, 1e-8, 0.0, tiny).sub(theta));
print("tiny gradients, eps 1e-6");
print("   ", stepWith(1e-3, 0.9, 0.999, 1e-6, 0.0, tiny).sub(theta));
// weight_decay: pulls weights toward zero by lr·λ·θ each step, independently of
// the gradient (decoupled).
var zero = np.zeros(3);
var decayed = stepWith(1e-3, 0.9, 0.999, 1e-8, 0.1, zero);
print("zero gradient, weight_decay 0.1 ", decayed.sub(theta));
print("    (= -lr·λ·θ)");
verify("weight decay shrinks θ by lr·λ·θ", decayed.sub(theta),
        theta.mul(-1e-3 * 0.1), 1e-15, 0);

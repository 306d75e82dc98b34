// 06 · The build — five ops from scratch, each verified against torch within
// 1e-5, then the scoreboard.

np.random.seed(42);

// 1. Dot product: sum(a * b).
// exercise: dot
// hint: Multiply the two vectors elementwise and add everything up.
// hint: a.mul(b).sum().
Tensor dot(Tensor a, Tensor b) {
    return a.mul(b).sum();
}
// end
var a = np.random.randn(256);
var b = np.random.randn(256);
verify("dot", dot(a, b), torch.dot(a, b));

// 2. Matmul: first the triple loop, as on paper: C[i][j] = Σ_k A[i][k] B[k][j].
// exercise: matmul_loop
// hint: Entry (i, j) of A·B is row i of A dotted with column j of B.
// hint: Loops over i, j and k, accumulating A[i][k] · B[k][j] into out[i][j].
Tensor matmulLoop(Tensor A, Tensor B) {
    int n = A.shape().get(0), k = A.shape().get(1), m = B.shape().get(1);
    double[] c = new double[n * m];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int p = 0; p < k; p++) s += A.get(i, p) * B.get(p, j);
            c[i * m + j] = s;
        }
    return new Tensor(c, n, m);
}
// end
var A = np.random.randn(200, 300);
var B = np.random.randn(300, 100);
verify("matmul (triple loop)", matmulLoop(A, B), torch.matmul(A, B));
// Then the "vectorized" one: OpenBLAS's dgemm, the very kernel numpy's @ calls
// — what numpy's @ is to a Python loop.
verify("library matmul (A.matmul)", A.matmul(B), torch.matmul(A, B));
double loopMs = timeit(3, () -> matmulLoop(A, B));
double fastMs = timeit(7, () -> A.matmul(B));
print(String.format("200x300 @ 300x100: triple loop %.1f ms," +
        " library matmul %.2f ms (%.0fx faster)", loopMs, fastMs,
        loopMs / fastMs));

// 3. Softmax with the log-sum-exp trick:
// softmax(x) = exp(x - logsumexp(x)), logsumexp(x) = m + log Σ exp(x - m).
// exercise: softmax_lse
// hint: In log space: log softmax(z) = z - logsumexp(z), max trick inside.
// hint: m = last axis max (keepdims); lse = m + log Σ exp(z - m); exp(z - lse).
Tensor softmaxLse(Tensor x) {
    var m = x.max(-1, true);
    var logSumExp = m.add(x.sub(m).exp().sum(-1, true).log());
    return x.sub(logSumExp).exp();
}
// end
var logits = np.random.randn(16, 10).mul(5);
verify("softmax", softmaxLse(logits), torch.softmax(logits, -1));

// 4. Cross-entropy from logits and integer targets:
// mean of logsumexp(x) - x[target].
// exercise: cross_entropy_from_logits
// hint: Skip probabilities: log-probabilities are logits minus their logsumexp.
// hint: Pick each row's target log-probability, negate, average over the batch.
Tensor crossEntropyFromLogits(Tensor x, Tensor targets) {
    var m = x.max(-1, true);
    var logSumExp = m.add(x.sub(m).exp().sum(-1, true).log()).reshape(-1);
    return logSumExp.sub(x.pick(targets)).mean();
}
// end
var targets = np.random.randint(0, 10, 16);
verify("cross_entropy", crossEntropyFromLogits(logits, targets),
        F.crossEntropy(logits, targets));

// 5. Discrete KL(P||Q) = Σ p log(p/q).
// torch's kl_div takes log Q first, P second.
// (The seed's table writes F.kl_div(p.log(), q, ...): with torch's argument
// order that is KL(q||p).)
// exercise: kl_divergence
// hint: Sum p · (log p - log q) over outcomes; those with p = 0 add nothing.
// hint: Mask where p > 0 (or use np.where) before adding up p · log(p / q).
Tensor klDivergence(Tensor p, Tensor q) {
    return p.mul(p.log().sub(q.log())).sum();
}
// end
var p = softmaxLse(np.random.randn(10));
var q = softmaxLse(np.random.randn(10));
verify("kl", klDivergence(p, q), F.klDiv(q.log(), p, "sum"));

build();

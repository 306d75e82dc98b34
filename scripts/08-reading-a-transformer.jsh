// 08 · Reading a transformer — one GPT-2 block and its head, op by op.
// Every shape is printed and checked against libtorch. The path is GPT-2's:
// embeddings → LN₁ → causal multi-head attention → residual → LN₂ → MLP →
// residual → final LN → a head tied to the embedding table → the cross-entropy
// of the next tokens. Each piece is a few matmuls, reshapes and elementwise
// maps: track the shapes and the equations read themselves. The sizes are tiny
// so any tensor can be printed; the code does not depend on them.

np.random.seed(0);
int B = 2, T = 5, D = 16, H = 4,  // batch, sequence, d_model, heads,
        Dh = D / H;               // d_head
int vocab = 50;

// 1. Embeddings
// A token id picks a row of a (vocab, D) table, and picking rows IS a matmul
// with a one-hot: one_hot(ids) (B, T, vocab) @ table (vocab, D) -> (B, T, D).
// The one-hot comes from broadcasting ids (B, T, 1) against arange(vocab) and
// asking "equal?".
var table = np.random.randn(vocab, D).mul(0.5);
var positions = np.random.randn(T, D).mul(0.5);  // learned, one per position
var ids = np.random.randint(0, vocab, B, T);
var oneHot =
        ids.reshape(B, T, 1).sub(np.arange(vocab)).map(d -> d == 0 ? 1 : 0);
var x = oneHot.matmul(table).add(positions);  // (B, T, D) + (T, D): over B
print("ids", ids.shape(), "-> one-hot", oneHot.shape(), "@ table",
        table.shape());
print("    + positions", positions.shape(), "-> x", x.shape());
verify("embedding lookup", x,
        torch.add(torch.matmul(oneHot, table), positions));
// Row (1, 3) of x is table row ids[1, 3] plus position 3's vector: a lookup,
// nothing more.
verify("x[1, 3] = table[ids[1, 3]] + positions[3]", x.slice("1, 3"),
        table.slice(String.valueOf((int) ids.get(1, 3)))
                .add(positions.slice("3")), 1e-15, 0);

// 2. Layer norm, in front of the sublayer
// GPT-2 normalises what goes INTO each sublayer: attention reads a = LN₁(x),
// while x itself waits, unnormalised, for the residual add of part 12
// ("pre-LN"; part 21 compares the 2017 paper's "post-LN", which normalises
// after the add). Layer norm gives each token's D numbers mean 0 and variance 1
// — mean and biased (÷ D) variance over the LAST axis, kept as (B, T, 1) so
// they broadcast back — then scales by a learned gain g and shifts by a learned
// bias b, both (D,).
double eps = 1e-5;
// exercise: layer_norm
// hint: Per token: minus the last axis's mean, over its std; then g and b.
// hint: var = mean((r - mean)², -1, keepdims), over D, not D - 1; √(var + eps).
Tensor layerNorm(Tensor r, Tensor g, Tensor b) {
    var mean = r.mean(-1, true);                                   // (B, T, 1)
    var centred = r.sub(mean);
    var spread = centred.pow(2).mean(-1, true);    // (B, T, 1): r.var(-1, true)
    return centred.div(spread.add(eps).sqrt()).mul(g).add(b);
}
// end
var ln1g = np.random.randn(D).mul(0.1).add(1);
var ln1b = np.random.randn(D).mul(0.1);
var a = layerNorm(x, ln1g, ln1b);
print("LN1:", x.shape(), "-> a", a.shape(), " statistics per token:",
        x.mean(-1, true).shape());
verify("LN1 (libtorch's fused layer_norm)", a,
        F.layerNorm(x, new int[] {D}, ln1g, ln1b, eps));
// g and b undone, token (0, 0) has mean 0 and variance just under 1 (eps sits
// inside the root).
var standardised = a.sub(ln1b).div(ln1g).slice("0, 0");
print(String.format("token (0, 0) standardised: mean %.1e, variance %.7f",
        standardised.mean().item(),
        standardised.pow(2).mean().item()));
verify("var after LN = var / (var + eps)", standardised.pow(2).mean(),
        x.slice("0, 0").var().div(x.slice("0, 0").var().add(eps)), 1e-12, 0);

// 3. Q, K, V projections
// Three (D, D) weights and (D,) biases, applied to every token of a at once;
// (B, T, D) @ (D, D) batches over the leading axis. torch's nn.Linear stores
// its weight as (out, in) and computes x @ W.T + b, so the reference gets our W
// transposed.
var Wq = np.random.randn(D, D).div(Math.sqrt(D));
var bq = np.random.randn(D).mul(0.1);
var Wk = np.random.randn(D, D).div(Math.sqrt(D));
var bk = np.random.randn(D).mul(0.1);
var Wv = np.random.randn(D, D).div(Math.sqrt(D));
var bv = np.random.randn(D).mul(0.1);
var q = a.matmul(Wq).add(bq);
var k = a.matmul(Wk).add(bk);
var v = a.matmul(Wv).add(bv);
print("q = a @ Wq + bq:", a.shape(), "@", Wq.shape(), "+", bq.shape(), "->",
        q.shape());
verify("q projection", q, F.linear(a, Wq.T(), bq));
verify("k projection", k, F.linear(a, Wk.T(), bk));
verify("v projection", v, F.linear(a, Wv.T(), bv));

// 4. Split into heads
// A token's D = 16 numbers are read as H = 4 heads of Dh = 4: reshape to (B, T,
// H, Dh). Then move the head axis before the sequence: (B, H, T, Dh). matmul
// batches over leading axes, so after this transpose all heads attend at once,
// independently.
// exercise: split_heads
// hint: Two steps: a reshape cutting the last axis D into (H, Dh), a transpose.
// hint: t.reshape(b, n, H, -1) is (B, T, H, Dh); transpose(0, 2, 1, 3) then.
Tensor splitHeads(Tensor t) {
    int b = t.shape().get(0), n = t.shape().get(1);
    // (B,T,D) -> (B,T,H,Dh) -> (B,H,T,Dh)
    return t.reshape(b, n, H, -1).transpose(0, 2, 1, 3);
}
// end
var qh = splitHeads(q); var kh = splitHeads(k); var vh = splitHeads(v);
print("split heads:", q.shape(), "-> reshape", q.reshape(B, T, H, Dh).shape(),
        "-> transpose", qh.shape());
verify("split heads", qh,
        torch.permute(torch.reshape(q, B, T, H, Dh), 0, 2, 1, 3));
// Head 1 of token 3 (batch 0) is just columns 4..7 of that token's q: nothing
// is mixed.
verify("qh[0, 1, 3] = q[0, 3, 4:8]", qh.slice("0, 1, 3"), q.slice("0, 3, 4:8"),
        0, 0);

// 5. Scores
// Every query against every key, per head:
// scores[b,h,i,j] = Σ_d q[b,h,i,d] k[b,h,j,d]   (einsum "bhqd,bhkd->bhqk"),
// i.e. q @ kᵀ on the last two axes: (B,H,T,Dh) @ (B,H,Dh,T) -> (B,H,T,T). Then
// ÷ √Dh (see 6).
// exercise: scaled_scores
// hint: Transpose k's last two axes: q @ kᵀ pairs every query with every key.
// hint: q.matmul(k.transpose(0, 1, 3, 2)), over Math.sqrt of q's last size.
Tensor scaledScores(Tensor q, Tensor k) {
    int dHead = q.shape().get(q.ndim() - 1);
    return q.matmul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(dHead));
}
// end
var scores = scaledScores(qh, kh);
print("scores = q @ k.T / sqrt(" + Dh + "):", qh.shape(), "@",
        kh.transpose(0, 1, 3, 2).shape(),
        "->", scores.shape());
var kT = torch.transpose(kh, -2, -1);
verify("scaled scores", scores, torch.div(torch.matmul(qh, kT), Math.sqrt(Dh)));
// One entry by hand, the way the einsum reads: batch 1, head 2, query 3, key 0.
double entry = 0;
for (int d = 0; d < Dh; d++) entry += qh.get(1, 2, 3, d) * kh.get(1, 2, 0, d);
verify("scores[1, 2, 3, 0] by the sum", entry / Math.sqrt(Dh),
        scores.get(1, 2, 3, 0), 1e-14, 0);
// And all of them as numpy's einsum writes it: the subscripts are the formula
// above.
verify("scores as einsum bhqd,bhkd->bhqk",
        np.einsum("bhqd,bhkd->bhqk", qh, kh).div(Math.sqrt(Dh)),
        scores, 1e-14, 0);

// 6. Why √d_head
// If q and k have d independent unit-variance entries, q·k is a sum of d
// products of variance 1, so Var(q·k) = d: raw scores grow like √d. Dividing by
// √d puts the variance back at 1 for every width. Each line: 4000 sampled
// pairs.
np.random.seed(1);
int[] widths = {4, 16, 64, 256, 1024};
double[] dims = new double[widths.length];
double[] varRaw = new double[widths.length],
        varScaled = new double[widths.length];
for (int i = 0; i < widths.length; i++) {
    int d = widths[i];
    // 4000 q·k
    var dots = np.random.randn(4000, d).mul(np.random.randn(4000, d)).sum(-1);
    dims[i] = d;
    // np.var: mean squared distance from the mean
    varRaw[i] = dots.var().item();
    varScaled[i] = dots.div(Math.sqrt(d)).var().item();
    print(String.format("d = %4d   Var(q·k) = %7.1f   Var(q·k / √d) = %.3f",
            d, varRaw[i], varScaled[i]));
}
verify("Var(q·k / √d) stays near 1 at d = 1024", varScaled[4], 1.0, 0.1, 0);
// On log-log axes a variance that grows like d is a line of slope 1 (4 -> 1e3
// as d goes 4 -> 1e3).
var fig = plot("Var(q·k) grows like d (4000 samples per width)", dims, varRaw);
fig.xlabel("d (log scale)").ylabel("Var(q·k) (log scale)").logx().logy();

// What that growth does to attention: one query against 16 keys, its softmax
// weights sorted from largest to smallest, averaged over 500 queries. Unscaled,
// a wide head puts almost all weight on one key (softmax ≈ argmax, whose
// gradient vanishes); scaled, the weights stay spread out.
Tensor softmax(Tensor z) {
    // the max trick of 03; exp(-inf) = 0 for masks
    var e = z.sub(z.max(-1, true)).exp();
    return e.div(e.sum(-1, true));
}
Tensor sortedWeights(Tensor w) {
    // rows sorted largest first (sort -w ascending), averaged
    return w.neg().sort(-1).neg().mean(0);
}
double[] peakRaw = new double[widths.length],
        peakScaled = new double[widths.length];
Tensor sortedRaw = null, sortedScaled = null;
for (int i = 0; i < widths.length; i++) {
    int d = widths[i];
    // 500 queries (500, 1, d) times 16 keys each (500, 16, d), summed over d:
    // (500, 16) scores.
    var raw = np.random.randn(500, 1, d).mul(np.random.randn(500, 16, d))
            .sum(-1);
    sortedRaw = sortedWeights(softmax(raw));
    sortedScaled = sortedWeights(softmax(raw.div(Math.sqrt(d))));
    peakRaw[i] = sortedRaw.get(0);
    peakScaled[i] = sortedScaled.get(0);
}
print("d:                                  ", np.array(dims));
print("mean largest weight of 16, unscaled:", np.array(peakRaw).round(3));
print("                             scaled:", np.array(peakScaled).round(3));
print("                   (uniform would be 0.0625)");
var rank = np.arange(1, 17, 1);
var fig = plot("16 attention weights at d = 1024, sorted", rank,
        sortedRaw).label("softmax(q·k)");
var uniform = np.full(new int[] {16}, 1.0 / 16);
fig.series("softmax(q·k / √d)", rank, sortedScaled).series(
        "uniform, 1/16", rank, uniform);
fig.xlabel("key, by rank of its weight").ylabel("mean weight over 500 queries");

// 7. Causal mask
// Query i may look at keys j ≤ i only. future[i, j] = 1 where j > i, made by
// broadcasting a row of j's against a column of i's. Adding -inf there gives
// weight 0.
// exercise: causal_mask
// hint: Broadcast key positions as a row (1, n), queries as a column (n, 1).
// hint: j - i (j from the row, i the column) is > 0 in the future: 1, else 0.
Tensor causalMask(int n) {
    return np.arange(n).reshape(1, n).sub(np.arange(n).reshape(n, 1))
            .map(d -> d > 0 ? 1 : 0);
}
// end
var future = causalMask(T);
print("future (1 = masked):");
print(future);
// numpy has it ready-made: the strict upper triangle, np.triu(ones, 1).
verify("future = np.triu(ones, 1)", future, np.triu(np.ones(T, T), 1), 0, 0);
verify("future vs libtorch: arange(T)[None, :] > arange(T)[:, None]", future,
        torch.compute(x ->
                x[0].reshape(1, T).gt(x[0].reshape(T, 1))
                .toType(ai.djl.ndarray.types.DataType.FLOAT64, false),
                np.arange(T)), 0, 0);
var minusInf = future.map(f -> f == 1 ? Double.NEGATIVE_INFINITY : 0);
var masked = scores.add(minusInf);               // (T, T) broadcast over (B, H)
verify("causal mask", masked,
        torch.maskedFill(scores, future, Double.NEGATIVE_INFINITY));

// 8. Softmax over the keys
// Over the last axis: each query's weights are >= 0 and sum to 1.
// exercise: attention_weights
// hint: -inf in the scores where the mask is 1 (a future key), then softmax.
// hint: Add -inf where future is 1, else 0 (exp(-inf) = 0); then softmax.
Tensor attentionWeights(Tensor scores, Tensor future) {
    var blocked = future.map(f -> f == 1 ? Double.NEGATIVE_INFINITY : 0);
    // exp(-inf) = 0: no weight on the future
    return softmax(scores.add(blocked));
}
// end
var att = attentionWeights(scores, future);
print("attention weights", att.shape(), "— batch 0, head 0:");
print(att.slice("0, 0"));
verify("softmax over keys", att, torch.softmax(masked, -1));
verify("every row sums to 1", att.sum(-1), np.ones(B, H, T), 1e-15, 0);
verify("no weight on the future", att.mul(future).sum(), 0.0, 0, 0);

// 9. Weighted sum of values
// Each query's output mixes the value vectors it attends to.
// (B, H, T, T) @ (B, H, T, Dh) -> (B, H, T, Dh).
var heads = att.matmul(vh);
print("att @ v:", att.shape(), "@", vh.shape(), "->", heads.shape());
verify("att @ v", heads, torch.matmul(att, vh));

// 10. Merge heads
// The split undone: transpose back to (B, T, H, Dh), then flatten the last two
// axes into D.
// exercise: merge_heads
// hint: Undo split_heads in reverse order: the transpose, then the reshape.
// hint: transpose(0, 2, 1, 3) is (B, T, H, Dh); reshape(b, n, -1) joins two.
Tensor mergeHeads(Tensor t) {
    int b = t.shape().get(0), n = t.shape().get(2);
    return t.transpose(0, 2, 1, 3).reshape(b, n, -1);
}
// end
var merged = mergeHeads(heads);
print("merge heads:", heads.shape(), "-> transpose",
        heads.transpose(0, 2, 1, 3).shape(),
        "-> reshape", merged.shape());
verify("merge heads", merged,
        torch.reshape(torch.permute(heads, 0, 2, 1, 3), B, T, D));
verify("merge(split(q)) = q", mergeHeads(splitHeads(q)), q, 0, 0);

// 11. Output projection
// One more (D, D) weight mixes what the heads found.
var Wo = np.random.randn(D, D).div(Math.sqrt(D));
var bo = np.random.randn(D).mul(0.1);
// exercise: output_projection
// hint: As the Q, K, V projections: a matmul by a (D, D) weight, plus a bias.
// hint: Multiply on the right by W as stored, (in, out); add b to every row.
Tensor outputProjection(Tensor merged, Tensor W, Tensor b) {
    return merged.matmul(W).add(b);
}
// end
var attnOut = outputProjection(merged, Wo, bo);
print("output projection:", merged.shape(), "@", Wo.shape(), "->",
        attnOut.shape());
verify("output projection", attnOut, F.linear(merged, Wo.T(), bo));

// 12. Residual
// The sublayer's output is ADDED to the stream it read from: x1 = x +
// attention(LN₁(x)). The stream x itself never passes through a norm or a
// weight on this path, only through additions.
var x1 = x.add(attnOut);
print("residual: x", x.shape(), "+ attention", attnOut.shape(), "-> x1",
        x1.shape());
verify("first residual", x1, torch.add(x, attnOut));

// 13. GELU
// The MLP's nonlinearity: GELU(u) = u·Φ(u), Φ the standard normal CDF — about u
// for large u, about 0 for very negative u, smooth (and slightly negative) in
// between. GPT-2 computes it with tanh:
//   gelu(u) ≈ 0.5·u·(1 + tanh(√(2/π)·(u + 0.044715·u³)))
Tensor gelu(Tensor u) {
    var inner = u.add(u.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
    return u.mul(0.5).mul(inner.tanh().add(1));
}
var us = np.linspace(-4, 4, 81);
// DJL reaches libtorch's gelu without its approximate= argument, so the
// reference for the tanh form is that same formula written in libtorch ops; the
// exact u·Φ(u) is libtorch's own fused gelu.
verify("gelu, tanh form", gelu(us), F.gelu(us, "tanh"));
var gap = gelu(us).sub(F.gelu(us)).abs();
print(String.format("largest |tanh form - exact| on [-4, 4]: %.2e at u = %.1f",
        gap.max().item(),
        us.get((int) gap.argmax().item())));
verify("tanh form vs exact gelu, atol 1e-3", gelu(us), F.gelu(us), 1e-3, 0);
print(String.format("lowest value of gelu on the grid: %.4f at u = %.1f",
        gelu(us).min().item(),
        us.get((int) gelu(us).argmin().item())));
var fig = plot("GELU (tanh form) and ReLU", us, gelu(us)).label("gelu");
fig.series("relu", us, us.maximum(0)).xlabel("u").ylabel("activation");

// 14. LN₂ and the MLP
// The second sublayer reads LN₂(x1), widens each token from D to 4·D numbers,
// applies GELU to each number, and projects back to D: (B, T, D) @ (D, 4D) ->
// (B, T, 4D) -> GELU -> @ (4D, D) -> (B, T, D). Attention was the only step
// that mixes tokens; the MLP works on each token separately.
var ln2g = np.random.randn(D).mul(0.1).add(1);
var ln2b = np.random.randn(D).mul(0.1);
var Wup = np.random.randn(D, 4 * D).div(Math.sqrt(D));
var bup = np.random.randn(4 * D).mul(0.1);
var Wdown = np.random.randn(4 * D, D).div(Math.sqrt(4 * D));
var bdown = np.random.randn(D).mul(0.1);
var m = layerNorm(x1, ln2g, ln2b);
verify("LN2 (libtorch's fused layer_norm)", m,
        F.layerNorm(x1, new int[] {D}, ln2g, ln2b, eps));
var up = m.matmul(Wup).add(bup);
print("MLP up:", m.shape(), "@", Wup.shape(), "+", bup.shape(), "->",
        up.shape());
verify("MLP up-projection D -> 4D", up, F.linear(m, Wup.T(), bup));
var act = gelu(up);
verify("GELU on (B, T, 4D)", act, F.gelu(up, "tanh"));
var mlpOut = act.matmul(Wdown).add(bdown);
print("MLP down:", act.shape(), "@", Wdown.shape(), "+", bdown.shape(), "->",
        mlpOut.shape());
verify("MLP down-projection 4D -> D", mlpOut, F.linear(act, Wdown.T(), bdown));
// Token (1, 2) pushed through the MLP alone, as a (D,) vector, gives the same
// row: no mixing.
var alone = gelu(m.slice("1, 2").matmul(Wup).add(bup)).matmul(Wdown).add(bdown);
verify("mlp(m[1, 2]) = mlp(m)[1, 2]", alone, mlpOut.slice("1, 2"), 1e-14, 0);

// 15. Second residual
var x2 = x1.add(mlpOut);
print("residual: x1", x1.shape(), "+ mlp", mlpOut.shape(), "-> x2", x2.shape());
verify("second residual", x2, torch.add(x1, mlpOut));

// 16. The whole block against libtorch
// One block's sixteen arrays in one record. (GPT-2's checkpoint holds the same
// numbers in twelve tensors per layer: its Q, K and V weights are fused into
// one (D, 3D) matrix, their biases into one (3D,) vector.) The block is then
// parts 2–15 in a few lines.
record Layer(Tensor ln1g, Tensor ln1b, Tensor Wq, Tensor bq, Tensor Wk,
        Tensor bk, Tensor Wv, Tensor bv, Tensor Wo, Tensor bo, Tensor ln2g,
        Tensor ln2b, Tensor Wup, Tensor bup, Tensor Wdown, Tensor bdown) {
    Tensor[] all() {
        return new Tensor[] {ln1g, ln1b, Wq, bq, Wk, bk, Wv, bv, Wo, bo,
                ln2g, ln2b, Wup, bup, Wdown, bdown};
    }
}
Tensor attention(Layer L, Tensor a) {
    var qh = splitHeads(a.matmul(L.Wq()).add(L.bq()));
    var kh = splitHeads(a.matmul(L.Wk()).add(L.bk()));
    var vh = splitHeads(a.matmul(L.Wv()).add(L.bv()));
    var mixed = mergeHeads(
            softmax(scaledScores(qh, kh).add(minusInf)).matmul(vh));
    return mixed.matmul(L.Wo()).add(L.bo());
}
Tensor mlp(Layer L, Tensor m) {
    return gelu(m.matmul(L.Wup()).add(L.bup())).matmul(L.Wdown())
            .add(L.bdown());
}
Tensor block(Layer L, Tensor x) {
    var x1 = x.add(attention(L, layerNorm(x, L.ln1g(), L.ln1b())));
    return x1.add(mlp(L, layerNorm(x1, L.ln2g(), L.ln2b())));
}
var layer = new Layer(ln1g, ln1b, Wq, bq, Wk, bk, Wv, bv, Wo, bo, ln2g, ln2b,
        Wup, bup, Wdown, bdown);
verify("block(x) = the steps above", block(layer, x), x2, 0, 0);
// The same block written in libtorch ops, one call per step. DJL reaches no
// fused scaled_dot_product_attention or tanh-gelu, so this reference is a
// composition of libtorch's layer_norm, linear, reshape, permute, matmul, div,
// masked_fill (torch.where), softmax, tanh, add.
Tensor torchHeads(Tensor t) {
    return torch.permute(torch.reshape(t, B, T, H, Dh), 0, 2, 1, 3);
}
Tensor torchBlock(Layer L, Tensor x) {
    var a = F.layerNorm(x, new int[] {D}, L.ln1g(), L.ln1b(), eps);
    var qt = torchHeads(F.linear(a, L.Wq().T(), L.bq()));
    var kt = torchHeads(F.linear(a, L.Wk().T(), L.bk()));
    var vt = torchHeads(F.linear(a, L.Wv().T(), L.bv()));
    var raw = torch.div(torch.matmul(qt, torch.transpose(kt, -2, -1)),
            Math.sqrt(Dh));
    var att = torch.softmax(torch.maskedFill(raw, np.triu(np.ones(T, T), 1),
            Double.NEGATIVE_INFINITY), -1);
    var mixed = torch.reshape(torch.permute(torch.matmul(att, vt), 0, 2, 1, 3),
            B, T, D);
    var x1 = torch.add(x, F.linear(mixed, L.Wo().T(), L.bo()));
    var m = F.layerNorm(x1, new int[] {D}, L.ln2g(), L.ln2b(), eps);
    var hidden = F.gelu(F.linear(m, L.Wup().T(), L.bup()), "tanh");
    return torch.add(x1, F.linear(hidden, L.Wdown().T(), L.bdown()));
}
verify("block vs libtorch ops, composed", block(layer, x),
        torchBlock(layer, x));

// 17. Final layer norm and the tied head
// After the last block GPT-2 applies one more layer norm, ln_f; then each
// position's vector is scored against every row of the token-embedding table of
// part 1: logits = LN_f(x2) @ tableᵀ, (B, T, D) @ (D, vocab) -> (B, T, vocab).
// The head owns no weights: it reuses the table ("tied").
var lnfg = np.random.randn(D).mul(0.1).add(1);
var lnfb = np.random.randn(D).mul(0.1);
var hf = layerNorm(x2, lnfg, lnfb);
verify("LN_f (libtorch's fused layer_norm)", hf,
        F.layerNorm(x2, new int[] {D}, lnfg, lnfb, eps));
var logits = hf.matmul(table.T());
print("head:", hf.shape(), "@ table.T", table.T().shape(), "->",
        logits.shape());
verify("tied head: F.linear(h, table)", logits, F.linear(hf, table));
// One logit is one dot product: how well the vector at (0, 4) lines up with
// token 7's embedding.
verify("logits[0,4,7] = h[0,4] · table[7]", logits.get(0, 4, 7),
        hf.slice("0, 4").dot(table.slice("7")).item(), 1e-14, 0);

// 18. Next-token cross-entropy
// Position t's logits are scored against the token at t + 1, so the last
// position has no target: logits[:, :-1] (B, T-1, vocab) against ids[:, 1:] (B,
// T-1). Flattened into B·(T-1) rows of vocab logits and B·(T-1) targets, this
// is 03's cross-entropy: the mean of -log softmax(row)[target].
var rows = logits.slice(":, :-1").reshape(-1, vocab);
var next = ids.slice(":, 1:").reshape(-1);
print("rows", rows.shape(), " targets", next.shape());
// Row 5 is batch 1, position 1 (T - 1 = 4 rows per sequence); its target is the
// token at position 2.
verify("target of row 5 = ids[1, 2]", next.get(5), ids.get(1, 2), 0, 0);
Tensor logSoftmax(Tensor z) {
    var shifted = z.sub(z.max(-1, true));                 // the max trick again
    return shifted.sub(shifted.exp().sum(-1, true).log());
}
var logp = logSoftmax(rows);
verify("log_softmax over the vocabulary", logp, torch.logSoftmax(rows, -1));
var loss = logp.pick(next).neg().mean();
print(String.format(
        "next-token loss %.4f; log(vocab) = %.4f is a uniform guess's loss",
        loss.item(), Math.log(vocab)));
print(String.format("std of the logits: %.4f", rows.std().item()));
// Untrained, the weights are random: the logits are spread out (std above) yet
// point nowhere in particular, and a confident wrong guess costs more than a
// uniform one. Training lowers this number. The reference, F.cross_entropy, is
// libtorch's log_softmax, gather and mean composed (DJL reaches no fused
// cross_entropy op), hence "composed" in the label.
verify("next-token CE (libtorch ops, composed)", loss,
        F.crossEntropy(rows, next));

// 19. The shape table
// What the block's figure in a paper means, at B=2, T=5, D=16, H=4, vocab=50.
table(
    new String[] {"step", "expression", "shape"},
    new String[] {"embeddings", "one_hot(ids) @ table + positions",
            x.shape().toString()},
    new String[] {"LN1", "layer_norm(x) * g1 + b1", a.shape().toString()},
    new String[] {"Q, K, V", "a @ W + b", q.shape().toString()},
    new String[] {"split heads", "reshape(B,T,H,Dh).transpose(0,2,1,3)",
            qh.shape().toString()},
    new String[] {"scores", "q @ k.T / sqrt(Dh)", scores.shape().toString()},
    new String[] {"causal mask", "scores + (-inf where j > i)",
            masked.shape().toString()},
    new String[] {"softmax", "over the last axis (keys)",
            att.shape().toString()},
    new String[] {"weighted values", "att @ v", heads.shape().toString()},
    new String[] {"merge heads", "transpose(0,2,1,3).reshape(B,T,D)",
            merged.shape().toString()},
    new String[] {"output projection", "merged @ Wo + bo",
            attnOut.shape().toString()},
    new String[] {"residual", "x1 = x + attention", x1.shape().toString()},
    new String[] {"LN2, MLP up", "layer_norm(x1) @ W_up + b_up",
            up.shape().toString()},
    new String[] {"GELU, MLP down", "gelu(up) @ W_down + b_down",
            mlpOut.shape().toString()},
    new String[] {"residual", "x2 = x1 + mlp", x2.shape().toString()},
    new String[] {"final LN, tied head", "layer_norm(x2) @ table.T",
            logits.shape().toString()},
    new String[] {"next-token rows", "logits[:, :-1] -> (B*(T-1), vocab)",
            rows.shape().toString()},
    new String[] {"loss", "mean of -log_softmax[target]",
            loss.shape().toString()});

// 20. Parameters, per component
// Counted from the arrays above, then from formulas: attention 4·D² + 4·D (H is
// not in it — splitting into heads reshapes, it adds no weights), MLP D·4D + 4D
// + 4D·D + D = 8·D² + 5·D, two layer norms 4·D per block, the final one 2·D,
// embeddings vocab·D + ctx·D, the head 0.
long sizes(Tensor... ts) {
    long n = 0; for (var t : ts) n += t.size(); return n;
}
long[] formula(long vocab, long ctx, long d, long layers) {
    // embeddings, attention, MLP, norms, head
    return new long[] {vocab * d + ctx * d, layers * (4 * d * d + 4 * d),
            layers * (8 * d * d + 5 * d), layers * 4 * d + 2 * d, 0};
}
long[] toy = {sizes(table, positions), sizes(Wq, bq, Wk, bk, Wv, bv, Wo, bo),
        sizes(Wup, bup, Wdown, bdown),
                sizes(ln1g, ln1b, ln2g, ln2b, lnfg, lnfb), 0};
long[] toyByFormula = formula(vocab, T, D, 1);
long[] gpt2 = formula(  // GPT-2 small: vocab, context, d_model, layers
        50257, 1024, 768, 12);
String[] parts = {"embeddings (token + position)", "attention", "MLP",
        "layer norms", "head (tied)"};
String[][] rowsOfTable = new String[parts.length + 2][];
rowsOfTable[0] = new String[] {"component", "this block (1 layer)",
        "GPT-2 small (12 layers)"};
for (int i = 0; i < parts.length; i++)
    rowsOfTable[i + 1] = new String[] {parts[i], String.format("%,d", toy[i]),
            String.format("%,d", gpt2[i])};
long toyTotal = java.util.Arrays.stream(toy).sum(),
        gpt2Total = java.util.Arrays.stream(gpt2).sum();
rowsOfTable[parts.length + 1] = new String[] {"total",
        String.format("%,d", toyTotal),
        String.format("%,d", gpt2Total)};
table(rowsOfTable);
verify("attention arrays = 4·D² + 4·D", toy[1], toyByFormula[1], 0, 0);
verify("MLP arrays = 8·D² + 5·D", toy[2], toyByFormula[2], 0, 0);
verify("layer-norm arrays = 4·D + 2·D", toy[3], toyByFormula[3], 0, 0);
verify("Layer = attention + MLP + 2 norms", sizes(layer.all()),
        toy[1] + toy[2] + 4 * D, 0, 0);
// The published count for GPT-2 small (the 124M model, head tied to the
// embedding) is 124,439,808.
verify("GPT-2 small total = 124,439,808", gpt2Total, 124_439_808L, 0, 0);
long gpt2Layer = (gpt2[1] + gpt2[2]) / 12 + 4 * 768;  // attention, MLP, 2 norms
print(String.format("GPT-2 small: the MLP holds %.3f of a layer," +
        " the embeddings %.3f of all",
        (double) gpt2[2] / 12 / gpt2Layer, (double) gpt2[0] / gpt2Total));

// 21. Where the norm goes: pre-LN against post-LN
// The 2017 transformer normalised AFTER each residual add, x ← LN(x + f(x))
// ("post-LN"). GPT-2 normalises in front of each sublayer, x ← x + f(LN(x)),
// and adds the final LN of part 17 ("pre-LN"). One visible difference is the
// residual stream. Below: the same 12 random blocks under each placement
// (weights randn/√fan_in, biases 0, norm gains 1 — untrained, like a model at
// initialisation) and the RMS of a token's D numbers, averaged over the B·T
// tokens, after each.
Tensor postBlock(Layer L, Tensor x) {
    var x1 = layerNorm(x.add(attention(L, x)), L.ln1g(), L.ln1b());
    return layerNorm(x1.add(mlp(L, x1)), L.ln2g(), L.ln2b());
}
Layer randomLayer() {
    Tensor one = np.ones(D), zero = np.zeros(D);
    return new Layer(one, zero,
            np.random.randn(D, D).div(Math.sqrt(D)), zero,
                    np.random.randn(D, D).div(Math.sqrt(D)), zero,
            np.random.randn(D, D).div(Math.sqrt(D)), zero,
                    np.random.randn(D, D).div(Math.sqrt(D)), zero,
            one, zero,
            np.random.randn(D, 4 * D).div(Math.sqrt(D)), np.zeros(4 * D),
            np.random.randn(4 * D, D).div(Math.sqrt(4 * D)), zero);
}
double rms(Tensor t) {
    return t.pow(2).mean(-1).sqrt().mean().item();   // per token, then averaged
}
np.random.seed(2);
int depth = 12;
Layer[] stack = new Layer[depth];
for (int l = 0; l < depth; l++) stack[l] = randomLayer();
var stream0 = np.random.randn(B, T, D);  // stand-in for the embeddings, RMS ≈ 1
double[] layerAxis = new double[depth + 1];
double[] rmsPre = new double[depth + 1], rmsPost = new double[depth + 1];
var pre = stream0; var post = stream0;
layerAxis[0] = 0; rmsPre[0] = rms(stream0); rmsPost[0] = rms(stream0);
for (int l = 0; l < depth; l++) {
    pre = block(stack[l], pre);
    post = postBlock(stack[l], post);
    layerAxis[l + 1] = l + 1;
    rmsPre[l + 1] = rms(pre);
    rmsPost[l + 1] = rms(post);
}
var rmsRows = new String[depth + 2][];
rmsRows[0] = new String[] {"after block", "RMS, pre-LN", "RMS, post-LN"};
for (int l = 0; l <= depth; l++)
    rmsRows[l + 1] = new String[] {String.valueOf(l),
            String.format("%.3f", rmsPre[l]),
            String.format("%.3f", rmsPost[l])};
table(rmsRows);
var torchStream = stream0;         // the same 12 pre-LN blocks, in libtorch ops
for (var L : stack) torchStream = torchBlock(L, torchStream);
verify("12 blocks, libtorch ops composed", pre, torchStream);
// Post-LN: the stream is a layer norm's output after every block, so each
// token's RMS is 1 (up to eps).
verify("post-LN: RMS 1 after block 12", post.pow(2).mean(-1).sqrt(),
        np.ones(B, T), 1e-4, 0);
// Pre-LN: nothing rescales the stream; each block adds its output, and the
// final LN rescales once.
verify("pre-LN: RMS 1 after final LN",
        layerNorm(pre, np.ones(D), np.zeros(D)).pow(2).mean(-1).sqrt(),
        np.ones(B, T), 1e-4, 0);
var fig = plot("residual stream RMS through 12 random blocks", layerAxis,
        rmsPre).label("pre-LN");
fig.series("post-LN", layerAxis, rmsPost).xlabel("blocks applied").ylabel(
        "mean RMS per token");
// What this shows, and no more: in these 12 untrained blocks the pre-LN stream
// grows block by block (read the table; the input reaches the output through
// additions alone), while post-LN resets every token to RMS 1 after each block.
// It measures activations, not gradients, and says nothing about training. The
// argument usually made for pre-LN (Xiong et al., 2020) is about gradients —
// post-LN's near the output are large at initialisation, hence its need for a
// warmup — and that is not run here.

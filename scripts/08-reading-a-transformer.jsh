// 08 · Reading a transformer — one attention block, op by op.
// Every shape is printed and checked against libtorch. A paper's attention section is a few
// matmuls, two reshapes, a mask and one softmax: track the shapes and the equations read
// themselves. The sizes are tiny so any tensor can be printed; the code does not depend on them.

np.random.seed(0);
int B = 2, T = 5, D = 16, H = 4, Dh = D / H;   // batch, sequence, d_model, heads, d_head
int vocab = 50;

// 1. Embeddings
// A token id picks a row of a (vocab, D) table, and picking rows IS a matmul with a one-hot:
// one_hot(ids) (B, T, vocab) @ table (vocab, D) -> (B, T, D). The one-hot comes from broadcasting
// ids (B, T, 1) against arange(vocab) and asking "equal?".
var table = np.random.randn(vocab, D).mul(0.5);
var positions = np.random.randn(T, D).mul(0.5);          // one learned vector per position
var ids = np.random.randint(0, vocab, B, T);
var oneHot = ids.reshape(B, T, 1).sub(np.arange(vocab)).map(d -> d == 0 ? 1 : 0);
var x = oneHot.matmul(table).add(positions);            // (B, T, D) + (T, D): broadcast over B
print("ids", ids.shape(), "-> one-hot", oneHot.shape(), "@ table", table.shape(),
        "+ positions", positions.shape(), "-> x", x.shape());
verify("embedding lookup", x, torch.add(torch.matmul(oneHot, table), positions));
// Row (1, 3) of x is table row ids[1, 3] plus position 3's vector: a lookup, nothing more.
verify("x[1, 3] = table[ids[1, 3]] + positions[3]", x.slice("1, 3"),
        table.slice(String.valueOf((int) ids.get(1, 3))).add(positions.slice("3")), 1e-15, 0);

// 2. Q, K, V projections
// Three (D, D) weights and (D,) biases, applied to every token at once; (B, T, D) @ (D, D) batches
// over the leading axis. torch's nn.Linear stores its weight as (out, in) and computes x @ W.T + b,
// so the reference gets our W transposed.
var Wq = np.random.randn(D, D).div(Math.sqrt(D)); var bq = np.random.randn(D).mul(0.1);
var Wk = np.random.randn(D, D).div(Math.sqrt(D)); var bk = np.random.randn(D).mul(0.1);
var Wv = np.random.randn(D, D).div(Math.sqrt(D)); var bv = np.random.randn(D).mul(0.1);
var q = x.matmul(Wq).add(bq);
var k = x.matmul(Wk).add(bk);
var v = x.matmul(Wv).add(bv);
print("q = x @ Wq + bq:", x.shape(), "@", Wq.shape(), "+", bq.shape(), "->", q.shape());
verify("q projection", q, F.linear(x, Wq.T(), bq));
verify("k projection", k, F.linear(x, Wk.T(), bk));
verify("v projection", v, F.linear(x, Wv.T(), bv));

// 3. Split into heads
// A token's D = 16 numbers are read as H = 4 heads of Dh = 4: reshape to (B, T, H, Dh). Then move
// the head axis before the sequence: (B, H, T, Dh). matmul batches over leading axes, so after this
// transpose all heads attend at once, independently.
// exercise: split_heads
// hint: Two steps: a reshape that cuts the last axis D into (H, Dh), then a transpose.
// hint: t.reshape(b, n, H, -1) gives (B, T, H, Dh); transpose(0, 2, 1, 3) swaps T and H.
Tensor splitHeads(Tensor t) {
    int b = t.shape().get(0), n = t.shape().get(1);
    return t.reshape(b, n, H, -1).transpose(0, 2, 1, 3);   // (B,T,D) -> (B,T,H,Dh) -> (B,H,T,Dh)
}
// end
var qh = splitHeads(q); var kh = splitHeads(k); var vh = splitHeads(v);
print("split heads:", q.shape(), "-> reshape", q.reshape(B, T, H, Dh).shape(),
        "-> transpose", qh.shape());
verify("split heads", qh, torch.permute(torch.reshape(q, B, T, H, Dh), 0, 2, 1, 3));
// Head 1 of token 3 (batch 0) is just columns 4..7 of that token's q: nothing is mixed.
verify("qh[0, 1, 3] = q[0, 3, 4:8]", qh.slice("0, 1, 3"), q.slice("0, 3, 4:8"), 0, 0);

// 4. Scores
// Every query against every key, per head:
// scores[b,h,i,j] = Σ_d q[b,h,i,d] k[b,h,j,d]   (einsum "bhqd,bhkd->bhqk"),
// i.e. q @ kᵀ on the last two axes: (B,H,T,Dh) @ (B,H,Dh,T) -> (B,H,T,T). Then ÷ √Dh (see 5).
// exercise: scaled_scores
// hint: Transpose k's last two axes so q @ kᵀ pairs every query with every key, per head.
// hint: q.matmul(k.transpose(0, 1, 3, 2)), divided by Math.sqrt of q's last dimension.
Tensor scaledScores(Tensor q, Tensor k) {
    int dHead = q.shape().get(q.ndim() - 1);
    return q.matmul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(dHead));
}
// end
var scores = scaledScores(qh, kh);
print("scores = q @ k.T / sqrt(" + Dh + "):", qh.shape(), "@", kh.transpose(0, 1, 3, 2).shape(),
        "->", scores.shape());
var kT = torch.transpose(kh, -2, -1);
verify("scaled scores", scores, torch.div(torch.matmul(qh, kT), Math.sqrt(Dh)));
// One entry by hand, the way the einsum reads: batch 1, head 2, query 3, key 0.
double entry = 0;
for (int d = 0; d < Dh; d++) entry += qh.get(1, 2, 3, d) * kh.get(1, 2, 0, d);
verify("scores[1, 2, 3, 0] by the sum", entry / Math.sqrt(Dh), scores.get(1, 2, 3, 0), 1e-14, 0);
// And all of them as numpy's einsum writes it: the subscripts are the formula above.
verify("scores as einsum bhqd,bhkd->bhqk", np.einsum("bhqd,bhkd->bhqk", qh, kh).div(Math.sqrt(Dh)),
        scores, 1e-14, 0);

// 5. Why √d_head
// If q and k have d independent unit-variance entries, q·k is a sum of d products of variance 1, so
// Var(q·k) = d: raw scores grow like √d. Dividing by √d puts the variance back at 1 for every
// width. Each line: 4000 sampled pairs.
np.random.seed(1);
int[] widths = {4, 16, 64, 256, 1024};
double[] dims = new double[widths.length];
double[] varRaw = new double[widths.length], varScaled = new double[widths.length];
for (int i = 0; i < widths.length; i++) {
    int d = widths[i];
    var dots = np.random.randn(4000, d).mul(np.random.randn(4000, d)).sum(-1);   // 4000 q·k
    dims[i] = d;
    varRaw[i] = dots.var().item();                   // np.var: mean squared distance from the mean
    varScaled[i] = dots.div(Math.sqrt(d)).var().item();
    print(String.format("d = %4d   Var(q·k) = %7.1f   Var(q·k / √d) = %.3f",
            d, varRaw[i], varScaled[i]));
}
verify("Var(q·k / √d) stays near 1 at d = 1024", varScaled[4], 1.0, 0.1, 0);
// On log-log axes a variance that grows like d is a line of slope 1 (4 -> 1e3 as d goes 4 -> 1e3).
var fig = plot("Var(q·k) grows like d (4000 samples per width)", dims, varRaw);
fig.xlabel("d (log scale)").ylabel("Var(q·k) (log scale)").logx().logy();

// What that growth does to attention: one query against 16 keys, its softmax weights sorted from
// largest to smallest, averaged over 500 queries. Unscaled, a wide head puts almost all weight
// on one key (softmax ≈ argmax, whose gradient vanishes); scaled, the weights stay spread out.
Tensor softmax(Tensor z) {
    var e = z.sub(z.max(-1, true)).exp();     // the max trick of 03; exp(-inf) = 0 for masks
    return e.div(e.sum(-1, true));
}
Tensor sortedWeights(Tensor w) {     // rows sorted largest first (sort -w ascending), averaged
    return w.neg().sort(-1).neg().mean(0);
}
double[] peakRaw = new double[widths.length], peakScaled = new double[widths.length];
Tensor sortedRaw = null, sortedScaled = null;
for (int i = 0; i < widths.length; i++) {
    int d = widths[i];
    // 500 queries (500, 1, d) times 16 keys each (500, 16, d), summed over d: (500, 16) scores.
    var raw = np.random.randn(500, 1, d).mul(np.random.randn(500, 16, d)).sum(-1);
    sortedRaw = sortedWeights(softmax(raw));
    sortedScaled = sortedWeights(softmax(raw.div(Math.sqrt(d))));
    peakRaw[i] = sortedRaw.get(0);
    peakScaled[i] = sortedScaled.get(0);
}
print("d:                                  ", np.array(dims));
print("mean largest weight of 16, unscaled:", np.array(peakRaw));
print("                             scaled:", np.array(peakScaled), " (uniform would be 0.0625)");
var rank = np.arange(1, 17, 1);
var fig = plot("16 attention weights at d = 1024, sorted", rank, sortedRaw).label("softmax(q·k)");
var uniform = np.full(new int[] {16}, 1.0 / 16);
fig.series("softmax(q·k / √d)", rank, sortedScaled).series("uniform, 1/16", rank, uniform);
fig.xlabel("key, by rank of its weight").ylabel("mean weight over 500 queries");

// 6. Causal mask
// Query i may look at keys j ≤ i only. future[i, j] = 1 where j > i, made by broadcasting a row of
// j's against a column of i's. Adding -inf there gives weight 0.
// exercise: causal_mask
// hint: Broadcast the key positions as a row (1, n) against the query positions as a column (n, 1).
// hint: The difference j - i (j from the row, i from the column) is > 0 exactly in the future: map it to 1 or 0.
Tensor causalMask(int n) {
    return np.arange(n).reshape(1, n).sub(np.arange(n).reshape(n, 1)).map(d -> d > 0 ? 1 : 0);
}
// end
var future = causalMask(T);
print("future (1 = masked):");
print(future);
// numpy has it ready-made: the strict upper triangle, np.triu(ones, 1).
verify("future = np.triu(ones, 1)", future, np.triu(np.ones(T, T), 1), 0, 0);
verify("future vs libtorch: arange(T)[None, :] > arange(T)[:, None]", future,
        torch.compute(x -> x[0].reshape(1, T).gt(x[0].reshape(T, 1)).toType(ai.djl.ndarray.types.DataType.FLOAT64, false),
                np.arange(T)), 0, 0);
var minusInf = future.map(f -> f == 1 ? Double.NEGATIVE_INFINITY : 0);
var masked = scores.add(minusInf);                       // (T, T) broadcast over (B, H)
verify("causal mask", masked, torch.maskedFill(scores, future, Double.NEGATIVE_INFINITY));

// 7. Softmax over the keys
// Over the last axis: each query's weights are >= 0 and sum to 1.
// exercise: attention_weights
// hint: Put -inf in the scores wherever the mask is 1 (a key in the future), then take the softmax.
// hint: Add -inf where future is 1 and 0 elsewhere (exp(-inf) = 0), then section 5's softmax over the last axis.
Tensor attentionWeights(Tensor scores, Tensor future) {
    var blocked = future.map(f -> f == 1 ? Double.NEGATIVE_INFINITY : 0);
    return softmax(scores.add(blocked));                   // exp(-inf) = 0: no weight on the future
}
// end
var att = attentionWeights(scores, future);
print("attention weights", att.shape(), "— batch 0, head 0:");
print(att.slice("0, 0"));
verify("softmax over keys", att, torch.softmax(masked, -1));
verify("every row sums to 1", att.sum(-1), np.ones(B, H, T), 1e-15, 0);
verify("no weight on the future", att.mul(future).sum(), 0.0, 0, 0);

// 8. Weighted sum of values
// Each query's output mixes the value vectors it attends to.
// (B, H, T, T) @ (B, H, T, Dh) -> (B, H, T, Dh).
var heads = att.matmul(vh);
print("att @ v:", att.shape(), "@", vh.shape(), "->", heads.shape());
verify("att @ v", heads, torch.matmul(att, vh));

// 9. Merge heads
// The split undone: transpose back to (B, T, H, Dh), then flatten the last two axes into D.
// exercise: merge_heads
// hint: Undo split_heads in reverse order: first the transpose, then the reshape.
// hint: transpose(0, 2, 1, 3) gives (B, T, H, Dh); reshape(b, n, -1) with n = T joins the last two axes.
Tensor mergeHeads(Tensor t) {
    int b = t.shape().get(0), n = t.shape().get(2);
    return t.transpose(0, 2, 1, 3).reshape(b, n, -1);
}
// end
var merged = mergeHeads(heads);
print("merge heads:", heads.shape(), "-> transpose", heads.transpose(0, 2, 1, 3).shape(),
        "-> reshape", merged.shape());
verify("merge heads", merged, torch.reshape(torch.permute(heads, 0, 2, 1, 3), B, T, D));
verify("merge(split(q)) = q", mergeHeads(splitHeads(q)), q, 0, 0);

// 10. Output projection
// One more (D, D) weight mixes what the heads found.
var Wo = np.random.randn(D, D).div(Math.sqrt(D)); var bo = np.random.randn(D).mul(0.1);
// exercise: output_projection
// hint: The same affine map as the Q, K, V projections: a matmul by a (D, D) weight, plus a bias.
// hint: Multiply on the right by W as it is stored here, (in, out), with no transpose; then add b to every row.
Tensor outputProjection(Tensor merged, Tensor W, Tensor b) {
    return merged.matmul(W).add(b);
}
// end
var attnOut = outputProjection(merged, Wo, bo);
print("output projection:", merged.shape(), "@", Wo.shape(), "->", attnOut.shape());
verify("output projection", attnOut, F.linear(merged, Wo.T(), bo));

// 11. Residual + layer norm
// The block's input is added back; then each token's D numbers get mean 0 and variance 1 (mean
// and biased, ÷ D, variance over the LAST axis, kept as (B, T, 1) so they broadcast back); finally
// they are scaled by gamma and shifted by beta, both (D,).
double eps = 1e-5;
var gamma = np.random.randn(D).mul(0.1).add(1); var beta = np.random.randn(D).mul(0.1);
// exercise: layer_norm
// hint: Per token: subtract the mean over the last axis, divide by the standard deviation, then gamma and beta.
// hint: var = mean((r - mean)², -1, keepdims), divided by D not D - 1; eps goes inside: sqrt(var + eps).
Tensor layerNorm(Tensor r) {
    var mean = r.mean(-1, true);                                   // (B, T, 1)
    var centred = r.sub(mean);
    var spread = centred.pow(2).mean(-1, true);                    // (B, T, 1): r.var(-1, true)
    return centred.div(spread.add(eps).sqrt()).mul(gamma).add(beta);
}
// end
var residual = x.add(attnOut);
var outBlock = layerNorm(residual);
// gamma and beta undone: token (0, 0) has mean 0 and variance just under 1 (eps is in the root).
var standardised = outBlock.sub(beta).div(gamma).slice("0, 0");
print("token (0, 0) after the norm: mean", standardised.mean(),
        " variance", standardised.pow(2).mean());
verify("residual + layer norm (libtorch's fused layer_norm)", outBlock,
        F.layerNorm(residual, new int[] {D}, gamma, beta, eps));

// 12. The whole block against libtorch
// The same block written in libtorch ops, one call per step. DJL reaches no fused
// scaled_dot_product_attention, so the reference is a composition of libtorch's linear, reshape,
// permute, matmul, div, masked_fill (torch.where), softmax, add and layer_norm.
Tensor attentionBlock(Tensor x) {
    var qh = splitHeads(x.matmul(Wq).add(bq));
    var kh = splitHeads(x.matmul(Wk).add(bk));
    var vh = splitHeads(x.matmul(Wv).add(bv));
    var mixed = mergeHeads(softmax(scaledScores(qh, kh).add(minusInf)).matmul(vh));
    return layerNorm(x.add(mixed.matmul(Wo).add(bo)));
}
Tensor torchHeads(Tensor t) { return torch.permute(torch.reshape(t, B, T, H, Dh), 0, 2, 1, 3); }
Tensor torchBlock(Tensor x) {
    var qt = torchHeads(F.linear(x, Wq.T(), bq));
    var kt = torchHeads(F.linear(x, Wk.T(), bk));
    var vt = torchHeads(F.linear(x, Wv.T(), bv));
    var raw = torch.div(torch.matmul(qt, torch.transpose(kt, -2, -1)), Math.sqrt(Dh));
    var att = torch.softmax(torch.maskedFill(raw, future, Double.NEGATIVE_INFINITY), -1);
    var mixed = torch.reshape(torch.permute(torch.matmul(att, vt), 0, 2, 1, 3), B, T, D);
    return F.layerNorm(torch.add(x, F.linear(mixed, Wo.T(), bo)), new int[] {D}, gamma, beta, eps);
}
verify("attention block (libtorch ops, composed)", attentionBlock(x), torchBlock(x));

// 13. The shape table
// What the block's figure in a paper means, at B=2, T=5, D=16, H=4.
table(
    new String[] {"step", "expression", "shape"},
    new String[] {"embeddings", "one_hot(ids) @ table + positions", x.shape().toString()},
    new String[] {"Q, K, V", "x @ W + b", q.shape().toString()},
    new String[] {"split heads", "reshape(B,T,H,Dh).transpose(0,2,1,3)", qh.shape().toString()},
    new String[] {"scores", "q @ k.T / sqrt(Dh)", scores.shape().toString()},
    new String[] {"causal mask", "scores + (-inf where j > i)", masked.shape().toString()},
    new String[] {"softmax", "over the last axis (keys)", att.shape().toString()},
    new String[] {"weighted values", "att @ v", heads.shape().toString()},
    new String[] {"merge heads", "transpose(0,2,1,3).reshape(B,T,D)", merged.shape().toString()},
    new String[] {"output projection", "merged @ Wo + bo", attnOut.shape().toString()},
    new String[] {"residual + layer norm", "layer_norm(x + out)", outBlock.shape().toString()});

// 14. Parameters
// Four (D, D) weights and four (D,) biases, 4·D² + 4·D; layer norm adds 2·D.
// H is not in the count: splitting into heads reshapes, it adds no weights.
Tensor[] params = {Wq, bq, Wk, bk, Wv, bv, Wo, bo};
int counted = 0;
for (var p : params) counted += p.size();
print("attention parameters counted:", counted, " 4·D² + 4·D =", 4 * D * D + 4 * D,
        " layer norm 2·D =", 2 * D);
verify("parameter count = 4·d_model² + 4·d_model", counted, 4 * D * D + 4 * D, 0, 0);
long d768 = 768;
print("GPT-2 small, d_model = 768:", 4 * d768 * d768 + 4 * d768, "attention parameters per layer");

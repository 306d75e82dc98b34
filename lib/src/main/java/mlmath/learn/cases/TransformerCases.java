package mlmath.learn.cases;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import mlmath.tensor.Tensor;
import mlmath.torch.Functional;
import mlmath.torch.Torch;

import java.util.List;

import static mlmath.learn.cases.Args.t;

/**
 * Section 08's exercises on random inputs: splitting and merging heads, the scaled scores, the causal mask, the
 * attention weights, the output projection and layer norm, each at awkward sizes (one head, one token, one feature).
 */
final class TransformerCases {
    private TransformerCases() {}

    private static final Torch torch = new Torch();
    private static final Functional F = new Functional();

    private static int dim(Object x, int axis) { return t(x).shape().get(axis < 0 ? t(x).ndim() + axis : axis); }

    /** 0, 1, ..., n − 1. */
    private static double[] arange(int n) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    /** (n, n), 1 where key j comes after query i ({@code cmp} 1: j > i; 0: j ≥ i; -1: j < i), by libtorch's comparisons. */
    private static Tensor mask(int n, int cmp) {
        return torch.compute(x -> {
            NDArray j = x[0].reshape(1, n), i = x[0].reshape(n, 1);
            NDArray m = cmp > 0 ? j.gt(i) : cmp == 0 ? j.gte(i) : j.lt(i);
            return m.toType(DataType.FLOAT64, false);
        }, (Object) arange(n));
    }

    /** The (B, H, T, Dh) heads of a (B, T, H·Dh) tensor, by the reference's reshape and permute. */
    private static Tensor heads(Tensor x, int h) {
        int b = x.shape().get(0), n = x.shape().get(1), dh = x.shape().get(2) / h;
        return torch.permute(torch.reshape(x, b, n, h, dh), 0, 2, 1, 3);
    }

    /** Layer norm over the last axis of a[0], with gamma a[1], beta a[2] and eps 1e-5, written out in libtorch ops. */
    private static Tensor norm(Object[] a, int axis, boolean unbiased, boolean epsOutside) {
        int n = dim(a[0], axis);
        return torch.compute(x -> {
            NDArray centred = x[0].sub(x[0].mean(new int[] {axis}, true));
            NDArray var = centred.pow(2).sum(new int[] {axis}, true).div(unbiased ? n - 1 : n);
            NDArray std = epsOutside ? var.sqrt().add(1e-5) : var.add(1e-5).sqrt();
            return centred.div(std).mul(x[1]).add(x[2]);
        }, a[0], a[1], a[2]);
    }

    static final List<Case> CASES = List.of(
            Case.of("split_heads")
                    .inputs(d -> {
                        int b = d.between(1, 3), n = d.between(1, 4), h = d.between(1, 4), dh = d.between(1, 3);
                        return new Object[] {d.tensor(b, n, h * dh), h};
                    })
                    .call("a -> { int h0 = H; H = (int) a[1]; try { return splitHeads((Tensor) a[0]); } finally { H = h0; } }", "t", "H")
                    .reference("torch: t.reshape(B, T, H, Dh).permute(0, 2, 1, 3)", a -> heads(t(a[0]), (Integer) a[1]))
                    .mistake("reshapes straight to (B, H, T, Dh): that cuts across tokens; reshape to (B, T, H, Dh), then transpose(0, 2, 1, 3)",
                            a -> torch.reshape(a[0], dim(a[0], 0), (Integer) a[1], dim(a[0], 1), dim(a[0], 2) / (Integer) a[1]))
                    .mistake("stops at (B, T, H, Dh): move the head axis before the sequence with transpose(0, 2, 1, 3)",
                            a -> torch.reshape(a[0], dim(a[0], 0), dim(a[0], 1), (Integer) a[1], dim(a[0], 2) / (Integer) a[1]))
                    .mistake("cuts D into (Dh, H): head h is the block of Dh neighbouring columns h·Dh ... (h+1)·Dh - 1, reshape(B, T, H, Dh)",
                            a -> torch.permute(torch.reshape(a[0], dim(a[0], 0), dim(a[0], 1), dim(a[0], 2) / (Integer) a[1], (Integer) a[1]), 0, 3, 1, 2)),
            Case.of("scaled_scores")
                    .inputs(d -> {
                        int b = d.between(1, 2), h = d.between(1, 3), n = d.between(1, 4), dh = d.between(1, 5);
                        int keys = d.chance(3) ? d.between(1, 4) : n;
                        return new Object[] {d.tensor(b, h, n, dh), d.tensor(b, h, keys, dh)};
                    })
                    .reference("torch.matmul(q, k.transpose(-2, -1)) / sqrt(Dh)",
                            a -> torch.div(torch.matmul(a[0], torch.transpose(a[1], -2, -1)), Math.sqrt(dim(a[0], -1))))
                    .mistake("does not scale: divide q @ kᵀ by √Dh, the square root of the head's width",
                            a -> torch.matmul(a[0], torch.transpose(a[1], -2, -1)))
                    .mistake("divides by Dh: the variance of q·k grows like Dh, so its spread like √Dh; divide by √Dh",
                            a -> torch.div(torch.matmul(a[0], torch.transpose(a[1], -2, -1)), dim(a[0], -1)))
                    .mistake("divides by √(H·Dh), the model's width: each head's scores are divided by √Dh, its own width",
                            a -> torch.div(torch.matmul(a[0], torch.transpose(a[1], -2, -1)), Math.sqrt(dim(a[0], 1) * dim(a[0], -1))))
                    .mistake("transposes q instead of k: qᵀ @ k pairs features with features (Dh, Dh); scores are q @ kᵀ (T_q, T_k)",
                            a -> torch.div(torch.matmul(torch.transpose(a[0], -2, -1), a[1]), Math.sqrt(dim(a[0], -1)))),
            Case.of("causal_mask")
                    .inputs(d -> new Object[] {d.between(1, 8)})
                    .reference("torch: arange(n)[None, :] > arange(n)[:, None]", a -> mask((Integer) a[0], 1))
                    .mistake("masks the diagonal too (j >= i): a token may attend to itself; only keys j > i are in the future",
                            a -> mask((Integer) a[0], 0))
                    .mistake("masks the past (j < i): row i is the query, column j the key, and the future is j > i",
                            a -> mask((Integer) a[0], -1)),
            Case.of("attention_weights")
                    .inputs(d -> {
                        int[] lead = d.dims(d.between(0, 2), 3);
                        int n = d.between(1, 5);
                        int[] shape = java.util.Arrays.copyOf(lead, lead.length + 2);
                        shape[lead.length] = shape[lead.length + 1] = n;
                        return new Object[] {d.tensor(shape), mask(n, 1)};
                    })
                    .reference("torch.softmax(scores.masked_fill(future, -inf), -1)",
                            a -> torch.softmax(torch.maskedFill(a[0], a[1], Double.NEGATIVE_INFINITY), -1))
                    .mistake("leaves out the mask: where future is 1 the score becomes -inf before the softmax",
                            a -> torch.softmax(a[0], -1))
                    .mistake("normalises over axis -2 (the queries): each query's weights run along the keys, the last axis",
                            a -> torch.softmax(torch.maskedFill(a[0], a[1], Double.NEGATIVE_INFINITY), -2))
                    .mistake("masks after the softmax: zeroed weights leave rows that no longer sum to 1; put -inf in the scores first",
                            a -> torch.compute(x -> x[0].softmax(-1).mul(x[1].neg().add(1)), a[0], a[1]))
                    .mistake("multiplies the mask by -inf: 0 · -inf is NaN; use -inf where the mask is 1 and 0 elsewhere",
                            a -> torch.compute(x -> x[0].add(x[1].mul(Double.NEGATIVE_INFINITY)).softmax(-1), a[0], a[1])),
            Case.of("merge_heads")
                    .inputs(d -> new Object[] {d.tensor(d.between(1, 3), d.between(1, 4), d.between(1, 4), d.between(1, 3))})
                    .reference("torch: t.permute(0, 2, 1, 3).reshape(B, T, H·Dh)",
                            a -> torch.reshape(torch.permute(a[0], 0, 2, 1, 3), dim(a[0], 0), dim(a[0], 2), dim(a[0], 1) * dim(a[0], 3)))
                    .mistake("reshapes without the transpose: the heads must come back next to each other, transpose(0, 2, 1, 3) first",
                            a -> torch.reshape(a[0], dim(a[0], 0), dim(a[0], 2), dim(a[0], 1) * dim(a[0], 3)))
                    .mistake("takes the length from axis 1 (the heads): in (B, H, T, Dh) the sequence is axis 2",
                            a -> torch.reshape(torch.permute(a[0], 0, 2, 1, 3), dim(a[0], 0), dim(a[0], 1), dim(a[0], 2) * dim(a[0], 3))),
            Case.of("output_projection")
                    .inputs(d -> {
                        int[] shape = d.dims(d.between(2, 3), 4);
                        int in = shape[shape.length - 1], out = d.chance(2) ? d.between(1, 4) : in;
                        return new Object[] {d.moderate(shape), d.moderate(in, out), d.moderate(out)};
                    })
                    .reference("F.linear(merged, W.T, b)", a -> F.linear(a[0], torch.transpose(a[1], 0, 1), a[2]))
                    .mistake("leaves out the bias b: the projection is merged @ W + b",
                            a -> torch.matmul(a[0], a[1]))
                    .mistake("multiplies by W's transpose: W is stored (in, out) here, so merged @ W (torch's nn.Linear stores (out, in))",
                            a -> F.linear(a[0], a[1], a[2])),
            Case.of("layer_norm")
                    .inputs(d -> {
                        int[] shape = d.dims(d.between(1, 3), 5);
                        int n = shape[shape.length - 1];
                        return new Object[] {d.tensor(shape), d.moderate(n).add(1), d.moderate(n)};   // gamma near its usual 1
                    })
                    .reference("F.layer_norm(r, [D], g, b, eps=1e-5)",
                            a -> F.layerNorm(a[0], new int[] {dim(a[0], -1)}, a[1], a[2], 1e-5))
                    .mistake("divides the variance by D - 1 (unbiased): layer norm's variance is the mean square, ÷ D",
                            a -> norm(a, t(a[0]).ndim() - 1, true, false))
                    .mistake("normalises over axis 0: each token is normalised over its own features, the last axis",
                            a -> norm(a, 0, false, false))
                    .mistake("adds eps outside the square root: divide by sqrt(var + eps)",
                            a -> norm(a, t(a[0]).ndim() - 1, false, true)));
}

package mlmath.learn.cases;

import mlmath.tensor.Tensor;
import mlmath.torch.Functional;
import mlmath.torch.Torch;

import java.util.List;

import static mlmath.learn.cases.Args.t;

/** Section 06's five ops on random inputs: dot, the triple-loop matmul, softmax, cross-entropy and KL from logits. */
final class BuildCases {
    private BuildCases() {}

    private static final Torch torch = new Torch();
    private static final Functional F = new Functional();

    static final List<Case> CASES = List.of(
            Case.of("dot")
                    .inputs(d -> {
                        int n = d.between(1, 8);
                        return new Object[] {d.moderate(n), d.moderate(n)};
                    })
                    .reference("torch.dot(a, b)", a -> torch.dot(a[0], a[1]))
                    .mistake("returns the elementwise product: a dot product adds those up into one number",
                            a -> t(a[0]).mul(a[1])),
            Case.of("matmul_loop")
                    .inputs(d -> {
                        int n = d.between(1, 4), k = d.between(1, 4), m = d.between(1, 4);
                        return new Object[] {d.moderate(n, k), d.moderate(k, m)};
                    })
                    .reference("torch.matmul(A, B)", a -> torch.matmul(a[0], a[1]))
                    .mistake("reads B by rows (B[j][p]): that multiplies by B's transpose, A @ B.T",
                            a -> torch.matmul(a[0], torch.transpose(a[1], 0, 1))),
            Case.of("softmax_lse")
                    .inputs(d -> new Object[] {d.tensor(ProbabilityCases.vectorOrBatch(d))})
                    .reference("torch.softmax(x, -1)", a -> torch.softmax(a[0], -1))
                    .mistake("normalises over axis 0; a batch's softmax runs along each row, axis -1", a -> torch.softmax(a[0], 0))
                    .mistake("does not subtract the max inside logsumexp: exp overflows to inf for large logits",
                            a -> ProbabilityCases.naiveSoftmax(a[0])),
            Case.of("cross_entropy_from_logits")
                    .inputs(d -> {
                        int n = d.between(1, 5), c = d.between(1, 5);
                        return new Object[] {d.tensor(n, c), d.labels(n, c)};
                    })
                    .reference("F.cross_entropy(x, targets)", a -> F.crossEntropy(a[0], a[1]))
                    .mistake("adds the batch's losses up: cross-entropy averages them (reduction 'mean')",
                            a -> F.crossEntropy(a[0], a[1]).mul(t(a[0]).shape().get(0)))
                    .mistake("drops the minus sign: the loss is logsumexp(x) - x[target], never negative",
                            a -> F.crossEntropy(a[0], a[1]).neg())
                    .mistake("does not subtract the max inside logsumexp: exp overflows to inf for large logits",
                            a -> torch.compute(x -> x[0].exp().sum(new int[] {-1}).log().sub(x[0].gather(x[1].reshape(-1, 1), 1).reshape(-1)).mean(),
                                    a[0], a[1])),
            Case.of("kl_divergence")
                    .inputs(d -> {
                        int n = d.between(1, 6);
                        return new Object[] {d.distribution(n), d.distribution(n)};
                    })
                    .reference("F.kl_div(log q, p, 'sum')", a -> F.klDiv(torch.log(a[1]), a[0], "sum"))
                    .mistake("computes KL(Q||P): KL(P||Q) weighs log(p / q) by p, the first argument",
                            a -> F.klDiv(torch.log(a[0]), a[1], "sum")));
}

package mlmath.learn.cases;

import ai.djl.ndarray.NDArray;
import mlmath.tensor.Tensor;
import mlmath.torch.Functional;
import mlmath.torch.Torch;

import java.util.List;

/** Section 03's exercises on random inputs: likelihood, softmax, cross-entropy, KL and the Gaussian KL. */
final class ProbabilityCases {
    private ProbabilityCases() {}

    private static final Torch torch = new Torch();
    private static final Functional F = new Functional();

    static Tensor t(Object x) { return (Tensor) x; }

    static double d(Object x) { return (Double) x; }

    /** Coin flips, 1 for heads: at least one. */
    static double[] flips(Draw d) {
        double[] f = new double[d.between(1, 12)];
        for (int i = 0; i < f.length; i++) f[i] = d.between(0, 1);
        return f;
    }

    /** A vector or a batch of rows: rank 1 to 3, each axis 1 to 4 long. */
    static int[] vectorOrBatch(Draw d) { return d.dims(d.between(1, 3), 4); }

    /** Π over flips of p (heads) or 1 − p (tails), in libtorch. */
    static Tensor likelihood(double p, double[] flips, boolean swapped) {
        double heads = swapped ? 1 - p : p;
        return torch.compute(x -> x[0].mul(heads).add(x[0].neg().add(1).mul(1 - heads)).prod(), flips);
    }

    /** Softmax without subtracting the max: exp overflows for large logits, as the naive formula does in torch. */
    static Tensor naiveSoftmax(Object z) { return torch.compute(x -> x[0].exp().div(x[0].exp().sum(new int[] {-1}, true)), z); }

    static final List<Case> CASES = List.of(
            Case.of("likelihood")
                    .inputs(d -> new Object[] {d.uniform(0.01, 0.99), flips(d)})
                    .reference("torch: prod(where(data == 1, p, 1 - p))", a -> likelihood(d(a[0]), (double[]) a[1], false))
                    .mistake("swaps heads and tails: a head (1) has probability p, a tail 1 - p", a -> likelihood(d(a[0]), (double[]) a[1], true))
                    .mistake("adds the flips' probabilities: independent flips multiply",
                            a -> torch.compute(x -> x[0].mul(d(a[0])).add(x[0].neg().add(1).mul(1 - d(a[0]))).sum(), a[1]))
                    .tolerance(0, 1e-9),
            Case.of("softmax")
                    .inputs(d -> new Object[] {d.tensor(vectorOrBatch(d))})
                    .reference("torch.softmax(z, -1)", a -> torch.softmax(a[0], -1))
                    .mistake("normalises over axis 0; a batch's softmax runs along each row, axis -1", a -> torch.softmax(a[0], 0))
                    .mistake("does not subtract the max first: exp overflows to inf for large logits (softmax(z) = softmax(z - max z))",
                            a -> naiveSoftmax(a[0]))
                    .mistake("sums over the whole array: each row's exponentials are divided by their own sum (axis -1, keepdims)",
                            a -> torch.compute(x -> x[0].sub(x[0].max()).exp().div(x[0].sub(x[0].max()).exp().sum()), a[0]))
                    .mistake("divides by a sum taken without keepdims, so it broadcasts against the wrong axis",
                            a -> torch.compute(x -> x[0].sub(x[0].max(new int[] {-1}, true)).exp()
                                    .div(x[0].sub(x[0].max(new int[] {-1}, true)).exp().sum(new int[] {-1})), a[0])),
            Case.of("cross_entropy")
                    .inputs(d -> {
                        int n = d.between(1, 5), c = d.between(1, 5);
                        return new Object[] {d.moderate(n, c), d.labels(n, c)};
                    })
                    .reference("F.cross_entropy(logits, targets)", a -> F.crossEntropy(a[0], a[1]))
                    .mistake("adds the batch's losses up: cross-entropy averages them (reduction 'mean')",
                            a -> F.crossEntropy(a[0], a[1]).mul(t(a[0]).shape().get(0)))
                    .mistake("drops the minus sign: the loss is -log p[target], which is never negative",
                            a -> F.crossEntropy(a[0], a[1]).neg()),
            Case.of("kl")
                    .inputs(d -> {
                        int n = d.between(1, 6);
                        return new Object[] {d.distribution(n), d.distribution(n)};
                    })
                    .reference("F.kl_div(log q, p, 'sum')", a -> F.klDiv(torch.log(a[1]), a[0], "sum"))
                    .mistake("computes KL(Q||P): KL(P||Q) weighs log(p / q) by p, the first argument",
                            a -> F.klDiv(torch.log(a[0]), a[1], "sum"))
                    .mistake("forgets to weigh by p: KL is the expectation under P of log(p / q)",
                            a -> torch.compute(x -> x[0].log().sub(x[1].log()).sum(), a[0], a[1])),
            Case.of("gaussian_kl")
                    .inputs(d -> new Object[] {d.moderate(), d.positive(), d.moderate(), d.positive()})
                    .reference("the closed form in torch ops", a -> gaussianKl(d(a[0]), d(a[1]), d(a[2]), d(a[3])))
                    .mistake("swaps the two distributions: that is KL(N(μ2, σ2²) || N(μ1, σ1²))",
                            a -> gaussianKl(d(a[2]), d(a[3]), d(a[0]), d(a[1])))
                    .mistake("leaves out the constant -1/2", a -> gaussianKl(d(a[0]), d(a[1]), d(a[2]), d(a[3])).add(0.5))
                    .tolerance(1e-9, 1e-9));

    /** log(σ2/σ1) + (σ1² + (μ1 − μ2)²) / (2σ2²) − 1/2, each term a libtorch op. */
    static Tensor gaussianKl(double mu1, double sigma1, double mu2, double sigma2) {
        return torch.compute(x -> {
            NDArray s1 = x[1], s2 = x[3];
            NDArray spread = s1.pow(2).add(x[0].sub(x[2]).pow(2));
            return s2.div(s1).log().add(spread.div(s2.pow(2).mul(2))).sub(0.5);
        }, mu1, sigma1, mu2, sigma2);
    }
}

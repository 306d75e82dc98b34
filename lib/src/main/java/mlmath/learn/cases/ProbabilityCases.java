package mlmath.learn.cases;

import ai.djl.ndarray.NDArray;
import mlmath.tensor.Tensor;
import mlmath.torch.Functional;
import mlmath.torch.Torch;

import java.util.List;

import static mlmath.learn.cases.Args.d;
import static mlmath.learn.cases.Args.t;

/**
 * Section 03's exercises on random inputs: likelihood, softmax, cross-entropy, KL, the Gaussian KL, and a Gaussian's
 * log-likelihood and maximum-likelihood fit.
 */
final class ProbabilityCases {
    private ProbabilityCases() {}

    private static final Torch torch = new Torch();
    private static final Functional F = new Functional();

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
                    .tolerance(1e-9, 1e-9),
            Case.of("gaussian_log_likelihood")
                    .inputs(d -> new Object[] {values(d, false), d.moderate(), d.positive()})
                    .reference("torch: Normal(mu, sigma).log_prob(data).sum(), in torch ops", a -> logLikelihood(a, LogLikelihood.RIGHT))
                    .mistake("divides by 2σ: the exponent of a normal density is -(x - μ)² / (2σ²)", a -> logLikelihood(a, LogLikelihood.OVER_SIGMA))
                    .mistake("leaves out -½ log(2πσ²) per point: the density's normaliser depends on σ, so the likelihood needs it",
                            a -> logLikelihood(a, LogLikelihood.NO_NORMALISER))
                    .mistake("takes -log(2πσ²) without the ½: the log of 1/√(2πσ²) is -½ log(2πσ²)", a -> logLikelihood(a, LogLikelihood.NO_HALF))
                    .mistake("averages the points' log-densities: independent points multiply, so their logs add up",
                            a -> logLikelihood(a, LogLikelihood.RIGHT).div(((double[]) a[0]).length))
                    .mistake("returns the likelihood, a product of densities: its log is the sum of the log-densities",
                            a -> torch.exp(logLikelihood(a, LogLikelihood.RIGHT))),
            Case.of("gaussian_mle")
                    .inputs(d -> new Object[] {values(d, true)})
                    .reference("torch: [x.mean(), ((x - x.mean())²).mean()]", a -> mle((double[]) a[0], Mle.RIGHT))
                    .mistake("divides by n - 1: that is the unbiased sample variance; the maximum-likelihood σ² divides by n",
                            a -> mle((double[]) a[0], Mle.UNBIASED))
                    .mistake("returns the standard deviation: the MLE of σ² is the mean squared distance to the mean, without a square root",
                            a -> mle((double[]) a[0], Mle.STD))
                    .mistake("averages the squares without subtracting the mean: σ² = mean((x - μ)²), not mean(x²)",
                            a -> mle((double[]) a[0], Mle.RAW)));

    /** 1 to 8 data points: {@link Draw#real()} values (huge ones, zeros, ties) or only moderate ones. */
    static double[] values(Draw d, boolean real) {
        double[] x = new double[d.between(1, 8)];
        for (int i = 0; i < x.length; i++) x[i] = real ? d.real() : d.moderate();
        return x;
    }

    enum LogLikelihood { RIGHT, OVER_SIGMA, NO_NORMALISER, NO_HALF }

    /** Σ log N(x_i; μ, σ²) = Σ -½ log(2πσ²) - (x_i - μ)² / (2σ²) in libtorch ops, or a usual variant of it. */
    static Tensor logLikelihood(Object[] a, LogLikelihood v) {
        double mu = d(a[1]), sigma = d(a[2]);
        double spread = v == LogLikelihood.OVER_SIGMA ? 2 * sigma : 2 * sigma * sigma;
        double normaliser = switch (v) {
            case NO_NORMALISER -> 0;
            case NO_HALF -> Math.log(2 * Math.PI * sigma * sigma);
            default -> 0.5 * Math.log(2 * Math.PI * sigma * sigma);
        };
        return torch.compute(x -> x[0].sub(mu).pow(2).div(spread).add(normaliser).neg().sum(), a[0]);
    }

    enum Mle { RIGHT, UNBIASED, STD, RAW }

    /** [mean, variance] of the data in libtorch ops, or a usual variant of it. */
    static Tensor mle(double[] data, Mle v) {
        int n = data.length;
        return torch.compute(x -> {
            NDArray mean = x[0].mean();
            NDArray squares = v == Mle.RAW ? x[0].pow(2) : x[0].sub(mean).pow(2);
            NDArray var = v == Mle.UNBIASED ? squares.sum().div(n - 1) : squares.mean();
            if (v == Mle.STD) var = var.sqrt();
            return mean.reshape(1).concat(var.reshape(1));
        }, data);
    }

    /** log(σ2/σ1) + (σ1² + (μ1 − μ2)²) / (2σ2²) − 1/2, each term a libtorch op. */
    static Tensor gaussianKl(double mu1, double sigma1, double mu2, double sigma2) {
        return torch.compute(x -> {
            NDArray s1 = x[1], s2 = x[3];
            NDArray spread = s1.pow(2).add(x[0].sub(x[2]).pow(2));
            return s2.div(s1).log().add(spread.div(s2.pow(2).mul(2))).sub(0.5);
        }, mu1, sigma1, mu2, sigma2);
    }
}

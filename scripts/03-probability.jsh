// 03 · Probability — likelihood, softmax, cross-entropy and KL.
// Cross-entropy = maximum likelihood (shown by minimising), KL and its
// asymmetry, and the Gaussian KL of a VAE.

// 1. Likelihood and MLE: which coin bias p makes these flips most probable?
double[] flips = {1, 1, 0, 1, 0, 1, 1};

// exercise: likelihood
// hint: A flip gives p if heads (1), 1 - p if tails (0); flips multiply.
// hint: Map each element of np.array(data) to p or 1 - p; prod, then .item().
double likelihood(double p, double[] data) {
    // Π of p or 1-p per flip
    return np.array(data).map(x -> x == 1 ? p : 1 - p).prod().item();
}
// end

var ps = np.linspace(0.01, 0.99, 100);
var likes = ps.map(p -> likelihood(p, flips));
double pHat = ps.get(likes.argmax()).item();
print("argmax over the grid:", pHat, "  closed form 5/7 =", 5.0 / 7);
verify("MLE on the grid is within one grid step of 5/7", pHat, 5.0 / 7,
        0.99 / 99, 0);

// The log-likelihood has the same peak and turns a product of tiny numbers into
// a sum.
var logLikes = likes.log();
var fig = plot("likelihood of 5 heads in 7 flips", ps, likes).label(
        "likelihood L(p)");
fig.xlabel("p (probability of heads)").ylabel("L(p)");
fig.series("p = 5/7", new double[] {5.0 / 7, 5.0 / 7},
        new double[] {0, likes.max().item()});
var fig = plot("log-likelihood of 5 heads in 7 flips", ps, logLikes).label(
        "log L(p)");
fig.xlabel("p (probability of heads)").ylabel("log L(p)");

// 2. Softmax with the max trick
// Subtracting the row max changes nothing mathematically but keeps exp finite.
// exercise: softmax
// hint: Subtract each row's max first (keepdims, to broadcast), then exp.
// hint: Divide the exponentials by their sum over the last axis (keepdims).
Tensor softmax(Tensor z) {
    // numerical stability: the largest logit becomes 0
    z = z.sub(z.max(-1, true));
    var e = z.exp();
    return e.div(e.sum(-1, true));
}
// end

var big = np.array(1000.0, 1001.0, 1002.0);
var naive = big.exp().div(big.exp().sum());
print("naive softmax of [1000, 1001, 1002]:", naive, " (exp(1000) = inf)");
print("stable softmax:                     ", softmax(big));
verify("softmax of large logits", softmax(big), torch.softmax(big, -1));

// 3. Cross-entropy from scratch: mean negative log-probability of true classes.
// exercise: cross_entropy
// hint: The batch average of -log p[y], p being your softmax of the logits.
// hint: p.pick(targets) takes p[i, targets[i]] for each row; log, negate, mean.
Tensor crossEntropy(Tensor logits, Tensor targets) {
    var p = softmax(logits);
    // -log p[arange(n), targets], averaged
    return p.pick(targets).log().neg().mean();
}
// end

np.random.seed(0);
var logits = np.random.randn(8, 10);
var targets = np.random.randint(0, 10, 8);
print("targets:", targets);
var myCe = crossEntropy(logits, targets);
var torchCe = F.crossEntropy(logits, targets);
print(myCe, torchCe);
verify("softmax", softmax(logits), torch.softmax(logits, -1));
verify("cross_entropy", myCe, torchCe);
// A target outside [0, 10) is a bug torch refuses, and so does this workbook.
expectError(() -> F.crossEntropy(logits, new int[] {12, 0, 0, 0, 0, 0, 0, 0}));

// 4. Cross-entropy IS negative log-likelihood
// Under a categorical model they are the same numbers, read two ways:
// likelihood of the labels = prod_i p_i[y_i]; NLL per example = -(1/n) sum_i
// log p_i[y_i] = CE.
var probs = softmax(logits);
double likelihoodOfLabels = probs.pick(targets).prod().item();
double nll = -Math.log(likelihoodOfLabels) / targets.size();
print("likelihood of the 8 labels:", likelihoodOfLabels);
print("-> NLL per example:", nll, " CE:", myCe);
verify("CE = mean NLL", nll, torchCe);

// 5. CE = MLE by minimising
// Not only by equal values. The simplest classifier has no input: one logit
// vector z (4,) shared by every example, p = softmax(z). The MLE of a
// categorical is the empirical frequency of each label — so gradient descent on
// the cross-entropy should land exactly there. 200 labels drawn from (0.1, 0.2,
// 0.3, 0.4) by the inverse CDF:
np.random.seed(2);
var drawn = np.random.rand(200).map(u ->
        u < 0.1 ? 0 : u < 0.3 ? 1 : u < 0.6 ? 2 : 3);
var labelOneHot =  // (200, 4)
        drawn.reshape(-1, 1).sub(np.arange(4)).map(d -> d == 0 ? 1 : 0);
var freq = labelOneHot.mean(0);                         // counts / 200: the MLE
print("label frequencies:", freq);
print("(drawn with p = [0.1, 0.2, 0.3, 0.4])");
// CE(z) = -(1/n) Σ_i log softmax(z)[y_i] = -Σ_k freq_k log softmax(z)_k, and
// its gradient is softmax(z) - freq: zero exactly when the model's
// probabilities equal the frequencies.
double ceShared(Tensor z) {
    return crossEntropy(np.ones(200, 1).mul(z), drawn).item();
}
Tensor ceSharedGrad(Tensor z) { return softmax(z).sub(freq); }
var uniform = np.zeros(4);                            // all logits 0: p uniform
NDArray labelsT = torch.tensor(labelOneHot);
verify("CE gradient vs autograd", ceSharedGrad(uniform),
        torch.grad(p -> labelsT.mul(p[0].logSoftmax(0)).sum().neg().div(200),
                uniform)[0]);
verify("CE of the shared logits vs F.cross_entropy", ceShared(uniform),
        F.crossEntropy(np.ones(200, 1).mul(uniform), drawn));
Tensor descend(int steps) {                            // gradient descent, lr 2
    var z = np.zeros(4);
    for (int t = 0; t < steps; t++) z = z.sub(ceSharedGrad(z).mul(2.0));
    return z;
}
var z = descend(100);
print("softmax(z) after 100 steps:", softmax(z));
verify("minimising CE lands on the label frequencies (the MLE)", softmax(z),
        freq, 1e-9, 0);
// The lowest CE any model can reach is the entropy of the frequencies (CE = H +
// KL, part 6).
double hFreq = freq.mul(freq.log()).sum().neg().item();
print("final CE:", ceShared(z), "  entropy of the frequencies:", hFreq);
var first30 = np.arange(31);                         // it has converged by then
var ceCurve = first30.map(t -> ceShared(descend((int) t)));  // CE after t steps
var fig = plot("cross-entropy of shared logits under gradient descent",
        first30, ceCurve);
var floor = np.full(new int[] {31}, hFreq);
fig.label("CE(z)").series("entropy of the label frequencies", first30, floor);
fig.xlabel("gradient step (lr 2)").ylabel("cross-entropy (nats)");

// 6. KL divergence: how surprised samples from P make you if you believed Q.
// Not symmetric.
var P = np.array(0.7, 0.2, 0.1);
var Q = np.array(0.4, 0.4, 0.2);

// exercise: kl
// hint: KL(P||Q) = sum over outcomes of p · log(p / q).
// hint: p.div(q).log(), times p, summed.
Tensor kl(Tensor p, Tensor q) {
    return p.mul(p.div(q).log()).sum();   // sum p log(p / q)
}
// end

double entropy(Tensor p) { return p.mul(p.log()).sum().neg().item(); }
double crossEntropyPQ(Tensor p, Tensor q) {
    return p.mul(q.log()).sum().neg().item();
}

print("KL(P||Q) =", kl(P, Q));
print("KL(Q||P) =", kl(Q, P), "  -> not symmetric");
// torch's kl_div takes the model's LOG-probabilities first and the target
// distribution second: F.kl_div(Q.log(), P, reduction='sum') is KL(P||Q).
// (Swapping them computes KL(Q||P).)
verify("kl", kl(P, Q), F.klDiv(Q.log(), P, "sum"));
verify("kl reversed", kl(Q, P), F.klDiv(P.log(), Q, "sum"));

// CE(P, Q) = H(P) + KL(P||Q): minimising cross-entropy over Q minimises KL,
// since H(P) does not depend on Q.
print("H(P) =", entropy(P), " KL(P||Q) =", kl(P, Q).item());
print("sum =", entropy(P) + kl(P, Q).item(), " CE(P,Q) =",
        crossEntropyPQ(P, Q));
verify("CE(P,Q) = H(P) + KL(P||Q)", entropy(P) + kl(P, Q).item(),
        crossEntropyPQ(P, Q), 1e-12, 0);

// 7. KL between two Gaussians
// The term in every VAE loss. For one dimension it has a closed form:
// KL(N(μ1, σ1²) || N(μ2, σ2²)) = log(σ2/σ1) + (σ1² + (μ1 - μ2)²) / (2σ2²) -
// 1/2.
// exercise: gaussian_kl
// hint: Three terms: log of the scales' ratio, a spread term, a constant -1/2.
// hint: log(σ2/σ1) + (σ1² + (μ1 - μ2)²) / (2σ2²) - 0.5, Math.log, Math.pow.
double gaussianKl(double mu1, double sigma1, double mu2, double sigma2) {
    double spread = sigma1 * sigma1 + Math.pow(mu1 - mu2, 2);
    return Math.log(sigma2 / sigma1) + spread / (2 * sigma2 * sigma2) - 0.5;
}
// end
// KL is an expectation under the first distribution, E_q[log q(x) - log p(x)],
// so averaging that over samples from q estimates it (Monte Carlo). The
// densities come from commons-math3.
var q = new org.apache.commons.math3.distribution.NormalDistribution(1.0, 0.5);
var prior =
        new org.apache.commons.math3.distribution.NormalDistribution(0.0, 1.0);
np.random.seed(3);
var fromQ = np.random.normal(1.0, 0.5, 100000);
var logRatio = fromQ.map(x -> q.logDensity(x) - prior.logDensity(x));
double exactKl = gaussianKl(1.0, 0.5, 0.0, 1.0);
double mcKl = logRatio.mean().item();
double mcError = Math.sqrt(logRatio.var().item() / 100000);  // standard error
print("KL(N(1, 0.5²) || N(0, 1)): closed form", exactKl);
print("                           Monte Carlo", mcKl,
        String.format("± %.4f", mcError));
verify("Monte Carlo KL within 3 standard errors of the closed form", mcKl,
        exactKl, 3 * mcError, 0);
// Like the discrete KL, it is not symmetric: swap the roles and the number
// changes.
print("KL(N(0, 1) || N(1, 0.5²)) =", gaussianKl(0.0, 1.0, 1.0, 0.5));
// The Monte Carlo error shrinks like 1/√n: 100x the samples for one more
// correct digit. Cut the 100000 samples into batches of n, estimate once per
// batch, and measure the typical (root mean square) miss; theory says σ/√n,
// where σ is the spread of log q(x) - log p(x).
var ns = np.array(10.0, 100.0, 1000.0, 10000.0);
double rmsMissAt(int n, double exact) {          // 100000/n estimates of n each
    var batchEstimates = logRatio.reshape(-1, n).mean(1);
    return Math.sqrt(batchEstimates.sub(exact).pow(2).mean().item());
}
var rmsMiss = ns.map(n -> rmsMissAt((int) n, exactKl));
var theory = ns.map(n -> Math.sqrt(logRatio.var().item() / n));
print("n:                 ", ns);
print("RMS Monte Carlo miss", rmsMiss.round(4));
print("σ/√n               ", theory.round(4));
var fig = plot("Monte Carlo KL: typical error vs sample size", ns,
        rmsMiss).label("RMS miss");
fig.series("σ/√n", ns, theory).xlabel("samples per estimate n (log scale)");
fig.ylabel("error (log scale)").logx().logy();

// A VAE's encoder outputs a mean μ and a log-variance per latent dimension, and
// the prior is N(0, I): the KL per dimension simplifies to ½(μ² + σ² - 1 - log
// σ²), summed over dimensions.
var mu = np.array(0.5, -1.0, 0.0, 2.0);
var logVar = np.array(-1.0, 0.3, 0.0, -2.0);
var vaeKl = mu.pow(2).add(logVar.exp()).sub(1).sub(logVar).mul(0.5).sum();
double perDimension = np.arange(4).map(i ->               // σ = exp(logvar / 2)
        gaussianKl(mu.get((int) i), Math.exp(logVar.get((int) i) / 2),
                0, 1)).sum().item();
print("VAE KL term:                       ", vaeKl);
print("sum of the one-dimensional formula:", perDimension);
verify("VAE KL = sum of per-dimension Gaussian KLs", vaeKl, perDimension,
        1e-12, 0);

// 8. Expectations, marginals, conditionals of a joint p(weather, activity).
var joint = np.array(new double[][] {
    {0.30, 0.10, 0.10},     // sunny: walk, read, gym
    {0.05, 0.25, 0.20}});   // rainy
var pWeather = joint.sum(1);            // marginal over activities
var pActivity = joint.sum(0);           // marginal over weather
var pActivityGivenRain = joint.slice("1").div(pWeather.get(1));
print("p(weather) =", pWeather, " p(activity) =", pActivity);
print("p(activity | rainy) =", pActivityGivenRain);
verify("marginals sum to 1", pActivity.sum(), 1.0, 1e-12, 0);
var minutes = np.array(45.0, 0.0, 60.0);   // minutes of exercise per activity
print("E[minutes] =", pActivity.mul(minutes).sum(),
        "  E[minutes | rainy] =", pActivityGivenRain.mul(minutes).sum());

// And a Gaussian: sample moments converge to the exact ones (commons-math3
// supplies the exact density).
var gauss =
        new org.apache.commons.math3.distribution.NormalDistribution(2.0, 0.5);
np.random.seed(1);
var samples = np.random.normal(2.0, 0.5, 100000);
print("sample mean  ", samples.mean(), "(exact 2.0)");
print("sample E[X^2]", samples.pow(2).mean(),
        "(exact", 0.5 * 0.5 + 2.0 * 2.0 + ")");
print("P(X < 2.5) =", gauss.cumulativeProbability(2.5),
        "  empirical:", samples.map(s -> s < 2.5 ? 1 : 0).mean());
hist("100000 samples of N(2, 0.5^2)", samples, 40);

// 9. Fitting a Gaussian by maximum likelihood
// The coin's MLE (part 1) chose the p that made the flips most probable; the
// same frame fits a Gaussian to real numbers. Independent points multiply their
// densities, so the log-likelihood adds their log-densities: log L(μ, σ) = Σ_i
// [ -½ log(2πσ²) - (x_i - μ)² / (2σ²) ].
// exercise: gaussian_log_likelihood
// hint: The log of one normal density at a point; points are independent.
// hint: Each point: -0.5 · log(2π σ²) - (x - μ)² / 2σ²; sum, do not average.
double gaussianLogLikelihood(double[] data, double mu, double sigma) {
    var x = np.array(data);
    var logDensity = x.sub(mu).pow(2).div(2 * sigma * sigma)
            .add(0.5 * Math.log(2 * Math.PI * sigma * sigma)).neg();
    return logDensity.sum().item();
}
// end

np.random.seed(4);
double[] heights = np.random.normal(170.0, 8.0, 50).toArray();  // 50, in cm
var guess = new org.apache.commons.math3.distribution.NormalDistribution(
        168.0, 10.0);
print("log L(μ = 168, σ = 10) of the 50 heights:",
        gaussianLogLikelihood(heights, 168, 10));
verify("Gaussian log-likelihood vs the sum of commons-math3 log-densities",
        gaussianLogLikelihood(heights, 168, 10),
        np.array(heights).map(guess::logDensity).sum());
verify("Gaussian log-likelihood vs torch: sum of Normal(168, 10).log_prob(x)" +
        " in torch ops",
        gaussianLogLikelihood(heights, 168, 10),
        torch.compute(h ->
                h[0].sub(168).pow(2).div(200)
                .add(0.5 * Math.log(2 * Math.PI * 100)).neg().sum(), heights));

// Setting both derivatives of log L to 0 gives its peak in closed form: μ̂ is
// the sample mean and σ̂² the mean squared distance to it, dividing by n. (The
// sample variance that divides by n - 1 is unbiased, but it is not the MLE.)
// exercise: gaussian_mle
// hint: Best μ: the data's average; best σ²: mean squared distance to it.
// hint: Divide by n in both (not n - 1); return new double[] {mean, variance}.
double[] gaussianMle(double[] data) {
    var x = np.array(data);
    double mean = x.mean().item();
    // divide by n: the maximum-likelihood variance
    double variance = x.sub(mean).pow(2).mean().item();
    return new double[] {mean, variance};
}
// end

var fit = gaussianMle(heights);
print("MLE: μ =", fit[0], " σ² =", fit[1]);
print("(drawn from N(170, 8²))");
verify("Gaussian MLE vs torch: [x.mean(), ((x - x.mean())²).mean()]", fit,
        torch.compute(h ->
                h[0].mean().reshape(1)
                .concat(h[0].sub(h[0].mean()).pow(2).mean().reshape(1)),
                heights));
// It is the peak: moving μ, or taking the n - 1 variance, lowers the
// log-likelihood.
double unbiased = np.array(heights).var(new int[] {0}, 1, false).item();
print("log L at the MLE:",
        gaussianLogLikelihood(heights, fit[0], Math.sqrt(fit[1])));
print("         μ + 1:  ",
        gaussianLogLikelihood(heights, fit[0] + 1, Math.sqrt(fit[1])));
print("n - 1 variance:  ",
        gaussianLogLikelihood(heights, fit[0], Math.sqrt(unbiased)));

// 03 · Probability — likelihood, softmax, cross-entropy = maximum likelihood, and KL's asymmetry.

// 1. Likelihood and MLE: which coin bias p makes these flips most probable?
double[] flips = {1, 1, 0, 1, 0, 1, 1};

// exercise: likelihood
// hint: Each flip contributes p when it is heads (1) and 1 - p when it is tails (0); independent flips multiply.
// hint: Map every element of np.array(data) to p or 1 - p, then take the product and .item() it.
double likelihood(double p, double[] data) {
    return np.array(data).map(x -> x == 1 ? p : 1 - p).prod().item();   // product of p or 1-p per flip
}
// end

var ps = np.linspace(0.01, 0.99, 100);
var likes = ps.map(p -> likelihood(p, flips));
double pHat = ps.get(likes.argmax()).item();
print("argmax over the grid:", pHat, "  closed form 5/7 =", 5.0 / 7);
verify("MLE on the grid is within one grid step of 5/7", pHat, 5.0 / 7, 0.99 / 99, 0);

// The log-likelihood has the same peak and turns a product of tiny numbers into a sum.
var logLikes = likes.log();
var fig = plot("likelihood of 5 heads in 7 flips", ps, likes).label("likelihood L(p)");
fig.xlabel("p (probability of heads)").ylabel("L(p)").series("p = 5/7", new double[] {5.0 / 7, 5.0 / 7}, new double[] {0, likes.max().item()});
var fig = plot("log-likelihood of 5 heads in 7 flips", ps, logLikes).label("log L(p)");
fig.xlabel("p (probability of heads)").ylabel("log L(p)");

// 2. Softmax with the max trick: subtracting the row max changes nothing mathematically but keeps exp finite.
// exercise: softmax
// hint: Subtract each row's max first (keepdims, so it broadcasts back), then exponentiate.
// hint: Divide the exponentials by their sum over the last axis, again with keepdims = true.
Tensor softmax(Tensor z) {
    z = z.sub(z.max(-1, true));            // numerical stability: the largest logit becomes 0
    var e = z.exp();
    return e.div(e.sum(-1, true));
}
// end

var big = np.array(1000.0, 1001.0, 1002.0);
var naive = big.exp().div(big.exp().sum());
print("naive softmax of [1000, 1001, 1002]:", naive, " (exp overflowed to inf)");
print("stable softmax:                     ", softmax(big));
verify("softmax of large logits", softmax(big), torch.softmax(big, -1));

// 3. Cross-entropy from scratch: the mean negative log-probability of the true class.
// exercise: cross_entropy
// hint: It is the average of -log p[y] over the batch, where p is your softmax of the logits.
// hint: p.pick(targets) takes p[i, targets[i]] for every row; then log, negate, mean.
Tensor crossEntropy(Tensor logits, Tensor targets) {
    var p = softmax(logits);
    return p.pick(targets).log().neg().mean();   // -log p[arange(n), targets], averaged
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

// 4. Cross-entropy IS negative log-likelihood under a categorical model. Same numbers, two readings:
//    likelihood of the labels = prod_i p_i[y_i]; NLL per example = -(1/n) sum_i log p_i[y_i] = CE.
var probs = softmax(logits);
double likelihoodOfLabels = probs.pick(targets).prod().item();
double nll = -Math.log(likelihoodOfLabels) / targets.size();
print("likelihood of the 8 labels:", likelihoodOfLabels, " -> NLL per example:", nll, " CE:", myCe);
verify("CE = mean NLL", nll, torchCe);

// 5. KL divergence: how surprised you are by samples from P if you believed Q. Not symmetric.
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
double crossEntropyPQ(Tensor p, Tensor q) { return p.mul(q.log()).sum().neg().item(); }

print("KL(P||Q) =", kl(P, Q), "  KL(Q||P) =", kl(Q, P), "  -> not symmetric");
// torch's kl_div takes the model's LOG-probabilities first and the target distribution second:
// F.kl_div(Q.log(), P, reduction='sum') is KL(P||Q). (Swapping them computes KL(Q||P).)
verify("kl", kl(P, Q), F.klDiv(Q.log(), P, "sum"));
verify("kl reversed", kl(Q, P), F.klDiv(P.log(), Q, "sum"));

// CE(P, Q) = H(P) + KL(P||Q): minimising cross-entropy over Q minimises KL, since H(P) does not depend on Q.
print("H(P) =", entropy(P), " KL(P||Q) =", kl(P, Q).item(), " sum =", entropy(P) + kl(P, Q).item(), " CE(P,Q) =", crossEntropyPQ(P, Q));
verify("CE(P,Q) = H(P) + KL(P||Q)", entropy(P) + kl(P, Q).item(), crossEntropyPQ(P, Q), 1e-12, 0);

// 6. Expectations, marginals, conditionals on a small discrete joint p(weather, activity).
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
print("E[minutes] =", pActivity.mul(minutes).sum(), "  E[minutes | rainy] =", pActivityGivenRain.mul(minutes).sum());

// And a Gaussian: sample moments converge to the exact ones (commons-math3 supplies the exact density).
var gauss = new org.apache.commons.math3.distribution.NormalDistribution(2.0, 0.5);
np.random.seed(1);
var samples = np.random.normal(2.0, 0.5, 100000);
print("sample mean", samples.mean(), "(exact 2.0)  sample E[X^2]", samples.pow(2).mean(), "(exact", 0.5 * 0.5 + 2.0 * 2.0 + ")");
print("P(X < 2.5) =", gauss.cumulativeProbability(2.5), "  empirical:", samples.map(s -> s < 2.5 ? 1 : 0).mean());
hist("100000 samples of N(2, 0.5^2)", samples, 40);

// 04 · Calculus — the chain rule once by hand, checked numerically and by
// autograd; then trust autograd.

// 1. Chain rule on f(x) = (3x + 2)^2: outer 2(3x+2), inner 3,
// so f'(x) = 6(3x + 2) = 18x + 12.
double f(double x) { return Math.pow(3 * x + 2, 2); }
double dfManual(double x) { return 18 * x + 12; }

// exercise: central_difference
// hint: Evaluate f a little to the right and a little to the left of x.
// hint: (f(x + h) - f(x - h)) / (2h): the error shrinks like h², not h.
double centralDifference(java.util.function.DoubleUnaryOperator fn, double x,
        double h) {
    // error shrinks like h^2
    return (fn.applyAsDouble(x + h) - fn.applyAsDouble(x - h)) / (2 * h);
}
// end

double x0 = 1.5, h = 1e-6;
print("numerical f'(1.5):", centralDifference(t -> f(t), x0, h));
print("analytic  f'(1.5):", dfManual(x0));
verify("central difference vs analytic", centralDifference(t -> f(t), x0, h),
        dfManual(x0));
// libtorch's autograd agrees (the loss is written on DJL NDArrays, torch's
// tensors):
verify("autograd f'(1.5)", dfManual(x0),
        torch.grad(p -> p[0].mul(3).add(2).pow(2), x0)[0]);

// The same rule for any composition f(g(x)): the outer derivative, taken at the
// inner value, times the inner derivative. Here (3x + 2)^2 is f(u) = u^2 after
// g(x) = 3x + 2. Note f itself is not needed, only f' and where to evaluate it.
// exercise: chain_rule
// hint: One factor from the outer function, one from the inner: taken where?
// hint: The outer derivative is taken at g(x), not x; the inner at x. Multiply.
double chainRule(java.util.function.DoubleUnaryOperator df,
        java.util.function.DoubleUnaryOperator g,
                 java.util.function.DoubleUnaryOperator dg, double x) {
    // f'(g(x)) * g'(x)
    return df.applyAsDouble(g.applyAsDouble(x)) * dg.applyAsDouble(x);
}
// end

print("chain rule on (3x+2)^2 at 1.5:",
        chainRule(u -> 2 * u, t -> 3 * t + 2, t -> 3, x0));
verify("chain rule on (3x+2)^2 vs autograd",
        chainRule(u -> 2 * u, t -> 3 * t + 2, t -> 3, x0),
        torch.grad(p -> p[0].mul(3).add(2).pow(2), x0)[0]);
// Rules nest: sin(x^2) is sin after squaring, so its derivative is cos(x^2) *
// 2x.
verify("chain rule on sin(x^2) vs autograd",
        chainRule(Math::cos, t -> t * t, t -> 2 * t, x0),
        torch.grad(p -> p[0].pow(2).sin(), x0)[0]);

// 2. How small should h be?
// Truncation error falls like h^2, round-off grows like eps/h:
// there is a sweet spot.
var hs = np.logspace(-13, -1, 49);
var fdError = hs.map(step ->
        Math.abs(centralDifference(t -> f(t), x0, step) - dfManual(x0))
        + 1e-17);
// For a quadratic the central difference has no truncation error at all, so
// only round-off is left (falling with h). A wigglier function shows both
// regimes clearly: g(x) = sin(3x) at x = 1.5, g'(x) = 3 cos(3x).
var sinError = hs.map(step ->
        Math.abs(centralDifference(t -> Math.sin(3 * t), x0, step)
                - 3 * Math.cos(3 * x0)) + 1e-17);
var fig = plot("central difference error vs step h", hs, sinError).label(
        "sin(3x)").series("(3x+2)^2", hs, fdError);
fig.xlabel("step h (log scale)").ylabel(
        "|numerical - analytic| (log scale)").logx().logy();
double bestH = hs.get(sinError.argmin()).item();
print("best h for sin(3x):     ", bestH);
print("theory, about eps^(1/3):", Math.cbrt(Math.ulp(1.0)));

// 3. A 2-layer net by hand:
// h = x W1 + b1, a = relu(h), out = a W2 + b2, loss = mean((out - y)^2).
np.random.seed(0);
var x = np.random.randn(4, 3);     // 4 examples, 3 features
var y = np.random.randn(4, 2);     // 2 regression targets
var W1 = np.random.randn(3, 5).mul(0.5);
var b1 = np.random.randn(5).mul(0.1);
var W2 = np.random.randn(5, 2).mul(0.5);
var b2 = np.random.randn(2).mul(0.1);

// exercise: backprop
// hint: Go backwards: each gradient is the next one times a local derivative.
// hint: Y = XW: dL/dW = Xᵀ·dL/dY, dL/dX = dL/dY·Wᵀ; ReLU passes where in > 0.
Tensor[] backprop(Tensor x, Tensor y, Tensor W1, Tensor b1, Tensor W2,
        Tensor b2) {
    var h = x.matmul(W1).add(b1);
    var a = h.maximum(0);
    var out = a.matmul(W2).add(b2);
    var dOut = out.sub(y).mul(2.0 / out.size());    // d mean((out-y)^2) / d out
    var dW2 = a.T().matmul(dOut);  // (5, 4) @ (4, 2) -> (5, 2), the shape of W2
    var db2 = dOut.sum(0);    // the bias was broadcast over rows: sum them back
    var dA = dOut.matmul(W2.T());
    // relu passes gradient only where it was active
    var dH = dA.mul(h.map(v -> v > 0 ? 1 : 0));
    var dW1 = x.T().matmul(dH);
    var db1 = dH.sum(0);
    return new Tensor[] {dW1, db1, dW2, db2};
}
// end

var mine = backprop(x, y, W1, b1, W2, b2);
NDArray xt = torch.tensor(x), yt = torch.tensor(y);
var auto = torch.grad(p ->
        xt.matMul(p[0]).add(p[1]).maximum(0).matMul(p[2]).add(p[3]).sub(yt)
        .pow(2).mean(), W1, b1, W2, b2);
String[] names = {"dL/dW1", "dL/db1", "dL/dW2", "dL/db2"};
for (int i = 0; i < 4; i++) verify(names[i], mine[i], auto[i]);

// 4. A generic finite-difference gradient checker:
// nudge every entry, measure the loss change.
// exercise: numerical_gradient
// hint: Nudge one entry of W at a time by ±h; central difference of the loss.
// hint: Each (i, j): copies of W with ±h at (i, j); loss difference over 2h.
Tensor numericalGradient(java.util.function.Function<Tensor, Double> loss,
        Tensor at, double step) {
    double[] g = new double[at.size()];
    for (int i = 0; i < g.length; i++) {
        double[] plus = at.toArray(), minus = at.toArray();
        plus[i] += step;
        minus[i] -= step;
        g[i] = (loss.apply(new Tensor(plus, at.shape().dims())) -
                loss.apply(new Tensor(minus, at.shape().dims()))) / (2 * step);
    }
    return new Tensor(g, at.shape().dims());
}
// end

double lossOf(Tensor W1_) {
    return x.matmul(W1_).add(b1).maximum(0).matmul(W2).add(b2)
            .sub(y).pow(2).mean().item();
}
verify("finite-difference dL/dW1", numericalGradient(w -> lossOf(w), W1, 1e-6),
        auto[0]);

// 5. The pieces of backprop, one at a time, starting at the loss.
// Every backward step is the chain rule with a matrix in it: given the gradient
// of the loss with respect to a step's output, return it with respect to the
// step's inputs. It starts at the loss: for the mean squared error L =
// mean((pred - y)^2) over all N entries, each entry's derivative is 2 (pred -
// y) / N.
// exercise: mse_grad
// hint: Differentiate (pred_i - y_i)^2; the mean divides each by the count.
// hint: Twice the difference, over the entry count (pred.size()), not the rows.
Tensor mseGrad(Tensor pred, Tensor target) {
    // d mean((pred - y)^2) / d pred
    return pred.sub(target).mul(2.0 / pred.size());
}
// end

var a1 = x.matmul(W1).add(b1).maximum(0);  // the hidden activations, (4, 5)
var out = a1.matmul(W2).add(b2);                   // its output, (4, 2)
verify("dL/dout of the mean squared error vs autograd", mseGrad(out, y),
        torch.grad(p -> p[0].sub(yt).pow(2).mean(), out)[0]);

// 6. One linear layer Y = X W + b, backwards.
// From dY = dL/dY come three gradients, each of the shape of what it is the
// gradient of: dX like X (N, in), dW like W (in, out), db like b (out,).
// exercise: linear_backward
// hint: Which of X, W, dY, one transposed, multiply to (in, out)? To (N, in)?
// hint: dW: Xᵀ with dY; dX: dY with Wᵀ; b was added to each row: db sums rows.
Tensor[] linearBackward(Tensor X, Tensor W, Tensor dY) {
    var dX = dY.matmul(W.T());      // (N, out) @ (out, in) -> (N, in)
    var dW = X.T().matmul(dY);      // (in, N) @ (N, out) -> (in, out)
    // b was broadcast over the rows: sum them back, shape (out,)
    var db = dY.sum(0);
    return new Tensor[] {dX, dW, db};
}
// end

// The net's last layer, backwards from autograd's dL/dout: dW2 and db2 come out
// as in part 3, and dX is dL/da1.
var dOut = torch.grad(p -> p[0].sub(yt).pow(2).mean(), out)[0];
var lastLayer = linearBackward(a1, W2, dOut);
NDArray W2t = torch.tensor(W2), b2t = torch.tensor(b2);
verify("linear_backward dX = dL/da1 (autograd)", lastLayer[0],
        torch.grad(p -> p[0].matMul(W2t).add(b2t).sub(yt).pow(2).mean(),
                a1)[0]);
verify("linear_backward dW = dL/dW2 (autograd)", lastLayer[1], auto[2]);
verify("linear_backward db = dL/db2 (autograd)", lastLayer[2], auto[3]);

// 7. Softmax + cross-entropy, backwards: the gradient wrt the logits is p - y.
// With p = softmax(z) and y the one-hot target, d(-log p[y]) / dz = p - y: the
// softmax's Jacobian cancels against the log, which is why frameworks fuse the
// two. F.cross_entropy averages over the N rows, so its gradient is (p - y) /
// N.
// exercise: cross_entropy_grad
// hint: Probabilities row by row (max trick), then 1 off at the target class.
// hint: One-hot targets as (N, C) (column vs np.arange(C)); p minus it, over N.
Tensor crossEntropyGrad(Tensor logits, Tensor targets) {
    var e = logits.sub(logits.max(-1, true)).exp();
    var p = e.div(e.sum(-1, true));                       // softmax of each row
    int n = logits.shape().get(0), c = logits.shape().get(1);
    // (N, C)
    var oneHot = targets.reshape(-1, 1).sub(np.arange(c))
            .map(v -> v == 0 ? 1 : 0);
    return p.sub(oneHot).div(n);
}
// end

np.random.seed(1);
var logits = np.random.randn(6, 4);
var targets = np.random.randint(0, 4, 6);
var ceGrad = crossEntropyGrad(logits, targets);
// autograd through the cross-entropy written as -mean over rows of sum(y *
// log_softmax(z)), which is F.cross_entropy:
NDArray targetsOneHot = torch.tensor(
        targets.reshape(-1, 1).sub(np.arange(4)).map(v -> v == 0 ? 1 : 0));
verify("softmax + cross-entropy gradient vs autograd", ceGrad,
        torch.grad(p ->
                targetsOneHot.mul(p[0].logSoftmax(1)).sum().neg().div(6),
                logits)[0]);
// Each row sums to 0: the gradient only moves probability from the wrong
// classes to the right one.
print("largest |row sum| of the gradient:", ceGrad.sum(1).abs().max(),
        " (0 up to round-off)");

// 04 · Calculus — the chain rule once by hand, checked numerically and by autograd; then trust autograd.

// 1. Chain rule on f(x) = (3x + 2)^2: outer 2(3x+2), inner 3, so f'(x) = 6(3x + 2) = 18x + 12.
double f(double x) { return Math.pow(3 * x + 2, 2); }
double dfManual(double x) { return 18 * x + 12; }

// exercise: central_difference
// hint: Evaluate f a little to the right and a little to the left of x.
// hint: (f(x + h) - f(x - h)) / (2h): the error shrinks like h², not h.
double centralDifference(java.util.function.DoubleUnaryOperator fn, double x, double h) {
    return (fn.applyAsDouble(x + h) - fn.applyAsDouble(x - h)) / (2 * h);   // error shrinks like h^2
}
// end

double x0 = 1.5, h = 1e-6;
print("numerical f'(1.5):", centralDifference(t -> f(t), x0, h));
print("analytic  f'(1.5):", dfManual(x0));
verify("central difference vs analytic", centralDifference(t -> f(t), x0, h), dfManual(x0));
// libtorch's autograd agrees (the loss is written on DJL NDArrays, torch's tensors):
verify("autograd f'(1.5)", dfManual(x0), torch.grad(p -> p[0].mul(3).add(2).pow(2), x0)[0]);

// 2. How small should h be? Truncation error falls like h^2, round-off grows like eps/h: there is a sweet spot.
var hs = np.logspace(-13, -1, 49);
var fdError = hs.map(step -> Math.abs(centralDifference(t -> f(t), x0, step) - dfManual(x0)) + 1e-17);
// For a quadratic the central difference has no truncation error at all, so only round-off is left (falling with h).
// A wigglier function shows both regimes clearly: g(x) = sin(3x) at x = 1.5, g'(x) = 3 cos(3x).
var sinError = hs.map(step -> Math.abs(centralDifference(t -> Math.sin(3 * t), x0, step) - 3 * Math.cos(3 * x0)) + 1e-17);
var fig = plot("central difference error vs step h", hs, sinError).label("sin(3x)").series("(3x+2)^2", hs, fdError);
fig.xlabel("step h (log scale)").ylabel("|numerical - analytic| (log scale)").logx().logy();
double bestH = hs.get(sinError.argmin()).item();
print("best h for sin(3x):", bestH, " theory: about eps^(1/3) =", Math.cbrt(Math.ulp(1.0)));

// 3. A 2-layer net by hand: h = x W1 + b1, a = relu(h), out = a W2 + b2, loss = mean((out - y)^2).
np.random.seed(0);
var x = np.random.randn(4, 3);     // 4 examples, 3 features
var y = np.random.randn(4, 2);     // 2 regression targets
var W1 = np.random.randn(3, 5).mul(0.5);
var b1 = np.random.randn(5).mul(0.1);
var W2 = np.random.randn(5, 2).mul(0.5);
var b2 = np.random.randn(2).mul(0.1);

// exercise: backprop
// hint: Go backwards through the forward pass: each gradient is the one after it times the local derivative.
// hint: For a matmul Y = X W: dL/dW = Xᵀ · dL/dY and dL/dX = dL/dY · Wᵀ; ReLU passes gradient only where its input was > 0.
Tensor[] backprop(Tensor x, Tensor y, Tensor W1, Tensor b1, Tensor W2, Tensor b2) {
    var h = x.matmul(W1).add(b1);
    var a = h.maximum(0);
    var out = a.matmul(W2).add(b2);
    var dOut = out.sub(y).mul(2.0 / out.size());           // d mean((out-y)^2) / d out
    var dW2 = a.T().matmul(dOut);                           // (5, 4) @ (4, 2) -> (5, 2), the shape of W2
    var db2 = dOut.sum(0);                                  // the bias was broadcast over rows: sum them back
    var dA = dOut.matmul(W2.T());
    var dH = dA.mul(h.map(v -> v > 0 ? 1 : 0));             // relu passes gradient only where it was active
    var dW1 = x.T().matmul(dH);
    var db1 = dH.sum(0);
    return new Tensor[] {dW1, db1, dW2, db2};
}
// end

var mine = backprop(x, y, W1, b1, W2, b2);
NDArray xt = torch.tensor(x), yt = torch.tensor(y);
var auto = torch.grad(p -> xt.matMul(p[0]).add(p[1]).maximum(0).matMul(p[2]).add(p[3]).sub(yt).pow(2).mean(), W1, b1, W2, b2);
String[] names = {"dL/dW1", "dL/db1", "dL/dW2", "dL/db2"};
for (int i = 0; i < 4; i++) verify(names[i], mine[i], auto[i]);

// 4. A generic finite-difference gradient checker: nudge every entry, measure the loss change.
// exercise: numerical_gradient
// hint: Nudge one entry of W at a time by ±h and take a central difference of the loss.
// hint: Loop over every (i, j): copy W, add h at (i, j), subtract h at (i, j), divide the loss difference by 2h.
Tensor numericalGradient(java.util.function.Function<Tensor, Double> loss, Tensor at, double step) {
    double[] g = new double[at.size()];
    for (int i = 0; i < g.length; i++) {
        double[] plus = at.toArray(), minus = at.toArray();
        plus[i] += step;
        minus[i] -= step;
        g[i] = (loss.apply(new Tensor(plus, at.shape().dims())) - loss.apply(new Tensor(minus, at.shape().dims()))) / (2 * step);
    }
    return new Tensor(g, at.shape().dims());
}
// end

double lossOf(Tensor W1_) { return x.matmul(W1_).add(b1).maximum(0).matmul(W2).add(b2).sub(y).pow(2).mean().item(); }
verify("finite-difference dL/dW1", numericalGradient(w -> lossOf(w), W1, 1e-6), auto[0]);

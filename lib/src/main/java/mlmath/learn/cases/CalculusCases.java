package mlmath.learn.cases;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import mlmath.np.Np;
import mlmath.tensor.Tensor;
import mlmath.torch.Torch;

import java.util.List;

import static mlmath.learn.cases.Args.d;
import static mlmath.learn.cases.Args.t;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Section 04's exercises on random inputs: the central difference, the chain rule, a 2-layer backprop, the numerical
 * gradient, and the gradients of the mean squared error, of softmax + cross-entropy and of one linear layer. Every
 * reference is libtorch's autograd ({@code torch.grad}).
 */
final class CalculusCases {
    private CalculusCases() {}

    private static final Torch torch = new Torch();
    private static final Np np = new Np();

    /** A smooth function of one variable, its derivative, both printable, and the same function in libtorch ops. */
    record Smooth(Case.Fn f, Case.Fn df, Torch.LossFn torch) {
        static Smooth of(String f, DoubleUnaryOperator fx, String df, DoubleUnaryOperator dfx, Torch.LossFn torch) {
            return new Smooth(new Case.Fn(f, fx), new Case.Fn(df, dfx), torch);
        }

        /** d f / dx at {@code x} by libtorch's autograd. */
        Tensor autograd(double x) { return CalculusCases.torch.grad(torch, x)[0]; }
    }

    /** Functions for the central difference and the outer f of the chain rule. */
    static final List<Smooth> OUTER = List.of(
            Smooth.of("x -> (3x + 2)²", x -> Math.pow(3 * x + 2, 2), "x -> 6(3x + 2)", x -> 6 * (3 * x + 2), p -> p[0].mul(3).add(2).pow(2)),
            Smooth.of("x -> x³", x -> x * x * x, "x -> 3x²", x -> 3 * x * x, p -> p[0].pow(3)),
            Smooth.of("x -> sin(3x)", x -> Math.sin(3 * x), "x -> 3cos(3x)", x -> 3 * Math.cos(3 * x), p -> p[0].mul(3).sin()),
            Smooth.of("x -> exp(x)", Math::exp, "x -> exp(x)", Math::exp, p -> p[0].exp()),
            Smooth.of("x -> log(1 + x²)", x -> Math.log(1 + x * x), "x -> 2x / (1 + x²)", x -> 2 * x / (1 + x * x),
                    p -> p[0].pow(2).add(1).log()));

    /** The inner g of the chain rule. */
    static final List<Smooth> INNER = List.of(
            Smooth.of("x -> 3x + 2", x -> 3 * x + 2, "x -> 3", x -> 3, p -> p[0].mul(3).add(2)),
            Smooth.of("x -> x²", x -> x * x, "x -> 2x", x -> 2 * x, p -> p[0].pow(2)),
            Smooth.of("x -> sin(x)", Math::sin, "x -> cos(x)", Math::cos, p -> p[0].sin()),
            Smooth.of("x -> tanh(x)", Math::tanh, "x -> 1 - tanh²(x)", x -> 1 - Math.pow(Math.tanh(x), 2), p -> p[0].tanh()),
            Smooth.of("x -> x/2 - 1", x -> x / 2 - 1, "x -> 1/2", x -> 0.5, p -> p[0].div(2).sub(1)));

    /** The Smooth whose f or f' is {@code fn}. */
    static Smooth smooth(Object fn) {
        for (List<Smooth> l : List.of(OUTER, INNER)) for (Smooth s : l) if (s.f() == fn || s.df() == fn) return s;
        throw new IllegalArgumentException("not a drawn function: " + fn);
    }

    static <T> T pick(Draw d, List<T> from) { return from.get(d.between(0, from.size() - 1)); }

    /** A loss of a whole tensor, printable, with its libtorch twin: what numerical_gradient is handed. */
    record Loss(String label, Function<Tensor, Double> f, Torch.LossFn torch) implements Function<Tensor, Double> {
        @Override public Double apply(Tensor w) { return f.apply(w); }

        @Override public String toString() { return label; }
    }

    static final List<Loss> LOSSES = List.of(
            new Loss("w -> sum(w²)", w -> w.pow(2).sum().item(), p -> p[0].pow(2).sum()),
            new Loss("w -> sum(sin(w))", w -> w.sin().sum().item(), p -> p[0].sin().sum()),
            new Loss("w -> log(sum(exp(w)))", w -> w.exp().sum().log().item(), p -> p[0].exp().sum().log()),
            new Loss("w -> mean(w³)", w -> w.pow(3).mean().item(), p -> p[0].pow(3).mean()),
            new Loss("w -> sum(w)²", w -> Math.pow(w.sum().item(), 2), p -> p[0].sum().pow(2)));

    /** Entry i nudged by {@code by}. */
    static Tensor nudged(Tensor at, int i, double by) {
        double[] w = at.toArray();
        w[i] += by;
        return new Tensor(w, at.shape().dims());
    }

    /** One-sided or central differences of {@code loss}, entry by entry; {@code restore} false: nudges accumulate. */
    static Tensor differences(Loss loss, Tensor at, double h, boolean central, double divideBy, boolean restore) {
        double[] g = new double[at.size()];
        Tensor base = at;
        for (int i = 0; i < g.length; i++) {
            double up = loss.apply(nudged(base, i, h));
            double down = central ? loss.apply(nudged(base, i, -h)) : loss.apply(base);
            g[i] = (up - down) / divideBy;
            if (!restore) base = nudged(base, i, -h);
        }
        return new Tensor(g, at.shape().dims());
    }

    /** The 2-layer net's loss, mean((relu(x W1 + b1) W2 + b2 - y)²); {@code maskless}: relu forward, identity backward. */
    static NDArray netLoss(NDArray x, NDArray y, NDArray W1, NDArray b1, NDArray W2, NDArray b2, boolean maskless) {
        NDArray h = x.matMul(W1).add(b1);
        NDArray a = maskless ? h.add(Activation.relu(h).sub(h).stopGradient()) : Activation.relu(h);
        return a.matMul(W2).add(b2).sub(y).pow(2).mean();
    }

    /** dL/dW1, dL/db1, dL/dW2, dL/db2 by autograd. */
    static Tensor[] netGrads(Object[] a, boolean maskless) {
        return first(torch.grad(p -> netLoss(p[4], p[5], p[0], p[1], p[2], p[3], maskless), a[2], a[3], a[4], a[5], a[0], a[1]), 4);
    }

    static Tensor[] first(Tensor[] g, int n) { return java.util.Arrays.copyOf(g, n); }

    static Tensor[] scaled(Tensor[] g, double by) {
        Tensor[] s = new Tensor[g.length];
        for (int i = 0; i < g.length; i++) s[i] = g[i].mul(by);
        return s;
    }

    /** Targets as one-hot rows of {@code classes} columns. */
    static Tensor oneHot(Tensor targets, int classes) {
        int n = targets.size();
        double[] y = new double[n * classes];
        for (int i = 0; i < n; i++) y[i * classes + (int) targets.get(i)] = 1;
        return new Tensor(y, n, classes);
    }

    /** d F.cross_entropy(logits, targets) / d logits by autograd (the loss written as -mean Σ y·log_softmax). */
    static Tensor ceGrad(Object logits, Object targets) {
        Tensor z = t(logits);
        Tensor y = oneHot(t(targets), z.shape().get(1));
        return torch.grad(p -> p[1].mul(p[0].logSoftmax(1)).sum(new int[] {1}).mean().neg(), z, y)[0];
    }

    /** dX, dW, db of Y = X W + b by autograd: the gradient of sum(Y * dY) is dY at Y. */
    static Tensor[] linearGrads(Object X, Object W, Object dY) {
        int out = t(W).shape().get(1);
        return first(torch.grad(p -> p[0].matMul(p[1]).add(p[2]).mul(p[3]).sum(), X, W, np.zeros(out), dY), 3);
    }

    static final List<Case> CASES = List.of(
            Case.of("central_difference")
                    .inputs(d -> new Object[] {pick(d, OUTER).f(), d.moderate(), d.chance(2) ? 1e-4 : 1e-3})
                    .reference("torch autograd, the exact fn'(x)", a -> smooth(a[0]).autograd(d(a[1])))
                    .mistake("takes a forward difference (f(x + h) - f(x)) / h, whose error shrinks only like h: step both ways, (f(x + h) - f(x - h)) / (2h)",
                            a -> (fn(a).applyAsDouble(d(a[1]) + d(a[2])) - fn(a).applyAsDouble(d(a[1]))) / d(a[2]))
                    .mistake("divides by h: x - h and x + h are 2h apart, so divide by 2h",
                            a -> (fn(a).applyAsDouble(d(a[1]) + d(a[2])) - fn(a).applyAsDouble(d(a[1]) - d(a[2]))) / d(a[2]))
                    .mistake("writes / 2 * h, which divides by 2 and then multiplies by h: write / (2 * h)",
                            a -> (fn(a).applyAsDouble(d(a[1]) + d(a[2])) - fn(a).applyAsDouble(d(a[1]) - d(a[2]))) / 2 * d(a[2]))
                    // The central difference is off by about h²·|f'''|/6 (at most ~5e-6 here for h ≤ 1e-3) and by
                    // round-off ε·|f|/h; a forward difference misses by h·|f''|/2, hundreds of times more.
                    .tolerance(1e-5, 1e-5),
            Case.of("chain_rule")
                    .inputs(d -> {
                        Smooth f = pick(d, OUTER), g = pick(d, INNER);
                        return new Object[] {f.df(), g.f(), g.df(), d.moderate()};
                    })
                    .reference("torch.autograd.grad(f(g(x)), x)", a -> torch.grad(p -> smooth(a[0]).torch().apply(smooth(a[1]).torch().apply(p[0])), a[3])[0])
                    .mistake("forgets the inner derivative: d/dx f(g(x)) = f'(g(x)) · g'(x)",
                            a -> fn(a, 0).applyAsDouble(fn(a, 1).applyAsDouble(d(a[3]))))
                    .mistake("evaluates f' at x: the outer derivative is taken at the inner value, f'(g(x)) · g'(x)",
                            a -> fn(a, 0).applyAsDouble(d(a[3])) * fn(a, 2).applyAsDouble(d(a[3])))
                    .mistake("adds the two derivatives: the chain rule multiplies them, f'(g(x)) · g'(x)",
                            a -> fn(a, 0).applyAsDouble(fn(a, 1).applyAsDouble(d(a[3]))) + fn(a, 2).applyAsDouble(d(a[3]))),
            Case.of("backprop")
                    .inputs(d -> {
                        int n = d.between(1, 4), in = d.between(1, 3), hidden = d.between(1, 4), out = d.between(1, 3);
                        return new Object[] {d.moderate(n, in), d.moderate(n, out), d.moderate(in, hidden), d.moderate(hidden),
                                d.moderate(hidden, out), d.moderate(out)};
                    })
                    .reference("torch autograd of mean((relu(x@W1 + b1)@W2 + b2 - y)²)",
                            a -> netGrads(a, false))
                    .mistake("forgets the ReLU mask: gradient flows back through relu only where h > 0 (dH = dA * (h > 0))",
                            a -> netGrads(a, true))
                    .mistake("leaves out the 2/N of the mean squared error: dOut = 2 (out - y) / N, N = out.size()",
                            a -> scaled(netGrads(a, false), t(a[1]).size() / 2.0))
                    .mistake("divides by the number of rows: the mean runs over all N = rows · outputs entries, dOut = 2 (out - y) / out.size()",
                            a -> scaled(netGrads(a, false), t(a[1]).shape().get(1)))
                    .mistake("returns dW transposed (dOutᵀ · a): dL/dW has W's shape, aᵀ · dOut",
                            a -> {
                                Tensor[] g = netGrads(a, false);
                                return new Tensor[] {g[0].T(), g[1], g[2].T(), g[3]};
                            })
                    .mistake("keeps one bias gradient per example: the bias was broadcast over the rows, so db sums dOut over axis 0",
                            a -> {
                                int n = t(a[0]).shape().get(0);
                                Tensor b1 = np.zeros(n, t(a[3]).size()).add(a[3]), b2 = np.zeros(n, t(a[5]).size()).add(a[5]);
                                return netGrads(new Object[] {a[0], a[1], a[2], b1, a[4], b2}, false);
                            }),
            Case.of("numerical_gradient")
                    .inputs(d -> new Object[] {pick(d, LOSSES), d.moderate(d.dims(d.between(1, 2), 4)), d.chance(2) ? 1e-5 : 1e-4})
                    .reference("torch.autograd.grad(loss(w), w)", a -> torch.grad(((Loss) a[0]).torch(), a[1])[0])
                    .mistake("takes a forward difference (loss(w + h) - loss(w)) / h: nudge each entry both ways and divide by 2h",
                            a -> differences((Loss) a[0], t(a[1]), d(a[2]), false, d(a[2]), true))
                    .mistake("divides by h: the two nudged points are 2h apart, so divide by 2h",
                            a -> differences((Loss) a[0], t(a[1]), d(a[2]), true, d(a[2]), true))
                    .mistake("does not put each entry back after nudging it: every later entry is nudged from a point already moved; nudge a fresh copy of W",
                            a -> differences((Loss) a[0], t(a[1]), d(a[2]), true, 2 * d(a[2]), false)),
            Case.of("mse_grad")
                    .inputs(d -> {
                        int[] shape = ProbabilityCases.vectorOrBatch(d);
                        return new Object[] {d.moderate(shape), d.moderate(shape)};
                    })
                    .reference("torch.autograd.grad(F.mse_loss(pred, target), pred)", a -> torch.grad(p -> p[0].sub(p[1]).pow(2).mean(), a[0], a[1])[0])
                    .mistake("has the sign flipped: d/dpred of (pred - target)² is 2 (pred - target)",
                            a -> torch.grad(p -> p[0].sub(p[1]).pow(2).mean(), a[0], a[1])[0].neg())
                    .mistake("leaves out the 2: the derivative of u² is 2u, so the gradient is 2 (pred - target) / N",
                            a -> torch.grad(p -> p[0].sub(p[1]).pow(2).mean(), a[0], a[1])[0].div(2))
                    .mistake("does not divide by N: the loss is a mean over all N entries, so each gets 2 (pred - target) / N",
                            a -> torch.grad(p -> p[0].sub(p[1]).pow(2).sum(), a[0], a[1])[0])
                    .mistake("divides by the number of rows: the mean runs over every entry, N = pred.size()",
                            a -> torch.grad(p -> p[0].sub(p[1]).pow(2).mean(), a[0], a[1])[0].mul(t(a[0]).size() / (double) t(a[0]).shape().get(0))),
            Case.of("cross_entropy_grad")
                    .inputs(d -> {
                        int n = d.between(1, 5), c = d.between(1, 5);
                        return new Object[] {d.tensor(n, c), d.labels(n, c)};
                    })
                    .reference("torch.autograd.grad(F.cross_entropy(logits, targets), logits)", a -> ceGrad(a[0], a[1]))
                    .mistake("has the sign flipped: the gradient is p - y (the true class's logit is pushed up by descent), not y - p",
                            a -> ceGrad(a[0], a[1]).neg())
                    .mistake("does not average over the batch: F.cross_entropy is a mean over N rows, so the gradient is (p - y) / N",
                            a -> ceGrad(a[0], a[1]).mul(t(a[0]).shape().get(0)))
                    .mistake("does not subtract the max before exp: exp overflows to inf for large logits (softmax(z) = softmax(z - max z))",
                            a -> ProbabilityCases.naiveSoftmax(a[0]).sub(oneHot(t(a[1]), t(a[0]).shape().get(1))).div(t(a[0]).shape().get(0)))
                    .mistake("normalises the softmax over axis 0: each row's probabilities come from its own logits, axis -1",
                            a -> torch.softmax(a[0], 0).sub(oneHot(t(a[1]), t(a[0]).shape().get(1))).div(t(a[0]).shape().get(0))),
            Case.of("linear_backward")
                    .inputs(d -> {
                        int n = d.between(1, 4), in = d.between(1, 4), out = d.between(1, 4);
                        return new Object[] {d.moderate(n, in), d.moderate(in, out), d.moderate(n, out)};
                    })
                    .reference("torch autograd of sum((X@W + b) * dY) for [X, W, b]", a -> linearGrads(a[0], a[1], a[2]))
                    .mistake("returns dW transposed (dYᵀ · X): dW = Xᵀ · dY has W's shape (in, out)",
                            a -> {
                                Tensor[] g = linearGrads(a[0], a[1], a[2]);
                                return new Tensor[] {g[0], g[1].T(), g[2]};
                            })
                    .mistake("multiplies dY by W itself: dX = dY · Wᵀ, which has X's shape",
                            a -> {
                                Tensor[] g = linearGrads(a[0], a[1], a[2]);
                                return new Tensor[] {torch.matmul(a[2], a[1]), g[1], g[2]};
                            })
                    .mistake("keeps one bias gradient per row: b was broadcast over the batch, so db = dY summed over axis 0",
                            a -> {
                                Tensor[] g = linearGrads(a[0], a[1], a[2]);
                                return new Tensor[] {g[0], g[1], t(a[2])};
                            })
                    .mistake("keeps the summed axis (keepdims): db must have b's shape (out,), dY.sum(0)",
                            a -> {
                                Tensor[] g = linearGrads(a[0], a[1], a[2]);
                                return new Tensor[] {g[0], g[1], g[2].reshape(1, -1)};
                            })
                    .mistake("averages db over the batch: db sums the rows (any 1/N is already inside dY)",
                            a -> {
                                Tensor[] g = linearGrads(a[0], a[1], a[2]);
                                return new Tensor[] {g[0], g[1], g[2].div(t(a[0]).shape().get(0))};
                            }));

    private static DoubleUnaryOperator fn(Object[] a) { return fn(a, 0); }

    private static DoubleUnaryOperator fn(Object[] a, int i) { return (DoubleUnaryOperator) a[i]; }
}

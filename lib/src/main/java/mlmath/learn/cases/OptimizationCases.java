package mlmath.learn.cases;

import ai.djl.ndarray.NDArray;
import mlmath.tensor.Tensor;
import mlmath.torch.Optim;
import mlmath.torch.Torch;

import java.util.List;

import static mlmath.learn.cases.Args.d;
import static mlmath.learn.cases.Args.i;
import static mlmath.learn.cases.Args.t;
import java.util.function.Function;

/**
 * Section 05's exercises on random inputs: the optimizer steps (SGD with momentum, Adam, AdamW) run for several steps
 * on drawn gradients next to {@code torch.optim}'s, gradient clipping by global norm, and the learning-rate schedules.
 */
final class OptimizationCases {
    private OptimizationCases() {}

    private static final Torch torch = new Torch();

    private static Tensor[] ts(Object x) { return (Tensor[]) x; }

    /** A parameter of rank 1 or 2 (axes 1 to 3 long) and one to five gradients of its shape. */
    private static Object[] paramAndGrads(Draw d) {
        int[] shape = d.dims(d.between(1, 2), 3);
        Tensor theta = d.moderate(shape);
        Tensor[] grads = new Tensor[d.between(1, 5)];
        for (int k = 0; k < grads.length; k++) grads[k] = d.moderate(shape);
        return new Object[] {theta, grads};
    }

    /** A momentum: none, a usual one, or any in [0, 0.99). */
    private static double momentum(Draw d) {
        long kind = d.below(4);
        return kind == 0 ? 0 : kind == 1 ? 0.9 : d.uniform(0, 0.99);
    }

    /** A peak learning rate: 0.1, the script's 3e-4, or any in [1e-4, 1). */
    private static double peak(Draw d) {
        long kind = d.below(3);
        return kind == 0 ? 0.1 : kind == 1 ? 3e-4 : d.uniform(1e-4, 1);
    }

    /** A warmup's start factor: the script's 0.1, 0, or any in [0, 1). */
    private static double startFactor(Draw d) {
        long kind = d.below(3);
        return kind == 0 ? 0.1 : kind == 1 ? 0 : d.uniform(0, 1);
    }

    /** A cosine's floor: 0, the script's 1e-5, or any in [1e-4, 0.01). */
    private static double etaMin(Draw d) {
        long kind = d.below(3);
        return kind == 0 ? 0 : kind == 1 ? 1e-5 : d.uniform(1e-4, 0.01);
    }

    /** Adam's arguments: lr, β1, β2, eps, weight decay, θ and its gradients. */
    private static Object[] adamArgs(Draw d) {
        double lr = d.uniform(0.001, 0.5);
        double b1 = d.chance(3) ? 0.9 : d.uniform(0.5, 0.99), b2 = d.chance(3) ? 0.999 : d.uniform(0.5, 0.9999);
        double eps = d.chance(2) ? 1e-8 : d.uniform(1e-8, 1e-3);
        double wd = d.chance(4) ? 0 : d.uniform(0.01, 0.5);
        Object[] pg = paramAndGrads(d);
        return new Object[] {lr, b1, b2, eps, wd, pg[0], pg[1]};
    }

    /** θ after each of the steps {@code opt} takes with the gradients. */
    private static Tensor[] path(Optim.Optimizer opt, Tensor[] grads) {
        Tensor[] out = new Tensor[grads.length];
        for (int k = 0; k < grads.length; k++) out[k] = opt.step(grads[k]);
        return out;
    }

    /** SGD with momentum whose buffer is a running average, b ← μb + (1 − μ)g from b = 0, in libtorch ops. */
    private static Tensor[] averagedMomentum(double lr, double mu, Tensor theta, Tensor[] grads) {
        Tensor[] out = new Tensor[grads.length];
        Tensor buf = theta.mul(0), th = theta;
        for (int k = 0; k < grads.length; k++) {
            buf = torch.compute(x -> x[0].mul(mu).add(x[1].mul(1 - mu)), buf, grads[k]);
            th = out[k] = torch.compute(x -> x[0].sub(x[1].mul(lr)), th, buf);
        }
        return out;
    }

    /** A variant of Adam written out in libtorch ops: how its weight decay enters and how its moments are corrected. */
    private enum Decay { L2, DECOUPLED, DECOUPLED_WITHOUT_LR }

    /**
     * Adam's path with {@code decay} and the bias correction {@code 1 − β^(t + shift)} ({@code corrected} false: none);
     * every op in libtorch.
     */
    private static Tensor[] adamVariant(Object[] a, Decay decay, boolean corrected, int shift) {
        double lr = d(a[0]), b1 = d(a[1]), b2 = d(a[2]), eps = d(a[3]), wd = d(a[4]);
        Tensor th = t(a[5]);
        Tensor[] grads = ts(a[6]);
        Tensor m = th.mul(0), v = th.mul(0);
        Tensor[] out = new Tensor[grads.length];
        for (int k = 0; k < grads.length; k++) {
            int step = k + 1 + shift;
            double c1 = corrected ? 1 - Math.pow(b1, step) : 1, c2 = corrected ? 1 - Math.pow(b2, step) : 1;
            Tensor g = decay == Decay.L2 ? torch.compute(x -> x[0].add(x[1].mul(wd)), grads[k], th) : grads[k];
            double shrink = switch (decay) {
                case L2 -> 1;
                case DECOUPLED -> 1 - lr * wd;
                case DECOUPLED_WITHOUT_LR -> 1 - wd;
            };
            m = torch.compute(x -> x[0].mul(b1).add(x[1].mul(1 - b1)), m, g);
            v = torch.compute(x -> x[0].mul(b2).add(x[1].pow(2).mul(1 - b2)), v, g);
            th = out[k] = torch.compute(x -> x[0].mul(shrink).sub(x[1].div(c1).div(x[2].div(c2).sqrt().add(eps)).mul(lr)), th, m, v);
        }
        return out;
    }

    /** How the grader steps a fresh optimizer of the script through the drawn gradients ({@code NEW} makes it). */
    private static String stepping(String construct) {
        return "a -> { var o = " + construct + "; var th = (Tensor) a[a.length - 2]; var gs = (Tensor[]) a[a.length - 1];"
                + " var out = new Tensor[gs.length]; for (int k = 0; k < gs.length; k++) out[k] = th = o.step(th, gs[k]); return out; }";
    }

    private static final String ADAM_ARGS = "(double) a[0], (double) a[1], (double) a[2], (double) a[3], (double) a[4]";

    /** clip_grad_norm_'s formula in libtorch ops: each gradient times min(1, max_norm / (‖all‖ + 1e-6)), or the variant. */
    private static Tensor[] clipped(Object[] a, boolean perTensor, boolean always, boolean squared) {
        Tensor[] gs = ts(a[0]);
        double max = d(a[1]);
        Tensor[] out = new Tensor[gs.length];
        for (int k = 0; k < gs.length; k++) {
            Object[] inputs = perTensor ? new Object[] {gs[k]} : new Object[gs.length + 1];
            if (!perTensor) {
                inputs[0] = gs[k];
                System.arraycopy(gs, 0, inputs, 1, gs.length);
            }
            out[k] = torch.compute(x -> {
                NDArray sq = x[perTensor ? 0 : 1].pow(2).sum();
                for (int j = 2; j < x.length; j++) sq = sq.add(x[j].pow(2).sum());
                NDArray norm = squared ? sq : sq.sqrt();
                NDArray coef = norm.add(1e-6).pow(-1).mul(max);
                return x[0].mul(always ? coef : coef.minimum(1));
            }, inputs);
        }
        return out;
    }

    /** The warmup-then-cosine schedule by its formula, or a usual wrong variant of it, at steps 0…total-1. */
    private static double[] schedule(Object[] a, Function<double[], Double> at) {
        int total = i(a[2]);
        double[] lr = new double[total];
        for (int s = 0; s < total; s++) lr[s] = at.apply(new double[] {s, d(a[0]), i(a[1]), total, d(a[3]), d(a[4])});
        return lr;
    }

    /** Sets the script's {@code startFactor} and {@code etaMin} from a[3] and a[4] while {@code body} runs. */
    private static String withSchedule(String body) {
        return "a -> { double sf0 = startFactor, em0 = etaMin; startFactor = (double) a[3]; etaMin = (double) a[4];"
                + " try { " + body + " } finally { startFactor = sf0; etaMin = em0; } }";
    }

    static final List<Case> CASES = List.of(
            Case.of("sgd_step")
                    .inputs(d -> {
                        double lr = d.uniform(0.001, 1), mu = momentum(d);
                        Object[] pg = paramAndGrads(d);
                        return new Object[] {lr, mu, pg[0], pg[1]};
                    })
                    .call(stepping("new MySgd((double) a[0], (double) a[1])"), "lr", "momentum", "theta", "grads")
                    .reference("torch.optim.SGD(lr, momentum), one step per gradient",
                            a -> path(torch.optim.sgd(a[2], d(a[0]), d(a[1])), ts(a[3])))
                    .mistake("ignores the momentum: θ moves by lr · buf, where buf = momentum · buf + g remembers past gradients",
                            a -> path(torch.optim.sgd(a[2], d(a[0]), 0), ts(a[3])))
                    .mistake("averages the gradients, buf = μ·buf + (1 - μ)·g from 0: torch's buf is g on the first step, then μ·buf + g",
                            a -> averagedMomentum(d(a[0]), d(a[1]), t(a[2]), ts(a[3]))),
            Case.of("adamw_step")
                    .inputs(OptimizationCases::adamArgs)
                    .call(stepping("new MyAdamW(" + ADAM_ARGS + ")"), "lr", "beta1", "beta2", "eps", "weight_decay", "theta", "grads")
                    .reference("torch.optim.AdamW(lr, betas, eps, weight_decay), one step per gradient",
                            a -> path(torch.optim.adamW(a[5], d(a[0]), d(a[1]), d(a[2]), d(a[3]), d(a[4])), ts(a[6])))
                    .mistake("adds the weight decay to the gradient (that is Adam's L2): AdamW shrinks θ by (1 - lr·λ) apart from the step",
                            a -> path(torch.optim.adam(a[5], d(a[0]), d(a[1]), d(a[2]), d(a[3]), d(a[4])), ts(a[6])))
                    .mistake("shrinks θ by (1 - λ): the decoupled decay is θ · (1 - lr·λ), scaled by the learning rate",
                            a -> adamVariant(a, Decay.DECOUPLED_WITHOUT_LR, true, 0))
                    .mistake("skips the bias correction: m and v start at 0, so divide them by (1 - β1^t) and (1 - β2^t)",
                            a -> adamVariant(a, Decay.DECOUPLED, false, 0))
                    .mistake("corrects with β^(t+1), one step ahead: the first step divides by 1 - β, so t counts from 1",
                            a -> adamVariant(a, Decay.DECOUPLED, true, 1))
                    .mistake("corrects with t starting at 0: 1 - β^0 = 0 divides by zero; increment t before the correction",
                            a -> adamVariant(a, Decay.DECOUPLED, true, -1)),
            Case.of("adam_step")
                    .inputs(OptimizationCases::adamArgs)
                    .call(stepping("new MyAdam(" + ADAM_ARGS + ")"), "lr", "beta1", "beta2", "eps", "weight_decay", "theta", "grads")
                    .reference("torch.optim.Adam(lr, betas, eps, weight_decay), one step per gradient",
                            a -> path(torch.optim.adam(a[5], d(a[0]), d(a[1]), d(a[2]), d(a[3]), d(a[4])), ts(a[6])))
                    .mistake("decouples the weight decay (that is AdamW): Adam's L2 adds λθ to the gradient, before the moments",
                            a -> path(torch.optim.adamW(a[5], d(a[0]), d(a[1]), d(a[2]), d(a[3]), d(a[4])), ts(a[6])))
                    .mistake("skips the bias correction: m and v start at 0, so divide them by (1 - β1^t) and (1 - β2^t)",
                            a -> adamVariant(a, Decay.L2, false, 0))
                    .mistake("corrects with β^(t+1), one step ahead: the first step divides by 1 - β, so t counts from 1",
                            a -> adamVariant(a, Decay.L2, true, 1))
                    .mistake("corrects with t starting at 0: 1 - β^0 = 0 divides by zero; increment t before the correction",
                            a -> adamVariant(a, Decay.L2, true, -1)),
            Case.of("clip_grad_norm")
                    .inputs(d -> {
                        Tensor[] gs = new Tensor[d.between(1, 3)];
                        for (int k = 0; k < gs.length; k++) gs[k] = d.moderate(d.dims(d.between(1, 2), 3));
                        return new Object[] {gs, d.positive()};
                    })
                    .reference("torch: clip_grad_norm_'s g · min(1, max_norm / (‖all g‖ + 1e-6))", a -> clipped(a, false, false, false))
                    .mistake("clips each tensor by its own norm: the norm is global, over every gradient together",
                            a -> clipped(a, true, false, false))
                    .mistake("always rescales to max_norm: gradients already shorter than max_norm are left alone (factor min(1, ...))",
                            a -> clipped(a, false, true, false))
                    .mistake("divides by the sum of squares: the norm is its square root",
                            a -> clipped(a, false, false, true)),
            Case.of("warmup_cosine")
                    .inputs(d -> {
                        int warmup = d.between(0, 8);
                        return new Object[] {peak(d), warmup, warmup + d.between(1, 24), startFactor(d), etaMin(d)};
                    })
                    .call(withSchedule("double[] lr = new double[(int) a[2]]; for (int s = 0; s < lr.length; s++)"
                            + " lr[s] = lrAt(s, (double) a[0], (int) a[1], (int) a[2]); return lr;"),
                            "peak", "warmup", "total", "startFactor", "etaMin")
                    .reference("torch's SequentialLR(LinearLR, CosineAnnealingLR) formulas, steps 0..total-1",
                            a -> torch.optim.warmupCosine(d(a[0]), i(a[1]), i(a[2]), d(a[3]), d(a[4])))
                    .mistake("leaves out the warmup: the cosine starts after the warmup steps, which ramp up from startFactor · peak",
                            a -> torch.optim.warmupCosine(d(a[0]), 0, i(a[2]), d(a[3]), d(a[4])))
                    .mistake("is one step ahead: step 0 is the first value, startFactor · peak (or the peak without warmup)",
                            a -> schedule(a, x -> x[0] + 1 < x[2]
                                    ? x[1] * (x[4] + (1 - x[4]) * (x[0] + 1) / x[2])
                                    : x[5] + (x[1] - x[5]) * (1 + Math.cos(Math.PI * (x[0] + 1 - x[2]) / (x[3] - x[2]))) / 2))
                    .mistake("ramps up from 0: the warmup starts at startFactor · peak",
                            a -> schedule(a, x -> x[0] < x[2]
                                    ? x[1] * x[0] / x[2]
                                    : x[5] + (x[1] - x[5]) * (1 + Math.cos(Math.PI * (x[0] - x[2]) / (x[3] - x[2]))) / 2))
                    // A closed form: compared tightly, so a wrong step shows even at a peak of 1e-4.
                    .tolerance(1e-12, 1e-9),
            Case.of("linear_warmup")
                    .inputs(d -> {
                        int warmup = d.between(1, 10);
                        return new Object[] {peak(d), warmup, warmup + d.between(0, 5), startFactor(d)};
                    })
                    .call("a -> { double sf0 = startFactor; startFactor = (double) a[3]; try { double[] lr = new double[(int) a[2]];"
                            + " for (int s = 0; s < lr.length; s++) lr[s] = linearWarmup(s, (double) a[0], (int) a[1]); return lr; }"
                            + " finally { startFactor = sf0; } }", "peak", "warmup", "steps", "startFactor")
                    .reference("torch's LinearLR(start_factor, total_iters=warmup) formula, steps 0..steps-1",
                            a -> torch.optim.linearLR(d(a[0]), d(a[3]), i(a[1]), i(a[2])))
                    .mistake("ramps up from 0: the warmup starts at startFactor · peak",
                            a -> torch.optim.linearLR(d(a[0]), 0, i(a[1]), i(a[2])))
                    .mistake("keeps climbing after the warmup: the factor stops at 1, min(step, warmup)",
                            a -> warmupVariant(a, false, 0))
                    .mistake("reaches the peak one step early (÷ (warmup - 1) or step + 1): step 0 is startFactor · peak, step warmup the peak",
                            a -> warmupVariant(a, true, 1))
                    .tolerance(1e-12, 1e-9),
            Case.of("cosine_decay")
                    .inputs(d -> new Object[] {peak(d), d.between(1, 24), etaMin(d)})
                    .call("a -> { double em0 = etaMin; etaMin = (double) a[2]; try { double[] lr = new double[(int) a[1] + 1];"
                            + " for (int s = 0; s < lr.length; s++) lr[s] = cosineDecay(s, (double) a[0], (int) a[1]); return lr; }"
                            + " finally { etaMin = em0; } }", "peak", "steps", "etaMin")
                    .reference("torch's CosineAnnealingLR(T_max=steps, eta_min) formula, steps 0..steps",
                            a -> torch.optim.cosineAnnealingLR(d(a[0]), i(a[1]), d(a[2])))
                    .mistake("decays to 0: the cosine ends at etaMin, etaMin + (peak - etaMin)(1 + cos(π s / T)) / 2",
                            a -> torch.optim.cosineAnnealingLR(d(a[0]), i(a[1]), 0))
                    .mistake("leaves out (1 + cos) / 2: cos alone goes from 1 to -1, the schedule from peak to etaMin",
                            a -> cosineVariant(a, false, 0))
                    .mistake("runs a whole period, cos(2π s / T): the decay is half a period, from peak down to etaMin once",
                            a -> cosineVariant(a, true, 2))
                    .tolerance(1e-12, 1e-9));

    /** LinearLR without the cap at warmup ({@code capped} false), or {@code ahead} steps early. */
    private static double[] warmupVariant(Object[] a, boolean capped, int ahead) {
        double peak = d(a[0]), sf = d(a[3]);
        int warmup = i(a[1]);
        double[] lr = new double[i(a[2])];
        for (int s = 0; s < lr.length; s++) {
            int e = s + ahead;
            lr[s] = peak * (sf + (1 - sf) * (capped ? Math.min(e, warmup) : e) / (double) warmup);
        }
        return lr;
    }

    /** The cosine with its halving left out ({@code halved} false), or over {@code periods} half-periods. */
    private static double[] cosineVariant(Object[] a, boolean halved, int periods) {
        double peak = d(a[0]), etaMin = d(a[2]);
        int steps = i(a[1]);
        double[] lr = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            double c = Math.cos(Math.PI * (halved ? periods : 1) * s / steps);
            lr[s] = etaMin + (peak - etaMin) * (halved ? (1 + c) / 2 : c);
        }
        return lr;
    }
}

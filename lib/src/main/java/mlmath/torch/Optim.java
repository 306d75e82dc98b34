package mlmath.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.Tensor;

/**
 * {@code torch.optim} references. libtorch's optimizers live in C++/Python code DJL does not expose, so each step
 * applies torch's documented update rule with libtorch ops in float64; results are labelled accordingly.
 * LR schedules are torch's documented closed forms, computed in Java and labelled as formulas.
 */
public final class Optim {
    Optim() {}

    /** torch.optim.AdamW: decoupled weight decay, then Adam's bias-corrected moments. */
    public Optimizer adamW(Object param, double lr, double beta1, double beta2, double eps, double weightDecay) {
        return new Optimizer("AdamW", param, (o, g) -> o.adam(g, lr, beta1, beta2, eps, weightDecay, true));
    }

    /** AdamW with PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight_decay 1e-2. */
    public Optimizer adamW(Object param) { return adamW(param, 1e-3, 0.9, 0.999, 1e-8, 1e-2); }

    /** torch.optim.Adam: weight decay is L2 ({@code g + λθ}) folded into the moments. */
    public Optimizer adam(Object param, double lr, double beta1, double beta2, double eps, double weightDecay) {
        return new Optimizer("Adam", param, (o, g) -> o.adam(g, lr, beta1, beta2, eps, weightDecay, false));
    }

    /** torch.optim.SGD with momentum μ, dampening τ, weight decay λ and optional Nesterov. */
    public Optimizer sgd(Object param, double lr, double momentum, double dampening, double weightDecay, boolean nesterov) {
        return new Optimizer("SGD", param, (o, g) -> o.sgd(g, lr, momentum, dampening, weightDecay, nesterov));
    }

    /** Plain SGD with momentum (dampening 0, no weight decay, no Nesterov). */
    public Optimizer sgd(Object param, double lr, double momentum) { return sgd(param, lr, momentum, 0, 0, false); }

    /**
     * The learning rate at steps 0…total-1 of {@code SequentialLR([LinearLR(start_factor, total_iters=warmup),
     * CosineAnnealingLR(T_max=total-warmup, eta_min)], milestones=[warmup])}, by torch's documented formulas.
     */
    public Tensor warmupCosine(double baseLr, int warmup, int total, double startFactor, double etaMin) {
        if (warmup < 0 || total <= warmup) throw new IllegalArgumentException("need 0 <= warmup < total, got warmup " + warmup + ", total " + total);
        double[] lr = new double[total];
        for (int ep = 0; ep < total; ep++) {
            if (ep < warmup) {
                lr[ep] = baseLr * (startFactor + (1 - startFactor) * Math.min(ep, warmup) / (double) warmup);
            } else {
                int tMax = total - warmup;
                lr[ep] = etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * (ep - warmup) / tMax)) / 2;
            }
        }
        return new Tensor(lr, total).withSource("torch.optim.lr_scheduler formulas (closed form, in Java)");
    }

    /**
     * The learning rate at steps 0…steps-1 of {@code LinearLR(start_factor, end_factor=1, total_iters)} on its own:
     * {@code base · (start + (1 − start) · min(step, total_iters) / total_iters)}, torch's documented closed form.
     */
    public Tensor linearLR(double baseLr, double startFactor, int totalIters, int steps) {
        if (totalIters < 1) throw new IllegalArgumentException("total_iters must be at least 1, got " + totalIters);
        double[] lr = new double[steps];
        for (int ep = 0; ep < steps; ep++) lr[ep] = baseLr * (startFactor + (1 - startFactor) * Math.min(ep, totalIters) / (double) totalIters);
        return new Tensor(lr, steps).withSource("torch.optim.lr_scheduler.LinearLR formula (closed form, in Java)");
    }

    /**
     * The learning rate at steps 0…tMax of {@code CosineAnnealingLR(T_max, eta_min)} on its own:
     * {@code eta_min + (base − eta_min)(1 + cos(π · step / T_max)) / 2}, torch's documented closed form.
     */
    public Tensor cosineAnnealingLR(double baseLr, int tMax, double etaMin) {
        if (tMax < 1) throw new IllegalArgumentException("T_max must be at least 1, got " + tMax);
        double[] lr = new double[tMax + 1];
        for (int ep = 0; ep <= tMax; ep++) lr[ep] = etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * ep / tMax)) / 2;
        return new Tensor(lr, tMax + 1).withSource("torch.optim.lr_scheduler.CosineAnnealingLR formula (closed form, in Java)");
    }

    interface Rule { NDArray apply(Optimizer o, NDArray grad); }

    /** One parameter tensor and its optimizer state, stepped like {@code opt.step()} after {@code p.grad = g}. */
    public static final class Optimizer {
        private final String name;
        private final Rule rule;
        private final NDManager manager = TorchEngine.manager().newSubManager();
        private final mlmath.tensor.Shape shape;
        private NDArray param, m, v;
        private int t;

        Optimizer(String name, Object param, Rule rule) {
            this.name = name;
            this.rule = rule;
            this.shape = ArrayLike.toTensor(param).shape();
            this.param = TorchEngine.toNd(manager, param);
        }

        /** Applies one update with gradient {@code grad} and returns the new parameter values. */
        public Tensor step(Object grad) {
            Tensor g = ArrayLike.toTensor(grad);
            if (!g.shape().equals(shape)) {
                throw new mlmath.tensor.ShapeException("gradient shape " + g.shape() + " does not match the parameter's " + shape);
            }
            t++;
            // The old state and every intermediate live in a per-step scope; only the new state is kept.
            try (NDManager scope = manager.newSubManager()) {
                moveState(scope);
                param = rule.apply(this, TorchEngine.toNd(scope, g));
                moveState(manager);
            } catch (ai.djl.engine.EngineException e) {
                throw TorchOp.translate(e);
            }
            return TorchEngine.toTensor(param, TorchEngine.label() + " ops, " + name + " update rule");
        }

        private void moveState(NDManager target) {
            for (NDArray state : new NDArray[] {param, m, v}) if (state != null) state.attach(target);
        }

        /** How many steps have been taken. */
        public int steps() { return t; }

        private NDArray adam(NDArray g, double lr, double b1, double b2, double eps, double wd, boolean decoupled) {
            NDArray p = param;
            if (decoupled) p = p.mul(1 - lr * wd);
            else if (wd != 0) g = g.add(p.mul(wd));
            m = m == null ? g.mul(1 - b1) : m.mul(b1).add(g.mul(1 - b1));
            v = v == null ? g.pow(2).mul(1 - b2) : v.mul(b2).add(g.pow(2).mul(1 - b2));
            double stepSize = lr / (1 - Math.pow(b1, t));
            NDArray denom = v.sqrt().div(Math.sqrt(1 - Math.pow(b2, t))).add(eps);
            return p.sub(m.div(denom).mul(stepSize));
        }

        private NDArray sgd(NDArray g, double lr, double mu, double damp, double wd, boolean nesterov) {
            if (wd != 0) g = g.add(param.mul(wd));
            if (mu != 0) {
                m = m == null ? g : m.mul(mu).add(g.mul(1 - damp));
                g = nesterov ? g.add(m.mul(mu)) : m;
            }
            return param.sub(g.mul(lr));
        }
    }
}

// 05 · Optimization — SGD, momentum, Adam and AdamW from scratch, each step checked against torch's update.
// Three intuitions are enough: momentum remembers, Adam adapts per parameter, schedules warm up then decay.

// The problem: an ill-conditioned quadratic bowl, loss(θ) = ½ Σ c_i θ_i², steep in one direction, flat in the other.
var curvature = np.array(1.0, 25.0);
double loss(Tensor theta) { return theta.pow(2).mul(curvature).sum().item() / 2; }
Tensor grad(Tensor theta) { return theta.mul(curvature); }
var theta0 = np.array(-4.0, 1.5);

// 1. SGD with momentum: b ← μ b + g (b = g on the first step), θ ← θ − lr·b.
class MySgd {
    double lr, momentum; Tensor buf;
    MySgd(double lr, double momentum) { this.lr = lr; this.momentum = momentum; }
    // exercise: sgd_step
    // hint: With momentum the step follows a running buffer of gradients instead of the latest one.
    // hint: buf is g on the first step, then momentum · buf + g; θ moves by lr · buf.
    Tensor step(Tensor theta, Tensor g) {
        if (momentum != 0) {
            buf = buf == null ? g : buf.mul(momentum).add(g);   // a running memory of recent gradients
            g = buf;
        }
        return theta.sub(g.mul(lr));
    }
    // end
}

// 2. AdamW: decoupled weight decay, then bias-corrected first and second moments.
class MyAdamW {
    double lr, beta1, beta2, eps, weightDecay; Tensor m, v; int t;
    MyAdamW(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this.lr = lr; this.beta1 = beta1; this.beta2 = beta2; this.eps = eps; this.weightDecay = weightDecay;
    }
    // exercise: adamw_step
    // hint: Decay θ first (θ · (1 - lr·λ)), then update the moving averages m of g and v of g².
    // hint: Divide m by (1 - β1^t) and v by (1 - β2^t) before the step θ - lr · m̂ / (√v̂ + eps).
    Tensor step(Tensor theta, Tensor g) {
        t++;
        theta = theta.mul(1 - lr * weightDecay);                       // decay the weights, not the gradient
        m = m == null ? g.mul(1 - beta1) : m.mul(beta1).add(g.mul(1 - beta1));
        v = v == null ? g.pow(2).mul(1 - beta2) : v.mul(beta2).add(g.pow(2).mul(1 - beta2));
        var mHat = m.div(1 - Math.pow(beta1, t));                       // bias correction: m and v start at 0
        var vHat = v.div(1 - Math.pow(beta2, t));
        return theta.sub(mHat.div(vHat.sqrt().add(eps)).mul(lr));
    }
    // end
}

// Adam is AdamW without the decoupling: weight decay goes into the gradient instead (L2), so it gets rescaled.
class MyAdam extends MyAdamW {
    MyAdam(double lr, double beta1, double beta2, double eps, double weightDecay) { super(lr, beta1, beta2, eps, weightDecay); }
    Tensor step(Tensor theta, Tensor g) {
        double wd = weightDecay;
        weightDecay = 0;
        try { return super.step(theta, g.add(theta.mul(wd))); } finally { weightDecay = wd; }
    }
}

// Five steps of each, side by side with the torch reference fed the same gradients.
void compare(String name, java.util.function.BinaryOperator<Tensor> mine, mlmath.torch.Optim.Optimizer reference) {
    var theta = theta0;
    for (int i = 1; i <= 5; i++) {
        var g = grad(theta);
        var next = mine.apply(theta, g);
        verify(name + " step " + i, next, reference.step(g));
        theta = next;
    }
}
var sgd = new MySgd(0.03, 0.0);
compare("sgd", sgd::step, torch.optim.sgd(theta0, 0.03, 0.0));
var momentum = new MySgd(0.03, 0.9);
compare("momentum", momentum::step, torch.optim.sgd(theta0, 0.03, 0.9));
var adam = new MyAdam(0.1, 0.9, 0.999, 1e-8, 0.01);
compare("adam", adam::step, torch.optim.adam(theta0, 0.1, 0.9, 0.999, 1e-8, 0.01));
var adamw = new MyAdamW(0.1, 0.9, 0.999, 1e-8, 0.01);
compare("adamw", adamw::step, torch.optim.adamW(theta0, 0.1, 0.9, 0.999, 1e-8, 0.01));

// 3. Loss curves: 100 steps of each on the same bowl. Momentum and Adam cross the flat direction much faster.
double[] run(java.util.function.BinaryOperator<Tensor> step, int steps) {
    double[] losses = new double[steps];
    var theta = theta0;
    for (int i = 0; i < steps; i++) {
        losses[i] = loss(theta);
        theta = step.apply(theta, grad(theta));
    }
    return losses;
}
var steps = np.arange(100);
var sgdLoss = run(new MySgd(0.03, 0.0)::step, 100);
var momLoss = run(new MySgd(0.03, 0.9)::step, 100);
var adamLoss = run(new MyAdam(0.1, 0.9, 0.999, 1e-8, 0.0)::step, 100);
var adamwLoss = run(new MyAdamW(0.1, 0.9, 0.999, 1e-8, 0.01)::step, 100);
var fig = plot("loss on an ill-conditioned quadratic", steps, sgdLoss).label("SGD lr 0.03");
fig.series("SGD + momentum 0.9", steps, momLoss).series("Adam lr 0.1", steps, adamLoss);
fig.series("AdamW lr 0.1, wd 0.01", steps, adamwLoss).xlabel("step").ylabel("loss (log scale)").logy();
print("loss after 100 steps: SGD", sgdLoss[99], " momentum", momLoss[99], " Adam", adamLoss[99], " AdamW", adamwLoss[99]);

// 4. The schedule: linear warmup from 10% to the base LR, then cosine decay to eta_min.
double baseLr = 3e-4, etaMin = 1e-5, startFactor = 0.1;
int warmup = 100, total = 1000;

// exercise: warmup_cosine
// hint: Two phases: a linear ramp from startFactor·lr up to lr over the warmup steps, then a cosine decay.
// hint: After warmup, with e the steps since warmup and T the steps left: etaMin + (lr - etaMin)(1 + cos(π e / T)) / 2.
double lrAt(int step) {
    if (step < warmup) return baseLr * (startFactor + (1 - startFactor) * step / (double) warmup);
    double progress = (step - warmup) / (double) (total - warmup);      // 0 -> 1 over the decay phase
    return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * progress)) / 2;
}
// end

var schedule = np.arange(total).map(s -> lrAt((int) s));
verify("warmup + cosine schedule", schedule, torch.optim.warmupCosine(baseLr, warmup, total, startFactor, etaMin), 1e-12, 0);
var fig = plot("learning rate: linear warmup, then cosine decay", np.arange(total), schedule).label("lr");
fig.xlabel("step").ylabel("learning rate");

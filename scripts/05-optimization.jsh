// 05 · Optimization — SGD, momentum, Adam, AdamW and a schedule.
// Each from scratch, each step checked against a reference: torch's documented
// update rules for SGD, Adam and AdamW written in libtorch ops and fed the same
// gradients; the schedule against torch's scheduler formulas in closed form,
// computed in Java. Three intuitions are enough: momentum remembers, Adam
// adapts per parameter, schedules warm up then decay. Parts 5-8 put each one to
// an experiment, failures included.

// The problem: an ill-conditioned quadratic bowl, loss(θ) = ½ Σ c_i θ_i², steep
// in one direction and flat in the other.
var curvature = np.array(1.0, 25.0);
double loss(Tensor theta) {
    return theta.pow(2).mul(curvature).sum().item() / 2;
}
Tensor grad(Tensor theta) { return theta.mul(curvature); }
var theta0 = np.array(-4.0, 1.5);

// 1. SGD with momentum: b ← μ b + g (b = g on the first step), θ ← θ − lr·b.
class MySgd {
    double lr, momentum; Tensor buf;
    MySgd(double lr, double momentum) {
        this.lr = lr; this.momentum = momentum;
    }
    // exercise: sgd_step
    // hint: With momentum the step follows a running buffer of gradients.
    // hint: buf is g on step 1, then momentum · buf + g; θ moves by lr · buf.
    Tensor step(Tensor theta, Tensor g) {
        if (momentum != 0) {
            // a memory of recent gradients
            buf = buf == null ? g : buf.mul(momentum).add(g);
            g = buf;
        }
        return theta.sub(g.mul(lr));
    }
    // end
}

// 2. AdamW: decoupled weight decay, then bias-corrected first, second moments.
class MyAdamW {
    double lr, beta1, beta2, eps, weightDecay; Tensor m, v; int t;
    MyAdamW(double lr, double beta1, double beta2, double eps,
            double weightDecay) {
        this.lr = lr; this.beta1 = beta1; this.beta2 = beta2; this.eps = eps;
        this.weightDecay = weightDecay;
    }
    // exercise: adamw_step
    // hint: Decay θ first (θ · (1 - lr·λ)), then the averages m of g, v of g².
    // hint: m / (1 - β1^t), v / (1 - β2^t), then θ - lr · m̂ / (√v̂ + eps).
    Tensor step(Tensor theta, Tensor g) {
        t++;
        // decay the weights, not the gradient
        theta = theta.mul(1 - lr * weightDecay);
        m = m == null ? g.mul(1 - beta1) : m.mul(beta1).add(g.mul(1 - beta1));
        v = v == null ? g.pow(2).mul(1 - beta2) :
                v.mul(beta2).add(g.pow(2).mul(1 - beta2));
        // bias correction: m, v start at 0
        var mHat = m.div(1 - Math.pow(beta1, t));
        var vHat = v.div(1 - Math.pow(beta2, t));
        return theta.sub(mHat.div(vHat.sqrt().add(eps)).mul(lr));
    }
    // end
}

// Adam is AdamW without the decoupling: weight decay goes into the gradient
// instead (L2), so it gets rescaled with the gradient (part 7 shows what that
// does).
class MyAdam extends MyAdamW {
    MyAdam(double lr, double beta1, double beta2, double eps,
            double weightDecay) {
        super(lr, beta1, beta2, eps, weightDecay);
    }
    // exercise: adam_step
    // hint: AdamW's moments, bias correction; the decay moves into g.
    // hint: Use g + λθ in place of g for both m and v; do not shrink θ itself.
    Tensor step(Tensor theta, Tensor g) {
        t++;
        g = g.add(theta.mul(weightDecay));   // L2: the decay joins the gradient
        m = m == null ? g.mul(1 - beta1) : m.mul(beta1).add(g.mul(1 - beta1));
        v = v == null ? g.pow(2).mul(1 - beta2) :
                v.mul(beta2).add(g.pow(2).mul(1 - beta2));
        var mHat = m.div(1 - Math.pow(beta1, t));
        var vHat = v.div(1 - Math.pow(beta2, t));
        return theta.sub(mHat.div(vHat.sqrt().add(eps)).mul(lr));
    }
    // end
}

// Five steps of each, side by side with the torch reference fed the same
// gradients.
void compare(String name, java.util.function.BinaryOperator<Tensor> mine,
             mlmath.torch.Optim.Optimizer reference) {
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
compare("adam", adam::step,
        torch.optim.adam(theta0, 0.1, 0.9, 0.999, 1e-8, 0.01));
var adamw = new MyAdamW(0.1, 0.9, 0.999, 1e-8, 0.01);
compare("adamw", adamw::step,
        torch.optim.adamW(theta0, 0.1, 0.9, 0.999, 1e-8, 0.01));

// Gradient clipping by global norm: all gradients together are one long vector;
// if it is longer than max_norm, every gradient is scaled by max_norm / norm,
// else left alone. The direction is kept and only the length is capped, so one
// bad batch cannot throw θ far. torch's clip_grad_norm_ adds 1e-6 to the norm,
// so a zero gradient never divides by 0.
// exercise: clip_grad_norm
// hint: One norm for all: √ of every gradient's squared entries, summed.
// hint: Scale each gradient by min(1, maxNorm / (norm + 1e-6)); short: 1.
Tensor[] clipGradNorm(Tensor[] grads, double maxNorm) {
    double squares = 0;
    for (var g : grads) squares += g.pow(2).sum().item();
    double scale = Math.min(1, maxNorm / (Math.sqrt(squares) + 1e-6));
    var clipped = new Tensor[grads.length];
    for (int i = 0; i < grads.length; i++) clipped[i] = grads[i].mul(scale);
    return clipped;
}
// end
// The bowl's gradient at θ0 has norm √(4² + (25·1.5)²) ≈ 37.7; a bias gradient
// goes with it.
var bowlGrads = new Tensor[] {grad(theta0), np.array(0.5, -2.0, 1.0)};
var clipped = clipGradNorm(bowlGrads, 1.0);
// DJL reaches no clip op in torch; the reference is clip_grad_norm_'s formula
// in libtorch ops.
var totalNorm = torch.compute(x ->
        x[0].pow(2).sum().add(x[1].pow(2).sum()).sqrt(),
        bowlGrads[0], bowlGrads[1]);
var afterNorm = torch.compute(x ->
        x[0].pow(2).sum().add(x[1].pow(2).sum()).sqrt(),
        clipped[0], clipped[1]);
print("global norm before", totalNorm.item(), " after clipping to 1:",
        afterNorm.item());
for (int i = 0; i < 2; i++) {
    verify("clipped gradient " + i, clipped[i],
            torch.compute(x ->
                    x[0].mul(x[1].add(1e-6).pow(-1).mul(1.0).minimum(1)),
                    bowlGrads[i], totalNorm));
}
verify("a short gradient is left alone", clipGradNorm(bowlGrads, 100.0)[0],
        bowlGrads[0]);

// 3. Loss curves
// 100 steps of each on the same bowl. Momentum and Adam cross the flat
// direction much faster. Adam and AdamW get the SAME weight decay, 0.01:
// compared with decay on one side only, AdamW would "win" just because decay
// pulls towards this bowl's minimum at 0.
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
var adamLoss = run(new MyAdam(0.1, 0.9, 0.999, 1e-8, 0.01)::step, 100);
var adamwLoss = run(new MyAdamW(0.1, 0.9, 0.999, 1e-8, 0.01)::step, 100);
var fig = plot("loss on an ill-conditioned quadratic", steps, sgdLoss).label(
        "SGD lr 0.03");
fig.series("SGD + momentum 0.9", steps, momLoss).series(
        "Adam lr 0.1, wd 0.01", steps, adamLoss);
fig.series("AdamW lr 0.1, wd 0.01", steps, adamwLoss);
fig.xlabel("step").ylabel("loss (log scale)").logy();
// Here the gradient c·θ (c = 1 or 25) is 100 to 2500 times the decay term
// 0.01·θ, so Adam and AdamW nearly coincide; where they really differ is part
// 7.
print("loss after 100 steps: SGD", sgdLoss[99], " momentum", momLoss[99]);
print("                     Adam", adamLoss[99], " AdamW", adamwLoss[99]);

// 4. The schedule: linear warmup from 10% of peak LR, cosine decay to eta_min.
double etaMin = 1e-5, startFactor = 0.1;

// exercise: warmup_cosine
// hint: A linear ramp from startFactor·peak to peak over warmup, then a cosine.
// hint: e since warmup, T left: etaMin + (peak - etaMin)(1 + cos(πe/T)) / 2.
double lrAt(int step, double peak, int warmup, int total) {
    if (step < warmup) return peak *
            (startFactor + (1 - startFactor) * step / (double) warmup);
    // 0 -> 1 while decaying
    double progress = (step - warmup) / (double) (total - warmup);
    return etaMin + (peak - etaMin) * (1 + Math.cos(Math.PI * progress)) / 2;
}
// end

var schedule = np.arange(1000).map(s -> lrAt((int) s, 3e-4, 100, 1000));
verify("warmup + cosine schedule", schedule,
        torch.optim.warmupCosine(3e-4, 100, 1000, startFactor, etaMin),
        1e-12, 0);
var fig = plot("learning rate: linear warmup, then cosine decay",
        np.arange(1000), schedule);
fig.xlabel("step").ylabel("learning rate");

// torch builds that schedule from two schedulers, LinearLR then
// CosineAnnealingLR, handed over at the milestone by SequentialLR. Each piece
// on its own: the ramp holds the peak once it is done, and the cosine runs over
// its own steps 0..T.
// exercise: linear_warmup
// hint: The peak's factor climbs linearly from startFactor to 1 over warmup.
// hint: peak·(startFactor + (1 - startFactor)·s/warmup), s = min(step, warmup).
double linearWarmup(int step, double peak, int warmup) {
    return peak *
            (startFactor + (1 - startFactor) * Math.min(step, warmup) /
            (double) warmup);
}
// end
var ramp = np.arange(150).map(s -> linearWarmup((int) s, 3e-4, 100));
verify("linear warmup", ramp, torch.optim.linearLR(3e-4, startFactor, 100, 150),
        1e-12, 0);

// exercise: cosine_decay
// hint: Half a cosine period, cos 0 = 1 to cos π = -1, mapped to peak..etaMin.
// hint: etaMin + (peak - etaMin) · (1 + cos(π · step / steps)) / 2.
double cosineDecay(int step, double peak, int steps) {
    return etaMin
            + (peak - etaMin) * (1 + Math.cos(Math.PI * step / steps)) / 2;
}
// end
var decay = np.arange(901).map(s -> cosineDecay((int) s, 3e-4, 900));
verify("cosine decay", decay, torch.optim.cosineAnnealingLR(3e-4, 900, etaMin),
        1e-12, 0);
// Stitched at step 100, the two pieces are the schedule above.
var stitched = np.arange(1000).map(s -> s < 100 ?
        linearWarmup((int) s, 3e-4, 100)
        : cosineDecay((int) s - 100, 3e-4, 900));
verify("LinearLR, then CosineAnnealingLR from the milestone", stitched,
        torch.optim.warmupCosine(3e-4, 100, 1000, startFactor, etaMin),
        1e-12, 0);

// The rest of the section tests each intuition by experiment. One helper runs
// an update rule (mine, or torch's optimizer fed the same gradients) and keeps
// the whole path θ_0 … θ_steps; the gradient may depend on the step number (to
// replay the same noise) and on θ.
Tensor[] follow(java.util.function.BinaryOperator<Tensor> step,
                java.util.function.BiFunction<Integer, Tensor, Tensor> gradient,
                Tensor start, int steps) {
    var path = new Tensor[steps + 1];
    path[0] = start;
    for (int t = 0; t < steps; t++)
        path[t + 1] = step.apply(path[t], gradient.apply(t, path[t]));
    return path;
}
double[] coordinate(Tensor[] path, int i) {
    // one coordinate of θ along the path
    double[] c = new double[path.length];
    // flatten: 0-d θ too
    for (int t = 0; t < c.length; t++) c[t] = path[t].flatten().get(i);
    return c;
}
double std(double[] values, int from) {               // np.std(values[from:])
    return np.array(values).slice(from + ":").std().item();
}
double[] diff(double[] values) {    // numpy's np.diff: values[1:] - values[:-1]
    var v = np.array(values);
    return v.slice("1:").sub(v.slice(":-1")).toArray();
}

// 5. Momentum on noisy gradients
// Loss ½θ², but every gradient carries unit Gaussian noise, as a minibatch
// gradient does. With a constant gradient momentum's buffer grows to g / (1 −
// μ), so the fair match is SGD lr 0.1 against momentum 0.9 at lr 0.01: the same
// effective step. Both see the same noise sequence.
np.random.seed(0);
var noise = np.random.randn(2000);
java.util.function.BiFunction<Integer, Tensor, Tensor> noisyGrad =
        (t, th) -> th.add(noise.get(t));
var start = np.array(5.0);
var sgdPath = coordinate(
        follow(new MySgd(0.1, 0.0)::step, noisyGrad, start, 2000), 0);
var momPath = coordinate(
        follow(new MySgd(0.01, 0.9)::step, noisyGrad, start, 2000), 0);
// Spread of the individual updates θ_{t+1} − θ_t, and of θ itself around 0,
// once both have arrived (after step 200):
double sgdJitter = std(diff(sgdPath), 200);
double momJitter = std(diff(momPath), 200);
print(String.format("update std:  SGD %.4f  momentum %.4f   (%.1fx smoother)",
        sgdJitter, momJitter, sgdJitter / momJitter));
print(String.format("θ std:       SGD %.4f  momentum %.4f", std(sgdPath, 200),
        std(momPath, 200)));
// The ratio depends on the noise drawn, so here it is for five noise sequences:
double[] calmer = new double[5];
for (int s = 0; s < 5; s++) {
    np.random.seed(s);
    var n = np.random.randn(2000);
    java.util.function.BiFunction<Integer, Tensor, Tensor> g =
            (t, th) -> th.add(n.get(t));
    calmer[s] = std(diff(coordinate(
                    follow(new MySgd(0.1, 0.0)::step, g, start, 2000), 0)), 200)
            / std(diff(coordinate(
                    follow(new MySgd(0.01, 0.9)::step, g, start, 2000), 0)),
                    200);
}
print("update std SGD / momentum, seeds 0-4:", np.array(calmer).round(2));
print(String.format("mean ratio %.2f", np.array(calmer).mean().item()));
// Honest reading: each step is several times calmer (the mean ratio above), but
// θ jitters around the minimum about as much (the θ std line) — that spread is
// set by the effective learning rate, and both have the same one. Lower it to
// calm θ.
var torchMom = torch.optim.sgd(start, 0.01, 0.9);
var torchPath = follow((th, g) -> torchMom.step(g), noisyGrad, start, 500);
verify("momentum on noisy gradients, first 500 steps", momPath[500],
        torchPath[500]);
var t200 = np.arange(201);
var fig = plot("θ under noisy gradients, same effective step", t200,
        np.array(sgdPath).slice(":201"));
fig.label("SGD lr 0.1").series("momentum 0.9, lr 0.01", t200,
        np.array(momPath).slice(":201"));
fig.xlabel("step").ylabel("θ (minimum at 0)");

// 6. Momentum and a shallow local minimum
// The loss f(x) = (x² − 1)² + 0.3x is a tilted double well: a shallow minimum
// at x ≈ 0.96 (f ≈ 0.29), a barrier at x ≈ 0.075 (f ≈ 1.01), the global minimum
// at x ≈ −1.04 (f ≈ −0.31). Start at x = 1.5, on the shallow side.
double well(double x) { return Math.pow(x * x - 1, 2) + 0.3 * x; }
java.util.function.BiFunction<Integer, Tensor, Tensor> wellGrad =
        (t, th) -> th.map(x -> 4 * x * (x * x - 1) + 0.3);
var xs = np.linspace(-1.6, 1.6, 161);
var fig = plot("tilted double well f(x) = (x² − 1)² + 0.3x", xs,
        xs.map(x -> well(x)));
fig.xlabel("x").ylabel("f(x)");
// Where 1000 steps end, for each learning rate (rows) and momentum (columns).
double[] mus = {0, 0.5, 0.8, 0.9, 0.95, 0.99};
String where(double x) {            // which basin x ended in (barrier at 0.075)
    return !Double.isFinite(x) ? "diverged" : x < 0.075 ? "global" : "shallow";
}
String[] basinRow(double lr) {   // one table row: lr, then a basin per momentum
    String[] row = new String[mus.length + 1];
    row[0] = String.valueOf(lr);
    for (int j = 0; j < mus.length; j++) {
        var path = follow(new MySgd(lr, mus[j])::step, wellGrad,
                np.array(1.5), 1000);
        row[j + 1] = where(path[1000].item());
    }
    return row;
}
var outcome = new String[][] {
        {"lr \\ momentum", "0", "0.5", "0.8", "0.9", "0.95", "0.99"},
        basinRow(0.001), basinRow(0.003), basinRow(0.01), basinRow(0.03),
        basinRow(0.1)};
table(outcome);
// From x = 1.5, plain gradient descent (momentum 0) stays in the shallow basin
// at every rate in the table. That is a fact about this start, not about GD:
// from x = 2.0 the slope is steep, and at lr 0.1 the first step jumps the
// barrier (the line below). Momentum gets through only with enough speed — a
// large enough momentum AND learning rate — and too much of both sends x back
// into the shallow basin or off to infinity. "Escapes shallow minima":
// sometimes, not always.
var gdFrom2 = follow(new MySgd(0.1, 0.0)::step, wellGrad, np.array(2.0), 1000);
print(String.format("plain GD, lr 0.1, from 2.0: x = %.3f after 1 step," +
        " %.3f after 1000 (%s)",
        gdFrom2[1].item(), gdFrom2[1000].item(), where(gdFrom2[1000].item())));
var gdWell = follow(new MySgd(0.01, 0.0)::step, wellGrad, np.array(1.5), 300);
var slowWell = follow(new MySgd(0.01, 0.9)::step, wellGrad, np.array(1.5), 300);
var fastWell = follow(new MySgd(0.01, 0.95)::step, wellGrad,
        np.array(1.5), 300);
var torchWell = torch.optim.sgd(np.array(1.5), 0.01, 0.95);
verify("momentum 0.95 through the barrier, 300 steps", fastWell[300],
        follow((th, g) -> torchWell.step(g), wellGrad, np.array(1.5),
                300)[300]);
double[] fOf(Tensor[] path) {
    return np.array(coordinate(path, 0)).map(x -> well(x)).toArray();
}
var t301 = np.arange(301);
var fig = plot("f(x) along the path, lr 0.01", t301, fOf(gdWell)).label(
        "plain GD");
fig.series("momentum 0.9", t301, fOf(slowWell)).series(
        "momentum 0.95", t301, fOf(fastWell));
fig.xlabel("step").ylabel("f(x)");
print(String.format("after 300 steps x = %.4f (GD)  %.4f (0.9)  %.4f (0.95)",
        gdWell[300].item(), slowWell[300].item(), fastWell[300].item()));

// 7. Adam vs AdamW with the same weight decay
// Both get λ = 0.1 and lr 0.01. Two weights, each with the loss ½ s (θ − 1)²:
// one with gradient scale s = 1, one with s = 0.01. Both start at 2; the loss
// alone would send both to 1. Adam (L2) adds λθ to the gradient, so it settles
// where that sum is 0: s(θ − 1) + λθ = 0, θ = s / (s + λ). That point is simply
// the minimiser of the L2-regularised loss ½ s (θ − 1)² + ½ λ θ² — SGD + L2
// ends there too (checked below). The decay competes with the loss gradient,
// whose scale s matters: the small-gradient weight is pulled most of the way
// to 0. AdamW shrinks θ by lr·λ·θ outside the normalised step, so its decay
// competes with a step whose size does not depend on s (up to eps): both
// weights follow the same path.
var scales = np.array(1.0, 0.01);
java.util.function.BiFunction<Integer, Tensor, Tensor> scaledGrad =
        (t, th) -> th.sub(1).mul(scales);
var two = np.array(2.0, 2.0);
var adamPath = follow(new MyAdam(0.01, 0.9, 0.999, 1e-8, 0.1)::step, scaledGrad,
        two, 2000);
var adamwPath = follow(new MyAdamW(0.01, 0.9, 0.999, 1e-8, 0.1)::step,
        scaledGrad, two, 2000);
print("after 2000 steps  Adam:", adamPath[2000]);
print("                 AdamW:", adamwPath[2000]);
verify("Adam + L2 settles at s / (s + λ)", adamPath[2000],
        scales.div(scales.add(0.1)), 1e-6, 0);
java.util.function.BiFunction<Integer, Tensor, Tensor> l2Grad =  // grad + λθ
        (t, th) -> scaledGrad.apply(t, th).add(th.mul(0.1));
var sgdL2Path = follow(new MySgd(0.5, 0.0)::step, l2Grad, two, 2000);
print("SGD + L2 (lr 0.5) after 2000 steps:", sgdL2Path[2000]);
verify("SGD + L2 settles at the same s / (s + λ)", sgdL2Path[2000],
        scales.div(scales.add(0.1)),
        1e-6, 0);
verify("AdamW: both gradient scales, one path", adamwPath[2000].get(1),
        adamwPath[2000].get(0),
        1e-6, 0);
var torchAdam = torch.optim.adam(two, 0.01, 0.9, 0.999, 1e-8, 0.1);
var torchAdamW = torch.optim.adamW(two, 0.01, 0.9, 0.999, 1e-8, 0.1);
verify("Adam, first 500 steps", adamPath[500],
        follow((th, g) -> torchAdam.step(g), scaledGrad, two, 500)[500]);
verify("AdamW, first 500 steps", adamwPath[500],
        follow((th, g) -> torchAdamW.step(g), scaledGrad, two, 500)[500]);
var t2000 = np.arange(2001);
var fig = plot("same weight decay 0.1: θ for two gradient scales", t2000,
        coordinate(adamPath, 0));
fig.label("Adam (L2), s = 1").series("Adam (L2), s = 0.01", t2000,
        coordinate(adamPath, 1));
fig.series("AdamW, s = 1", t2000, coordinate(adamwPath, 0));
fig.series("AdamW, s = 0.01 (on top of s = 1)", t2000,
        coordinate(adamwPath, 1));
fig.xlabel("step").ylabel("θ (the loss alone wants 1)");

// 8. Warmup + cosine vs a flat LR
// On a small model: softmax regression, 10 features, 4 classes, 512 points,
// minibatches of 16, AdamW (wd 0.01), 300 steps (30 of warmup). Final full-data
// cross-entropy, mean ± spread over 5 minibatch seeds, at four peak LRs: too
// high, two middle ones (0.01 is the best flat LR of the four) and a low one.
np.random.seed(3);
var centres = np.random.randn(4, 10);
var labels = np.random.randint(0, 4, 512);
Tensor oneHot(Tensor y) {
    return y.reshape(-1, 1).sub(np.arange(4)).map(d -> d == 0 ? 1 : 0);
}
var X = oneHot(labels).matmul(centres).add(np.random.randn(512, 10).mul(1.5));
double[][] rowsX = X.toArray2();
Tensor ceLoss(Tensor W, Tensor x, Tensor y) {
    var z = x.matmul(W);
    var e = z.sub(z.max(-1, true)).exp();
    return e.div(e.sum(-1, true)).pick(y).log().neg().mean();
}
Tensor ceGrad(Tensor W, Tensor x, Tensor y) {
    // d CE / d W = xᵀ (softmax − one_hot) / n
    var z = x.matmul(W);
    var e = z.sub(z.max(-1, true)).exp();
    return x.T().matmul(e.div(e.sum(-1, true)).sub(oneHot(y))).div(y.size());
}
NDArray Xt = torch.tensor(X), Yt = torch.tensor(oneHot(labels));
var W0 = np.random.randn(10, 4).mul(0.1);
verify("softmax-regression gradient vs autograd", ceGrad(W0, X, labels),
        torch.grad(p ->
                Xt.matMul(p[0]).logSoftmax(1).mul(Yt).sum().neg().div(512),
                W0)[0]);
verify("its loss vs F.cross_entropy", ceLoss(W0, X, labels),
        F.crossEntropy(X.matmul(W0), labels));

// One training run; returns the full-data loss every 10 steps (the last entry
// is the final loss).
double[] train(double peak, boolean cosine, int seed) {
    np.random.seed(100 + seed);
    var opt = new MyAdamW(peak, 0.9, 0.999, 1e-8, 0.01);
    var W = np.zeros(10, 4);
    double[] curve = new double[31];
    for (int t = 0; t < 300; t++) {
        if (t % 10 == 0) curve[t / 10] = ceLoss(W, X, labels).item();
        var batch = np.random.randint(0, 512, 16);
        double[][] rows = new double[16][];
        for (int i = 0; i < 16; i++) rows[i] = rowsX[(int) batch.get(i)];
        var y = batch.map(i -> labels.get((int) i));
        opt.lr = cosine ? lrAt(t, peak, 30, 300) : peak;
        W = opt.step(W, ceGrad(W, np.array(rows), y));
    }
    curve[30] = ceLoss(W, X, labels).item();
    return curve;
}
// AdamW's step and the schedule were both verified against torch above; this
// only combines them.
double[] finalLosses(double peak, boolean cosine) {
    // the final loss of each of the 5 seeds
    double[] losses = new double[5];
    for (int s = 0; s < 5; s++) losses[s] = train(peak, cosine, s)[30];
    return losses;
}
double[] peaks = {0.1, 0.03, 0.01, 0.003};
double[][] stats =  // per peak: flat mean, its std, schedule mean, its std
        new double[peaks.length][];
double[] scheduleStats(double peak) {   // 10 runs at one peak, 5 seeds each way
    double[] flat = finalLosses(peak, false), cos = finalLosses(peak, true);
    return new double[] {np.array(flat).mean().item(), std(flat, 0),
            np.array(cos).mean().item(), std(cos, 0)};
}
stats[0] = scheduleStats(peaks[0]);
stats[1] = scheduleStats(peaks[1]);
stats[2] = scheduleStats(peaks[2]);
stats[3] = scheduleStats(peaks[3]);
double[] flatMean = new double[peaks.length],
        cosMean = new double[peaks.length];
var results = new String[peaks.length + 1][];
results[0] = new String[] {"peak lr", "flat: final loss", "warmup + cosine",
        "difference"};
for (int i = 0; i < peaks.length; i++) {
    flatMean[i] = stats[i][0];
    cosMean[i] = stats[i][2];
    results[i + 1] = new String[] {String.valueOf(peaks[i]),
            String.format("%.3f ± %.3f", stats[i][0], stats[i][1]),
            String.format("%.3f ± %.3f", stats[i][2], stats[i][3]),
            String.format("%+.1f%%",
                    100 * (cosMean[i] - flatMean[i]) / flatMean[i])};
}
table(results);
String versus(double mine, double other) {       // "4.2% lower" / "6.6% higher"
    double change = 100 * (mine - other) / other;
    return String.format("%.1f%% %s", Math.abs(change),
            change < 0 ? "lower" : "higher");
}
for (int i = 0; i < peaks.length; i++)
    print("peak " + peaks[i] + ": warmup + cosine ends " +
            versus(cosMean[i], flatMean[i])
            + " than the flat LR");
int bestFlat = (int) np.array(flatMean).argmin().item();
int bestCos = (int) np.array(cosMean).argmin().item();
print("each at its own best peak (flat " + peaks[bestFlat] + ", schedule " +
        peaks[bestCos] + "):");
print("warmup + cosine ends " + versus(cosMean[bestCos], flatMean[bestFlat]));
// Read the lines above. At a too-high peak the flat LR keeps bouncing on
// minibatch noise and the decay to ~0 settles it: the large gain. At the best
// flat LR there is little noise left to anneal while the schedule's LR averages
// about half its peak, so it can lose; at a low peak it loses more. Compared
// each at its own best, the difference is small. The schedule protects against
// a too-high LR; it is not a free gain at every setting.
var t10 = np.arange(0, 301, 10);
var flatHigh = train(0.1, false, 0);   // seed 0's curves, high and low peak
var cosineHigh = train(0.1, true, 0);
var flatLow = train(0.003, false, 0);
var cosineLow = train(0.003, true, 0);
var fig = plot("softmax regression, AdamW: flat LR vs warmup + cosine", t10,
        flatHigh);
fig.label("flat 0.1").series("warmup+cosine 0.1", t10, cosineHigh);
fig.series("flat 0.003", t10, flatLow).series(
        "warmup+cosine 0.003", t10, cosineLow);
fig.xlabel("step").ylabel("full-data cross-entropy (seed 0)");

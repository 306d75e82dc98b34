package mlmath.torch;

import ai.djl.ndarray.NDArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The libtorch bridge against values computed by a real PyTorch (fixtures from src/test/python/gen_torch_fixtures.py). */
class TorchTest {
    private final Torch torch = new Torch();
    private final Functional F = new Functional();
    private final JsonObject fx = Fixtures.torch();
    private final Tensor logits = Fixtures.tensor(fx.get("logits"));
    private final int[] targets = fx.getAsJsonArray("targets").asList().stream().mapToInt(JsonElement::getAsInt).toArray();

    @Test
    void softmaxFamily_matchesPyTorch() {
        assertClose(Fixtures.tensor(fx.get("softmax")), torch.softmax(logits, -1), 1e-14);
        assertClose(Fixtures.tensor(fx.get("softmax_dim0")), torch.softmax(logits, 0), 1e-14);
        assertClose(Fixtures.tensor(fx.get("log_softmax")), torch.logSoftmax(logits, -1), 1e-14);
    }

    @Test
    void results_carryTheirProvenance() {
        Tensor s = torch.softmax(logits, -1);
        assertEquals("torch " + torch.version(), s.source());
        assertTrue(torch.version().matches("\\d+\\.\\d+\\.\\d+"));
        assertEquals(null, s.add(1).source());
    }

    @Test
    void losses_matchPyTorch() {
        assertEquals(fx.get("cross_entropy").getAsDouble(), F.crossEntropy(logits, targets).item(), 1e-14);
        assertEquals(fx.get("cross_entropy_smooth").getAsDouble(), F.crossEntropy(logits, targets, 0.1).item(), 1e-14);
        Tensor p = Fixtures.tensor(fx.get("p")), q = Fixtures.tensor(fx.get("q"));
        Tensor p2 = Fixtures.tensor(fx.get("p2")), q2 = Fixtures.tensor(fx.get("q2"));
        assertEquals(fx.get("kl_sum").getAsDouble(), F.klDiv(q.log(), p, "sum").item(), 1e-15);
        assertEquals(fx.get("kl_batchmean").getAsDouble(), F.klDiv(q2.log(), p2, "batchmean").item(), 1e-15);
        assertEquals(fx.get("kl_mean").getAsDouble(), F.klDiv(q2.log(), p2, "mean").item(), 1e-15);
        assertEquals(fx.get("kl_zero_target").getAsDouble(),
                F.klDiv(new double[] {Math.log(0.5), Math.log(0.5)}, new double[] {1, 0}, "sum").item(), 1e-15);
        assertEquals(fx.get("mse").getAsDouble(), F.mseLoss(logits.slice("0"), logits.slice("1")).item(), 1e-14);
    }

    @Test
    void crossEntropy_refusesBadTargetsLikeTorch() {
        int[] bad = targets.clone();
        bad[3] = 12;
        assertEquals("Target 12 is out of bounds.", assertThrows(ShapeException.class, () -> F.crossEntropy(logits, bad)).getMessage());
        assertEquals("Expected input batch_size (8) to match target batch_size (2).",
                assertThrows(ShapeException.class, () -> F.crossEntropy(logits, new int[] {1, 2})).getMessage());
    }

    @Test
    void matmulAndDot_agreeWithTheTensorKernels() {
        Np np = new Np();
        np.random.seed(5);
        Tensor a = np.random.randn(33, 17), b = np.random.randn(17, 9), u = np.random.randn(17);
        assertClose(a.matmul(b), torch.matmul(a, b), 1e-13);
        assertEquals(u.dot(u).item(), torch.dot(u, u).item(), 1e-12);
        assertThrows(ShapeException.class, () -> torch.dot(a, u));
        RuntimeException e = assertThrows(RuntimeException.class, () -> torch.matmul(a, a));
        assertTrue(e.getMessage().startsWith("torch: "), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line, no C++ backtrace");
    }

    @Test
    void autograd_matchesAnalyticGradients() {
        assertEquals(39.0, torch.grad(p -> p[0].mul(3).add(2).pow(2), 1.5)[0].item(), 1e-12);
        Np np = new Np();
        np.random.seed(1);
        Tensor W = np.random.randn(3, 5), x = np.random.randn(5), y = np.random.randn(3);
        NDArray xt = torch.tensor(x), yt = torch.tensor(y);
        Tensor g = torch.grad(p -> p[0].matMul(xt).sub(yt).pow(2).sum(), W)[0];
        Tensor analytic = W.matmul(x).sub(y).reshape(3, 1).matmul(x.reshape(1, 5)).mul(2);
        assertClose(analytic, g, 1e-13);
        assertEquals(W.shape(), g.shape());
        assertThrows(ShapeException.class, () -> torch.grad(p -> p[0].mul(2), W));
    }

    @Test
    void optimizerSteps_matchRealTorchOptimOverSixSteps() {
        JsonObject o = fx.getAsJsonObject("optim");
        double[] theta0 = Fixtures.doubles(o.get("theta0"));
        Optim optim = torch.optim;
        check(o, "adamw", optim.adamW(theta0, 0.05, 0.8, 0.99, 1e-6, 0.1));
        check(o, "adamw_default", optim.adamW(theta0));
        check(o, "adam", optim.adam(theta0, 0.05, 0.8, 0.99, 1e-6, 0.1));
        check(o, "sgd_momentum", optim.sgd(theta0, 0.1, 0.9));
        check(o, "sgd_full", optim.sgd(theta0, 0.1, 0.9, 0.2, 0.05, false));
        check(o, "sgd_nesterov", optim.sgd(theta0, 0.1, 0.9, 0, 0.05, true));
        check(o, "sgd_plain", optim.sgd(theta0, 0.1, 0));
    }

    private static void check(JsonObject o, String name, Optim.Optimizer opt) {
        List<JsonElement> grads = o.getAsJsonArray("grads").asList();
        List<JsonElement> want = o.getAsJsonArray(name).asList();
        for (int i = 0; i < grads.size(); i++) {
            Tensor got = opt.step(Fixtures.doubles(grads.get(i)));
            assertClose(Fixtures.tensor(want.get(i)), got, 1e-13);
        }
        assertEquals(grads.size(), opt.steps());
    }

    @Test
    void warmupCosine_matchesTorchsSequentialLR() {
        JsonObject s = fx.getAsJsonObject("schedule");
        Tensor lrs = torch.optim.warmupCosine(s.get("base").getAsDouble(), s.get("warmup").getAsInt(), s.get("total").getAsInt(),
                s.get("start_factor").getAsDouble(), s.get("eta_min").getAsDouble());
        double[] want = Fixtures.doubles(s.get("lrs"));
        for (int i = 0; i < want.length; i++) assertEquals(want[i], lrs.get(i), 1e-15, "step " + i);
    }

    @Test
    void headReshapes_matchTheTensorKernels() {
        Np np = new Np();
        np.random.seed(11);
        Tensor x = np.random.randn(2, 5, 16);
        Tensor heads = torch.permute(torch.reshape(x, 2, 5, 4, -1), 0, 2, 1, 3);
        assertEquals(new mlmath.tensor.Shape(2, 4, 5, 4), heads.shape());
        assertClose(x.reshape(2, 5, 4, 4).transpose(0, 2, 1, 3), heads, 0);
        assertClose(heads.transpose(0, 1, 3, 2), torch.transpose(heads, -2, -1), 0);
        assertClose(heads.transpose(2, 1, 0, 3), torch.transpose(heads, 0, 2), 0);
        RuntimeException e = assertThrows(RuntimeException.class, () -> torch.reshape(x, 3, -1));
        assertTrue(e.getMessage().startsWith("torch: ") && e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void elementwiseAndMaskedFill_broadcastLikeTorch() {
        Np np = new Np();
        np.random.seed(12);
        Tensor a = np.random.randn(2, 3, 3), b = np.random.randn(3);
        assertClose(a.add(b), torch.add(a, b), 0);
        assertClose(a.div(b), torch.div(a, b), 0);
        double[] mask = {0, 1, 1, 0, 0, 1, 0, 0, 0};   // strictly above the diagonal, broadcast over the batch
        Tensor filled = torch.maskedFill(a, new Tensor(mask, 3, 3), Double.NEGATIVE_INFINITY);
        for (int n = 0; n < 2; n++)
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) assertEquals(j > i ? Double.NEGATIVE_INFINITY : a.get(n, i, j), filled.get(n, i, j));
        RuntimeException e = assertThrows(RuntimeException.class, () -> torch.maskedFill(a, np.ones(4, 4), 0));
        assertTrue(e.getMessage().startsWith("torch: ") && e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void linearAndLayerNorm_matchTheirDefinitions() {
        Np np = new Np();
        np.random.seed(13);
        Tensor x = np.random.randn(2, 5, 8).mul(3).add(1), w = np.random.randn(6, 8), bias = np.random.randn(6);
        assertClose(x.matmul(w.T()).add(bias), F.linear(x, w, bias), 1e-13);
        Tensor gamma = np.random.randn(8), beta = np.random.randn(8);
        Tensor centred = x.sub(x.mean(-1, true));
        Tensor variance = centred.pow(2).mean(-1, true);               // biased, as layer norm uses
        Tensor want = centred.div(variance.add(1e-5).sqrt()).mul(gamma).add(beta);
        assertClose(want, F.layerNorm(x, new int[] {8}, gamma, beta, 1e-5), 1e-12);
        // Two normalised axes: statistics over the last 5 x 8 elements of each batch entry.
        Tensor flat = x.reshape(2, 40), c2 = flat.sub(flat.mean(-1, true));
        Tensor want2 = c2.div(c2.pow(2).mean(-1, true).add(1e-3).sqrt()).reshape(2, 5, 8);
        assertClose(want2, F.layerNorm(x, new int[] {5, 8}, np.ones(5, 8), np.zeros(5, 8), 1e-3), 1e-12);
        RuntimeException e = assertThrows(RuntimeException.class, () -> F.layerNorm(x, new int[] {7}, np.ones(7), np.zeros(7), 1e-5));
        assertTrue(e.getMessage().startsWith("torch: ") && e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void gelu_matchesBothOfTorchsForms() {
        Np np = new Np();
        np.random.seed(21);
        Tensor x = np.random.randn(3, 7).mul(3);
        // The exact form x·Φ(x), Φ written with commons-math3's erf: libtorch's fused gelu.
        Tensor exact = x.map(v -> 0.5 * v * (1 + org.apache.commons.math3.special.Erf.erf(v / Math.sqrt(2))));
        assertClose(exact, F.gelu(x), 1e-14);
        assertClose(exact, F.gelu(x, "none"), 1e-14);
        // The tanh approximation GPT-2 uses; at -1 and 1 the values Python's math gives for the same formula.
        Tensor approx = x.map(v -> 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v))));
        assertClose(approx, F.gelu(x, "tanh"), 1e-14);
        Tensor at = F.gelu(new double[] {-1, 0, 1}, "tanh");
        assertEquals(0.8411919906082768, at.get(2), 1e-15);
        assertEquals(-0.15880800939172324, at.get(0), 1e-15);
        assertEquals("torch " + torch.version() + " ops, tanh gelu", at.source());
        assertEquals("torch " + torch.version(), F.gelu(x).source());
        // The two forms differ, by less than 1e-3 anywhere.
        Tensor gap = F.gelu(x, "tanh").sub(F.gelu(x)).abs();
        assertTrue(gap.max().item() > 0 && gap.max().item() < 1e-3, gap.toString());
        assertThrows(IllegalArgumentException.class, () -> F.gelu(x, "erf"));
    }

    @Test
    void linearWithoutBias_isXTimesWeightTransposed() {
        Np np = new Np();
        np.random.seed(22);
        Tensor x = np.random.randn(2, 5, 8), w = np.random.randn(11, 8);
        assertClose(x.matmul(w.T()), F.linear(x, w), 1e-13);
        assertEquals(List.of(2, 5, 11), java.util.Arrays.stream(F.linear(x, w).shape().dims()).boxed().toList());
    }
}

package mlmath.np;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.tensor.DType;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static mlmath.random.RandomFixtures.ints;
import static mlmath.random.RandomFixtures.javaValue;
import static mlmath.random.RandomFixtures.json;
import static mlmath.random.RandomFixtures.tensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class NpRandomTest {
    private final Np np = new Np();

    /** One fixture call ({@code op} with numpy's argument names) made through {@code np.random}. */
    private Tensor call(String op, JsonObject args) {
        int[] size = args.has("size") ? ints(args.get("size")) : null;
        NpRandom r = np.random;
        return switch (op) {
            case "seed" -> {
                r.seed(args.get("seed").getAsLong());
                yield null;
            }
            case "rand" -> r.rand(size);
            case "randn" -> r.randn(size);
            case "random_sample" -> r.randomSample(size);
            case "random" -> r.random(size);
            case "standard_normal" -> r.standardNormal(size);
            case "uniform" -> r.uniform(number(args, "low"), number(args, "high"), size);
            case "normal" -> r.normal(number(args, "loc"), number(args, "scale"), size);
            case "randint" -> r.randint(args.get("low").getAsLong(), args.get("high").getAsLong(), size);
            case "choice" -> r.choice(javaValue(args.get("a")), size,
                    !args.has("replace") || args.get("replace").getAsBoolean(),
                    args.has("p") && !args.get("p").isJsonNull() ? javaValue(args.get("p")) : null);
            case "permutation" -> javaValue(args.get("x")) instanceof Long n && n == (int) (long) n
                    ? r.permutation((int) (long) n) : r.permutation(javaValue(args.get("x")));
            case "shuffle" -> r.shuffle(javaValue(args.get("x")));
            default -> throw new AssertionError("unknown op " + op);
        };
    }

    private static double number(JsonObject args, String name) {
        JsonElement e = args.get(name);
        return e.getAsJsonPrimitive().isString() ? Double.parseDouble(e.getAsString().replace("inf", "Infinity").replace("nan", "NaN"))
                : e.getAsDouble();
    }

    @Test
    void poissonAtNumpysLargestLam_draws_andPastItIsRefused() {
        // numpy 2.4.6: lam = iinfo(int64).max - sqrt(iinfo(int64).max) * 10 is allowed, the next double is not.
        double largest = (double) Long.MAX_VALUE - Math.sqrt((double) Long.MAX_VALUE) * 10;
        np.random.seed(0);
        assertEquals(9223372006901115904L, (long) np.random.poisson(largest).item());
        assertEquals(9223372007681083392L, (long) np.random.default_rng(0).poisson(largest).item());
        assertEquals("lam value too large",
                assertThrows(ShapeException.class, () -> np.random.poisson(Math.nextUp(largest))).getMessage());
    }

    @Test
    void seededCallSequences_matchNumpyBitForBit() {
        int checked = 0;
        for (JsonElement s : json().getAsJsonArray("streams")) {
            long seed = s.getAsJsonObject().get("seed").getAsLong();
            np.random.seed(seed);
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("calls")) {
                JsonObject o = c.getAsJsonObject();
                String what = "seed " + seed + ": " + o.get("op").getAsString() + o.get("args");
                Tensor want = tensor(o.get("out"));
                Tensor got = call(o.get("op").getAsString(), o.getAsJsonObject("args"));
                assertEquals(want.shape(), got.shape(), what);
                assertEquals(want.dtype(), got.dtype(), what);
                assertArrayEquals(want.data(), got.data(), 0.0, what);
                checked++;
            }
        }
        assertEquals(5 * 56, checked);
    }

    @Test
    void badArguments_failWithNumpysMessage() {
        for (JsonElement e : json().getAsJsonArray("errors")) {
            JsonObject o = e.getAsJsonObject();
            String what = o.get("op").getAsString() + o.get("args");
            ShapeException ex = assertThrows(ShapeException.class, () -> call(o.get("op").getAsString(), o.getAsJsonObject("args")), what);
            assertEquals(o.get("error").getAsString(), ex.getMessage(), what);
        }
    }

    @Test
    void randint_int64Extremes_returnAtOnce() {
        np.random.seed(7);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertEquals((double) Long.MIN_VALUE, np.random.randint(Long.MIN_VALUE, Long.MIN_VALUE + 1, 3).data()[2]);
            assertEquals(DType.INT64, np.random.randint(Long.MIN_VALUE, Long.MAX_VALUE, 1000).dtype());
        });
        assertThrows(ShapeException.class, () -> np.random.randint(Long.MIN_VALUE, Long.MIN_VALUE, 1));
        assertThrows(ShapeException.class, () -> np.random.randint(Long.MAX_VALUE, Long.MIN_VALUE, 1));
    }

    @Test
    void drawsOfNoSize_printAsTheNumbersNumpyReturns() {
        np.random.seed(0);
        NpRandom r = np.random;
        Generator rng = r.default_rng(0);
        int checked = 0;
        for (JsonElement e : json().getAsJsonArray("no_size")) {
            String call = e.getAsJsonObject().get("call").getAsString();
            Tensor got = switch (call) {
                case "randn()" -> r.randn();
                case "rand()" -> r.rand();
                case "random_sample()" -> r.randomSample();
                case "standard_normal()" -> r.standardNormal();
                case "normal()" -> r.normal();
                case "normal(3.0)" -> r.normal(3.0);
                case "normal(3.0, 2.0)" -> r.normal(3.0, 2.0);
                case "uniform()" -> r.uniform();
                case "uniform(2.0)" -> r.uniform(2.0);
                case "uniform(-1.0, 1.0)" -> r.uniform(-1.0, 1.0);
                case "randint(5)" -> r.randint(5);
                case "randint(-3, 3)" -> r.randint(-3, 3);
                case "randint(0, 2**62)" -> r.randint(0, 1L << 62);
                case "randint(-2**63, 2**63 - 1)" -> r.randint(Long.MIN_VALUE, Long.MAX_VALUE);
                case "choice(5)" -> r.choice(5);
                case "choice(np.arange(5.0))" -> r.choice(np.arange(5.0));
                case "choice(np.array([2**62 + 1, 3]))" -> r.choice(np.array(new long[] {(1L << 62) + 1, 3}));
                case "choice(np.array([True, False]))" -> r.choice(np.array(new boolean[] {true, false}));
                case "choice(np.array([2**62 + 1, 2**62 + 2, 3]), 4)" -> r.choice(np.array(new long[] {(1L << 62) + 1, (1L << 62) + 2, 3}), 4);
                case "rng.random()" -> rng.random();
                case "rng.integers(5)" -> rng.integers(5);
                case "rng.integers(0, 2**62)" -> rng.integers(0, 1L << 62);
                case "rng.uniform()" -> rng.uniform();
                case "rng.uniform(-1.0, 1.0)" -> rng.uniform(-1.0, 1.0);
                case "rng.standard_normal()" -> rng.standard_normal();
                case "rng.normal()" -> rng.normal();
                case "rng.normal(3.0)" -> rng.normal(3.0);
                case "rng.choice(5)" -> rng.choice(5);
                case "rng.choice(np.array([2**62 + 1, 3]), 3)" -> rng.choice(np.array(new long[] {(1L << 62) + 1, 3}), 3);
                default -> throw new AssertionError("unknown call " + call);
            };
            assertEquals(e.getAsJsonObject().get("repr").getAsString(), got.toString(), call);
            checked++;
        }
        assertEquals(29, checked);
        assertEquals("high <= 0", assertThrows(ShapeException.class, () -> r.randint(0)).getMessage());
        assertEquals("high - low < 0", assertThrows(ShapeException.class, () -> rng.uniform(2.0)).getMessage());
    }

    @Test
    void pythonNumberDraws_stayPythonNumbersOnlyWithPythonNumbers() {
        NpRandom r = np.random;
        int checked = 0;
        for (JsonElement e : json().getAsJsonArray("python_arithmetic")) {
            String expr = e.getAsJsonObject().get("expr").getAsString();
            r.seed(0);
            Generator rng = r.default_rng(0);
            Tensor got = switch (expr) {
                case "np.random.randn() * 2" -> r.randn().mul(2);
                case "np.random.randn() + 1.5" -> r.randn().add(1.5);
                case "np.random.randn() - np.random.randn()" -> r.randn().sub(r.randn());
                case "np.random.randn() / 0.5" -> r.randn().div(0.5);
                case "np.random.randn() ** 2" -> r.randn().pow(2);
                case "-np.random.rand()" -> r.rand().neg();
                case "abs(np.random.randn())" -> r.randn().abs();
                case "np.random.rand() > 0.5" -> r.rand().gt(0.5);
                case "np.random.rand() <= 0.5" -> r.rand().le(0.5);
                case "np.random.randint(10) + 1" -> r.randint(10).add(1);
                case "np.random.randint(10) / 4" -> r.randint(10).div(4);
                case "np.random.randint(10) * 0.5" -> r.randint(10).mul(0.5);
                case "np.random.randint(10) == 5" -> r.randint(10).eq(5);
                case "np.random.randint(10) + np.random.rand()" -> r.randint(10).add(r.rand());
                case "rng.random() * 2" -> rng.random().mul(2);
                case "rng.integers(5) + 1" -> rng.integers(5).add(1);
                case "np.random.randn() * np.array(2.0).sum()" -> r.randn().mul(np.array(2.0).sum());
                case "np.random.randn() * np.array(2.0)" -> r.randn().mul(np.array(2.0));
                case "np.random.randn() * np.arange(3)" -> r.randn().mul(np.arange(3));
                case "np.multiply(np.random.randn(), 2)" -> np.multiply(r.randn(), 2);
                case "np.abs(np.random.randn())" -> np.abs(r.randn());
                default -> throw new AssertionError("unknown expression " + expr);
            };
            assertEquals(e.getAsJsonObject().get("repr").getAsString(), got.toString(), expr);
            checked++;
        }
        assertEquals(21, checked);
    }

    @Test
    void randint_emptySize_returnsEmptyBeforeCheckingBounds() {
        assertEquals("array([], dtype=int64)", np.random.randint(5, 5, 0).toString());
    }

    @Test
    void shuffle_returnsANewTensorAndLeavesItsArgumentAlone() {
        Tensor x = np.arange(0, 6, 1);
        np.random.seed(0);
        Tensor y = np.random.shuffle(x);
        assertEquals("array([0, 1, 2, 3, 4, 5])", x.toString());
        np.random.seed(0);
        assertEquals(np.random.permutation(6).toString(), y.toString());
    }

    @Test
    void sizesTooBigForOneArray_areRefusedBeforeDrawing() {
        np.random.seed(0);
        assertThrows(ShapeException.class, () -> np.random.randn(46000, 46000));
        assertThrows(ShapeException.class, () -> np.random.choice(5, new int[] {46000, 46000}, true, null));
        assertThrows(ShapeException.class, () -> np.random.permutation(Integer.MAX_VALUE));
        assertThrows(ShapeException.class, () -> np.random.uniform(0, 1, Integer.MAX_VALUE));
        assertEquals(0.5488135039273248, np.random.rand().item());
    }

    @Test
    void nullArguments_areNamedInOneLine() {
        assertEquals("choice: a must be an int or a 1-D array, got null",
                assertThrows(ShapeException.class, () -> np.random.choice(null, 3)).getMessage());
        assertThrows(ShapeException.class, () -> np.random.randn((int[]) null));
        assertThrows(ShapeException.class, () -> np.random.shuffle(null));
        assertThrows(ShapeException.class, () -> np.random.permutation((Object) null));
    }
}

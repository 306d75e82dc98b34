package mlmath.tensor.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.tensor.DType;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

import static mlmath.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The specialised elementwise loops against numpy (fixtures from gen_elementwise_fixtures.py): broadcast layouts whose
 * runs merge, repeat a value or are longer than a block, a single value on either side of a comparison, every dtype
 * pair, NaN, infinities and -0; where, masks, exp, tanh and log.
 */
class ElementwiseKernelsTest {
    private static final JsonObject FIXTURES = Fixtures.load("elementwise.json");

    private static final Map<String, BinaryOperator<Tensor>> BINARY = Map.ofEntries(
            Map.entry("add", Ufuncs::add), Map.entry("subtract", Ufuncs::subtract), Map.entry("multiply", Ufuncs::multiply),
            Map.entry("divide", Ufuncs::divide), Map.entry("maximum", Ufuncs::maximum), Map.entry("minimum", Ufuncs::minimum),
            Map.entry("greater", (a, b) -> a.gt(b)), Map.entry("greater_equal", (a, b) -> a.ge(b)),
            Map.entry("less", (a, b) -> a.lt(b)), Map.entry("less_equal", (a, b) -> a.le(b)),
            Map.entry("equal", (a, b) -> a.eq(b)), Map.entry("not_equal", (a, b) -> a.ne(b)),
            Map.entry("logical_and", Ufuncs::logicalAnd), Map.entry("logical_or", Ufuncs::logicalOr),
            Map.entry("logical_xor", Ufuncs::logicalXor));

    private static Tensor tensor(JsonElement e) {
        String dtype = e.getAsJsonObject().get("dtype").getAsString();
        return Fixtures.tensor(e, switch (dtype) {
            case "bool" -> DType.BOOL;
            case "int64" -> DType.INT64;
            default -> DType.FLOAT64;
        });
    }

    /** Same dtype, shape and values (exactly: these ops round once, as numpy's do), -0.0 apart from 0.0, NaN matching NaN. */
    private static void assertSame(Tensor expected, Tensor actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertEquals(expected.shape(), actual.shape(), what + ": shape");
        double[] e = expected.data(), a = actual.data();
        for (int i = 0; i < e.length; i++) assertEquals(e[i], a[i], what + ": element " + i);
    }

    @Test
    void binaryOps_matchNumpyOnEveryLayoutAndDtype() {
        for (JsonElement e : FIXTURES.getAsJsonArray("binary")) {
            JsonObject c = e.getAsJsonObject();
            Tensor a = tensor(c.get("a")), b = tensor(c.get("b"));
            for (var r : c.getAsJsonObject("results").entrySet()) {
                String what = r.getKey() + " of " + a.shape() + " " + a.dtype() + " and " + b.shape() + " " + b.dtype();
                assertSame(tensor(r.getValue()), BINARY.get(r.getKey()).apply(a, b), what);
            }
        }
    }

    @Test
    void clip_keepsAnElementEqualToScalarBoundsAndTakesArrayBounds() {
        for (JsonElement e : FIXTURES.getAsJsonArray("clip")) {
            JsonObject c = e.getAsJsonObject();
            Tensor x = tensor(c.get("x")), lo = tensor(c.get("lo")), hi = tensor(c.get("hi"));
            assertSame(tensor(c.get("out")), Ufuncs.clip(x, lo, hi), "clip(x, " + lo + ", " + hi + ")");
        }
    }

    @Test
    void where_broadcastsAllThreeWithoutCopies() {
        for (JsonElement e : FIXTURES.getAsJsonArray("where")) {
            JsonObject c = e.getAsJsonObject();
            Tensor cond = tensor(c.get("cond")), x = tensor(c.get("x")), y = tensor(c.get("y"));
            assertSame(tensor(c.get("out")), Broadcast.where(cond, x, y), "where " + cond.shape() + " " + x.shape() + " " + y.shape());
        }
    }

    @Test
    void booleanMasks_pickElementsAndTrailingBlocks() {
        for (JsonElement e : FIXTURES.getAsJsonArray("mask")) {
            JsonObject c = e.getAsJsonObject();
            Tensor x = tensor(c.get("x")), mask = tensor(c.get("mask"));
            assertSame(tensor(c.get("out")), x.get(mask), "x" + x.shape() + "[mask" + mask.shape() + "]");
        }
    }

    @Test
    void expTanhAndLog_matchNumpyAtTheEdges() {
        JsonObject c = FIXTURES.getAsJsonObject("transcendental");
        Tensor x = tensor(c.get("x")), positive = tensor(c.get("positive"));
        assertClose(tensor(c.get("exp")), Ufuncs.exp(x), 1e-15);
        assertClose(tensor(c.get("tanh")), Ufuncs.tanh(x), 1e-15);
        assertClose(tensor(c.get("log")), Ufuncs.log(x), 1e-15);
        assertClose(tensor(c.get("log_positive")), Ufuncs.log(positive), 1e-15);
    }

    /** Within 1 ulp of Math.exp and Math.log, 3 of StrictMath.tanh (itself 2 ulp from the exact value), signs of zero kept. */
    @Test
    void expTanhAndLog_stayWithinAnUlpOrThreeOfJavasOwn() {
        Random r = new Random(26);
        double[] x = new double[1 << 20];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> r.nextGaussian() * 3;
                case 1 -> (r.nextDouble() * 2 - 1) * 760;
                case 2 -> Math.scalb(r.nextDouble() * 2 - 1, -r.nextInt(1080));  // tiny and subnormal
                default -> Double.longBitsToDouble(r.nextLong());  // every exponent, infinities' neighbours, NaN
            };
        }
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 709.782712893384, 709.7827128933841, -745.1332191019411,
            -745.1332191019412, 700, -700, 20, -20};
        System.arraycopy(special, 0, x, 0, special.length);
        double[] exp = new double[x.length], tanh = new double[x.length], log = new double[x.length];
        Transcendentals.exp(x, exp);
        Transcendentals.tanh(x, tanh);
        Transcendentals.log(x, log);
        for (int i = 0; i < x.length; i++) {
            assertUlps(Math.exp(x[i]), exp[i], 1, "exp", x[i]);
            assertUlps(StrictMath.tanh(x[i]), tanh[i], 3, "tanh", x[i]);
            assertUlps(Math.log(x[i]), log[i], 1, "log", x[i]);
        }
    }

    /**
     * One edge among ordinary values, at offsets all over three blocks and a partial one: the vectorised passes answer
     * for all but the edge, which the range check (sums of squares, and products for tanh's zeros) must catch.
     */
    @Test
    void expAndTanh_catchALoneEdgeAnywhere() {
        double[] base = new Random(5).doubles(3 * 4096 + 1000).map(v -> v - 0.5).toArray(), x = base.clone();
        double[] edges = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 88, -88, 87.99, 300, -746, 0.0,
            -0.0, 20, -20, 19.99, Double.MIN_VALUE, -1e-300};
        double[] exp = new double[x.length], tanh = new double[x.length];
        for (int at = 0; at < x.length; at += 97) {
            for (double edge : edges) {
                x[at] = edge;
                Transcendentals.exp(x, exp);
                Transcendentals.tanh(x, tanh);
                for (int i = 0; i < x.length; i++) {
                    assertUlps(Math.exp(x[i]), exp[i], 1, "exp", x[i]);
                    assertUlps(StrictMath.tanh(x[i]), tanh[i], 3, "tanh", x[i]);
                }
            }
            x[at] = base[at];
        }
    }

    /** Blocks that switch between small and large inputs (exp's narrow and wide passes), with edges among the large. */
    @Test
    void exp_followsInputsBetweenItsTwoRanges() {
        Random r = new Random(9);
        double[] x = new double[9 * 4096 + 77];
        for (int i = 0; i < x.length; i++) x[i] = (i / 4096 % 3 == 1 ? 580 : 2) * (r.nextDouble() * 2 - 1);
        x[4096 * 4 + 5] = 700;
        x[4096 * 7 + 9] = Double.NaN;
        double[] exp = new double[x.length];
        Transcendentals.exp(x, exp);
        for (int i = 0; i < x.length; i++) assertUlps(Math.exp(x[i]), exp[i], 1, "exp", x[i]);
    }

    private static void assertUlps(double expected, double actual, int ulps, String f, double x) {
        Supplier<String> what = () -> f + "(" + x + ") = " + actual + ", Java gives " + expected;
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what);
        } else {
            assertTrue(Math.abs(expected - actual) <= ulps * Math.ulp(expected), what);
        }
    }
}

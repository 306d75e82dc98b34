package mlmath.linalg;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every np.linalg function on the matrices of {@code gen_linalg_fixtures.py} against real numpy's results: values to
 * 1e-10 relative to the array's largest entry, vectors with their signs as the driver left them, errors word for word.
 */
class LinalgFixturesTest {
    private static final double TOL = 1e-10;
    private static final JsonObject FIXTURES = load();
    private final Np np = new Np();

    private static JsonObject load() {
        try (var in = LinalgFixturesTest.class.getResourceAsStream("/fixtures/linalg.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test void fixturesComeFromNumpy2() { assertTrue(FIXTURES.get("numpy").getAsString().startsWith("2.")); }

    @Test void badUplo_isNumpysValueError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(mlmath.tensor.ShapeException.class, () -> np.linalg.eigh(np.eye(2), "X"));
        org.junit.jupiter.api.Assertions.assertEquals("UPLO argument must be 'L' or 'U'", e.getMessage());
    }

    @Test void svd() { check("svd", c -> parts(np.linalg.svd(a(c)))); }
    @Test void svdBlocked() { check("svd_blocked", c -> parts(np.linalg.svd(a(c)))); }
    @Test void eighBlocked() { check("eigh_blocked", c -> { EighResult r = np.linalg.eigh(a(c)); return List.of(r.eigenvalues(), r.eigenvectors()); }); }
    @Test void svdReduced() { check("svd_reduced", c -> parts(np.linalg.svd(a(c), false))); }
    @Test void svdvals() { check("svdvals", c -> np.linalg.svdvals(a(c))); }
    @Test void eig() { check("eig", c -> { EigResult r = np.linalg.eig(a(c)); return List.of(r.eigenvalues(), r.eigenvectors()); }); }
    @Test void eigvals() { check("eigvals", c -> np.linalg.eigvals(a(c))); }
    @Test void eigh() { check("eigh", c -> { EighResult r = np.linalg.eigh(a(c)); return List.of(r.eigenvalues(), r.eigenvectors()); }); }
    @Test void eighUpper() { check("eigh_upper", c -> { EighResult r = np.linalg.eigh(a(c), "U"); return List.of(r.eigenvalues(), r.eigenvectors()); }); }
    @Test void eigvalshUpper() { check("eigvalsh_upper", c -> np.linalg.eigvalsh(a(c), "u")); }
    @Test void choleskyUpper() { check("cholesky_upper", c -> np.linalg.cholesky(a(c), true)); }
    @Test void eigvalsh() { check("eigvalsh", c -> np.linalg.eigvalsh(a(c))); }
    @Test void inv() { check("inv", c -> np.linalg.inv(a(c))); }
    @Test void det() { check("det", c -> np.linalg.det(a(c))); }
    @Test void slogdet() { check("slogdet", c -> { SlogdetResult r = np.linalg.slogdet(a(c)); return List.of(r.sign(), r.logabsdet()); }); }
    @Test void cholesky() { check("cholesky", c -> np.linalg.cholesky(a(c))); }
    @Test void qr() { check("qr", c -> { QRResult r = np.linalg.qr(a(c)); return List.of(r.Q(), r.R()); }); }
    @Test void qrComplete() { check("qr_complete", c -> { QRResult r = np.linalg.qr(a(c), "complete"); return List.of(r.Q(), r.R()); }); }
    @Test void qrR() { check("qr_r", c -> np.linalg.qrR(a(c))); }
    @Test void matrixRank() { check("matrix_rank", c -> np.linalg.matrix_rank(a(c))); }
    @Test void pinv() { check("pinv", c -> np.linalg.pinv(a(c))); }
    @Test void matrixPower() { check("matrix_power", c -> np.linalg.matrix_power(a(c), c.get("power").getAsInt())); }
    @Test void solve() { check("solve", c -> np.linalg.solve(a(c), array(c.get("b")))); }
    @Test void multiDot() {
        check("multi_dot", c -> {
            var arrays = c.getAsJsonArray("arrays");
            Object[] t = new Object[arrays.size()];
            for (int i = 0; i < t.length; i++) t[i] = array(arrays.get(i));
            return np.linalg.multi_dot(t);
        });
    }

    @Test void trace() { check("trace", c -> np.trace(a(c))); }
    @Test void outer() { check("outer", c -> np.outer(a(c), array(c.get("b")))); }

    @Test void lstsq() {
        check("lstsq", c -> {
            LstsqResult r = np.linalg.lstsq(a(c), array(c.get("b")));
            return List.of(r.solution(), r.residuals(), (double) r.rank(), r.singularValues());
        });
    }

    @Test void cond() { check("cond", c -> np.linalg.cond(a(c), ord(c))); }
    @Test void vectorNorm() { check("vector_norm", c -> np.linalg.vector_norm(a(c), ord(c))); }
    @Test void matrixNorm() { check("matrix_norm", c -> np.linalg.matrix_norm(a(c), ord(c))); }

    /** The case's ord: null, a number, ±inf or a string such as "fro". */
    private static Object ord(JsonObject c) {
        JsonElement o = c.get("ord");
        return o == null || o.isJsonNull() ? null : o.getAsJsonPrimitive().isNumber() ? (Object) o.getAsDouble()
                : o.getAsString().equals("inf") ? (Object) Double.POSITIVE_INFINITY
                : o.getAsString().equals("-inf") ? (Object) Double.NEGATIVE_INFINITY : o.getAsString();
    }

    @Test void norm() {
        check("norm", c -> {
            Object ord = ord(c);
            int[] axis = c.has("axis") ? new Gson().fromJson(c.get("axis"), int[].class) : null;
            if (axis == null) return np.linalg.norm(a(c), ord);
            return np.linalg.norm(a(c), ord, axis.length == 1 ? (Object) axis[0] : axis, c.has("keepdims"));
        });
    }

    @Test void printsAsNumpyPrints() {
        check("repr", c -> switch (c.get("call").getAsString()) {
            case "eigvals" -> np.linalg.eigvals(a(c)).toString();
            case "eig" -> np.linalg.eig(a(c)).toString();
            case "eigh" -> np.linalg.eigh(a(c)).toString();
            case "qr" -> np.linalg.qr(a(c)).toString();
            default -> np.linalg.svd(a(c)).toString();
        });
    }

    private static Tensor a(JsonObject c) { return array(c.get("a")); }

    /** A fixture array with its numpy dtype (int64 or float64). */
    private static Tensor array(JsonElement e) {
        JsonElement dtype = e.getAsJsonObject().get("dtype");
        return Fixtures.tensor(e, dtype != null && dtype.getAsString().equals("int64") ? DType.INT64 : DType.FLOAT64);
    }

    private static List<Object> parts(SVDResult r) { return List.of(r.U(), r.S(), r.Vt()); }

    /** Runs every case of {@code function}, collecting mismatches so one run shows them all. */
    private void check(String function, Function<JsonObject, Object> call) {
        List<String> failures = new ArrayList<>();
        var cases = FIXTURES.getAsJsonObject("functions").getAsJsonArray(function);
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            String label = function + "[" + (c.has("name") ? c.get("name").getAsString() : "") + (c.has("ord") ? " ord=" + c.get("ord") : "")
                    + (c.has("axis") ? " axis=" + c.get("axis") : "") + (c.has("keepdims") ? " keepdims" : "")
                    + (c.has("power") ? " n=" + c.get("power") : "") + "]";
            Object got;
            try {
                got = call.apply(c);
            } catch (RuntimeException ex) {
                if (!c.has("error")) failures.add(label + ": threw " + ex);
                else if (!c.get("error").getAsString().equals(ex.getMessage())
                        || c.get("type").getAsString().equals("LinAlgError") != ex instanceof LinAlgError) {
                    failures.add(label + ": numpy " + c.get("type").getAsString() + "('" + c.get("error").getAsString()
                            + "') but got " + ex);
                }
                continue;
            }
            if (c.has("error")) {
                failures.add(label + ": numpy raised " + c.get("type").getAsString() + ": " + c.get("error").getAsString());
                continue;
            }
            String diff = compare(c.get("out"), got);
            if (diff != null) failures.add(label + ": " + diff);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases differ:\n" + String.join("\n", failures));
    }

    private static String compare(JsonElement expected, Object actual) {
        if (expected.isJsonArray()) {
            JsonArray list = expected.getAsJsonArray();
            List<?> got = (List<?>) actual;
            for (int i = 0; i < list.size(); i++) {
                String d = compare(list.get(i), got.get(i));
                if (d != null) return "part " + i + ": " + d;
            }
            return null;
        }
        if (actual instanceof Double d) actual = new Tensor(new double[] {d}, new Shape(), DType.FLOAT64);
        if (actual instanceof String text) return text.equals(expected.getAsString()) ? null : "printed\n" + text + "\nnumpy\n" + expected.getAsString();
        if (expected.isJsonPrimitive()) return values(new Tensor(new double[] {expected.getAsDouble()}, new Shape(), DType.FLOAT64), (Tensor) actual);
        JsonObject o = expected.getAsJsonObject();
        if (o.has("complex")) {
            if (!(actual instanceof ComplexTensor z)) return "numpy gives complex, got " + actual;
            String d = values(array(o.get("re")), z.real());
            return d != null ? "real: " + d : values(array(o.get("im")), z.imag());
        }
        if (!(actual instanceof Tensor t)) return "numpy gives a real array, got " + actual;
        Tensor expectedArray = array(o);
        if (o.has("dtype") && expectedArray.dtype() != t.dtype()) return "dtype " + t.dtype() + " != numpy's " + o.get("dtype");
        return values(expectedArray, t);
    }

    /** Same shape; every element within TOL × the largest finite |expected| (NaN matches NaN, infinities exactly). */
    static String values(Tensor expected, Tensor actual) {
        if (!expected.shape().equals(actual.shape())) return "shape " + actual.shape() + " != numpy's " + expected.shape();
        double scale = 0;
        for (double v : expected.data()) if (Double.isFinite(v)) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.data()[i], a = actual.data()[i];
            boolean same = Double.isNaN(e) ? Double.isNaN(a) : Double.isInfinite(e) ? e == a : Math.abs(e - a) <= TOL * scale;
            if (!same) return "element " + i + ": " + a + " != numpy's " + e + "\n  got   " + actual + "\n  numpy " + expected;
        }
        return null;
    }
}

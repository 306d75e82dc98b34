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
 * Every np.linalg function on the matrices of {@code gen_linalg_fixtures.py} against real numpy's results, errors word
 * for word. Every case is held to numpy's accuracy ({@link Accuracy}): backward errors, orthogonality, values within
 * what the input's conditioning allows, vectors of close values compared as subspaces, and a LinAlgError on one side
 * only where the input is singular to working precision. Where numpy gave the stored digits on the OpenBLAS kernel this
 * JVM runs (each case lists those kernels), also to those digits: 1e-10 relative to the array's largest entry, vectors
 * with their signs as the driver left them. On another kernel the last digits of a factorisation differ.
 */
class LinalgFixturesTest {
    private static final double TOL = 1e-10;
    private static final JsonObject FIXTURES = load();
    /** The kernel this JVM's OpenBLAS runs (forced by OPENBLAS_CORETYPE or picked for the CPU). */
    private static final String KERNEL = Lapack.kernel();
    private final Np np = new Np();
    /** Set by {@link FallbackFixtures}: EJML orders a non-symmetric matrix's eigenvalues its own way, not dgeev's. */
    static boolean anyEigenvalueOrder;

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

    @Test void svd() { check("svd", c -> parts(np.linalg.svd(a(c))), this::svdAccuracy); }
    @Test void svdBlocked() { check("svd_blocked", c -> parts(np.linalg.svd(a(c))), this::svdAccuracy); }
    @Test void eighBlocked() { check("eigh_blocked", c -> parts(np.linalg.eigh(a(c))), (c, a, e, g) -> eighAccuracy(a, e, g, true)); }
    @Test void svdReduced() { check("svd_reduced", c -> parts(np.linalg.svd(a(c), false)), this::svdAccuracy); }
    @Test void svdvals() { check("svdvals", c -> np.linalg.svdvals(a(c)), (c, a, e, g) -> singularValues(a, tensor(e), (Tensor) g)); }
    @Test void eig() { check("eig", c -> { EigResult r = np.linalg.eig(a(c)); return List.of(r.eigenvalues(), r.eigenvectors()); }, this::eigAccuracy); }
    @Test void eigvals() { check("eigvals", c -> np.linalg.eigvals(a(c)), this::eigAccuracy); }
    @Test void eigh() { check("eigh", c -> parts(np.linalg.eigh(a(c))), (c, a, e, g) -> eighAccuracy(a, e, g, true)); }
    @Test void eighUpper() { check("eigh_upper", c -> parts(np.linalg.eigh(a(c), "U")), (c, a, e, g) -> eighAccuracy(a, e, g, false)); }
    @Test void eigvalshUpper() { check("eigvalsh_upper", c -> np.linalg.eigvalsh(a(c), "u"), (c, a, e, g) -> eighAccuracy(a, e, g, false)); }
    @Test void choleskyUpper() { check("cholesky_upper", c -> np.linalg.cholesky(a(c), true), (c, a, e, g) -> choleskyAccuracy(a, tensor(e), (Tensor) g, true)); }
    @Test void eigvalsh() { check("eigvalsh", c -> np.linalg.eigvalsh(a(c)), (c, a, e, g) -> eighAccuracy(a, e, g, true)); }
    @Test void inv() { check("inv", c -> np.linalg.inv(a(c)), (c, a, e, g) -> conditioned(a, tensor(e), (Tensor) g)); }
    @Test void det() { check("det", c -> np.linalg.det(a(c)), (c, a, e, g) -> detAccuracy(a, tensor(e), null, (Tensor) g, null)); }
    @Test void slogdet() {
        check("slogdet", c -> { SlogdetResult r = np.linalg.slogdet(a(c)); return List.of(r.sign(), r.logabsdet()); },
                (c, a, e, g) -> detAccuracy(a, tensor(e.getAsJsonArray().get(0)), tensor(e.getAsJsonArray().get(1)),
                        (Tensor) ((List<?>) g).get(0), (Tensor) ((List<?>) g).get(1)));
    }
    @Test void cholesky() { check("cholesky", c -> np.linalg.cholesky(a(c)), (c, a, e, g) -> choleskyAccuracy(a, tensor(e), (Tensor) g, false)); }
    @Test void qr() { check("qr", c -> parts(np.linalg.qr(a(c))), (c, a, e, g) -> qrAccuracy(a, e, g)); }
    @Test void qrComplete() { check("qr_complete", c -> parts(np.linalg.qr(a(c), "complete")), (c, a, e, g) -> qrAccuracy(a, e, g)); }
    @Test void qrR() { check("qr_r", c -> np.linalg.qrR(a(c)), (c, a, e, g) -> qrAccuracy(a, e, g)); }
    @Test void matrixRank() { check("matrix_rank", c -> np.linalg.matrix_rank(a(c)), (c, a, e, g) -> rankAccuracy(a, tensor(e), (Tensor) g)); }
    @Test void pinv() { check("pinv", c -> np.linalg.pinv(a(c)), (c, a, e, g) -> pinvAccuracy(a, tensor(e), (Tensor) g)); }
    @Test void matrixPower() {
        check("matrix_power", c -> np.linalg.matrix_power(a(c), c.get("power").getAsInt()),
                (c, a, e, g) -> powerAccuracy(a, c.get("power").getAsInt(), tensor(e), (Tensor) g));
    }
    @Test void solve() {
        check("solve", c -> np.linalg.solve(a(c), array(c.get("b"))), (c, a, e, g) -> conditioned(a, tensor(e), (Tensor) g));
    }
    @Test void multiDot() {
        check("multi_dot", c -> np.linalg.multi_dot(chain(c)), (c, a, e, g) -> {
            double scale = 1;
            int inner = 0;
            for (Object t : chain(c)) {
                scale *= Math.max(1e-300, Accuracy.frobenius(Accuracy.matrices(((Tensor) t).ndim() == 1 ? ((Tensor) t).reshape(1, -1) : (Tensor) t).get(0)));
                inner += ((Tensor) t).shape().get(-1);
            }
            return Accuracy.close("product", tensor(e).data(), ((Tensor) g).data(), Accuracy.C * inner * Accuracy.EPS * scale);
        });
    }

    private static Object[] chain(JsonObject c) {
        var arrays = c.getAsJsonArray("arrays");
        Object[] t = new Object[arrays.size()];
        for (int i = 0; i < t.length; i++) t[i] = array(arrays.get(i));
        return t;
    }

    @Test void trace() { check("trace", c -> np.trace(a(c)), null); }
    @Test void outer() { check("outer", c -> np.outer(a(c), array(c.get("b"))), null); }

    @Test void lstsq() {
        check("lstsq", c -> {
            LstsqResult r = np.linalg.lstsq(a(c), array(c.get("b")));
            return List.of(r.solution(), r.residuals(), (double) r.rank(), r.singularValues());
        }, this::lstsqAccuracy);
    }

    @Test void cond() { check("cond", c -> np.linalg.cond(a(c), ord(c)), (c, a, e, g) -> condAccuracy(a, tensor(e), (Tensor) g)); }
    @Test void vectorNorm() { check("vector_norm", c -> np.linalg.vector_norm(a(c), ord(c)), null); }
    @Test void matrixNorm() {
        check("matrix_norm", c -> np.linalg.matrix_norm(a(c), ord(c)), (c, a, e, g) -> normAccuracy(a, ord(c), true, tensor(e), (Tensor) g));
    }

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
            int[] axis = axis(c);
            if (axis == null) return np.linalg.norm(a(c), ord);
            return np.linalg.norm(a(c), ord, axis.length == 1 ? (Object) axis[0] : axis, c.has("keepdims"));
        }, (c, a, e, g) -> {
            int[] axis = axis(c);
            boolean matrix = axis == null ? a.ndim() == 2 : axis.length == 2;
            return normAccuracy(a, ord(c), matrix, tensor(e), g instanceof Double d ? scalar(d) : (Tensor) g);
        });
    }

    private static int[] axis(JsonObject c) { return c.has("axis") ? new Gson().fromJson(c.get("axis"), int[].class) : null; }

    @Test void printsAsNumpyPrints() {
        check("repr", c -> switch (c.get("call").getAsString()) {
            case "eigvals" -> np.linalg.eigvals(a(c)).toString();
            case "eig" -> np.linalg.eig(a(c)).toString();
            case "eigh" -> np.linalg.eigh(a(c)).toString();
            case "qr" -> np.linalg.qr(a(c)).toString();
            default -> np.linalg.svd(a(c)).toString();
        }, (c, a, e, g) -> printedAlike(e.getAsString(), (String) g));
    }

    private static Tensor a(JsonObject c) { return array(c.get("a")); }

    /** A fixture array with its numpy dtype (int64 or float64). */
    private static Tensor array(JsonElement e) {
        JsonElement dtype = e.getAsJsonObject().get("dtype");
        return Fixtures.tensor(e, dtype != null && dtype.getAsString().equals("int64") ? DType.INT64 : DType.FLOAT64);
    }

    private static List<Object> parts(SVDResult r) { return List.of(r.U(), r.S(), r.Vt()); }

    private static List<Object> parts(EighResult r) { return List.of(r.eigenvalues(), r.eigenvectors()); }

    private static List<Object> parts(QRResult r) { return List.of(r.Q(), r.R()); }

    private static Tensor scalar(double d) { return new Tensor(new double[] {d}, new Shape(), DType.FLOAT64); }

    private static Tensor tensor(JsonElement e) { return e.isJsonPrimitive() ? scalar(e.getAsDouble()) : array(e); }

    /** Judges a result against numpy's as LAPACK's error bounds allow: null, or what is beyond numpy's accuracy. */
    interface Judge { String judge(JsonObject c, Tensor a, JsonElement numpy, Object got); }

    /**
     * Runs every case of {@code function}, collecting mismatches so one run shows them all: to numpy's digits where it
     * gave them on this kernel, and to numpy's accuracy ({@code accuracy}) on every kernel. Empty and non-finite inputs,
     * and functions with no {@code accuracy}, are held to the digits everywhere: no kernel changes their answer.
     */
    private void check(String function, Function<JsonObject, Object> call, Judge accuracy) {
        List<String> failures = new ArrayList<>();
        var cases = FIXTURES.getAsJsonObject("functions").getAsJsonArray(function);
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            String label = function + "[" + (c.has("name") ? c.get("name").getAsString() : "") + (c.has("ord") ? " ord=" + c.get("ord") : "")
                    + (c.has("axis") ? " axis=" + c.get("axis") : "") + (c.has("keepdims") ? " keepdims" : "")
                    + (c.has("power") ? " n=" + c.get("power") : "") + "]";
            boolean judged = accuracy != null && c.has("a") && a(c).size() > 0 && Accuracy.finite(a(c));
            boolean digits = !judged || onThisKernel(c);
            Object got;
            try {
                got = call.apply(c);
            } catch (RuntimeException ex) {
                if (!c.has("error")) {
                    if (digits || !(ex instanceof LinAlgError) || !singular(c)) failures.add(label + ": threw " + ex);
                } else if (!c.get("error").getAsString().equals(ex.getMessage())
                        || c.get("type").getAsString().equals("LinAlgError") != ex instanceof LinAlgError) {
                    failures.add(label + ": numpy " + c.get("type").getAsString() + "('" + c.get("error").getAsString()
                            + "') but got " + ex);
                }
                continue;
            }
            if (c.has("error")) {
                // Singular to working precision: whether LU meets an exact zero pivot is rounding, so either answer is numpy's.
                boolean either = !digits && c.get("type").getAsString().equals("LinAlgError") && singular(c);
                if (!either) failures.add(label + ": numpy raised " + c.get("type").getAsString() + ": " + c.get("error").getAsString());
                continue;
            }
            String diff = digits ? compare(c.get("out"), got) : null;
            if (diff == null && judged) {
                diff = shapes(c.get("out"), got);
                if (diff == null) diff = accuracy.judge(c, a(c), c.get("out"), got);
                if (diff != null) diff = "beyond numpy's accuracy (kernel " + KERNEL + "): " + diff;
            }
            if (diff != null) failures.add(label + ": " + diff);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases differ:\n" + String.join("\n", failures));
    }

    /** Whether numpy gave this case's stored digits on the kernel this JVM runs. */
    private static boolean onThisKernel(JsonObject c) {
        if (!c.has("kernels")) return false;
        for (JsonElement k : c.getAsJsonArray("kernels")) if (k.getAsString().equals(KERNEL)) return true;
        return false;
    }

    /** Whether some matrix of the case's input is singular to working precision (then LAPACK's verdict is rounding). */
    private boolean singular(JsonObject c) {
        Tensor a = a(c);
        if (a.ndim() < 2 || a.shape().get(-1) != a.shape().get(-2)) return false;
        Tensor s = np.linalg.svdvals(a);
        return s.size() > 0 && perMatrix(s).stream().anyMatch(x -> Accuracy.numericallySingular(x.length, Accuracy.condition(x)));
    }

    /** The same structure and shapes as numpy's result (values are the judge's). */
    private static String shapes(JsonElement expected, Object actual) {
        if (expected.isJsonArray()) {
            JsonArray list = expected.getAsJsonArray();
            if (!(actual instanceof List<?> got) || got.size() != list.size()) return "numpy gives " + list.size() + " parts, got " + actual;
            for (int i = 0; i < list.size(); i++) {
                String d = shapes(list.get(i), got.get(i));
                if (d != null) return "part " + i + ": " + d;
            }
            return null;
        }
        if (actual instanceof String || actual instanceof Double || expected.isJsonPrimitive()) return null;
        JsonObject o = expected.getAsJsonObject();
        if (o.has("complex")) return actual instanceof ComplexTensor z ? shapes(o.get("re"), z.real()) : "numpy gives complex, got " + actual;
        if (!(actual instanceof Tensor t)) return "numpy gives a real array, got " + actual;
        Tensor e = array(o);
        if (!e.shape().equals(t.shape())) return "shape " + t.shape() + " != numpy's " + e.shape();
        return o.has("dtype") && e.dtype() != t.dtype() ? "dtype " + t.dtype() + " != numpy's " + o.get("dtype") : null;
    }

    // ---- numpy's accuracy, function by function (see Accuracy for the bounds) ----

    /** The last axis of a stack of vectors (singular values, eigenvalues) as one array per matrix. */
    private static List<double[]> perMatrix(Tensor t) {
        int k = t.ndim() == 0 ? 1 : t.shape().get(-1);
        double[] x = t.data();
        List<double[]> out = new ArrayList<>();
        for (int i = 0; k > 0 && i < x.length; i += k) out.add(java.util.Arrays.copyOfRange(x, i, i + k));
        return out;
    }

    private String singularValues(Tensor a, Tensor expected, Tensor got) {
        List<double[][]> as = Accuracy.matrices(a);
        List<double[]> e = perMatrix(expected), g = perMatrix(got);
        int dim = Math.max(a.shape().get(-1), a.shape().get(-2));
        for (int k = 0; k < e.size(); k++) {
            String d = Accuracy.close("S", e.get(k), g.get(k), Accuracy.C * dim * Accuracy.EPS * Accuracy.frobenius(as.get(k)));
            if (d != null) return d;
        }
        return null;
    }

    private String svdAccuracy(JsonObject c, Tensor a, JsonElement numpy, Object got) {
        List<?> parts = (List<?>) got;
        JsonArray e = numpy.getAsJsonArray();
        String d = singularValues(a, array(e.get(1)), (Tensor) parts.get(1));
        if (d != null) return d;
        List<double[][]> as = Accuracy.matrices(a), us = Accuracy.matrices((Tensor) parts.get(0)), vts = Accuracy.matrices((Tensor) parts.get(2));
        List<double[][]> nus = Accuracy.matrices(array(e.get(0))), nvts = Accuracy.matrices(array(e.get(2)));
        List<double[]> ss = perMatrix((Tensor) parts.get(1));
        int m = a.shape().get(-2), n = a.shape().get(-1), dim = Math.max(m, n);
        for (int k = 0; k < as.size(); k++) {
            double[][] u = us.get(k), v = Accuracy.transpose(vts.get(k));
            double[] s = ss.isEmpty() ? new double[0] : ss.get(k);
            double scale = Accuracy.frobenius(as.get(k));
            double[][] us_ = Accuracy.columns(u, 0, s.length);
            for (int i = 0; i < m; i++) for (int j = 0; j < s.length; j++) us_[i][j] *= s[j];
            d = first(Accuracy.orthonormal("U", u), Accuracy.orthonormal("V", v),
                    Accuracy.backward("U·S·Vt", as.get(k), Accuracy.mul(us_, Accuracy.rows(vts.get(k), 0, s.length)), dim, scale),
                    Accuracy.vectors("U", u, nus.get(k), padded(s, u[0].length), scale),
                    Accuracy.vectors("V", v, Accuracy.transpose(nvts.get(k)), padded(s, v[0].length), scale));
            if (d != null) return d;
        }
        return null;
    }

    /** Singular values with zeros for the columns past them (they span the null space). */
    private static double[] padded(double[] s, int n) { return java.util.Arrays.copyOf(s, n); }

    private static String first(String... checks) {
        for (String c : checks) if (c != null) return c;
        return null;
    }

    /** The symmetric matrices eigh sees: each input's lower (or upper) triangle mirrored. */
    private static List<double[][]> triangle(Tensor a, boolean lower) {
        List<double[][]> out = new ArrayList<>();
        for (double[][] x : Accuracy.matrices(a)) {
            int n = x.length;
            double[][] h = new double[n][n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = lower == (i >= j) ? x[i][j] : x[j][i];
            out.add(h);
        }
        return out;
    }

    private String eighAccuracy(Tensor a, JsonElement numpy, Object got, boolean lower) {
        boolean vectors = got instanceof List<?>;
        Tensor w = vectors ? (Tensor) ((List<?>) got).get(0) : (Tensor) got;
        Tensor nw = array(vectors ? numpy.getAsJsonArray().get(0) : numpy);
        List<double[][]> hs = triangle(a, lower);
        List<double[]> ws = perMatrix(w), nws = perMatrix(nw);
        int n = a.shape().get(-1);
        for (int k = 0; k < hs.size(); k++) {
            double scale = Accuracy.frobenius(hs.get(k));
            String d = Accuracy.close("eigenvalues", nws.get(k), ws.get(k), Accuracy.C * n * Accuracy.EPS * scale);
            if (d != null || !vectors) return d;
            double[][] v = Accuracy.matrices((Tensor) ((List<?>) got).get(1)).get(k);
            double[][] vl = Accuracy.columns(v, 0, n);
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) vl[i][j] *= ws.get(k)[j];
            d = first(Accuracy.orthonormal("eigenvectors", v), Accuracy.backward("A·V − V·Λ", Accuracy.mul(hs.get(k), v), vl, n, scale),
                    Accuracy.vectors("eigenvectors", v, Accuracy.matrices(array(numpy.getAsJsonArray().get(1))).get(k), nws.get(k), scale));
            if (d != null) return d;
        }
        return null;
    }

    /** Complex parts of a result that may be real: {re, im} as flat arrays. */
    private static double[][] complexParts(Object t) {
        if (t instanceof ComplexTensor z) return new double[][] {z.real().data(), z.imag().data()};
        Tensor r = (Tensor) t;
        return new double[][] {r.data(), new double[r.size()]};
    }

    private static double[][] complexParts(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        return o.has("complex") ? new double[][] {array(o.get("re")).data(), array(o.get("im")).data()} : complexParts(array(o));
    }

    /**
     * dgeev on any kernel: eigenvalues within C·n·eps·‖A‖ times their condition number (the generator records it), in
     * numpy's order where the spectrum is well separated (else the Schur form's order is rounding's choice too); a
     * separated eigenvalue's unit vector within the bound over its gap, up to sign; a vector of a cluster held to its
     * residual ‖A·x − λ·x‖ and unit length.
     */
    private String eigAccuracy(JsonObject c, Tensor a, JsonElement numpy, Object got) {
        boolean vectors = got instanceof List<?>;
        double[][] w = complexParts(vectors ? ((List<?>) got).get(0) : got), nw = complexParts(vectors ? numpy.getAsJsonArray().get(0) : numpy);
        double[][] v = vectors ? complexParts(((List<?>) got).get(1)) : null, nv = vectors ? complexParts(numpy.getAsJsonArray().get(1)) : null;
        JsonElement meta = FIXTURES.getAsJsonObject("inputs").getAsJsonObject(c.get("name").getAsString()).get("eig_condition");
        double kappa = meta.getAsJsonPrimitive().isNumber() ? meta.getAsDouble() : Double.POSITIVE_INFINITY;
        List<double[][]> as = Accuracy.matrices(a);
        int n = a.shape().get(-1);
        for (int k = 0; k < as.size(); k++) {
            int at = k * n;
            double scale = Accuracy.frobenius(as.get(k)), unit = Accuracy.C * n * Accuracy.EPS * scale;
            double tol = Math.max(unit * kappa, 1e-12 * scale);
            double[] gap = new double[n];
            boolean separated = true;
            for (int i = 0; i < n; i++) {
                gap[i] = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) if (j != i) gap[i] = Math.min(gap[i], Math.hypot(nw[0][at + j] - nw[0][at + i], nw[1][at + j] - nw[1][at + i]));
                separated &= unit * kappa / gap[i] <= Accuracy.SEPARATED;
            }
            int[] match = new int[n];
            boolean[] used = new boolean[n];
            for (int i = 0; i < n; i++) {
                int best = -1;
                double nearest = Double.POSITIVE_INFINITY;
                boolean inOrder = separated && !anyEigenvalueOrder;
                for (int j = inOrder ? i : 0; j < (inOrder ? i + 1 : n); j++) {
                    double dist = Math.hypot(w[0][at + j] - nw[0][at + i], w[1][at + j] - nw[1][at + i]);
                    if (!used[j] && dist <= tol && dist < nearest) {
                        best = j;
                        nearest = dist;
                    }
                }
                if (best < 0) return "eigenvalue " + i + " (" + nw[0][at + i] + ", " + nw[1][at + i] + "i) of numpy's has no match within " + tol
                        + (inOrder ? " at its place" : "");
                used[best] = true;
                match[i] = best;
            }
            if (!vectors) continue;
            for (int i = 0; i < n; i++) {
                int j = match[i], base = k * n * n;
                double vtol = unit * kappa / gap[i];
                if (vtol <= Accuracy.SEPARATED) {
                    double plus = 0, minus = 0;
                    for (int r = 0; r < n; r++) {
                        double dr = v[0][base + r * n + j] - nv[0][base + r * n + i], di = v[1][base + r * n + j] - nv[1][base + r * n + i];
                        double sr = v[0][base + r * n + j] + nv[0][base + r * n + i], si = v[1][base + r * n + j] + nv[1][base + r * n + i];
                        plus = Math.max(plus, Math.max(Math.abs(dr), Math.abs(di)));
                        minus = Math.max(minus, Math.max(Math.abs(sr), Math.abs(si)));
                    }
                    if (Math.min(plus, minus) > Math.max(vtol, 1e-12)) {
                        return "eigenvector " + i + " differs from numpy's by " + Math.min(plus, minus) + " (tolerance " + vtol + ")";
                    }
                    continue;
                }
                double lr = w[0][at + j], li = w[1][at + j], norm = 0, residual = 0;
                for (int r = 0; r < n; r++) {
                    double xr = v[0][base + r * n + j], xi = v[1][base + r * n + j], axr = 0, axi = 0;
                    for (int q = 0; q < n; q++) {
                        axr += as.get(k)[r][q] * v[0][base + q * n + j];
                        axi += as.get(k)[r][q] * v[1][base + q * n + j];
                    }
                    residual = Math.max(residual, Math.hypot(axr - (lr * xr - li * xi), axi - (lr * xi + li * xr)));
                    norm += xr * xr + xi * xi;
                }
                if (residual > unit || Math.abs(norm - 1) > Accuracy.C * n * Accuracy.EPS) {
                    return "eigenvector " + j + ": residual " + residual + ", squared norm " + norm + " (tolerance " + unit + ")";
                }
            }
        }
        return null;
    }

    /** inv and solve: the solution within C·n·eps·κ·‖X‖ (nothing to compare when A is singular to working precision). */
    private String conditioned(Tensor a, Tensor expected, Tensor got) {
        double kappa = perMatrix(np.linalg.svdvals(a)).stream().mapToDouble(Accuracy::condition).max().orElse(1);
        int n = a.shape().get(-1);
        if (Accuracy.numericallySingular(n, kappa)) return null;
        double scale = Accuracy.norm(expected.data());
        return Accuracy.close("solution", expected.data(), got.data(), Accuracy.C * n * Accuracy.EPS * kappa * scale);
    }

    /**
     * det and slogdet: a backward error E of δ = C·n·eps·‖A‖ moves det by at most ∏(σᵢ + δ) − ∏σᵢ (as
     * |det| ≤ ∏σᵢ and σᵢ(A + E) ≤ σᵢ + δ). Within that bound det is rounding noise: any sign and size is numpy's too.
     */
    private String detAccuracy(Tensor a, Tensor sign, Tensor logabsdet, Tensor gotSign, Tensor gotLog) {
        List<double[]> ss = perMatrix(np.linalg.svdvals(a));
        List<double[][]> as = Accuracy.matrices(a);
        int n = a.shape().get(-1);
        double[] e = sign.data(), g = gotSign.data();
        for (int k = 0; k < e.length && !ss.isEmpty(); k++) {
            double delta = Accuracy.C * n * Accuracy.EPS * Accuracy.frobenius(as.get(k)), exact = 0, moved = 0;
            for (double x : ss.get(k)) {
                exact += Math.log(x);
                moved += Math.log(x + delta);
            }
            double logTol = moved + Math.log(-Math.expm1(exact - moved));
            double logDet = logabsdet != null ? logabsdet.data()[k] : Math.log(Math.abs(e[k]));
            if (!(logDet > logTol + Math.log(2))) continue;   // noise
            if (logabsdet == null) {
                double tol = Math.exp(logTol) + 1e-10 * Math.abs(e[k]);
                if (!(Math.abs(g[k] - e[k]) <= tol) && !(Double.isInfinite(e[k]) && e[k] == g[k])) return "det " + g[k] + " vs numpy's " + e[k] + " (tolerance " + tol + ")";
            } else {
                double tol = 2 * Math.exp(logTol - logDet) + 1e-12 * Math.abs(logDet);
                if (g[k] != e[k] || !(Math.abs(gotLog.data()[k] - logDet) <= tol)) {
                    return "slogdet (" + g[k] + ", " + gotLog.data()[k] + ") vs numpy's (" + e[k] + ", " + logDet + ") (tolerance " + tol + ")";
                }
            }
        }
        return null;
    }

    private String choleskyAccuracy(Tensor a, Tensor expected, Tensor got, boolean upper) {
        List<double[][]> hs = triangle(a, !upper), ls = Accuracy.matrices(got);
        int n = a.shape().get(-1);
        for (int k = 0; k < hs.size(); k++) {
            double[][] l = upper ? Accuracy.transpose(ls.get(k)) : ls.get(k);
            double scale = Accuracy.frobenius(hs.get(k));
            String d = Accuracy.backward("L·Lᵀ", hs.get(k), Accuracy.mul(l, Accuracy.transpose(l)), n, scale);
            if (d != null) return d;
        }
        double[] h = hs.stream().flatMap(java.util.Arrays::stream).flatMapToDouble(java.util.Arrays::stream).toArray();
        return conditioned(new Tensor(h, a.shape(), DType.FLOAT64), expected, got);
    }

    /**
     * qr on any kernel: Q orthonormal, A = Q·R, R upper triangular; column j of Q and row j of R compared, up to their
     * common sign, while the leading columns are well conditioned (C·n·eps·‖A‖ / min|Rᵢᵢ| small), since past a column that is dependent on
     * the ones before it, Q's remaining columns are any orthonormal completion.
     */
    private String qrAccuracy(Tensor a, JsonElement numpy, Object got) {
        boolean rOnly = !(got instanceof List<?>);
        Tensor r = rOnly ? (Tensor) got : (Tensor) ((List<?>) got).get(1);
        Tensor nr = array(rOnly ? numpy : numpy.getAsJsonArray().get(1));
        List<double[][]> as = Accuracy.matrices(a), rs = Accuracy.matrices(r), nrs = Accuracy.matrices(nr);
        int m = a.shape().get(-2), n = a.shape().get(-1), dim = Math.max(m, n);
        List<double[][]> qs = rOnly ? null : Accuracy.matrices((Tensor) ((List<?>) got).get(0));
        List<double[][]> nqs = rOnly ? null : Accuracy.matrices(array(numpy.getAsJsonArray().get(0)));
        for (int k = 0; k < as.size(); k++) {
            double scale = Accuracy.frobenius(as.get(k)), unit = Accuracy.C * dim * Accuracy.EPS * scale;
            double[][] rk = rs.get(k), nrk = nrs.get(k);
            for (int i = 0; i < rk.length; i++) for (int j = 0; j < Math.min(i, n); j++) if (rk[i][j] != 0) return "R is not upper triangular at " + i + "," + j;
            double minR = Double.POSITIVE_INFINITY;
            for (int j = 0; j < Math.min(m, n); j++) {
                minR = Math.min(minR, Math.abs(nrk[j][j]));
                double tol = unit / minR;
                if (!(tol <= Accuracy.SEPARATED)) break;
                // dgeqrf's R[j][j] takes the sign opposite to the pivot entry's, which may be rounding-sized: a column of
                // Q and its row of R may flip together.
                double sign = Math.signum(rk[j][j]) * Math.signum(nrk[j][j]) < 0 ? -1 : 1;
                double[] row = java.util.Arrays.stream(rk[j]).map(x -> sign * x).toArray();
                String d = Accuracy.close("R row " + j, nrk[j], row, Math.max(tol, 1e-12) * scale);
                if (d != null) return d;
                if (!rOnly) {
                    double[] column = java.util.Arrays.stream(Accuracy.flat(Accuracy.columns(qs.get(k), j, j + 1))).map(x -> sign * x).toArray();
                    d = Accuracy.close("Q column " + j, Accuracy.flat(Accuracy.columns(nqs.get(k), j, j + 1)), column, Math.max(tol, 1e-12));
                    if (d != null) return d;
                }
            }
            if (!rOnly) {
                double[][] q = qs.get(k);
                String d = first(Accuracy.orthonormal("Q", q), Accuracy.backward("Q·R", as.get(k), Accuracy.mul(q, rk), dim, scale));
                if (d != null) return d;
            }
        }
        return null;
    }

    /** Whether a singular value lies so near a cut-off that rounding decides which side it falls on. */
    private static boolean nearCutoff(double[] s, double cutoff) {
        for (double x : s) if (x > cutoff / 1e3 && x < cutoff * 1e3) return true;
        return false;
    }

    private String rankAccuracy(Tensor a, Tensor expected, Tensor got) {
        if (a.ndim() < 2) return Accuracy.close("rank", expected.data(), got.data(), 0);
        List<double[]> ss = perMatrix(np.linalg.svdvals(a));
        int dim = Math.max(a.shape().get(-1), a.shape().get(-2));
        for (int k = 0; k < ss.size(); k++) {
            double[] s = ss.get(k);
            double cutoff = java.util.Arrays.stream(s).max().orElse(0) * dim * Accuracy.EPS;
            if (!nearCutoff(s, cutoff) && expected.data()[k] != got.data()[k]) return "rank " + got.data()[k] + " vs numpy's " + expected.data()[k];
        }
        return null;
    }

    /** pinv: within C·n·eps·(σ₁/σᵣ)·‖A⁺‖ for the σ it keeps; nothing to compare where a σ sits at its 1e-15·σ₁ cut-off. */
    private String pinvAccuracy(Tensor a, Tensor expected, Tensor got) {
        List<double[]> ss = perMatrix(np.linalg.svdvals(a));
        List<double[][]> es = Accuracy.matrices(expected), gs = Accuracy.matrices(got);
        int dim = Math.max(a.shape().get(-1), a.shape().get(-2));
        for (int k = 0; k < ss.size(); k++) {
            double[] s = ss.get(k);
            double max = java.util.Arrays.stream(s).max().orElse(0), cutoff = 1e-15 * max;
            if (nearCutoff(s, cutoff)) continue;
            double kept = java.util.Arrays.stream(s).filter(x -> x > cutoff).min().orElse(max);
            double tol = Accuracy.C * dim * Accuracy.EPS * (kept == 0 ? 0 : max / kept) * Accuracy.frobenius(es.get(k));
            String d = Accuracy.close("pinv", Accuracy.flat(es.get(k)), Accuracy.flat(gs.get(k)), tol);
            if (d != null) return d;
        }
        return null;
    }

    /** A^p as p−1 products (each a C·n·eps·‖A‖ⁱ error), or of the inverse for p < 0 (κ times more). */
    private String powerAccuracy(Tensor a, int p, Tensor expected, Tensor got) {
        List<double[][]> as = Accuracy.matrices(a), es = Accuracy.matrices(expected), gs = Accuracy.matrices(got);
        List<double[]> ss = perMatrix(np.linalg.svdvals(a));
        int n = a.shape().get(-1);
        for (int k = 0; k < as.size(); k++) {
            double kappa = ss.isEmpty() ? 1 : Accuracy.condition(ss.get(k));
            if (p < 0 && Accuracy.numericallySingular(n, kappa)) continue;
            double scale = p >= 0 ? Math.pow(Accuracy.frobenius(as.get(k)), p) : kappa * Accuracy.frobenius(es.get(k));
            double tol = Accuracy.C * n * Math.max(1, Math.abs(p)) * Accuracy.EPS * scale;
            String d = Accuracy.close("power", Accuracy.flat(es.get(k)), Accuracy.flat(gs.get(k)), tol);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * lstsq: singular values as svd's; the rank exactly unless a σ sits at the rcond cut-off; the solution within
     * C·n·eps·κ²·max(‖x‖, ‖b‖/σᵣ) (least squares' sensitivity grows with κ²) and the residuals within C·n·eps·κ·‖b‖².
     */
    private String lstsqAccuracy(JsonObject c, Tensor a, JsonElement numpy, Object got) {
        List<?> g = (List<?>) got;
        JsonArray e = numpy.getAsJsonArray();
        Tensor s = array(e.get(3)), b = array(c.get("b"));
        String d = singularValues(a, s, (Tensor) g.get(3));
        if (d != null) return d;
        int dim = Math.max(a.shape().get(-1), a.shape().get(-2));
        double max = java.util.Arrays.stream(s.data()).max().orElse(0), cutoff = max * dim * Accuracy.EPS;
        if (nearCutoff(s.data(), cutoff)) return null;
        if (e.get(2).getAsDouble() != (Double) g.get(2)) return "rank " + g.get(2) + " vs numpy's " + e.get(2);
        Tensor x = array(e.get(0));
        if (max == 0) return Accuracy.close("solution of a zero matrix", x.data(), ((Tensor) g.get(0)).data(), 0);
        double kept = java.util.Arrays.stream(s.data()).filter(v -> v > cutoff).min().orElse(max), kappa = max / kept;
        double bNorm = Accuracy.norm(b.data()), xNorm = Accuracy.norm(x.data());
        double unit = Accuracy.C * dim * Accuracy.EPS;
        return first(Accuracy.close("solution", x.data(), ((Tensor) g.get(0)).data(), unit * kappa * kappa * Math.max(xNorm, bNorm / kept)),
                Accuracy.close("residuals", array(e.get(1)).data(), ((Tensor) g.get(1)).data(), unit * kappa * bNorm * bNorm));
    }

    /** cond: relative error C·n·eps·κ for every ord; no digits at all when A is singular to working precision. */
    private String condAccuracy(Tensor a, Tensor expected, Tensor got) {
        if (a.ndim() < 2 || a.size() == 0) return compare(expectedJson(expected), got);
        List<double[]> ss = perMatrix(np.linalg.svdvals(a));
        int n = a.shape().get(-1);
        for (int k = 0; k < ss.size(); k++) {
            double kappa = Accuracy.condition(ss.get(k));
            if (Accuracy.numericallySingular(n, kappa)) continue;
            double e = expected.data()[k];
            String d = Accuracy.close("cond", new double[] {e}, new double[] {got.data()[k]}, Accuracy.C * n * Accuracy.EPS * (kappa * Math.abs(e) + 1));
            if (d != null) return d;
        }
        return null;
    }

    private static JsonElement expectedJson(Tensor t) {
        JsonObject o = new JsonObject();
        o.add("shape", new Gson().toJsonTree(t.shape().dims()));
        o.add("data", new Gson().toJsonTree(t.data()));
        return o;
    }

    /** Norms: those made of singular values (2, -2, nuc over a matrix) within C·n·eps·‖A‖; the others are not LAPACK's. */
    private String normAccuracy(Tensor a, Object ord, boolean matrix, Tensor expected, Tensor got) {
        boolean singular = matrix && (ord instanceof Double d && Math.abs(d) == 2 || "nuc".equals(ord));
        if (!singular) return values(expected, got);
        double scale = Accuracy.norm(a.data());
        int dim = Math.max(a.shape().get(-1), a.shape().get(-2));
        return Accuracy.close("norm", expected.data(), got.data(), Accuracy.C * dim * dim * Accuracy.EPS * scale);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+\\.?\\d*(?:e[+-]?\\d+)?");

    /** A printed result: the same text around the numbers, and numbers equal to the 8 digits numpy prints. */
    private static String printedAlike(String numpy, String printed) {
        if (!NUMBER.matcher(numpy).replaceAll("#").equals(NUMBER.matcher(printed).replaceAll("#"))) return "printed\n" + printed + "\nnumpy\n" + numpy;
        double[] e = NUMBER.matcher(numpy).results().mapToDouble(r -> Double.parseDouble(r.group())).toArray();
        double[] g = NUMBER.matcher(printed).results().mapToDouble(r -> Double.parseDouble(r.group())).toArray();
        double scale = java.util.Arrays.stream(e).map(Math::abs).max().orElse(0);
        String d = Accuracy.close("printed number", e, g, 1e-7 * scale);
        return d == null ? null : d + "\nprinted\n" + printed + "\nnumpy\n" + numpy;
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

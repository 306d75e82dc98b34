package mlmath.np;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.linalg.LinAlgError;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differential run against numpy 2.4.6 (gen_numpy_diff_cases.py): thousands of seeded cases over thirteen
 * categories a learner meets, each a numpy expression and its mlmath spelling (compiled into NumpyDiffCases). A case
 * agrees when the result has numpy's dtype, shape and values (1e-12 relative; in linalg 1e-9 and in einsum 1e-12 of
 * the array's scale), numpy's repr for {@code repr(a)}, or fails as one of mlmath's one-line errors with numpy's
 * message (its first line, or all its lines joined); 0-d results are compared by value, never by how they print.
 * The whole list of disagreements goes to target/numpy-diff-report.txt.
 */
class NumpyDiffTest {
    @Test
    void everyCategory_agreesWithNumpy() {
        JsonObject all = Fixtures.load("numpy_diff.json").getAsJsonObject("cases");
        Map<String, int[]> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String category : all.keySet()) {
            var cases = all.getAsJsonArray(category);
            int agree = 0;
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i).getAsJsonObject();
                String why = disagreement(category, i, c);
                if (why == null) agree++;
                else failures.add("[" + category + " " + i + "] " + c.get("py").getAsString()
                        + "\n    java: " + c.get("java").getAsString() + "\n    " + why);
            }
            tally.put(category, new int[] {agree, cases.size()});
        }
        StringBuilder summary = new StringBuilder();
        int agree = 0, total = 0;
        for (var e : tally.entrySet()) {
            summary.append(String.format("%14s: %d / %d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
            agree += e.getValue()[0];
            total += e.getValue()[1];
        }
        summary.append(String.format("%14s: %d / %d (%.2f %%)%n", "all", agree, total, 100.0 * agree / total));
        System.out.println(summary);
        writeReport(summary + String.join("\n", failures));
        if (!failures.isEmpty()) fail(failures.size() + " cases differ from numpy\n" + summary + String.join("\n", failures));
    }

    /** The whole list goes to target/numpy-diff-report.txt too, as surefire cuts long messages. */
    private static void writeReport(String text) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "numpy-diff-report.txt"), text);
        } catch (java.io.IOException e) {
            System.out.println("no report: " + e);
        }
    }

    /** Why case {@code i} differs from numpy, or null when it agrees. */
    private static String disagreement(String category, int i, JsonObject c) {
        Object got;
        try {
            got = NumpyDiffCases.eval(category, i);
        } catch (ShapeException | LinAlgError e) {
            if (!c.has("error")) return "unexpected error: " + e.getMessage();
            String want = c.get("error").getAsString();
            boolean joined = c.has("error_joined") && c.get("error_joined").getAsString().equals(e.getMessage());
            return want.equals(e.getMessage()) || joined ? null : "numpy: " + want + "\n    ours:  " + e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "raw Java exception: " + e + (c.has("error") ? "\n    numpy: " + c.get("error").getAsString() : "");
        }
        if (c.has("error")) return "numpy raises \"" + c.get("error").getAsString() + "\", ours returned " + got;
        try {
            double tol = category.equals("linalg") ? 1e-9 : 1e-12;
            // LAPACK's blocking and BLAS's summation order (numpy's own dot and matmul differ) leave cancellation noise:
            // there a value is compared to the array's scale.
            boolean scaled = category.equals("linalg") || category.equals("einsum");
            if (c.has("text")) return c.get("text").getAsString().equals(String.valueOf(got)) ? null
                    : "repr\n    numpy: " + c.get("text").getAsString().replace("\n", "\n           ") + "\n    ours:  " + String.valueOf(got).replace("\n", "\n           ");
            if (c.has("scalar")) return sameScalar(c.get("scalar"), got) ? null : "numpy " + c.get("scalar") + ", ours " + got;
            if (c.has("outs")) {
                var outs = c.getAsJsonArray("outs");
                if (!(got instanceof Tensor[] ts)) return "numpy returns " + outs.size() + " arrays, ours " + got;
                if (ts.length != outs.size()) return "numpy returns " + outs.size() + " arrays, ours " + ts.length;
                for (int k = 0; k < ts.length; k++) {
                    String why = sameArray(outs.get(k).getAsJsonObject(), ts[k], tol, scaled);
                    if (why != null) return "array " + k + ": " + why;
                }
                return null;
            }
            return sameArray(c.getAsJsonObject("out"), got, tol, scaled);
        } catch (RuntimeException e) {
            return "comparing: " + e;
        }
    }

    private static boolean sameScalar(JsonElement want, Object got) {
        double w = want.getAsJsonPrimitive().isBoolean() ? (want.getAsBoolean() ? 1 : 0)
                : want.getAsJsonPrimitive().isString() ? Double.parseDouble(want.getAsString().replace("nan", "NaN").replace("inf", "Infinity"))
                : want.getAsDouble();
        return close(w, value(got), 1e-12);
    }

    private static double value(Object got) {
        if (got instanceof Boolean b) return b ? 1 : 0;
        if (got instanceof Number n) return n.doubleValue();
        if (got instanceof Tensor t && t.size() == 1) return t.item();
        throw new IllegalStateException("not a scalar: " + got);
    }

    /** Null when {@code got} has numpy's dtype, shape and values; a 0-d numpy result may come back as a Java number. */
    private static String sameArray(JsonObject want, Object got, double tol, boolean scaled) {
        Tensor expected = NumpyCases.tensor(want);
        if (!(got instanceof Tensor t)) {
            if (expected.ndim() == 0 && (got instanceof Number || got instanceof Boolean)) {
                return close(expected.item(), value(got), tol) ? null : "numpy " + expected.item() + ", ours " + got;
            }
            return "numpy returns an array " + expected.shape() + ", ours " + got;
        }
        String dtype = switch (want.get("dtype").getAsString()) {  // numpy's narrow results of bools: our three dtypes
            case "int8", "int16", "int32", "uint8" -> "int64";
            case "float16", "float32" -> { tol = Math.max(tol, 1e-3); yield "float64"; }
            default -> want.get("dtype").getAsString();
        };
        if (!dtype.equals(t.dtype().str())) return "dtype: numpy " + dtype + ", ours " + t.dtype().str() + "\n    ours: " + t;
        if (!expected.shape().equals(t.shape())) return "shape: numpy " + expected.shape() + ", ours " + t.shape() + "\n    ours: " + t;
        double[] e = expected.data(), a = t.data();
        double scale = 0;
        if (scaled) for (double v : e) if (Double.isFinite(v)) scale = Math.max(scale, Math.abs(v));
        for (int k = 0; k < e.length; k++) {
            boolean same = close(e[k], a[k], tol, scale);
            if (!same) return "element " + k + ": numpy " + e[k] + ", ours " + a[k] + "\n    numpy: " + expected + "\n    ours:  " + t;
        }
        return null;
    }

    private static boolean close(double e, double a, double tol) { return close(e, a, tol, 0); }

    private static boolean close(double e, double a, double tol, double scale) {
        if (Double.isNaN(e) || Double.isNaN(a)) return Double.isNaN(e) && Double.isNaN(a);
        if (Double.isInfinite(e) || Double.isInfinite(a)) return e == a;
        return Math.abs(e - a) <= tol * Math.max(Math.max(1e-300, scale), Math.abs(e));
    }
}

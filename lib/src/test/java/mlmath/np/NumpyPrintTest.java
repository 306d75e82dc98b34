package mlmath.np;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.Workbook;
import mlmath.tensor.DType;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How values print, against numpy 2.4.6 (numpy_print.json, gen_numpy_print_fixtures.py): repr and str of numpy
 * scalars, 0-d arrays and arrays of the three dtypes, and which results are scalars rather than arrays.
 */
class NumpyPrintTest {
    private static final Np np = new Np();

    @Test
    void reprAndStr_ofScalarsZeroDimArraysAndArrays_matchNumpy() {
        int n = 0;
        for (JsonElement e : Fixtures.load("numpy_print.json").getAsJsonArray("values")) {
            JsonObject c = e.getAsJsonObject();
            JsonObject a = c.getAsJsonObject("a");
            Tensor t = Fixtures.tensor(a, DType.valueOf(a.get("dtype").getAsString().toUpperCase()));
            if (!c.get("scalar").getAsBoolean()) t = np.asarray(t);
            assertEquals(c.get("repr").getAsString(), t.toString(), c.get("str").getAsString());
            assertEquals(c.get("str").getAsString(), t.str(), c.get("repr").getAsString());
            n++;
        }
        assertEquals(89, n);
    }

    @Test
    void resultKinds_scalarOrArray_matchNumpy() {
        Map<String, Supplier<Object>> ops = ops();
        int n = 0;
        for (JsonElement e : Fixtures.load("numpy_print.json").getAsJsonArray("kinds")) {
            JsonObject c = e.getAsJsonObject();
            String op = c.get("op").getAsString();
            assertTrue(ops.containsKey(op), op);
            Object result = ops.get(op).get();
            assertEquals(c.get("repr").getAsString(), result.toString(), op);
            if (result instanceof Tensor t) assertEquals(c.get("str").getAsString(), t.str(), op);
            if (result instanceof DType d) assertEquals(c.get("str").getAsString(), d.str(), op);
            n++;
        }
        assertEquals(ops.size(), n);
    }

    @Test
    void print_showsNumpysStr_andRecordsTheirRepr() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Tensor x = np.array(1.0, 2.5);
            Workbook.print("loss", x.sum(), x, np.eye(2), np.array(3), np.linalg.slogdet(np.eye(2)), 0.5, x.dtype());
        } finally {
            System.setOut(old);
        }
        assertEquals("loss 3.5 [1.  2.5] [[1. 0.]\n [0. 1.]] 3 SlogdetResult(sign=np.float64(1.0), logabsdet=np.float64(0.0)) 0.5 float64"
                + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }

    /** The ops of gen_numpy_print_fixtures.py's kinds(), on the same inputs. */
    private static Map<String, Supplier<Object>> ops() {
        Tensor x = np.array(1.0, 2.0, 3.5), a = np.arange(6.0).reshape(2, 3), i = np.arange(4), s = x.sum();
        Map<String, Supplier<Object>> m = new HashMap<>();
        m.put("sum", x::sum);
        m.put("dtype_float64", x::dtype);
        m.put("dtype_int64", i::dtype);
        m.put("dtype_bool", () -> x.gt(1).dtype());
        m.put("mean", x::mean);
        m.put("max", x::max);
        m.put("min", x::min);
        m.put("std", x::std);
        m.put("var", x::var);
        m.put("prod", x::prod);
        m.put("argmax", x::argmax);
        m.put("argmin", a::argmin);
        m.put("all", () -> x.gt(0).all());
        m.put("any", () -> x.gt(5).any());
        m.put("sum_int", i::sum);
        m.put("mean_int", i::mean);
        m.put("sum_bool", () -> x.gt(1).sum());
        m.put("mean_bool", () -> x.gt(1).mean());
        m.put("sum_axis_0", () -> x.sum(0));
        m.put("sum_axes_0_1", () -> a.sum(new int[] {0, 1}));
        m.put("sum_keepdims", () -> x.sum(null, true));
        m.put("max_axis_1", () -> a.max(1));
        m.put("cumsum_0d", () -> np.cumsum(np.array(2.0)));
        m.put("dot", () -> np.dot(x, x));
        m.put("matmul", () -> x.matmul(x));
        m.put("einsum", () -> np.einsum("i,i", x, x));
        m.put("tensordot", () -> np.tensordot(x, x, 1));
        m.put("multi_dot", () -> np.linalg.multi_dot(x.slice(":2"), np.eye(2), x.slice(":2")));
        m.put("outer", () -> np.outer(x.slice(":1"), x.slice(":1")));
        m.put("det", () -> np.linalg.det(np.eye(2)));
        m.put("slogdet", () -> np.linalg.slogdet(np.eye(2)));
        m.put("matrix_rank", () -> np.linalg.matrix_rank(np.eye(2)));
        m.put("trace", () -> np.trace(np.eye(2)));
        m.put("cond", () -> np.linalg.cond(np.eye(2)));
        m.put("vector_norm", () -> np.linalg.vector_norm(x, 2));
        m.put("at", () -> a.at(0, 1));
        m.put("index_string", () -> a.get("-1, -1"));
        m.put("index_ellipsis", () -> a.get("0, 1, ..."));
        m.put("ellipsis_0d", () -> np.array(1.0).get("..."));
        m.put("index_0d_array", () -> x.get(np.array(0)));
        m.put("array", () -> np.array(1.25));
        m.put("array_int", () -> np.array(3));
        m.put("array_bool", () -> np.array(true));
        m.put("array_of_scalar", () -> np.array(s));
        m.put("asarray", () -> np.asarray(s));
        m.put("zeros", () -> np.zeros());
        m.put("ones", () -> np.ones());
        m.put("full", () -> np.full(new int[0], 3L));
        m.put("empty", () -> np.empty());
        m.put("zeros_like", () -> np.zeros_like(s));
        m.put("full_like", () -> np.full_like(np.array(2.0), 3));
        m.put("reshape", () -> x.slice(":1").reshape());
        m.put("reshape_scalar", () -> s.reshape());
        m.put("squeeze", () -> np.ones(1, 1).squeeze());
        m.put("transpose_0d", () -> np.array(1.0).T());
        m.put("copy_0d", () -> np.array(1.0).copy());
        m.put("copy_scalar", s::copy);
        m.put("astype_0d", () -> np.array(1.5).astype(DType.INT64));
        m.put("astype_scalar", () -> s.astype(DType.INT64));
        m.put("broadcast_to", () -> np.broadcast_to(s));
        m.put("where", () -> np.where(np.array(true), 1.0, 2.0));
        m.put("add_0d", () -> np.array(2.0).add(1));
        m.put("sqrt_0d", () -> np.sqrt(np.array(4.0)));
        m.put("neg_0d", () -> np.array(1.0).neg());
        m.put("gt_0d", () -> np.array(1.0).gt(0));
        m.put("maximum_0d", () -> np.maximum(np.array(1.0), 0));
        m.put("clip_0d", () -> np.clip(np.array(1.0), 0, 0.5));
        m.put("exp_number", () -> np.exp(2.0));
        m.put("abs_scalar", () -> np.abs(s.neg()));
        m.put("round_0d", () -> np.round(np.array(1.26), 1));
        m.put("isnan_0d", () -> np.isnan(np.array(1.0)));
        m.put("add_array", () -> np.array(1.5).mul(np.ones(2)));
        m.put("median", () -> np.median(x));
        m.put("percentile", () -> np.percentile(x, 50));
        m.put("quantile", () -> np.quantile(x, 0.5));
        m.put("median_axis", () -> np.median(a, 1));
        m.put("average", () -> np.average(x));
        m.put("ptp", () -> np.ptp(x));
        m.put("count_nonzero", () -> np.count_nonzero(x));
        m.put("cov", () -> np.cov(x));
        m.put("corrcoef", () -> np.corrcoef(x));
        m.put("kron", () -> np.kron(np.array(2.0), np.array(3.0)));
        m.put("nansum", () -> np.nansum(x));
        m.put("nanmean", () -> np.nanmean(x));
        m.put("nanmedian", () -> np.nanmedian(x));
        m.put("logaddexp", () -> np.logaddexp(1.0, 2.0));
        m.put("diff_sum", () -> np.diff(x).sum());
        return m;
    }
}

package mlmath.np;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.tensor.DType;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replays the cases of {@code numpy_api.json} (written by gen_numpy_api_fixtures.py from real numpy): each op name
 * is the Java call below, and the result (values, dtype, shape) or the error message must equal numpy's.
 */
final class NumpyCases {
    private NumpyCases() {}

    private static final Np np = new Np();

    /** Runs every case of {@code list}; collects the mismatches so one run reports all of them. */
    static void check(String list) { check("numpy_api.json", list, NumpyCases::call); }

    /** The Java call behind a fixture's op name and decoded arguments. */
    interface Call { Object apply(String op, List<Object> args); }

    /** Runs every case of {@code list} in fixture {@code file} through {@code call}, comparing with numpy's result or error. */
    static void check(String file, String list, Call call) {
        JsonArray cases = Fixtures.load(file).getAsJsonArray(list);
        List<String> failures = new ArrayList<>();
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            String what = c.get("op").getAsString() + " " + c.get("args");
            try {
                compare(c, call.apply(c.get("op").getAsString(), args(c.getAsJsonArray("args"))));
            } catch (ShapeException | mlmath.linalg.LinAlgError ex) {
                if (!c.has("error")) failures.add(what + "\n  unexpected error: " + ex.getMessage());
                else if (!c.get("error").getAsString().equals(ex.getMessage())) {
                    failures.add(what + "\n  numpy: " + c.get("error").getAsString() + "\n  ours:  " + ex.getMessage());
                }
            } catch (AssertionError ex) {
                failures.add(what + "\n  " + ex.getMessage());
            } catch (RuntimeException ex) {
                failures.add(what + "\n  Java exception: " + ex);
            }
        }
        assertTrue(cases.size() > 0, "no cases in " + list);
        if (!failures.isEmpty()) fail(failures.size() + " of " + cases.size() + " cases differ from numpy:\n" + String.join("\n", failures));
    }

    /**
     * Random draws of {@code list}: every case as {@link #check} does, and each draw bit-identical to numpy's (compare
     * allows 1e-12; a stream must match exactly).
     */
    static void checkDraws(String file, String list, Call call) {
        check(file, list, call);
        for (JsonElement e : Fixtures.load(file).getAsJsonArray(list)) {
            JsonObject c = e.getAsJsonObject();
            if (!c.has("out")) continue;
            Tensor got = (Tensor) call.apply(c.get("op").getAsString(), args(c.getAsJsonArray("args")));
            assertArrayEquals(tensor(c.getAsJsonObject("out")).toArray(), got.toArray(), 0.0, "bit-identical draws: " + c.get("args"));
        }
    }

    private static void compare(JsonObject c, Object result) {
        if (c.has("error")) throw new AssertionError("numpy raises \"" + c.get("error").getAsString() + "\", we returned " + result);
        if (c.has("text")) {
            assertEquals(c.get("text").getAsString(), result.toString(), "repr");
            return;
        }
        if (c.has("outs")) {
            JsonArray outs = c.getAsJsonArray("outs");
            Tensor[] got = (Tensor[]) result;
            assertEquals(outs.size(), got.length, "number of arrays");
            for (int i = 0; i < got.length; i++) compareTensor(outs.get(i).getAsJsonObject(), got[i]);
        } else if (result instanceof Boolean b) {
            compareTensor(c.getAsJsonObject("out"), np.array(b ? 1 : 0).astype(DType.BOOL));
        } else {
            compareTensor(c.getAsJsonObject("out"), (Tensor) result);
        }
    }

    /** Same dtype (numpy's int8/float16 results map onto our int64/float64), shape and values. */
    private static void compareTensor(JsonObject want, Tensor got) {
        String dtype = want.get("dtype").getAsString();
        String mapped = switch (dtype) {
            case "int8", "int16", "int32" -> "int64";
            case "float16", "float32" -> "float64";
            default -> dtype;
        };
        assertEquals(mapped, got.dtype().str(), "dtype");
        Tensor expected = Fixtures.tensor(want, got.dtype());
        assertEquals(expected.shape(), got.shape(), "shape");
        double tol = mapped.equals(dtype) ? 1e-12 : 1e-3;  // numpy computed float16 results in half precision
        double[] e = expected.data(), a = got.data();
        for (int i = 0; i < e.length; i++) {
            boolean same = Double.isNaN(e[i]) ? Double.isNaN(a[i])
                    : e[i] == a[i] || Math.abs(e[i] - a[i]) <= tol * Math.max(1, Math.abs(e[i]));
            if (!same) throw new AssertionError("element " + i + ": numpy " + e[i] + ", ours " + a[i] + "\n  ours: " + got);
        }
    }

    static List<Object> args(JsonArray json) {
        List<Object> out = new ArrayList<>();
        for (JsonElement e : json) {
            JsonObject o = e.getAsJsonObject();
            out.add(switch (o.get("t").getAsString()) {
                case "null" -> null;
                case "bool" -> o.get("v").getAsBoolean();
                case "int" -> o.get("v").getAsLong() == (int) o.get("v").getAsLong() ? (Object) o.get("v").getAsInt() : (Object) o.get("v").getAsLong();
                case "float" -> o.get("v").getAsJsonPrimitive().isString() ? Double.parseDouble(o.get("v").getAsString()
                        .replace("nan", "NaN").replace("inf", "Infinity")) : o.get("v").getAsDouble();
                case "str" -> o.get("v").getAsString();
                case "ints" -> o.getAsJsonArray("v").size() > 0 && o.getAsJsonArray("v").get(0).isJsonArray()
                        ? intRows(o.getAsJsonArray("v")) : ints(o.getAsJsonArray("v"));
                case "arrays" -> {
                    List<Tensor> ts = new ArrayList<>();
                    for (JsonElement t : o.getAsJsonArray("v")) ts.add(tensor(t.getAsJsonObject()));
                    yield ts.toArray(new Tensor[0]);
                }
                default -> tensor(o);
            });
        }
        return out;
    }

    private static int[][] intRows(JsonArray a) {
        int[][] out = new int[a.size()][];
        for (int i = 0; i < out.length; i++) out[i] = ints(a.get(i).getAsJsonArray());
        return out;
    }

    private static int[] ints(JsonArray a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsInt();
        return out;
    }

    static Tensor tensor(JsonObject o) {
        DType dtype = switch (o.get("dtype").getAsString()) {
            case "bool" -> DType.BOOL;
            case "int64" -> DType.INT64;
            default -> DType.FLOAT64;
        };
        return Fixtures.tensor(o, dtype);
    }

    private static Tensor t(Object o) { return (Tensor) o; }

    private static int[] axes(Object o) { return o instanceof Integer i ? new int[] {i} : (int[]) o; }

    /** The Java spelling of each numpy call in the generator. */
    private static Object call(String op, List<Object> a) {
        Object x = a.get(0);
        return switch (op) {
            case "add" -> np.add(x, a.get(1));
            case "subtract" -> np.subtract(x, a.get(1));
            case "multiply" -> np.multiply(x, a.get(1));
            case "divide" -> np.divide(x, a.get(1));
            case "power" -> np.power(x, a.get(1));
            case "maximum" -> np.maximum(x, a.get(1));
            case "minimum" -> np.minimum(x, a.get(1));
            case "greater" -> t(x).gt(a.get(1));
            case "greater_equal" -> t(x).ge(a.get(1));
            case "less" -> t(x).lt(a.get(1));
            case "less_equal" -> np.less_equal(x, a.get(1));
            case "equal" -> t(x).eq(a.get(1));
            case "not_equal" -> np.not_equal(x, a.get(1));
            case "logical_and" -> np.logical_and(x, a.get(1));
            case "logical_or" -> np.logical_or(x, a.get(1));
            case "logical_xor" -> np.logical_xor(x, a.get(1));
            case "tanh" -> np.tanh(x);
            case "sin" -> np.sin(x);
            case "cos" -> t(x).cos();
            case "log1p" -> np.log1p(x);
            case "expm1" -> np.expm1(x);
            case "square" -> np.square(x);
            case "sign" -> np.sign(x);
            case "exp2" -> np.exp2(x);
            case "log2" -> np.log2(x);
            case "log10" -> np.log10(x);
            case "floor" -> np.floor(x);
            case "ceil" -> t(x).ceil();
            case "round" -> np.round(x);
            case "round_decimals" -> np.round(x, (Integer) a.get(1));
            case "negative" -> t(x).neg();
            case "abs" -> np.abs(x);
            case "exp" -> np.exp(x);
            case "log" -> np.log(x);
            case "sqrt" -> np.sqrt(x);
            case "isnan" -> np.isnan(x);
            case "isinf" -> np.isinf(x);
            case "isfinite" -> np.isfinite(x);
            case "logical_not" -> np.logical_not(x);
            case "clip" -> np.clip(x, a.get(1), a.get(2));
            case "isclose" -> np.isclose(x, a.get(1));
            case "isclose_equal_nan" -> np.isclose(x, a.get(1), 1e-5, 1e-8, true);
            case "allclose" -> np.allclose(x, a.get(1));
            case "cumsum" -> np.cumsum(x);
            case "cumprod" -> t(x).cumprod();
            case "cumsum_axis" -> np.cumsum(x, (Integer) a.get(1));
            case "cumprod_axis" -> t(x).cumprod((Integer) a.get(1));
            case "unique" -> np.unique(x);
            case "copy" -> t(x).copy();
            case "zeros_like" -> np.zeros_like(x);
            case "ones_like" -> np.ones_like(x);
            case "full_like" -> np.full_like(x, (Double) a.get(1));
            case "T" -> t(x).T();
            case "nonzero" -> t(x).nonzero();
            case "where1" -> np.where(x);
            case "where3" -> np.where(x, a.get(1), a.get(2));
            case "diag" -> np.diag(x);
            case "triu" -> np.triu(x);
            case "tril" -> np.tril(x);
            case "triu_k" -> np.triu(x, (Integer) a.get(1));
            case "tril_k" -> np.tril(x, (Integer) a.get(1));
            case "sum", "mean", "prod", "max", "min", "all", "any" -> reduce(op, t(x), a.get(1), (Boolean) a.get(2));
            case "var" -> a.get(1) == null && !(Boolean) a.get(3) && (Double) a.get(2) == 0 ? t(x).var()
                    : a.get(1) instanceof Integer ax && (Double) a.get(2) == 0 ? t(x).var(ax, (Boolean) a.get(3))
                    : np.var(x, a.get(1) == null ? null : axes(a.get(1)), (Double) a.get(2), (Boolean) a.get(3));
            case "std" -> a.get(1) == null && !(Boolean) a.get(3) && (Double) a.get(2) == 0 ? np.std(x)
                    : a.get(1) instanceof Integer ax && (Double) a.get(2) == 0 ? np.std(x, ax, (Boolean) a.get(3))
                    : t(x).std(a.get(1) == null ? null : axes(a.get(1)), (Double) a.get(2), (Boolean) a.get(3));
            case "argmax" -> a.get(1) == null ? np.argmax(x) : np.argmax(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "argmin" -> a.get(1) == null ? t(x).argmin() : t(x).argmin((Integer) a.get(1), (Boolean) a.get(2));
            case "median" -> a.get(1) == null ? np.median(x) : np.median(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "quantile" -> a.get(2) == null ? np.quantile(x, a.get(1)) : np.quantile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "percentile" -> a.get(2) == null ? np.percentile(x, a.get(1)) : np.percentile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "sort" -> np.sort(x, (Integer) a.get(1));
            case "argsort" -> t(x).argsort((Integer) a.get(1));
            case "concatenate" -> np.concatenate(x, (Integer) a.get(1));
            case "stack" -> np.stack(java.util.List.of((Tensor[]) x), (Integer) a.get(1));
            case "vstack" -> np.vstack(x);
            case "hstack" -> np.hstack(x);
            case "split" -> a.get(1) instanceof Integer n ? np.split(x, n, (Integer) a.get(2)) : np.split(x, (int[]) a.get(1), (Integer) a.get(2));
            case "identity" -> np.identity((Integer) x);
            case "full" -> a.get(1) instanceof Integer v ? np.full((int[]) x, (long) v) : np.full((int[]) x, (Double) a.get(1));
            case "eye" -> np.eye((Integer) x, (Integer) a.get(1), (Integer) a.get(2));
            case "empty_shape" -> np.empty((int[]) x);
            case "zeros" -> np.zeros((int[]) x);
            case "tile" -> np.tile(x, (int[]) a.get(1));
            case "repeat" -> a.get(1) instanceof int[] r ? np.repeat(x, r, (Integer) a.get(2))
                    : a.get(2) == null ? t(x).repeat((Integer) a.get(1)) : np.repeat(x, (Integer) a.get(1), (Integer) a.get(2));
            case "broadcast_to" -> np.broadcast_to(x, (int[]) a.get(1));
            case "squeeze" -> t(x).squeeze((int[]) a.get(1));
            case "expand_dims" -> np.expand_dims(x, (Integer) a.get(1));
            case "swapaxes" -> t(x).swapaxes((Integer) a.get(1), (Integer) a.get(2));
            case "moveaxis" -> np.moveaxis(x, (Integer) a.get(1), (Integer) a.get(2));
            case "transpose" -> t(x).transpose((int[]) a.get(1));
            case "astype" -> t(x).astype(switch ((String) a.get(1)) {
                case "bool" -> DType.BOOL;
                case "int64" -> DType.INT64;
                default -> DType.FLOAT64;
            });
            case "meshgrid" -> np.meshgrid((Object[]) x, (String) a.get(1));
            case "get_str" -> t(x).get((String) a.get(1));
            case "get_mask", "get_index" -> t(x).get(t(a.get(1)));
            case "set_mask", "set_index" -> t(x).set(t(a.get(1)), a.get(2));
            case "set_str" -> t(x).set((String) a.get(1), a.get(2));
            case "take" -> t(x).take(a.get(1), a.get(2));
            case "pick" -> t(x).pick(a.get(1));
            case "einsum" -> np.einsum((String) x, (Object[]) a.get(1));
            case "tensordot" -> np.tensordot(x, a.get(1), (Integer) a.get(2));
            case "tensordot_axes" -> np.tensordot(x, a.get(1), new int[][] {(int[]) a.get(2), (int[]) a.get(3)});
            case "dot" -> np.dot(x, a.get(1));
            case "matmul" -> t(x).matmul(a.get(1));
            case "arange" -> np.arange((Double) x, (Double) a.get(1), (Double) a.get(2));
            case "arange_int" -> np.arange((Integer) x, (Integer) a.get(1), (Integer) a.get(2));
            case "reshape" -> t(x).reshape((int[]) a.get(1));
            default -> throw new AssertionError("no Java call for numpy op " + op);
        };
    }

    private static Tensor reduce(String op, Tensor x, Object axis, boolean keepdims) {
        if (axis == null && !keepdims) {
            return switch (op) {
                case "sum" -> x.sum();
                case "mean" -> x.mean();
                case "prod" -> x.prod();
                case "max" -> x.max();
                case "min" -> x.min();
                case "all" -> x.all();
                default -> x.any();
            };
        }
        if (axis instanceof Integer ax) {
            return switch (op) {
                case "sum" -> x.sum(ax, keepdims);
                case "mean" -> x.mean(ax, keepdims);
                case "prod" -> x.prod(ax, keepdims);
                case "max" -> x.max(ax, keepdims);
                case "min" -> x.min(ax, keepdims);
                case "all" -> x.all(ax, keepdims);
                default -> x.any(ax, keepdims);
            };
        }
        int[] axes = axis == null ? null : (int[]) axis;
        return switch (op) {
            case "sum" -> x.sum(axes, keepdims);
            case "mean" -> x.mean(axes, keepdims);
            case "prod" -> x.prod(axes, keepdims);
            case "max" -> x.max(axes, keepdims);
            case "min" -> x.min(axes, keepdims);
            case "all" -> x.all(axes, keepdims);
            default -> x.any(axes, keepdims);
        };
    }
}

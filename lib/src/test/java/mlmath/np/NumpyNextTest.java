package mlmath.np;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.Workbook;
import mlmath.linalg.QRResult;
import mlmath.linalg.SVDResult;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue #28 against numpy: the parity fixes (result reprs, list indexes, partial integer indexes, masked assignment,
 * qr mode "r", empty quantiles) and numpy's next tier of functions, replayed from numpy_next.json
 * (gen_numpy_next_fixtures.py, numpy 2.4.6).
 */
class NumpyNextTest {
    private static final Np np = new Np();

    @Test
    void everyCase_matchesNumpy() { NumpyCases.check("numpy_next.json", "cases", NumpyNextTest::call); }

    /**
     * numpy's legacy binomial, poisson, beta, gamma, multinomial and dirichlet streams, and default_rng's PCG64
     * Generator (random, integers, uniform, choice, permutation), value for value and error for error.
     */
    @Test
    void legacyDistributions_matchNumpysStreams() {
        NumpyCases.checkDraws("numpy_next.json", "random", NumpyNextTest::call);
    }

    /**
     * default_rng's standard_normal and normal, bit for bit numpy's: the short cases and every 500th of 200,000 draws
     * a seed exactly, and for 100,000-draw streams (every layer, its wedge, the tail beyond R) every 1009th draw
     * exactly and a SHA-256 over all of them.
     */
    @Test
    void generatorNormals_matchNumpyBitForBit() {
        NumpyCases.checkDraws("numpy_next.json", "normal", NumpyNextTest::call);
        for (JsonElement e : Fixtures.load("numpy_next.json").getAsJsonArray("normal_streams")) {
            JsonObject o = e.getAsJsonObject();
            Generator g = rng(o.get("seed").getAsLong());
            int n = o.get("n").getAsInt(), step = o.get("sample_step").getAsInt();
            boolean standard = o.get("loc").isJsonNull();
            double loc = standard ? 0 : o.get("loc").getAsDouble(), scale = standard ? 1 : o.get("scale").getAsDouble();
            String what = (standard ? "standard_normal(" : "normal(" + loc + ", " + scale + ", ") + n + ") after seed " + o.get("seed");
            double[] z = (standard ? g.standard_normal(n) : g.normal(loc, scale, n)).toArray();
            ByteBuffer bytes = ByteBuffer.allocate(8 * n);
            for (int i = 0; i < n; i++) {
                if (i % step == 0) assertEquals(o.getAsJsonArray("sample").get(i / step).getAsDouble(), z[i], 0.0, what + ", draw " + i);
                bytes.putDouble(z[i]);
            }
            assertEquals(o.get("sha256").getAsString(), sha256(bytes.array()), what);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** np.save writes numpy's bytes exactly, and np.load reads them back with dtype and shape. */
    @Test
    void save_writesNumpysBytes_andLoadReadsThem(@TempDir Path dir) throws Exception {
        int k = 0;
        for (JsonElement e : Fixtures.load("numpy_next.json").getAsJsonArray("npy")) {
            JsonObject c = e.getAsJsonObject();
            Tensor want = NumpyCases.tensor(c.getAsJsonObject("array"));
            byte[] bytes = Base64.getDecoder().decode(c.get("npy").getAsString());
            String file = dir.resolve("a" + k++).toString();
            np.save(file, want);
            assertArrayEquals(bytes, Files.readAllBytes(Path.of(file + ".npy")), "np.save bytes of " + want);
            assertSame(want, np.load(file + ".npy"));
        }
    }

    /** np.load reads what numpy writes in other dtypes (as float64 / int64), big-endian, Fortran order and format 2.0. */
    @Test
    void load_readsOtherDtypesOrdersAndVersions(@TempDir Path dir) throws Exception {
        int k = 0;
        for (JsonElement e : Fixtures.load("numpy_next.json").getAsJsonArray("npy_foreign")) {
            JsonObject c = e.getAsJsonObject();
            Path file = dir.resolve("f" + k++ + ".npy");
            Files.write(file, Base64.getDecoder().decode(c.get("npy").getAsString()));
            assertSame(NumpyCases.tensor(c.getAsJsonObject("array")), np.load(file.toString()));
        }
        String missing = dir.resolve("none.npy").toString();
        assertEquals("[Errno 2] No such file or directory: '" + missing + "'",
                assertThrows(ShapeException.class, () -> np.load(missing)).getMessage());
        Path text = dir.resolve("text.npy");
        Files.writeString(text, "hello");
        assertThrows(ShapeException.class, () -> np.load(text.toString()));
    }

    private static void assertSame(Tensor want, Tensor got) {
        assertEquals(want.dtype(), got.dtype(), "dtype");
        assertEquals(want.shape(), got.shape(), "shape");
        assertArrayEquals(want.toArray(), got.toArray(), 0.0);
    }

    /** Calls that used to escape as NullPointerException, ClassCastException or OutOfMemoryError now say what is wrong. */
    @Test
    void badArguments_giveOneLineErrors() {
        Tensor a = np.eye(2);
        assertEquals("UPLO argument must be 'L' or 'U'", assertThrows(ShapeException.class, () -> np.linalg.eigh(a, null)).getMessage());
        assertEquals("UPLO argument must be 'L' or 'U'", assertThrows(ShapeException.class, () -> np.linalg.eigvalsh(a, null)).getMessage());
        assertEquals("Unrecognized mode 'None'", assertThrows(ShapeException.class, () -> np.linalg.qr(a, null)).getMessage());
        assertEquals("'NoneType' object is not iterable",
                assertThrows(ShapeException.class, () -> np.linalg.multi_dot((Object[]) null)).getMessage());
        assertEquals("reconstruct needs U, S and Vt, and this SVDResult lacks one",
                assertThrows(ShapeException.class, () -> new SVDResult(null, null, null).reconstruct(1)).getMessage());
        assertEquals("'axis' must be None, an integer or a tuple of integers",
                assertThrows(ShapeException.class, () -> np.linalg.norm(a, null, a, false)).getMessage());
        assertEquals("mode 'r' computes R alone: np.linalg.qr(a) gives Q as well",
                assertThrows(ShapeException.class, () -> np.linalg.qr(a, "r").Q()).getMessage());
        assertEquals("timeit repeats the code at most 1000000 times, got 2147483647",
                assertThrows(IllegalArgumentException.class, () -> Workbook.timeit(Integer.MAX_VALUE, () -> {})).getMessage());
    }

    private static Tensor t(Object o) { return (Tensor) o; }

    /** An int64 array from the fixture's comma-separated values (JSON numbers would pass through doubles). */
    private static Tensor longs(Object csv) {
        return np.array(java.util.Arrays.stream(((String) csv).split(",")).mapToLong(Long::parseLong).toArray());
    }

    private static Object int64Binary(String name, Tensor x, Tensor y) {
        return switch (name) {
            case "add" -> x.add(y);
            case "subtract" -> x.sub(y);
            case "multiply" -> x.mul(y);
            case "floor_divide" -> np.floor_divide(x, y);
            case "mod" -> np.mod(x, y);
            case "power" -> np.power(x, y);
            case "maximum" -> np.maximum(x, y);
            default -> throw new AssertionError("no Java call for int64 op " + name);
        };
    }

    private static Object int64Unary(String name, Tensor x) {
        return switch (name) {
            case "negative" -> x.neg();
            case "abs" -> x.abs();
            case "sum" -> x.sum();
            case "prod" -> x.prod();
            case "max" -> x.max();
            case "min" -> x.min();
            case "cumsum" -> np.cumsum(x);
            case "cumprod" -> np.cumprod(x);
            case "astype_float64" -> x.astype(mlmath.tensor.DType.FLOAT64);
            case "add_half" -> x.add(0.5);
            case "str" -> x.str();
            case "sum_axis0" -> x.reshape(2, 3).sum(0);
            case "prod_axis1" -> x.reshape(2, 3).prod(1);
            case "max_axis0" -> x.reshape(2, 3).max(0);
            case "cumsum_axis0" -> np.cumsum(x.reshape(2, 3), 0);
            case "item_at" -> x.at(2);
            case "mul_int" -> x.mul(3);
            case "slice_from1" -> x.get("1:");
            case "slice_rev_cols" -> x.reshape(2, 3).get("::-1, 1:");
            case "slice_step2" -> x.get("::2");
            case "index_row" -> x.reshape(2, 3).at(1);
            case "transpose" -> x.reshape(2, 3).T();
            case "transpose_3d" -> x.reshape(1, 2, 3).transpose(2, 0, 1);
            case "fancy" -> x.get(np.array(new long[] {5, 0, 2}));
            case "fancy_list" -> x.reshape(2, 3).get(":, [2, 0]");
            case "take_pairs" -> x.reshape(2, 3).take(new long[] {1, 0}, new long[] {2, 1});
            case "mask" -> x.get(x.ne(7));
            case "mask_rows" -> x.reshape(2, 3).get(np.array(new boolean[] {true, false}));
            case "concatenate" -> np.concatenate(new Tensor[] {x, x.get(":2")});
            case "stack_axis1" -> np.stack(new Tensor[] {x, x}, 1);
            case "where" -> np.where(np.mod(np.arange(6), 2).eq(0), x, np.array(new long[] {-1}).at(0));
            case "flip" -> np.flip(x);
            case "set_slice" -> x.set("1", x.at(2));
            case "repeat" -> np.repeat(x, 2);
            case "repeat_axis1" -> np.repeat(x.reshape(2, 3), new int[] {1, 0, 2}, 1);
            case "tile" -> np.tile(x.reshape(2, 3), 2, 2);
            case "roll" -> np.roll(x.reshape(2, 3), 1, 1);
            case "split" -> np.split(x.reshape(2, 3), new int[] {1}, 1)[1];
            case "triu" -> np.triu(x.reshape(2, 3), 1);
            case "tril" -> np.tril(x.reshape(3, 2), -1);
            case "diag_of_vector" -> np.diag(x.get(":3"), 1);
            case "diag_of_matrix" -> np.diag(x.reshape(3, 2), -1);
            case "sort" -> x.sort(-1);
            case "sort_axis0" -> x.reshape(2, 3).sort(0);
            case "argsort" -> x.argsort(-1);
            case "unique" -> np.unique(np.concatenate(new Tensor[] {x, x.get("::-2"), x.add(1)}));
            case "diff" -> np.diff(x);
            case "diff_axis0" -> np.diff(x.reshape(2, 3), 1, 0);
            case "diff_twice" -> np.diff(x, 2);
            case "pad_edge" -> np.pad(x, new int[] {2}, "edge");
            case "pad_constant" -> np.pad(x.reshape(2, 3), new int[] {1}, "constant", (1L << 62) + 5);
            case "gt_2p53" -> x.gt(1L << 53);
            case "eq_2p53_plus1" -> x.eq((1L << 53) + 1);
            case "le_2p53_plus1" -> x.le((1L << 53) + 1);
            case "ge_rolled" -> x.ge(np.roll(x, 1));
            case "lt_column" -> x.reshape(2, 3).lt(x.reshape(2, 3).get(":, 1:2"));
            case "argmax" -> np.argmax(x);
            case "argmin" -> np.argmin(x);
            case "argmax_axis0" -> np.argmax(x.reshape(2, 3), 0);
            case "argmin_axis1" -> np.argmin(x.reshape(2, 3), 1);
            case "index_by_itself" -> x.get(x);
            default -> throw new AssertionError("no Java call for int64 op " + name);
        };
    }

    private static Generator rng(Object seed) { return np.random.default_rng(((Number) seed).longValue()); }

    private static NpRandom seeded(Object seed) {
        np.random.seed((Integer) seed);
        return np.random;
    }

    /** The Java spelling of each op name of gen_numpy_next_fixtures.py. */
    private static Object call(String op, List<Object> a) {
        Object x = a.get(0);
        return switch (op) {
            case "repr_slogdet" -> np.linalg.slogdet(x).toString();
            case "repr_lstsq" -> np.linalg.lstsq(x, a.get(1)).toString();
            case "qr_r" -> {
                QRResult r = np.linalg.qr(x, (String) a.get(1));
                if (!r.toString().equals(r.R().toString())) throw new AssertionError("mode 'r' prints R: " + r);
                yield r.R();
            }
            case "svdvals" -> np.linalg.svdvals(x);
            case "eigvals" -> np.linalg.eigvals(x);
            case "eigvalsh" -> np.linalg.eigvalsh(x);
            case "matrix_rank" -> np.linalg.matrix_rank(x);
            case "pinv" -> np.linalg.pinv(x);
            case "get_str" -> t(x).get((String) a.get(1));
            case "set_str" -> t(x).set((String) a.get(1), a.get(2));
            case "set_mask" -> t(x).set(t(a.get(1)), a.get(2));
            case "at" -> t(x).at((int[]) a.get(1));
            case "quantile" -> a.get(2) == null ? np.quantile(x, a.get(1)) : np.quantile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "percentile" -> a.get(2) == null ? np.percentile(x, a.get(1)) : np.percentile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "diff" -> np.diff(x, (Integer) a.get(1), (Integer) a.get(2));
            case "cross" -> np.cross(x, a.get(1));
            case "kron" -> np.kron(x, a.get(1));
            case "diag_k" -> np.diag(x, (Integer) a.get(1));
            case "flip" -> np.flip(x);
            case "flip_axes" -> np.flip(x, (int[]) a.get(1));
            case "fliplr" -> np.fliplr(x);
            case "flipud" -> np.flipud(x);
            case "roll" -> np.roll(x, (Integer) a.get(1));
            case "roll_axis" -> np.roll(x, (Integer) a.get(1), (Integer) a.get(2));
            case "roll_axes" -> np.roll(x, (int[]) a.get(1), (int[]) a.get(2));
            case "pad" -> np.pad(x, a.get(1), (String) a.get(2));
            case "pad_value" -> np.pad(x, a.get(1), (String) a.get(2), a.get(3));
            case "mod" -> np.mod(x, a.get(1));
            case "floor_divide" -> np.floor_divide(x, a.get(1));
            case "logaddexp" -> np.logaddexp(x, a.get(1));
            case "logsumexp" -> np.logsumexp(x);
            case "logsumexp_axis" -> t(x).logsumexp((Integer) a.get(1), (Boolean) a.get(2));
            case "nansum" -> np.nansum(x);
            case "nanprod" -> np.nanprod(x);
            case "nanmean" -> np.nanmean(x);
            case "nanmax" -> np.nanmax(x);
            case "nanmin" -> np.nanmin(x);
            case "nanvar" -> np.nanvar(x);
            case "nanstd" -> np.nanstd(x);
            case "nansum_axis" -> np.nansum(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "nanprod_axis" -> np.nanprod(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "nanmean_axis" -> np.nanmean(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "nanmax_axis" -> np.nanmax(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "nanmin_axis" -> np.nanmin(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "nanvar_axis" -> np.nanvar(x, (Integer) a.get(1), (Double) a.get(2), (Boolean) a.get(3));
            case "nanstd_axis" -> np.nanstd(x, (Integer) a.get(1), (Double) a.get(2), (Boolean) a.get(3));
            case "nanmedian" -> np.nanmedian(x);
            case "nanquantile" -> np.nanquantile(x, a.get(1));
            case "nanpercentile" -> np.nanpercentile(x, a.get(1));
            case "nanmedian_axis" -> np.nanmedian(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "nanquantile_axis" -> np.nanquantile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "nanpercentile_axis" -> np.nanpercentile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "nanargmax" -> np.nanargmax(x);
            case "nanargmin" -> np.nanargmin(x);
            case "nanargmax_axis" -> np.nanargmax(x, (Integer) a.get(1));
            case "nanargmin_axis" -> np.nanargmin(x, (Integer) a.get(1));
            case "cov" -> np.cov(x);
            case "corrcoef" -> np.corrcoef(x);
            case "cov_y" -> np.cov(x, a.get(1));
            case "corrcoef_y" -> np.corrcoef(x, a.get(1));
            case "cov_flags" -> np.cov(x, (Boolean) a.get(1), (Boolean) a.get(2));
            case "corrcoef_rowvar" -> np.corrcoef(x, (boolean) (Boolean) a.get(1));
            case "cov_ddof" -> np.cov(x, null, true, false, (Integer) a.get(1));
            case "histogram" -> np.histogram(x, (Integer) a.get(1));
            case "histogram_range" -> np.histogram(x, (Integer) a.get(1), a.get(2) == null ? null : t(a.get(2)).toArray(), (Boolean) a.get(3));
            case "histogram_edges" -> np.histogram(x, t(a.get(1)));
            case "histogram_edges_density" -> np.histogram(x, t(a.get(1)), true);
            case "bincount" -> np.bincount(x);
            case "bincount_w" -> np.bincount(x, a.get(1), (Integer) a.get(2));
            case "searchsorted" -> np.searchsorted(x, a.get(1), (String) a.get(2));
            case "digitize" -> np.digitize(x, a.get(1), (Boolean) a.get(2));
            case "argwhere" -> np.argwhere(x);
            case "count_nonzero" -> np.count_nonzero(x);
            case "count_nonzero_axis" -> np.count_nonzero(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "array_equal" -> np.array_equal(x, a.get(1));
            case "array_equal_nan" -> np.array_equal(x, a.get(1), true);
            case "ptp" -> np.ptp(x);
            case "ptp_axis" -> np.ptp(x, (Integer) a.get(1), (Boolean) a.get(2));
            case "average" -> np.average(x, a.get(1));
            case "average_axis" -> np.average(x, (Integer) a.get(1), a.get(2));
            case "tensorsolve" -> np.linalg.tensorsolve(x, a.get(1));
            case "binomial" -> seeded(x).binomial(a.get(1), a.get(2), (int[]) a.get(3));
            case "poisson" -> seeded(x).poisson(a.get(1), (int[]) a.get(2));
            case "beta" -> seeded(x).beta((Double) a.get(1), (Double) a.get(2), (int[]) a.get(3));
            case "gamma" -> seeded(x).gamma((Double) a.get(1), (Double) a.get(2), (int[]) a.get(3));
            case "standard_gamma" -> seeded(x).standard_gamma((Double) a.get(1), (int[]) a.get(2));
            case "exponential" -> seeded(x).exponential((Double) a.get(1), (int[]) a.get(2));
            case "multinomial" -> seeded(x).multinomial((Integer) a.get(1), a.get(2), (int[]) a.get(3));
            case "dirichlet" -> seeded(x).dirichlet(a.get(1), (int[]) a.get(2));
            case "mixed" -> {
                NpRandom r = seeded(x);
                yield np.concatenate(new Tensor[] {r.randn(1), r.gamma(3.0, 1.0, 3), r.randn(2), r.binomial(50, 0.5, 2)});
            }
            case "rng_random" -> rng(x).random((int[]) a.get(1));
            case "rng_integers" -> rng(x).integers(((Number) a.get(1)).longValue(), ((Number) a.get(2)).longValue(), (int[]) a.get(3));
            case "rng_uniform" -> rng(x).uniform((Double) a.get(1), (Double) a.get(2), (int[]) a.get(3));
            case "rng_permutation" -> rng(x).permutation((int) (Integer) a.get(1));
            case "rng_permutation_array" -> rng(x).permutation(a.get(1));
            case "rng_choice" -> rng(x).choice(a.get(1), (int[]) a.get(2), (Boolean) a.get(3), a.get(4));
            case "rng_standard_normal" -> rng(x).standard_normal((int[]) a.get(1));
            case "rng_normal" -> rng(x).normal((Double) a.get(1), (Double) a.get(2), (int[]) a.get(3));
            case "rng_standard_normal_every_500th" -> rng(x).standard_normal((Integer) a.get(1)).get("::500");
            case "rng_mixed" -> {
                Generator g = rng(x);
                yield np.concatenate(new Tensor[] {g.integers(0, 7, 3), g.random(2), g.integers(0, 1L << 33, 2), g.permutation(5), g.random(1)});
            }
            case "int64_binary" -> int64Binary((String) x, longs(a.get(1)), longs(a.get(2)));
            case "int64_unary" -> int64Unary((String) x, longs(a.get(1)));
            case "int64_arange" -> np.arange(((Number) x).longValue(), ((Number) a.get(1)).longValue());
            case "int64_prod_arange" -> np.prod(np.arange((Integer) x, (Integer) a.get(1)));
            case "int64_cumprod_arange" -> np.cumprod(np.arange((Integer) x, (Integer) a.get(1)));
            case "int64_cumsum_arange_scaled" -> np.cumsum(np.arange((Integer) x, (Integer) a.get(1)).mul(a.get(2)));
            case "int64_array_mul" -> np.array(new long[] {((Number) x).longValue()}).mul(a.get(1));
            default -> throw new AssertionError("no Java call for numpy op " + op);
        };
    }
}

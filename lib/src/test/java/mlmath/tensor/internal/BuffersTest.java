package mlmath.tensor.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The allocation guard speaks numpy's MemoryError text (fixtures from numpy's own formatter), bool prints as numpy,
 * bools are stored a byte each, giving what bools stored as doubles give, and int64 as longs.
 */
class BuffersTest {
    private final Np np = new Np();

    @Test
    void arraysJavaCannotHold_areRefusedWithNumpysWording() {
        for (JsonElement e : Fixtures.load("numpy_api.json").getAsJsonArray("memory")) {
            JsonObject c = e.getAsJsonObject();
            int[] dims = new int[c.getAsJsonArray("shape").size()];
            for (int i = 0; i < dims.length; i++) dims[i] = c.getAsJsonArray("shape").get(i).getAsInt();
            DType dtype = c.has("dtype") ? DType.BOOL : DType.FLOAT64;
            String got = assertThrows(ShapeException.class, () -> Buffers.alloc(new Shape(dims), dtype)).getMessage();
            assertEquals(c.get("error").getAsString(), got);
            if (dtype == DType.FLOAT64) {
                assertEquals(c.get("error").getAsString(), assertThrows(ShapeException.class, () -> np.zeros(dims)).getMessage());
            }
        }
    }

    @Test
    void sizeString_followsNumpysRounding() {
        assertEquals("0 bytes", Buffers.sizeString(0));
        assertEquals("1023 bytes", Buffers.sizeString(1023));
        assertEquals("1.00 KiB", Buffers.sizeString(1024));
        assertEquals("1.00 MiB", Buffers.sizeString(1024 * 1024 - 1));
        assertEquals("999. KiB", Buffers.sizeString(999 * 1024));
    }

    @Test
    void repr_ofBoolAndIntResults_matchesNumpy() {
        for (JsonElement e : Fixtures.load("numpy_api.json").getAsJsonArray("repr")) {
            JsonObject c = e.getAsJsonObject();
            DType dtype = switch (c.getAsJsonObject("a").get("dtype").getAsString()) {
                case "bool" -> DType.BOOL;
                case "int64" -> DType.INT64;
                default -> DType.FLOAT64;
            };
            Tensor t = Fixtures.tensor(c.get("a"), dtype);
            assertEquals(c.get("repr").getAsString(), t.toString());
        }
        assertEquals("np.True_", np.array(1.0).gt(0).toString());
    }

    @Test
    void comparisonsAndLogic_storeOneBytePerElement() {
        Tensor x = np.random.default_rng(0).standard_normal(1000, 1000);
        Tensor mask = x.gt(0);
        assertTrue(Buffers.storesBools(mask));
        assertEquals(1_000_000, Buffers.bools(mask).length);
        for (Tensor t : new Tensor[] {x.ge(0), x.lt(0), x.le(0), x.eq(0), x.ne(0), np.isnan(x), np.isinf(x), np.isfinite(x),
                np.logical_and(mask, x.lt(1)), np.logical_or(mask, x.lt(1)), np.logical_xor(mask, x.lt(1)), np.logical_not(mask),
                np.isclose(x, x), x.astype(DType.BOOL), mask.add(mask), mask.mul(mask), mask.reshape(-1), np.broadcast_to(x.get("0").gt(0), 3, 1000)}) {
            assertTrue(Buffers.storesBools(t), t.shape() + " " + t.dtype());
        }
    }

    @Test
    void boolsStoredAsBytes_giveWhatBoolsStoredAsDoublesGive() {
        Tensor x = np.random.default_rng(1).standard_normal(3, 4, 5);
        Tensor bytes = x.gt(0.3), doubles = new Tensor(x.gt(0.3).toArray(), x.shape(), DType.BOOL);
        assertTrue(Buffers.storesBools(bytes));
        assertTrue(!Buffers.storesBools(doubles));
        for (java.util.function.Function<Tensor, Object> op : java.util.List.<java.util.function.Function<Tensor, Object>>of(
                m -> m.sum(), m -> m.sum(0), m -> m.sum(1), m -> m.sum(-1, true), m -> m.mean(), m -> m.mean(1), m -> m.any(2),
                m -> m.all(0), m -> np.count_nonzero(m), m -> np.count_nonzero(m, 1, false), m -> x.get(m), m -> x.get(np.logical_not(m.get(":, :, 0"))),
                m -> np.where(m, x, 0), m -> np.where(m.get("0, 0"), x, x.neg()), m -> x.set(m, 7), m -> np.argwhere(m),
                m -> java.util.Arrays.toString(m.nonzero()), m -> m.toString(), m -> m.T().str(), m -> np.logical_and(m, m.get("1")))) {
            assertEquals(op.apply(doubles).toString(), op.apply(bytes).toString());
        }
    }

    @Test
    void int64_isStoredAsLongs_whereOpsComputeInInt64() {
        Tensor i = np.arange(6);
        for (Tensor t : new Tensor[] {i, np.array(1, 2), np.array(1L << 62), i.add(1), i.sub(i), i.mul(3), i.neg(), i.abs(),
                np.floor_divide(i, 4), np.mod(i, 4), np.power(i, 2), np.maximum(i, 2), i.sum(), i.prod(), i.max(), i.min(),
                i.reshape(2, 3).sum(0), np.cumsum(i), np.cumprod(i), np.array(1.5, -2.5).astype(DType.INT64), i.gt(2).astype(DType.INT64)}) {
            assertTrue(Buffers.storesLongs(t), t.toString());
        }
    }

    @Test
    void opsThatMoveElements_keepBoolsAsBytesAndInt64AsLongs() {
        assertEquals("array([9007199254740993, 9007199254740994])", np.arange(9007199254740992L, 9007199254740995L).get("1:").toString());
        Tensor b = np.mod(np.arange(12).reshape(3, 4), 3).eq(0), i = np.arange(12).reshape(3, 4).add(1L << 60);
        for (Tensor x : new Tensor[] {b, i}) {
            Tensor mask = x.reshape(-1).get("::-1").reshape(3, 4).astype(DType.BOOL);
            for (Tensor t : new Tensor[] {x.get("1:"), x.get("::2, 1:"), x.get("::-1, ::3"), x.at(1), x.get(":, [3, 0]"), x.T(),
                    x.reshape(3, 2, 2).transpose(2, 0, 1), x.get(np.array(new long[] {2, 0})), x.take(new long[] {0, 2}, new long[] {1, 1}),
                    x.get(mask), x.get(mask.get(":, 0")), np.concatenate(new Tensor[] {x, x}), np.stack(new Tensor[] {x, x}, 2),
                    np.where(mask, x, x.get("0")), np.flip(x), np.broadcast_to(x.get("0"), 2, 4), x.set("1, :", x.get("2")),
                    np.repeat(x, 2), np.repeat(x, new int[] {2, 0, 1}, 0), np.tile(x, 2, 1), np.roll(x, 1, 1), np.split(x, 2, 1)[1],
                    np.triu(x, 1), np.tril(x), np.diag(x), np.diag(x.get("0"), -1)}) {
                assertTrue(x == b ? Buffers.storesBools(t) : Buffers.storesLongs(t), t.dtype() + " " + t.shape());
                assertEquals(x.dtype(), t.dtype());
            }
        }
    }
}

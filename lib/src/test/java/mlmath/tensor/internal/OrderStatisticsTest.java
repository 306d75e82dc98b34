package mlmath.tensor.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.np.Np;
import mlmath.tensor.DType;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * median, quantile, percentile and their nan-variants read long lines by rank and give numpy's values bit for bit, as
 * sort, argsort (stable) and unique of the same lines do: NaN, infinities, signed zeros, ties, all-equal and all-NaN
 * lines, heavy tails, int64 and bool, along every axis (fixtures from lib/src/test/python/gen_order_statistic_fixtures.py).
 */
class OrderStatisticsTest {
    private static final JsonObject F = Fixtures.load("order_statistics.json");
    private static final Np np = new Np();

    private static Tensor decode(JsonElement e) {
        String dtype = e.getAsJsonObject().get("dtype").getAsString();
        return Fixtures.tensor(e, dtype.equals("bool") ? DType.BOOL : dtype.equals("int64") ? DType.INT64 : DType.FLOAT64);
    }

    @Test
    void everyCase_isNumpys_toTheBit() {
        int checked = 0;
        for (JsonElement e : F.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            Tensor x = decode(F.getAsJsonObject("inputs").get(c.get("input").getAsString()));
            Integer axis = c.get("axis").isJsonNull() ? null : c.get("axis").getAsInt();
            Object q = c.get("q").isJsonNull() ? null
                    : c.get("q").isJsonArray() ? Fixtures.doubles(c.get("q")) : (Object) c.get("q").getAsDouble();
            Tensor got = switch (c.get("op").getAsString()) {
                case "median" -> axis == null ? np.median(x) : np.median(x, axis);
                case "nanmedian" -> axis == null ? np.nanmedian(x) : np.nanmedian(x, axis, false);
                case "quantile" -> axis == null ? np.quantile(x, q) : np.quantile(x, q, axis);
                case "nanquantile" -> axis == null ? np.nanquantile(x, q) : np.nanquantile(x, q, axis, false);
                case "percentile" -> axis == null ? np.percentile(x, q) : np.percentile(x, q, axis);
                case "sort" -> x.sort(axis);
                case "argsort" -> x.argsort(axis);
                default -> np.unique(x);
            };
            Tensor want = decode(c.get("out"));
            String what = c.toString().replaceAll(",\"out\".*", "");
            assertEquals(want.shape(), got.shape(), what + ": shape");
            assertEquals(want.dtype(), got.dtype(), what + ": dtype");
            // numpy's partition leaves -0.0 and 0.0 in no set order, so which of them a rank holds is numpy's chance.
            if (Set.of("zeros", "long").contains(c.get("input").getAsString())) assertArrayEquals(want.data(), got.data(), 0.0, what);
            else assertArrayEquals(want.data(), got.data(), what);
            checked++;
        }
        assertEquals(137, checked);
    }
}

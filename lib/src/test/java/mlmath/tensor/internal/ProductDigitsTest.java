package mlmath.tensor.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import mlmath.Fixtures;
import mlmath.linalg.Lapack;
import mlmath.np.Np;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small products carry numpy's digits (gen_product_fixtures.py): numpy hands matmul and dot of any size to BLAS, a
 * matrix and a vector to dgemv, a matrix and its transpose to dsyrk, a transposed view as its base with a Trans
 * flag, so a 2x2 product's last digit is the OpenBLAS kernel's. Under a kernel the fixture lists (numpy ran it), every bit; under another, numpy's accuracy.
 */
class ProductDigitsTest {
    private static final JsonObject FIXTURE = Fixtures.load("products.json");
    private static final Np np = new Np();

    @Test
    void smallProducts_haveNumpysDigitsUnderItsKernel() {
        // Waits for OpenBLAS, so no product falls back to Java while it loads. OpenBLAS's Cooperlake and SapphireRapids
        // targets multiply doubles with SkylakeX's kernels (they add bfloat16 ones); numpy's build runs SkylakeX there.
        String kernel = Lapack.kernel().replaceAll("^(Cooperlake|SapphireRapids)$", "SkylakeX");
        JsonObject kernels = FIXTURE.getAsJsonObject("kernels");
        boolean exact = kernels.has(kernel);
        var expected = (exact ? kernels.get(kernel) : kernels.entrySet().iterator().next().getValue()).getAsJsonArray();
        var operands = FIXTURE.getAsJsonArray("operands");
        assertEquals(operands.size(), expected.size());
        int compared = 0;
        for (int i = 0; i < operands.size(); i++) {
            Tensor a = Fixtures.tensor(operands.get(i).getAsJsonObject().get("a"));
            Tensor b = Fixtures.tensor(operands.get(i).getAsJsonObject().get("b"));
            JsonObject want = expected.get(i).getAsJsonObject();
            String what = a.shape() + " @ " + b.shape() + " under " + kernel;
            compare(want.get("ab"), a.matmul(b), exact, what);
            compare(want.get("dot_ab"), np.dot(a, b), exact, "dot " + what);
            compare(want.get("row_b"), a.at(0).matmul(b), exact, "a[0] @ b, " + what);
            compare(want.get("a_col"), a.matmul(b.get(":, 0")), exact, "a @ b[:, 0], " + what);
            compare(want.get("batch"), np.stack(new Tensor[] {a, a.mul(2)}).matmul(b), exact, "batch " + what);
            compare(want.get("a_at"), a.matmul(a.T()), exact, "a @ a.T, " + what);
            compare(want.get("at_a"), a.T().matmul(a), exact, "a.T @ a, " + what);
            Tensor s = a.matmul(a.T());     // symmetric, bit for bit: still one array twice, not a transposed view
            compare(want.get("s_s"), s.matmul(s), exact, "s @ s, " + what);
            // numpy's einsum, without BLAS, walks k innermost and sums each element over j in order; with one column
            // its iterator drops k and sums over j with its own SIMD reduction, which mlmath does not copy.
            compare(want.get("einsum_ab"), np.einsum("ij,jk->ik", a, b), exact && b.shape().dims()[1] > 1, "einsum ij,jk->ik, " + what);
            Tensor c = b.T().mul(1.5).add(0.125), u = a.get(":, 0").add(0.25), w = b.at(0).sub(0.5);
            compare(want.get("bt_at"), b.T().matmul(a.T()), exact, "b.T @ a.T, " + what);
            compare(want.get("a_ct"), a.matmul(c.T()), exact, "a @ c.T, " + what);
            compare(want.get("at_u"), a.T().matmul(u), exact, "a.T @ u, " + what);
            compare(want.get("w_bt"), w.matmul(b.T()), exact, "w @ b.T, " + what);
            compare(want.get("dot_at_u"), np.dot(a.T(), u), exact, "dot(a.T, u), " + what);
            compared++;
        }
        assertTrue(compared >= 18);
    }

    private static void compare(JsonElement want, Tensor got, boolean exact, String what) {
        Tensor w = Fixtures.tensor(want);
        assertEquals(w.shape(), got.shape(), what);
        if (exact) assertArrayEquals(w.data(), got.data(), what);
        else Fixtures.assertClose(w, got, 1e-12);
    }
}

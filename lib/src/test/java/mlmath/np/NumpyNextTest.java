package mlmath.np;

import mlmath.Workbook;
import mlmath.linalg.QRResult;
import mlmath.linalg.SVDResult;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

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
            case "get_str" -> t(x).get((String) a.get(1));
            case "set_str" -> t(x).set((String) a.get(1), a.get(2));
            case "set_mask" -> t(x).set(t(a.get(1)), a.get(2));
            case "at" -> t(x).at((int[]) a.get(1));
            case "quantile" -> a.get(2) == null ? np.quantile(x, a.get(1)) : np.quantile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            case "percentile" -> a.get(2) == null ? np.percentile(x, a.get(1)) : np.percentile(x, a.get(1), (Integer) a.get(2), (Boolean) a.get(3));
            default -> throw new AssertionError("no Java call for numpy op " + op);
        };
    }
}

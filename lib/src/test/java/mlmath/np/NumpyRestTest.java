package mlmath.np;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leftovers of issue #28 against numpy: diff's prepend and append, cross along other axes, average's returned,
 * histogram's weights, tensorsolve's axes, split's section count, and the legacy distributions with array parameters, replayed from
 * numpy_rest.json (gen_numpy_rest_fixtures.py, numpy 2.4.6).
 */
class NumpyRestTest {
    private static final Np np = new Np();

    @Test
    void everyCase_matchesNumpy() { NumpyCases.check("numpy_rest.json", "cases", NumpyRestTest::call); }

    /** exponential, standard_gamma, gamma, beta and dirichlet with array parameters: numpy's draws, bit for bit. */
    @Test
    void arrayParameters_drawNumpysStreams() {
        NumpyCases.checkDraws("numpy_rest.json", "random", NumpyRestTest::call);
    }

    /** An empty axis splits into any number of sections, but not into more than an int64 array of division points could hold. */
    @Test
    void splitOfAnEmptyAxis_refusesSectionsNoArrayCouldCount() {
        assertEquals(3, np.split(np.zeros(0, 3), 3).length);
        String message = assertThrows(ShapeException.class, () -> np.split(np.zeros(0, 3), Integer.MAX_VALUE)).getMessage();
        assertTrue(message.startsWith("Unable to allocate 16.0 GiB for an array with shape (2147483648,) and data type int64"), message);
    }

    private static Tensor t(Object o) { return (Tensor) o; }

    private static NpRandom seeded(Object seed) {
        np.random.seed((Integer) seed);
        return np.random;
    }

    /** gen_numpy_rest_fixtures.py's blocks(n): n values on a 1000-step grid, and their weights. */
    private static Tensor[] blocks(int n) {
        double[] x = new double[n], w = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = (k * 7919L % 1000) / 10.0;
            w[k] = (k % 13 - 3) * 0.1;
        }
        return new Tensor[] {np.array(x), np.array(w)};
    }

    /** The Java spelling of each op name of gen_numpy_rest_fixtures.py. */
    private static Object call(String op, List<Object> a) {
        Object x = a.get(0);
        return switch (op) {
            case "diff_edges" -> np.diff(x, (Integer) a.get(1), (Integer) a.get(2), a.get(3), a.get(4));
            case "cross_axis" -> np.cross(x, a.get(1), (Integer) a.get(2));
            case "cross_axes" -> np.cross(x, a.get(1), (Integer) a.get(2), (Integer) a.get(3), (Integer) a.get(4));
            case "average_returned" -> np.average(x, (Integer) a.get(1), a.get(2), true);
            case "average_not_returned" -> np.average(x, (Integer) a.get(1), a.get(2), false);
            case "histogram_weights" -> np.histogram(x, (Integer) a.get(1), a.get(2) == null ? null : t(a.get(2)).toArray(), (Boolean) a.get(3), a.get(4));
            case "histogram_edges_weights" -> np.histogram(x, t(a.get(1)), (Boolean) a.get(2), a.get(3));
            case "histogram_blocks" -> np.histogram(blocks((Integer) x)[0], (Integer) a.get(1), null, false, blocks((Integer) x)[1]);
            case "histogram_blocks_edges" -> np.histogram(blocks((Integer) x)[0], t(a.get(1)), false, blocks((Integer) x)[1]);
            case "split_sections" -> np.split(x, (Integer) a.get(1));
            case "clip_open" -> np.clip(x, a.get(1), a.get(2));
            case "assign_float" -> t(x).set(Integer.toString((Integer) a.get(1)), a.get(2));
            case "assign_float_mask" -> t(x).set(t(x).gt(0), a.get(1));
            case "tensorsolve_axes" -> np.linalg.tensorsolve(x, a.get(1), (int[]) a.get(2));
            case "exponential" -> seeded(x).exponential(a.get(1), (int[]) a.get(2));
            case "standard_gamma" -> seeded(x).standard_gamma(a.get(1), (int[]) a.get(2));
            case "gamma" -> seeded(x).gamma(a.get(1), a.get(2), (int[]) a.get(3));
            case "beta" -> seeded(x).beta(a.get(1), a.get(2), (int[]) a.get(3));
            case "binomial" -> seeded(x).binomial(a.get(1), a.get(2), (int[]) a.get(3));
            case "dirichlet" -> seeded(x).dirichlet(a.get(1), (int[]) a.get(2));
            default -> throw new AssertionError("no Java call for numpy op " + op);
        };
    }
}

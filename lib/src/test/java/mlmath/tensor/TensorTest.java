package mlmath.tensor;

import mlmath.np.Np;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Tensors never change: data() and the constructor copy, set() returns a new tensor, 0-d transposes to itself. */
class TensorTest {
    private final Np np = new Np();

    @Test
    void data_isACopy_writingItLeavesTheTensorAlone() {
        Tensor a = np.array(1.0, 2.0, 3.0);
        a.data()[0] = 99;
        a.flatten().data()[1] = 99;
        assertArrayEquals(new double[] {1, 2, 3}, a.toArray());
    }

    @Test
    void constructor_copiesTheCallersArray() {
        double[] values = {1, 2};
        Tensor a = new Tensor(values, 2);
        values[0] = 99;
        assertEquals(1.0, a.get(0));
    }

    @Test
    void set_returnsAnUpdatedCopy() {
        Tensor a = np.arange(-2, 3);
        Tensor b = a.set(a.lt(0), 0);
        assertEquals("array([-2, -1,  0,  1,  2])", a.toString());
        assertEquals("array([0, 0, 0, 1, 2])", b.toString());
    }

    @Test
    void transposeOfAZeroDimensionalArray_isItself() {
        Tensor s = np.array(5.0).reshape();
        assertSame(s, s.T());
        assertSame(s, s.transpose());
    }

    @Test
    void intArithmetic_staysInt64_andMeanIsFloat64() {
        assertEquals("array([1, 2, 3])", np.arange(3).add(1).toString());
        assertEquals(DType.FLOAT64, np.arange(3).mean().dtype());
        assertEquals(DType.FLOAT64, np.arange(3).add(0.5).dtype());
        assertEquals("array([1, 2, 3])", np.array(1, 2, 3).toString());
        assertEquals("array([1. , 2.5])", np.array(1, 2.5).toString());
        assertEquals("array(7)", np.array(7).toString());
        assertEquals("np.int64(7)", np.array(3).add(4).toString());
    }
}

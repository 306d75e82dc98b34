package mlmath.linalg;

import mlmath.np.Np;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.Buffers;
import mlmath.tensor.internal.ReferenceProduct;
import org.bytedeco.javacpp.DoublePointer;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MirrorsTest {
    private final Np np = new Np();

    @Test
    void aMatrixMultipliedAgain_isReadFromItsKeptCopy_withTheSameDigits() {
        np.random.seed(3);
        Tensor a = np.random.randn(300, 200), b = np.random.randn(200, 250);     // 60,000 and 50,000 doubles
        double[] x = Buffers.data(a), y = Buffers.data(b);
        Tensor first = a.matmul(b), second = a.matmul(b);
        DoublePointer keptX = Mirrors.reused(x), keptY = Mirrors.reused(y);
        assertTrue(keptX != null && keptY != null, "read before, both have a kept copy");
        assertSame(keptX, Mirrors.reused(x), "the copy is made once and kept");
        Tensor third = a.matmul(b);
        assertArrayEquals(first.toArray(), second.toArray());
        assertArrayEquals(first.toArray(), third.toArray());
        double[] want = new double[300 * 250];
        ReferenceProduct.multiply(x, 0, y, 0, want, 0, 300, 200, 250);
        assertArrayEquals(want, third.toArray(), 1e-12);
    }

    @Test
    void aKeptStack_isReadAtEachMatrixOffset() {
        np.random.seed(4);
        Tensor stack = np.random.randn(3, 150, 120), b = np.random.randn(120, 90);  // 54,000 doubles, kept whole
        Tensor first = stack.matmul(b), again = stack.matmul(b);
        assertNotNull(Mirrors.reused(Buffers.data(stack)));
        assertArrayEquals(first.toArray(), again.toArray());
        for (int i = 0; i < 3; i++) {
            Tensor slice = stack.get(String.valueOf(i));
            assertArrayEquals(slice.matmul(b).toArray(), again.get(String.valueOf(i)).toArray(), 1e-12, "matrix " + i);
        }
    }

    @Test
    void anArrayReadOnce_isOnlyMarked_andCopiedTheSecondTime() {
        double[] fresh = new double[Mirrors.MIN_LENGTH];
        assertNull(Mirrors.reused(fresh), "the first read copies into scratch");
        DoublePointer kept = Mirrors.reused(fresh);
        assertNotNull(kept, "the second read keeps a copy");
        assertEquals(Mirrors.MIN_LENGTH, kept.capacity());
    }

    @Test
    void aSmallArray_isNeverKept() {
        np.random.seed(5);
        Tensor a = np.random.randn(100, 100), b = np.random.randn(100, 100);       // 10,000 doubles each
        a.matmul(b);
        a.matmul(b);
        assertNull(Mirrors.reused(Buffers.data(a)));
        assertNull(Mirrors.reused(Buffers.data(b)));
    }

    @Test
    void aKeptCopy_doesNotKeepItsArrayAlive() throws InterruptedException {
        WeakReference<double[]> array = keptArray();
        for (int i = 0; i < 50 && array.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(array.get() == null, "the array was collected, so its native copy can be freed with it");
    }

    private WeakReference<double[]> keptArray() {
        np.random.seed(6);
        Tensor a = np.random.randn(200, 200);
        a.matmul(a);
        assertNotNull(Mirrors.reused(Buffers.data(a)));
        return new WeakReference<>(Buffers.data(a));
    }
}

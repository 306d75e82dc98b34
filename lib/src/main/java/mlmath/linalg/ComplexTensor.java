package mlmath.linalg;

import mlmath.tensor.internal.Buffers;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayFormat;

/**
 * A complex128 array as {@code eig} returns it when a real matrix has complex eigenvalues: real and imaginary parts,
 * printed as numpy prints complex arrays.
 * <pre>{@code
 * jshell> np.linalg.eigvals(np.array(new double[][] {{0, -1}, {1, 0}}))
 * $1 ==> array([0.+1.j, 0.-1.j])
 * }</pre>
 */
public record ComplexTensor(Tensor real, Tensor imag) {
    public ComplexTensor {
        if (!real.shape().equals(imag.shape())) throw new IllegalArgumentException("real and imag shapes differ");
    }

    public Shape shape() { return real.shape(); }

    /** |z| element-wise. */
    public Tensor abs() {
        double[] out = new double[real.size()];
        for (int i = 0; i < out.length; i++) out[i] = Math.hypot(Buffers.data(real)[i], Buffers.data(imag)[i]);
        return new Tensor(out, real.shape(), mlmath.tensor.DType.FLOAT64);
    }

    /**
     * numpy's str, which {@code print} shows.
     * <pre>{@code
     * jshell> print(np.linalg.eigvals(np.array(new double[][] {{0, -1}, {1, 0}})))
     * [0.+1.j 0.-1.j]
     * }</pre>
     */
    public String str() { return ArrayFormat.strComplex(real, imag); }

    /** numpy's repr. */
    @Override public String toString() { return ArrayFormat.reprComplex(real, imag); }
}

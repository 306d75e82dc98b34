package mlmath.tensor.internal;

import mlmath.tensor.Tensor;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which matrices are transposes of which others: numpy's {@code A.T} is a view of A's memory, which matmul hands to
 * BLAS with a Trans flag, and the kernel that flag selects sums in its own order. Here {@code T()} copies, so a product
 * multiplies the source with numpy's flag to get numpy's digits. An entry lives as long as the transposed matrix
 * (numpy's view keeps its base alive too); a copy of it ({@code copy()}), like numpy's, is no transpose.
 */
final class Transposes {
    private Transposes() {}

    /** Transposed matrix to its source, by identity (Tensor keeps Object's equals). */
    private static final Map<Tensor, Tensor> SOURCES = Collections.synchronizedMap(new WeakHashMap<>());

    static void remember(Tensor transposed, Tensor source) { SOURCES.put(transposed, source); }

    /** The elements of the matrix whose transpose {@code t} is, row-major, or null when {@code t} is no transpose. */
    static double[] sourceOf(Tensor t) {
        Tensor source = t.ndim() == 2 ? SOURCES.get(t) : null;
        return source == null ? null : Buffers.data(source);
    }
}

package mlmath.tensor.internal;

import mlmath.tensor.Tensor;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which matrices are transposes of which others: numpy's {@code A.T} is a view of A's memory, which matmul hands to
 * BLAS with a Trans flag, and the kernel that flag selects sums in its own order. Here {@code T()} copies, so a product
 * multiplies the source with numpy's flag to get numpy's digits. An entry lives as long as the transposed matrix
 * and refers to its source weakly: a transpose never keeps its source (nor a chain of them, {@code x = x.T()} in a
 * loop) alive, and once the source is gone its product takes the copy without a flag. A copy of a transposed matrix
 * ({@code copy()}), like numpy's, is no transpose.
 */
final class Transposes {
    private Transposes() {}

    /** Transposed matrix to its source, by identity (Tensor keeps Object's equals). */
    private static final Map<Tensor, WeakReference<Tensor>> SOURCES = Collections.synchronizedMap(new WeakHashMap<>());

    static void remember(Tensor transposed, Tensor source) { SOURCES.put(transposed, new WeakReference<>(source)); }

    /** The matrix whose transpose {@code t} is, or null when {@code t} is no transpose (or its source is gone). */
    static Tensor sourceOf(Tensor t) {
        WeakReference<Tensor> source = t.ndim() == 2 ? SOURCES.get(t) : null;
        return source == null ? null : source.get();
    }
}

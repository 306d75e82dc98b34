package mlmath.np;

import mlmath.tensor.Tensor;

/**
 * The numpy-shaped facade reached as {@code np} in the REPL: creation, joining, elementwise math, comparisons and
 * logic, reductions and order statistics, einsum, {@code np.random} and {@code np.linalg}, with numpy's names
 * (snake_case where numpy has it: {@code np.zeros_like}) and numpy's semantics. Every method delegates to
 * {@link Tensor} and its kernels. Where numpy takes a sequence of arrays, pass an array or a List:
 * {@code np.concatenate(new Tensor[] {a, b}, 1)}; where numpy returns a tuple, a {@code Tensor[]} comes back.
 * numpy's namespace is one object, so {@code np} is this one class; its functions are grouped by kind (creation,
 * manipulation, products, …) in sealed interfaces that only Np implements.
 */
public final class Np implements NpCreation, NpManipulation, NpProducts, NpElementwise, NpLogic, NpReductions,
        NpNanFunctions, NpStatistics, NpSortingSearching, NpFiles {
    /** numpy's global legacy random stream: {@code np.random.seed(0); np.random.randn(3)}. */
    public final NpRandom random = new NpRandom();
    /** {@code np.linalg}: svd, eig, eigh, solve, inv, lstsq, qr, cholesky, det, norm, … on LAPACK. */
    public final NpLinalg linalg = new NpLinalg();
    /**
     * numpy's constants, so that {@code np.pi}, {@code np.e}, {@code np.inf} and {@code np.nan} read as in numpy.
     * <pre>{@code
     * jshell> np.full(new int[] {2}, np.inf).mul(np.pi)
     * $1 ==> array([inf, inf])
     * }</pre>
     */
    public final double pi = Math.PI, e = Math.E, inf = Double.POSITIVE_INFINITY, nan = Double.NaN;
}

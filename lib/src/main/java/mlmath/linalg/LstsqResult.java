package mlmath.linalg;

import mlmath.tensor.Tensor;

/**
 * What {@code np.linalg.lstsq} returns: the solution, the squared residual norms (empty unless A has full column
 * rank and more rows than columns), A's effective rank and its singular values.
 */
public record LstsqResult(Tensor solution, Tensor residuals, int rank, Tensor singularValues) {
    @Override public String toString() {
        return "(" + solution + ", " + residuals + ", np.int32(" + rank + "), " + singularValues + ")";  // numpy's rank is a LAPACK int
    }
}

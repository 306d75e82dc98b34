package mlmath.linalg;

import mlmath.np.Np;

/** Run in a fresh JVM by {@link LapackTest}: which LAPACK answered, then a few np.linalg results, one per line. */
public final class LinalgProbe {
    private LinalgProbe() {}

    public static void main(String[] args) {
        Np np = new Np();
        np.random.seed(7);
        var a = np.random.randn(6, 6);
        var spd = a.matmul(a.T()).add(np.eye(6));
        var rotation = np.array(new double[][] {{0, -1}, {1, 0}});
        System.out.println("driver=" + Lapack.describe());
        System.out.println("svdvals=" + values(np.linalg.svdvals(a)));
        System.out.println("eigvalsh=" + values(np.linalg.eigvalsh(spd)));
        System.out.println("solve=" + values(np.linalg.solve(a, np.ones(6))));
        System.out.println("det=" + values(np.linalg.det(a)));
        System.out.println("cholesky=" + values(np.linalg.cholesky(spd)));
        System.out.println("lstsq=" + values(np.linalg.lstsq(a.slice(":, :4"), np.ones(6)).solution()));
        System.out.println("eigvals=" + np.linalg.eigvals(rotation).toString().replace("\n", " "));
        var cyclic = np.array(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
        EigResult eig = np.linalg.eig(cyclic);
        var w = (ComplexTensor) eig.eigenvalues();
        var v = (ComplexTensor) eig.eigenvectors();
        int j = 0;                                   // the vector of -0.5+0.866j, wherever the driver put it
        while (!(w.imag().get(j) > 0)) j++;
        System.out.println("eigvecs=" + values(v.real().slice(":, " + j)) + " " + values(v.imag().slice(":, " + j)));
        System.out.println("matmul=" + values(np.random.randn(70, 80).matmul(np.random.randn(80, 90)).sum()));
    }

    private static String values(mlmath.tensor.Tensor t) {
        StringBuilder s = new StringBuilder();
        for (double v : t.data()) s.append(v).append(' ');
        return s.toString().strip();
    }
}

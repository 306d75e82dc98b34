package mlmath.random;

/**
 * numpy's legacy {@code RandomState} distributions over a {@link RandomState} stream, draw for draw: the
 * gamma and beta of {@link Continuous} on the legacy Gaussian and exponential, the Poisson and binomial of {@link Discrete}, the
 * sequential-binomial multinomial and the normalised-gamma Dirichlet (numpy/random/src/legacy/legacy-distributions.c and
 * distributions.c). Every log is the C library's, as numpy's is. Parameters are checked by the caller.
 */
public final class LegacyDistributions {
    private final RandomState rs;
    private final Discrete discrete;
    private final Continuous continuous;

    /** Distributions drawing from {@code rs}, sharing its stream (and its cached Gaussian) with every other draw. */
    public LegacyDistributions(RandomState rs) {
        this.rs = rs;
        this.discrete = new Discrete(rs);
        this.continuous = new Continuous(rs, rs::nextGaussian, this::standardExponential);
    }

    private static double log(double x) { return CMath.logOf(x); }

    /** {@code -log(1 - u)}: numpy's legacy standard exponential. */
    public double standardExponential() { return -log(1.0 - rs.nextDouble()); }

    /** The legacy standard gamma of shape k (scale 1): {@link Continuous#standardGamma} on the legacy Gaussian. */
    public double standardGamma(double shape) { return continuous.standardGamma(shape); }

    /** The legacy beta ({@link Continuous#beta}). */
    public double beta(double a, double b) { return continuous.beta(a, b); }

    /** numpy's {@code random_poisson} ({@link Discrete#poisson}). */
    public long poisson(double lam) { return discrete.poisson(lam); }

    /** numpy's legacy binomial: always draws, even for n = 0 or p = 0 (the legacy stream does). */
    public long binomialLegacy(long n, double p) { return discrete.binomialAlways(n, p); }

    /** numpy's {@code random_multinomial}: counts drawn as binomials of the remaining trials, the last getting the rest. */
    public long[] multinomial(long n, double[] pvals) {
        int d = pvals.length;
        long[] out = new long[d];
        double remaining = 1.0;
        long left = n;
        for (int j = 0; j < d - 1; j++) {
            out[j] = discrete.binomial(left, pvals[j] / remaining);
            left -= out[j];
            if (left <= 0) break;
            remaining -= pvals[j];
        }
        if (left > 0) out[d - 1] = left;
        return out;
    }

    /** numpy's legacy {@code dirichlet}: one standard gamma per alpha, divided by their sum (times its reciprocal). */
    public double[] dirichlet(double[] alpha) {
        double[] out = new double[alpha.length];
        double acc = 0.0;
        for (int j = 0; j < alpha.length; j++) acc += out[j] = standardGamma(alpha[j]);
        double inv = 1 / acc;
        for (int j = 0; j < alpha.length; j++) out[j] *= inv;
        return out;
    }
}

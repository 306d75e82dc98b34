package mlmath.random;

/**
 * numpy's legacy {@code RandomState} distributions over a {@link RandomState} stream, draw for draw: the
 * Marsaglia–Tsang gamma (Johnk's beta for small shapes), the Poisson and binomial of {@link Discrete}, the
 * sequential-binomial multinomial and the normalised-gamma Dirichlet (numpy/random/src/legacy/legacy-distributions.c and
 * distributions.c). Every log, exp and pow is the C library's, as numpy's are. Parameters are checked by the caller.
 */
public final class LegacyDistributions {
    private final RandomState rs;
    private final Discrete discrete;

    /** Distributions drawing from {@code rs}, sharing its stream (and its cached Gaussian) with every other draw. */
    public LegacyDistributions(RandomState rs) {
        this.rs = rs;
        this.discrete = new Discrete(rs);
    }

    private static double log(double x) { return CMath.logOf(x); }

    private static double exp(double x) { return CMath.expOf(x); }

    private static double pow(double x, double y) { return CMath.powOf(x, y); }

    /** {@code -log(1 - u)}: numpy's legacy standard exponential. */
    public double standardExponential() { return -log(1.0 - rs.nextDouble()); }

    /** The legacy standard gamma of shape k (scale 1). */
    public double standardGamma(double shape) {
        if (shape == 1.0) return standardExponential();
        if (shape == 0.0) return 0.0;
        if (shape < 1.0) {
            while (true) {
                double u = rs.nextDouble(), v = standardExponential();
                if (u <= 1.0 - shape) {
                    double x = pow(u, 1.0 / shape);
                    if (x <= v) return x;
                } else {
                    double y = -log((1 - u) / shape);
                    double x = pow(1.0 - shape + shape * y, 1.0 / shape);
                    if (x <= v + y) return x;
                }
            }
        }
        double b = shape - 1.0 / 3.0, c = 1.0 / Math.sqrt(9 * b);
        while (true) {
            double x, v;
            do {
                x = rs.nextGaussian();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = rs.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
            if (log(u) < 0.5 * x * x + b * (1.0 - v + log(v))) return b * v;
        }
    }

    /** The legacy beta: Johnk's algorithm when both shapes are at most 1, else a ratio of gammas. */
    public double beta(double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            while (true) {
                double u = rs.nextDouble(), v = rs.nextDouble();
                double x = pow(u, 1.0 / a), y = pow(v, 1.0 / b);
                if (x + y <= 1.0) {
                    if (x + y > 0) return x / (x + y);
                    double logX = log(u) / a, logY = log(v) / b, logM = Math.max(logX, logY);
                    logX -= logM;
                    logY -= logM;
                    return exp(logX - log(exp(logX) + exp(logY)));
                }
            }
        }
        double ga = standardGamma(a), gb = standardGamma(b);
        return ga / (ga + gb);
    }

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

package mlmath.random;

import java.util.function.DoubleSupplier;

/**
 * numpy's continuous samplers built on a normal and an exponential one, which the legacy {@code RandomState} and the
 * {@code Generator} share with their own normal and exponential (the legacy polar Gaussian and {@code -log(1 - u)}, or
 * the ziggurats): the gamma and the beta. Every log, exp and pow is the C library's, as numpy's are. Parameters are
 * checked by the caller.
 */
final class Continuous {
    private final BitSource bits;
    private final DoubleSupplier normal, exponential;

    Continuous(BitSource bits, DoubleSupplier normal, DoubleSupplier exponential) {
        this.bits = bits;
        this.normal = normal;
        this.exponential = exponential;
    }

    private static double log(double x) { return CMath.logOf(x); }

    private static double exp(double x) { return CMath.expOf(x); }

    private static double pow(double x, double y) { return CMath.powOf(x, y); }

    /** numpy's standard gamma of shape k (scale 1): Marsaglia and Tsang's method, Ahrens and Dieter's below shape 1. */
    double standardGamma(double shape) {
        if (shape == 1.0) return exponential.getAsDouble();
        if (shape == 0.0) return 0.0;
        if (shape < 1.0) {
            while (true) {
                double u = bits.nextDouble(), v = exponential.getAsDouble();
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
                x = normal.getAsDouble();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = bits.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
            if (log(u) < 0.5 * x * x + b * (1.0 - v + log(v))) return b * v;
        }
    }

    /**
     * numpy's beta: Johnk's algorithm when both shapes are at most 1, else a ratio of gammas. (numpy's Generator also
     * redraws when u = v = 0, where the legacy stream gives NaN; this code, shared by both, does not: a 2^-106 chance.)
     */
    double beta(double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            while (true) {
                double u = bits.nextDouble(), v = bits.nextDouble();
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
}

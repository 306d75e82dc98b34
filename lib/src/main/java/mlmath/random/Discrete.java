package mlmath.random;

/**
 * numpy's discrete samplers of distributions.c over any bit generator, which its legacy {@code RandomState} and its
 * {@code Generator} share: Hörmann's PTRS Poisson for λ ≥ 10 and the multiplication method below, and
 * Kachitvichyanukul–Schmeiser's BTPE binomial for n·p &gt; 30 and inversion below. Every log and exp is the C
 * library's, as numpy's are. Parameters are checked by the caller.
 */
final class Discrete {
    private final BitSource bits;

    Discrete(BitSource bits) { this.bits = bits; }

    private static double log(double x) { return CMath.logOf(x); }

    private static double exp(double x) { return CMath.expOf(x); }

    // ---- Poisson -------------------------------------------------------------------------------------------

    /** numpy's {@code random_poisson}: PTRS from λ = 10, the product of uniforms below, 0 for λ = 0. */
    long poisson(double lam) {
        if (lam >= 10) return poissonPtrs(lam);
        if (lam == 0) return 0;
        double limit = exp(-lam), prod = 1.0;
        long x = 0;
        while (true) {
            prod *= bits.nextDouble();
            if (prod > limit) x++;
            else return x;
        }
    }

    /** Hörmann's transformed rejection (PTRS). */
    private long poissonPtrs(double lam) {
        double slam = Math.sqrt(lam), loglam = log(lam);
        double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = bits.nextDouble() - 0.5, v = bits.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
        }
    }

    /** numpy's {@code random_loggam}: log Γ(x) by Zhang and Jin's series, shifted up to x ≥ 7. */
    static double loggam(double x) {
        if (x == 1.0 || x == 2.0) return 0.0;
        long n = x <= 7.0 ? (long) (7 - x) : 0;
        double x0 = x + n, x2 = 1.0 / (x0 * x0);
        double gl0 = LOGGAM_A[9];
        for (int k = 8; k >= 0; k--) gl0 = gl0 * x2 + LOGGAM_A[k];
        double gl = gl0 / x0 + 0.5 * log(2 * Math.PI) + (x0 - 0.5) * log(x0) - x0;
        if (x <= 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }

    private static final double[] LOGGAM_A = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
            -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03,
            -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};

    // ---- binomial and multinomial --------------------------------------------------------------------------

    /** The binomial as numpy's legacy stream draws it: always, even for n = 0 or p = 0. */
    long binomialAlways(long n, double p) {
        if (p <= 0.5) return p * n <= 30.0 ? binomialInversion(n, p) : binomialBtpe(n, p);
        double q = 1.0 - p;
        return n - (q * n <= 30.0 ? binomialInversion(n, q) : binomialBtpe(n, q));
    }

    /** numpy's {@code random_binomial} (Generator's binomial, and what multinomial calls): no draw at all for n = 0 or p = 0. */
    long binomial(long n, double p) {
        if (n == 0 || p == 0.0) return 0;
        return binomialAlways(n, p);
    }

    private long binomialInversion(long n, double p) {
        double q = 1.0 - p, qn = exp(n * log(q)), np = n * p;
        long bound = (long) Math.min(n, np + 10.0 * Math.sqrt(np * q + 1));
        long x = 0;
        double px = qn, u = bits.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = bits.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    /** Kachitvichyanukul and Schmeiser's BTPE, for p ≤ 0.5 and n·p &gt; 30. */
    private long binomialBtpe(long n, double p) {
        double r = Math.min(p, 1.0 - p), q = 1.0 - r, fm = n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        double xm = m + 0.5, xl = xm - p1, xr = xm + p1, c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r), laml = a * (1.0 + a / 2.0);
        a = (xr - fm) / (xr * q);
        double lamr = a * (1.0 + a / 2.0);
        double p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
        double nrq = n * r * q;
        while (true) {
            double u = bits.nextDouble() * p4, v = bits.nextDouble();
            long y;
            if (u <= p1) {
                y = (long) Math.floor(xm - p1 * v + u);
                return p > 0.5 ? n - y : y;
            }
            if (u <= p2) {
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) continue;
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                y = (long) Math.floor(xl + log(v) / laml);
                if (y < 0 || v == 0.0) continue;
                v = v * (u - p2) * laml;
            } else {
                y = (long) Math.floor(xr - log(v) / lamr);
                if (y > n || v == 0.0) continue;
                v = v * (u - p3) * lamr;
            }
            if (accepted(y, v, n, m, r, q, nrq, xm)) return p > 0.5 ? n - y : y;
        }
    }

    /** BTPE's acceptance test of y (steps 50–52): the explicit ratio near the mode, else squeezes and Stirling's bound. */
    private static boolean accepted(long y, double v, long n, long m, double r, double q, double nrq, double xm) {
        long k = Math.abs(y - m);
        if (!(k > 20 && k < nrq / 2.0 - 1)) {
            double s = r / q, a = s * (n + 1), f = 1.0;
            if (m < y) {
                for (long i = m + 1; i <= y; i++) f *= a / i - s;
            } else if (m > y) {
                for (long i = y + 1; i <= m; i++) f /= a / i - s;
            }
            return v <= f;
        }
        double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        double t = -k * k / (2 * nrq);
        double big = log(v);
        if (big < t - rho) return true;
        if (big > t + rho) return false;
        double x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
        double x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w;
        double bound = xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log(w * r / (x1 * q))
                + stirling(f1, f2) + stirling(z, z2) + stirling(x1, x2) + stirling(w, w2);
        return big <= bound;
    }

    private static double stirling(double x, double x2) {
        return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.;
    }
}

package mlmath.random;

/**
 * The C library's {@code log} worked out in Java where it is certain. glibc documents its log within 0.52 ulp of the
 * true value (sysdeps/ieee754/dbl-64/e_log.c, since 2.28: 0.519 ulp, 0.507 near 1; musl runs the same code, glibc
 * before 2.28 rounded correctly). So wherever the true value lies within 0.47 ulp of a double, that double is the only
 * one in reach and the C library returns it. This class finds the true value to 2⁻⁶³ relative and answers with that
 * double, or with NaN on the rest (about 1 input in 16, where the caller asks the C library itself).
 */
final class LibmLog {
    private LibmLog() {}

    /** How far from a double (in its ulps) the true value may lie for that double to be certain; 1 − 0.52, less margin. */
    private static final double CERTAIN_WITHIN = 0.47;
    private static final double SQRT2 = Math.sqrt(2);
    private static final double LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 0x1.abc9e3b39803fp-56;
    private static final double TWO_THIRDS = 2.0 / 3, TWO_THIRDS_LO = Math.fma(-3, TWO_THIRDS, 2) / 3;
    /** 2·atanh(s) = 2s + (2/3)s³ + s⁵·(2/5 + 2/7·s² + …): the Taylor coefficients from 2/5 up to 2/23. */
    private static final double[] TAIL = {2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15, 2.0 / 17, 2.0 / 19,
            2.0 / 21, 2.0 / 23};

    /**
     * {@code log(x)} as the C library returns it when that is certain, else NaN (also for x not positive, subnormal,
     * infinite or NaN).
     */
    static double ifCertain(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < 0x0010_0000_0000_0000L || bits >= 0x7FF0_0000_0000_0000L) return Double.NaN;  // also every x < 0
        // x = 2^k · z with z in [√2/2, √2], so log(x) = k·ln2 + 2·atanh(s) with s = (z − 1)/(z + 1), |s| ≤ 0.1716.
        int k = (int) (bits >>> 52) - 1023;
        double z = Double.longBitsToDouble(bits & 0x000F_FFFF_FFFF_FFFFL | 0x3FF0_0000_0000_0000L);
        if (z > SQRT2) {
            z *= 0.5;
            k++;
        }
        double num = z - 1;                                        // exact (Sterbenz)
        double den = 1 + z, denLo = z - (den - 1);                 // den + denLo = 1 + z exactly
        double s = num / den;
        double sLo = (Math.fma(-s, den, num) - s * denLo) / den;   // s + sLo = num / (1 + z) to 2⁻¹⁰⁴
        // (s + sLo)³ as u·s + u3Lo, with u + uLo = (s + sLo)².
        double u = s * s, uLo = Math.fma(s, s, -u) + 2 * s * sLo;
        double u3 = u * s, u3Lo = Math.fma(u, s, -u3) + uLo * s + u * sLo;
        // Past the cube the series is below 2⁻¹²·|2s|: plain doubles carry it, inside the cube's multiplier.
        double tail = TAIL[TAIL.length - 1];
        for (int i = TAIL.length - 2; i >= 0; i--) tail = tail * u + TAIL[i];
        double q = TWO_THIRDS_LO + u * tail;                       // multiplier of s³ is TWO_THIRDS + q
        double cube = u3 * TWO_THIRDS, cubeLo = Math.fma(u3, TWO_THIRDS, -cube) + u3 * q + u3Lo * TWO_THIRDS;
        double kHi = k * LN2_HI, kLo = Math.fma(k, LN2_HI, -kHi) + k * LN2_LO;
        // log(x) = kHi + 2s + cube + (kLo + 2·sLo + cubeLo): the big parts summed without loss, then the small ones.
        double h1 = kHi + 2 * s, e1 = twoSumError(kHi, 2 * s, h1);
        double h2 = h1 + cube, e2 = twoSumError(h1, cube, h2);
        double lo = e1 + e2 + kLo + 2 * sLo + cubeLo;
        double hi = h2 + lo, rest = twoSumError(h2, lo, hi);
        // A power of two has a nearer neighbour on one side: there the ulp test below would not hold.
        boolean certain = Math.abs(rest) <= CERTAIN_WITHIN * Math.ulp(hi)
                && (Double.doubleToRawLongBits(hi) & 0x000F_FFFF_FFFF_FFFFL) != 0;
        return certain ? hi : Double.NaN;
    }

    /** The rounding error of {@code sum = a + b} (Knuth's two-sum): a + b = sum + error exactly. */
    private static double twoSumError(double a, double b, double sum) {
        double bVirtual = sum - a;
        return (a - (sum - bVirtual)) + (b - bVirtual);
    }
}

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
    private static final double SQRT2 = Math.sqrt(2), LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 0x1.abc9e3b39803fp-56;
    /** log(i/32) for i = 23 … 45 as LOG_C_HI + LOG_C_LO to 2⁻¹⁰⁶ (written by lib/src/test/python/gen_log_table.py). */
    static final double[] LOG_C_HI = {
            -0x1.522ae0738a3d8p-2, -0x1.269621134db92p-2, -0x1.f991c6cb3b379p-3, -0x1.a93ed3c8ad9e3p-3,
            -0x1.5bf406b543db2p-3, -0x1.1178e8227e47cp-3, -0x1.9335e5d594989p-4, -0x1.08598b59e3a07p-4,
            -0x1.0415d89e74444p-5, 0, 0x1.f829b0e783300p-6, 0x1.f0a30c01162a6p-5,
            0x1.6f0d28ae56b4cp-4, 0x1.e27076e2af2e6p-4, 0x1.29552f81ff523p-3, 0x1.5ff3070a793d4p-3,
            0x1.9525a9cf456b4p-3, 0x1.c8ff7c79a9a22p-3, 0x1.fb9186d5e3e2bp-3, 0x1.1675cababa60ep-2,
            0x1.2e8e2bae11d31p-2, 0x1.4618bc21c5ec2p-2, 0x1.5d1bdbf5809cap-2};
    static final double[] LOG_C_LO = {
            0x1.8f7e9b38a6979p-57, -0x1.e0efadd9db02bp-56, -0x1.f665066f980a2p-57, -0x1.bcafa9de97203p-57,
            0x1.1f5b44c0df7e7p-61, 0x1.0e63a5f01c691p-58, 0x1.478a85704ccb7p-58, 0x1.dd7009902bf32p-58,
            -0x1.c05cf1d753622p-59, 0, 0x1.33e3f04f1ef23p-60, 0x1.85f325c5bbacdp-59,
            -0x1.906d99184b992p-58, -0x1.61578001e0162p-60, 0x1.301771c407dbfp-57, -0x1.bc60efafc6f6ep-58,
            0x1.d904c1d4e2e26p-57, -0x1.4f689f8434012p-57, -0x1.caaae64f21acbp-57, 0x1.ce63eab883717p-61,
            -0x1.8f4cdb95ebdf9p-56, 0x1.f42decdeccf1dp-56, 0x1.4236383dc7fe1p-56};

    /**
     * {@code log(x)} as the C library returns it when that is certain, else NaN (also for x not positive, subnormal,
     * infinite or NaN).
     */
    static double ifCertain(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < 0x0010_0000_0000_0000L || bits >= 0x7FF0_0000_0000_0000L) return Double.NaN;  // also every x < 0
        // x = 2^k · z with z in [√2/2, √2] and c = i/32 the nearest to z: log(x) = k·ln2 + log(c) + 2·atanh(s) with
        // s = (z − c)/(z + c), |s| < 0.0112.
        int k = (int) (bits >>> 52) - 1023;
        double z = Double.longBitsToDouble(bits & 0x000F_FFFF_FFFF_FFFFL | 0x3FF0_0000_0000_0000L);
        if (z > SQRT2) {
            z *= 0.5;
            k++;
        }
        int i = (int) Math.rint(z * 32);
        double c = i / 32.0, num = z - c;                          // exact (Sterbenz)
        double den = z + c, denLo = twoSumError(z, c, den);
        double inv = 1 / den, s = num * inv;
        double sDen = s * den, residual = (num - sDen) - twoProductError(s, den, sDen);  // num − s·den exactly
        double sLo = (residual - s * denLo) * inv;                 // s + sLo = num / (z + c) to 2⁻¹⁰⁴
        // 2·atanh(s) − 2s = s³·(2/3 + 2/5·s² + 2/7·s⁴ + 2/9·s⁶) + O(s¹¹): below 2⁻¹⁴·|2s|, so plain doubles carry it.
        double u = s * s, odd = s * u * (2.0 / 3 + u * (2.0 / 5 + u * (2.0 / 7 + u * (2.0 / 9))));
        double kHi = k * LN2_HI, kLo = twoProductError(k, LN2_HI, kHi) + k * LN2_LO;
        // log(x) = kHi + LOG_C_HI + 2s + (the small parts): the big ones summed without loss, then the small ones.
        double h1 = kHi + LOG_C_HI[i - 23], e1 = twoSumError(kHi, LOG_C_HI[i - 23], h1);
        double h2 = h1 + 2 * s, e2 = twoSumError(h1, 2 * s, h2);
        double lo = e1 + e2 + kLo + LOG_C_LO[i - 23] + 2 * sLo + odd;
        double hi = h2 + lo, rest = twoSumError(h2, lo, hi);
        // A power of two has a nearer neighbour on one side: there the ulp test below would not hold.
        boolean certain = Math.abs(rest) <= CERTAIN_WITHIN * Math.ulp(hi)
                && (Double.doubleToRawLongBits(hi) & 0x000F_FFFF_FFFF_FFFFL) != 0;
        return certain ? hi : Double.NaN;
    }

    /**
     * The rounding error of {@code product = a * b} (Dekker's two-product): a·b = product + error exactly. Math.fma
     * gives the same, but a CPU without an FMA unit runs it in BigDecimal, 25 times slower for a whole draw.
     */
    private static double twoProductError(double a, double b, double product) {
        double aHi = halfBits(a), aLo = a - aHi, bHi = halfBits(b), bLo = b - bHi;
        return ((aHi * bHi - product) + aHi * bLo + aLo * bHi) + aLo * bLo;
    }

    /** The upper 26 bits of {@code a} (Veltkamp's split): {@code a − halfBits(a)} fits in the other 26, so products are exact. */
    private static double halfBits(double a) {
        double t = (0x1p27 + 1) * a;
        return t - (t - a);
    }

    /** The rounding error of {@code sum = a + b} (Knuth's two-sum): a + b = sum + error exactly. */
    private static double twoSumError(double a, double b, double sum) {
        double bVirtual = sum - a;
        return (a - (sum - bVirtual)) + (b - bVirtual);
    }
}

package mlmath.random;

import com.sun.jna.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibmLog against the C library's own log, called through JNA: wherever it answers, the answer is the C library's
 * to the bit, and it answers on nearly every input. On Linux only, where CMath uses it.
 */
class LibmLogTest {
    @BeforeAll
    static void linuxWithItsCLibrary() {
        assumeTrue(Platform.isLinux(), "LibmLog stands in for the C library's log on Linux only");
    }

    /** Compares {@code n} inputs and returns the share LibmLog answered. */
    private static double agreeing(String kind, int n, DoubleSupplier inputs) {
        int answered = 0;
        for (int i = 0; i < n; i++) {
            double x = inputs.getAsDouble(), want = CMath.log(x), got = LibmLog.ifCertain(x);
            if (Double.isNaN(got)) continue;
            answered++;
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), () -> kind + ": log(" + x + ")");
        }
        return answered / (double) n;
    }

    /** The r² of numpy's polar Gaussian — 2·10⁷ uniform draws make 10⁷ of them — the input randn takes its log of. */
    @Test
    void tenMillionPolarRadii_giveTheCLibrarysLogBitForBit() {
        RandomState rs = new RandomState(20261207);
        double share = agreeing("polar r2", 10_000_000, () -> {
            double x1, x2, r2;
            do {
                x1 = 2.0 * rs.nextDouble() - 1.0;
                x2 = 2.0 * rs.nextDouble() - 1.0;
                r2 = x1 * x1 + x2 * x2;
            } while (r2 >= 1.0 || r2 == 0.0);
            return r2;
        });
        assertTrue(share > 0.93, "answered " + share);
    }

    /** The other legacy samplers' inputs: 1 − u near 1 (glibc's own branch there), and positives of every exponent. */
    @Test
    void nearOneAndEveryExponent_giveTheCLibrarysLogBitForBit() {
        RandomState rs = new RandomState(7);
        assertTrue(agreeing("1 - u", 1_000_000, () -> 1.0 - rs.nextDouble()) > 0.93);
        assertTrue(agreeing("near 1", 1_000_000, () -> 1.0 + (rs.nextDouble() - 0.5) * 0x1p-3) > 0.93);
        assertTrue(agreeing("closest to 1", 100_000, () -> 1.0 + (rs.nextDouble() - 0.5) * 0x1p-40) > 0.93);
        double share = agreeing("any exponent", 2_000_000,
                () -> Double.longBitsToDouble(0x0010_0000_0000_0000L + (rs.nextInt64() >>> 1) % 0x7FE0_0000_0000_0000L));
        assertTrue(share > 0.93, "answered " + share);
    }

    /** The reduction table, checked without trusting any log: exp(LOG_C_HI + LOG_C_LO) is i/32 to 2⁻¹⁰⁴, in BigDecimal. */
    @Test
    void logTable_exponentiatesBackToItsPoints() {
        MathContext mc = new MathContext(60);
        for (int i = 23; i <= 45; i++) {
            BigDecimal y = new BigDecimal(LibmLog.LOG_C_HI[i - 23]).add(new BigDecimal(LibmLog.LOG_C_LO[i - 23]));
            BigDecimal term = BigDecimal.ONE, exp = BigDecimal.ONE;
            for (int n = 1; n < 60; n++) {
                term = term.multiply(y, mc).divide(BigDecimal.valueOf(n), mc);
                exp = exp.add(term, mc);
            }
            BigDecimal c = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(32), mc);
            double relative = exp.subtract(c, mc).divide(c, mc).abs().doubleValue();
            assertTrue(relative < 0x1p-104, "log(" + i + "/32): off by " + relative);
        }
    }

    /** Where LibmLog does not answer, CMath asks the C library: the value callers see is always the C library's. */
    @Test
    void zeroNegativesSubnormalsInfinityAndNaN_areLeftToTheCLibrary() {
        // 1.0 too: its log, 0, has no ulp to measure a distance in.
        for (double x : new double[] {0.0, -0.0, -1.0, Double.MIN_VALUE, 0x1p-1030, Double.POSITIVE_INFINITY, Double.NaN, 1.0}) {
            assertTrue(Double.isNaN(LibmLog.ifCertain(x)), "log(" + x + ")");
            assertEquals(CMath.log(x), CMath.logOf(x), "log(" + x + ")");
        }
        RandomState rs = new RandomState(11);
        for (int i = 0; i < 100_000; i++) {
            double x = rs.nextDouble();
            assertEquals(Double.doubleToRawLongBits(CMath.log(x)), Double.doubleToRawLongBits(CMath.logOf(x)));
        }
    }
}

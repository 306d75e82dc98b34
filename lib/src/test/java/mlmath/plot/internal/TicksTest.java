package mlmath.plot.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TicksTest {
    private static String[] labels(Ticks t) { return t.labels(); }

    @Test
    void linear_stepsAre1_2_or5TimesAPowerOfTen() {
        // The examples: a grid 0.01..0.99, a histogram -0.163..4.08, a schedule 0..999.
        assertArrayEquals(new String[] {"0.2", "0.4", "0.6", "0.8"}, labels(Ticks.linear(0.01, 0.99, 6, false)));
        assertArrayEquals(new String[] {"0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"}, labels(Ticks.linear(0.01, 0.99, 10, false)));
        assertArrayEquals(new String[] {"0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4"}, labels(Ticks.linear(-0.163, 4.084, 10, false)));
        assertArrayEquals(new String[] {"0", "200", "400", "600", "800"}, labels(Ticks.linear(0, 999, 6, true)));
        assertArrayEquals(new String[] {"-20", "-15", "-10", "-5"}, labels(Ticks.linear(-23.05, -4.19, 6, false)));
    }

    @Test
    void linear_labelsCarryNoFloatNoise() {
        Ticks t = Ticks.linear(0, 0.3, 4, false);
        assertArrayEquals(new String[] {"0", "0.1", "0.2", "0.3"}, t.labels());
        assertEquals(0.3, t.values()[3]);
        assertArrayEquals(new String[] {"0", "0.002", "0.004", "0.006", "0.008", "0.01", "0.012", "0.014"},
                labels(Ticks.linear(0, 0.0152, 8, false)));
    }

    @Test
    void linear_onWholeNumbers_neverStepsByFractions() {
        assertArrayEquals(new String[] {"0", "1", "2", "3"}, labels(Ticks.linear(0, 3, 10, true)));
        assertArrayEquals(new String[] {"0", "0.5", "1", "1.5", "2", "2.5", "3"}, labels(Ticks.linear(0, 3, 10, false)));
    }

    @Test
    void log_ticksArePowersOfTen_thinnedWhenThereAreMany() {
        assertArrayEquals(new String[] {"0.01", "0.1", "1", "10", "100"}, labels(Ticks.log(0.007, 150, 10)));
        assertArrayEquals(new String[] {"1e-12", "1e-10", "1e-08", "1e-06", "0.0001", "0.01"}, labels(Ticks.log(1e-13, 0.1, 8)));
        assertArrayEquals(new String[] {"2", "5", "10", "20"}, labels(Ticks.log(1.5, 30, 10)));
    }

    @Test
    void compact_keepsFourSignificantDigits() {
        assertEquals("-0.1634", Ticks.compact(-0.16340157));
        assertEquals("8494", Ticks.compact(8494));
        assertEquals("6.283", Ticks.compact(2 * Math.PI));
        assertEquals("1.5e-13", Ticks.compact(1.5e-13));
        assertEquals("1.235e+07", Ticks.compact(12345678));
        assertEquals("0", Ticks.compact(-0.0));
    }
}

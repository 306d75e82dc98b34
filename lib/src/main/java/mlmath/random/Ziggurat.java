package mlmath.random;

/**
 * Standard normal draws by Marsaglia and Tsang's ziggurat with 256 layers, consuming the bit generator's words the
 * way numpy's {@code Generator.standard_normal} does: one 64-bit word gives the layer (low 8 bits), the sign and 52
 * bits of position; 99 % of draws end there, the rest test the layer's wedge or sample the tail beyond R.
 * The layer tables are built here from the ziggurat's recurrence in double precision with the C library's exp and
 * log, as Python's math module computes. numpy ships tables built that way once, on another machine, whose last bits
 * differ in some layers; the 255 steps of the recurrence carry such a difference along. So draws agree with numpy's
 * to 1e-14 relative (86 % exactly; 4e-14 with Java's exp and log) and the stream stays in step, the same words
 * consumed, but they are not equal bit for bit.
 */
final class Ziggurat {
    private Ziggurat() {}

    private static final int LAYERS = 256;
    /** Where the tail starts, and the area of each layer (Marsaglia and Tsang's constants for 256 layers). */
    private static final double R = 3.6541528853610088, INV_R = 0.27366123732975828, AREA = 0.0049286732339746519;
    private static final double SCALE = 0x1p52;

    /** Per layer: the 52-bit threshold below which a draw is inside the rectangle, the width per unit, e^{-x²/2}. */
    private static final long[] INSIDE = new long[LAYERS];
    private static final double[] WIDTH = new double[LAYERS], DENSITY = new double[LAYERS];

    static {
        // x[i]: the right edge of layer i, from x[255] = R inwards: each layer has the same area.
        double[] x = new double[LAYERS];
        x[LAYERS - 1] = R;
        for (int i = LAYERS - 2; i >= 1; i--) x[i] = Math.sqrt(-2 * CMath.logOf(density(x[i + 1]) + AREA / x[i + 1]));
        INSIDE[0] = (long) Math.rint(R * density(R) / AREA * SCALE);
        WIDTH[0] = AREA / density(R) / SCALE;   // the base layer: the strip under the curve, and the tail beyond R
        for (int i = 1; i < LAYERS; i++) {
            INSIDE[i] = (long) Math.rint(x[i - 1] / x[i] * SCALE);
            WIDTH[i] = x[i] / SCALE;
        }
        for (int i = 0; i < LAYERS; i++) DENSITY[i] = density(x[i]);
    }

    private static double density(double x) { return CMath.expOf(-0.5 * x * x); }

    /** One standard normal draw from {@code bits}. */
    static double standardNormal(BitSource bits) {
        while (true) {
            long word = bits.nextInt64();
            int layer = (int) (word & 0xff);
            word >>>= 8;
            long position = (word >>> 1) & 0x000F_FFFF_FFFF_FFFFL;
            double x = position * WIDTH[layer];
            if ((word & 1) != 0) x = -x;
            if (position < INSIDE[layer]) return x;
            if (layer == 0) return tail(bits, (position >>> 8 & 1) != 0);
            // In the wedge between this layer's rectangle and the curve: accept under the curve.
            double y = (DENSITY[layer - 1] - DENSITY[layer]) * bits.nextDouble() + DENSITY[layer];
            if (y < density(x)) return x;
        }
    }

    /** A draw beyond R (Marsaglia's tail method), with the sign given; 1 − u keeps log away from 0. */
    private static double tail(BitSource bits, boolean negative) {
        while (true) {
            double xx = -INV_R * Math.log1p(-bits.nextDouble());
            double yy = -Math.log1p(-bits.nextDouble());
            if (yy + yy > xx * xx) return negative ? -(R + xx) : R + xx;
        }
    }
}

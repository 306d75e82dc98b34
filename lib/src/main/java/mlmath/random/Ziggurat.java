package mlmath.random;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard normal draws by Marsaglia and Tsang's ziggurat with 256 layers, consuming the bit generator's words the
 * way numpy's {@code Generator.standard_normal} does: one 64-bit word gives the layer (low 8 bits), the sign and 52
 * bits of position; 99 % of draws end there, the rest test the layer's wedge or sample the tail beyond R.
 * numpy's layer edges were computed once from the ziggurat's recurrence on a machine whose exp and log round
 * differently from this one's: the recurrence here misses 37 of them, by up to 76 ulp in the innermost layers. So
 * the edges are read from ziggurat_edges.txt, measured from numpy 2.4.6's own draws by
 * lib/src/test/python/gen_ziggurat_edges.py (a draw that ends on its first word is position × edge / 2^52, which
 * pins every edge to the bit); the thresholds and wedge densities are derived from them as numpy's were. Those
 * densities come from this machine's exp and could differ from numpy's in the last bit, which would decide only a
 * wedge draw whose test lands within an ulp of the curve (the script checks 600,000 draws and finds none).
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
        // The file's first value is the base layer's width V / f(R) (the strip under the curve, and the tail beyond
        // R); its others are the right edges x[1..255] of the layers above. The top layer's edge x[0] is the peak, 0.
        double[] x = edges();
        INSIDE[0] = (long) Math.rint(R * density(R) / AREA * SCALE);
        WIDTH[0] = x[0] / SCALE;
        x[0] = 0;
        for (int i = 1; i < LAYERS; i++) {
            INSIDE[i] = (long) Math.rint(x[i - 1] / x[i] * SCALE);
            WIDTH[i] = x[i] / SCALE;
        }
        for (int i = 0; i < LAYERS; i++) DENSITY[i] = density(x[i]);
    }

    /** The 256 hex floats of ziggurat_edges.txt, after its comment lines. */
    private static double[] edges() {
        try (InputStream in = Ziggurat.class.getResourceAsStream("ziggurat_edges.txt")) {
            if (in == null) throw new IllegalStateException("ziggurat_edges.txt is missing from the class path");
            double[] x = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#")).mapToDouble(Double::parseDouble).toArray();
            if (x.length != LAYERS) {
                throw new IllegalStateException("ziggurat_edges.txt holds " + x.length + " values, not " + LAYERS);
            }
            return x;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

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
 * {@code Generator.standard_exponential} runs the same ziggurat on e^{-x} (one word: 3 bits unused, 8 for the layer,
 * 53 of position), its edges measured likewise into ziggurat_exp_edges.txt by the same script.
 */
final class Ziggurat {
    private Ziggurat() {}

    private static final int LAYERS = 256;
    /** Where the tails start, and the area of each layer (Marsaglia and Tsang's constants for 256 layers). */
    private static final double R = 3.6541528853610088, INV_R = 0.27366123732975828, AREA = 0.0049286732339746519;
    private static final double EXP_R = 7.69711747013104972, EXP_AREA = 0.0039496598225815571993;

    private static final Layers NORMAL = new Layers("ziggurat_edges.txt", R, AREA, 0x1p52, Ziggurat::density);
    private static final Layers EXPONENTIAL = new Layers("ziggurat_exp_edges.txt", EXP_R, EXP_AREA, 0x1p53, x -> CMath.expOf(-x));

    /** Per layer: the threshold below which a draw's position is inside the rectangle, the width per unit, f(edge). */
    private static final class Layers {
        final long[] inside = new long[LAYERS];
        final double[] width = new double[LAYERS], density = new double[LAYERS];

        Layers(String file, double r, double area, double scale, java.util.function.DoubleUnaryOperator f) {
            // The file's first value is the base layer's width V / f(R) (the strip under the curve, and the tail
            // beyond R); its others are the right edges x[1..255] of the layers above. The top layer's edge x[0] is 0.
            double[] x = edges(file);
            inside[0] = (long) Math.rint(r * f.applyAsDouble(r) / area * scale);
            width[0] = x[0] / scale;
            x[0] = 0;
            for (int i = 1; i < LAYERS; i++) {
                inside[i] = (long) Math.rint(x[i - 1] / x[i] * scale);
                width[i] = x[i] / scale;
            }
            for (int i = 0; i < LAYERS; i++) density[i] = f.applyAsDouble(x[i]);
        }
    }

    /** The 256 hex floats of {@code file}, after its comment lines. */
    private static double[] edges(String file) {
        try (InputStream in = Ziggurat.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the class path");
            double[] x = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#")).mapToDouble(Double::parseDouble).toArray();
            if (x.length != LAYERS) {
                throw new IllegalStateException(file + " holds " + x.length + " values, not " + LAYERS);
            }
            return x;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double density(double x) { return CMath.expOf(-0.5 * x * x); }

    /** One standard normal draw from {@code bits}. */
    static double standardNormal(BitSource bits) {
        Layers z = NORMAL;
        while (true) {
            long word = bits.nextInt64();
            int layer = (int) (word & 0xff);
            word >>>= 8;
            long position = (word >>> 1) & 0x000F_FFFF_FFFF_FFFFL;
            double x = position * z.width[layer];
            if ((word & 1) != 0) x = -x;
            if (position < z.inside[layer]) return x;
            if (layer == 0) return tail(bits, (position >>> 8 & 1) != 0);
            // In the wedge between this layer's rectangle and the curve: accept under the curve.
            double y = (z.density[layer - 1] - z.density[layer]) * bits.nextDouble() + z.density[layer];
            if (y < density(x)) return x;
        }
    }

    /** One standard exponential draw from {@code bits}, numpy's {@code random_standard_exponential}. */
    static double standardExponential(BitSource bits) {
        Layers z = EXPONENTIAL;
        while (true) {
            long position = bits.nextInt64() >>> 3;
            int layer = (int) (position & 0xff);
            position >>>= 8;
            double x = position * z.width[layer];
            if (position < z.inside[layer]) return x;
            if (layer == 0) return EXP_R - CMath.log1pOf(-bits.nextDouble());  // the tail beyond R, memoryless
            double y = (z.density[layer - 1] - z.density[layer]) * bits.nextDouble() + z.density[layer];
            if (y < CMath.expOf(-x)) return x;
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

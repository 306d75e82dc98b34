package mlmath.tensor.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM told there is no FMA unit ({@code -XX:-UseFMA}, as on a CPU without one) computes Math.fma with BigDecimal;
 * exp, tanh and log then take the JDK's own functions, bit for bit, instead of kernels a hundred times slower.
 */
class WithoutFmaTest {
    /** In the child JVM: whether the probe saw the FMA unit, and how many of 10⁵ results differ from the JDK's. */
    public static void main(String[] args) {
        double[] x = new Random(7).doubles(100_000, -30, 30).toArray(), out = new double[x.length];
        x[0] = 0;
        x[1] = Double.NaN;
        x[2] = 800;
        int differ = 0;
        Transcendentals.exp(x, out);
        for (int i = 0; i < x.length; i++) if (Double.compare(out[i], Math.exp(x[i])) != 0) differ++;
        Transcendentals.tanh(x, out);
        for (int i = 0; i < x.length; i++) if (Double.compare(out[i], StrictMath.tanh(x[i])) != 0) differ++;
        for (int i = 0; i < x.length; i++) x[i] = Math.abs(x[i]);
        Transcendentals.log(x, out);
        for (int i = 0; i < x.length; i++) if (Double.compare(out[i], Math.log(x[i])) != 0) differ++;
        System.out.println("fma unit " + Transcendentals.FMA_UNIT + ", differ " + differ);
    }

    @Test
    void withoutAnFmaUnit_theJdksFunctionsAnswer() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UseFMA", "-cp", System.getProperty("java.class.path"), WithoutFmaTest.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM finished");
        assertEquals("fma unit false, differ 0", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
}

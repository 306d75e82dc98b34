package mlmath.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AsciiTest {
    @Test
    void symbols_areSpelledOut_noQuestionMarks() {
        assertEquals("sigma/sqrt n", Ascii.of("σ/√n"));
        assertEquals("sqrt(2pi)", Ascii.of("√(2π)"));
        assertEquals("N(1, 0.5^2)", Ascii.of("N(1, 0.5²)"));
        assertEquals("max|d| 1e-5 [ok]", Ascii.of("max|Δ| 1e-5 ✓"));
        assertEquals("W^T x^-1 w_0 a*b", Ascii.of("Wᵀ x⁻¹ w₀ a·b"));
        assertEquals("yhat xbar cafe theta", Ascii.of("ŷ x̄ café θ"));
        assertEquals("Av = +/-lambda v, dx, theta_0", Ascii.of("Av = ±λv, Δx, θ₀"));
        assertEquals("|+-", Ascii.of("│└─"));
    }

    @Test
    void theStream_writesAsciiEvenWhenACharacterIsSplitBetweenWrites() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        PrintStream out = Ascii.stream(raw);
        byte[] sigma = "σ = 1\n".getBytes(StandardCharsets.UTF_8);
        out.write(sigma, 0, 1);
        out.flush();
        out.write(sigma, 1, sigma.length - 1);
        out.print("mlmath · Java 17\n");
        assertEquals("sigma = 1\nmlmath * Java 17\n", raw.toString(StandardCharsets.US_ASCII));
    }
}

package mlmath.plot.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {
    @Test
    void parametersInParentheses_survive() {
        assertEquals("100000-samples-of-N(2,0.5^2)", FileNames.of("100000 samples of N(2, 0.5^2)"));
        assertEquals("KL(P-Q)", FileNames.of("KL(P || Q)"));
        assertEquals("loss-SGD-lr-0.03", FileNames.of("loss, SGD lr 0.03"));
        assertEquals("x^2-on-(-1,1)", FileNames.of("x^2 on [-1, 1]"));
        assertEquals("L(p)-p^5-(1-p)^2", FileNames.of("L(p) = p^5 (1-p)^2"));
    }

    @Test
    void namesThatExistedStayTheSame() {
        assertEquals("learning-rate-linear-warmup-then-cosine-decay", FileNames.of("learning rate: linear warmup, then cosine decay"));
        assertEquals("first-plot-y-x-squared", FileNames.of("first plot: y = x squared"));
        assertEquals("likelihood-of-p", FileNames.of("Likelihood of p"));
        assertEquals("central-difference-error-vs-step-h", FileNames.of("central difference error vs step h"));
        assertEquals("loss-on-an-ill-conditioned-quadratic", FileNames.of("loss on an ill-conditioned quadratic"));
    }

    @Test
    void charactersWindowsOrMacOsRefuse_areDropped() {
        assertEquals("a-b-c-d-e-f-g-h-i-j", FileNames.of("a/b\\c:d*e?f\"g<h>i|j"));
        assertEquals("plot", FileNames.of("???"));
        assertEquals("CON-plot", FileNames.of("CON"));
        assertEquals("x^2-vs-x", FileNames.of("x² vs x."));
        assertEquals("theta-under-noisy-gradients", FileNames.of("θ under noisy gradients"));
        assertEquals("monte-carlo-KL-sigma-sqrt-n", FileNames.of("Monte Carlo KL: σ/√n"));
        assertEquals("cafe", FileNames.of("café"));
        assertEquals("word-".repeat(19) + "word", FileNames.of("word ".repeat(60)));
    }
}

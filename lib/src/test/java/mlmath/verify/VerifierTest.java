package mlmath.verify;

import mlmath.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        Verifier.clearResults();
        Verifier.setOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() { Verifier.setOutput(null); }

    private String out() { return buffer.toString(StandardCharsets.UTF_8).replace("✓", "[ok]").replace("✗", "[FAIL]"); }

    private static boolean check(String name, Object a, Object b) {
        return Verifier.verify(name, a, b, Verifier.DEFAULT_ATOL, Verifier.DEFAULT_RTOL);
    }

    @Test
    void pass_printsOneLineWithShapeMaxDeltaAndProvenance() {
        Tensor ref = new Tensor(new double[] {1, 2, 3, 4}, 2, 2).withSource("torch 2.7.1");
        assertTrue(check("softmax", new double[][] {{1, 2}, {3, 4 + 3e-6}}, ref));
        assertEquals("[ok] softmax  (2, 2)  max|Δ| 3.0e-06  vs torch 2.7.1\n", out());
        assertTrue(Verifier.results().get(0).passed());
    }

    @Test
    void fail_printsAssertCloseStyleReport_andNeverThrows() {
        double[] mine = new double[80], ref = new double[80];
        mine[2 * 10 + 7] = 0.0123;
        mine[5] = 2e-5;
        assertFalse(check("softmax", new Tensor(mine, 8, 10), new Tensor(ref, 8, 10)));
        String expected = """
                [FAIL] softmax  (8, 10)  vs mlmath (not torch)
                  Tensor-likes are not close!
                  Mismatched elements: 2 / 80 (2.5%)
                  Greatest absolute difference: 0.0123 at index (2, 7) (up to 1e-05 allowed)
                  Greatest relative difference: inf at index (0, 5) (up to 0 allowed)
                  At (2, 7): yours 0.0123, reference 0
                """;
        assertEquals(expected, out());
        assertFalse(Verifier.results().get(0).passed());
    }

    @Test
    void scalars_haveTheirOwnReport() {
        assertFalse(check("ce", 2.5, 2.4));
        assertTrue(out().contains("Scalars are not close!\n  Expected 2.4 but got 2.5.\n  Absolute difference: 0.1"), out());
    }

    @Test
    void shapeMismatch_isReportedBeforeValues() {
        assertFalse(check("t", new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        assertTrue(out().contains("The values for attribute 'shape' do not match: torch.Size([2, 3]) != torch.Size([3, 2])."), out());
    }

    @Test
    void nanMatchesNothing_byDefault_asInTorch() {
        assertFalse(check("nan scalar", Double.NaN, Double.NaN));
        assertFalse(check("nan both", new double[] {Double.NaN, 1}, new double[] {Double.NaN, 1}));
        assertFalse(check("nan yours", new double[] {Double.NaN, 1}, new double[] {0, 1}));
        assertFalse(check("nan reference", new double[] {0, 1}, new double[] {0, Double.NaN}));
        assertTrue(Verifier.results().stream().noneMatch(Verifier.Result::passed));
    }

    @Test
    void nanReport_namesTheFirstNanAndWhoseItIs() {
        double[][] mine = {{1, 2, 3}, {4, 5, Double.NaN}}, ref = {{1, 2.5, Double.NaN}, {4, 5, 6}};
        assertFalse(check("log", mine, ref));
        String expected = """
                [FAIL] log  (2, 3)  vs mlmath (not torch)
                  Tensor-likes are not close!
                  Mismatched elements: 3 / 6 (50.0%)
                  Greatest absolute difference: nan at index (0, 2) (up to 1e-05 allowed)
                  Greatest relative difference: nan at index (0, 2) (up to 0 allowed)
                  At (0, 2): yours 3, reference nan
                  NaN at (0, 2) in the reference: NaN is close to nothing
                """;
        assertEquals(expected, out());
    }

    @Test
    void nanInBoth_saysHowToAllowIt_inEightyColumns() {
        assertFalse(check("pair", new double[][] {{1, Double.NaN}}, new double[][] {{1, Double.NaN}}));
        assertFalse(check("one", Double.NaN, Double.NaN));
        String shown = out();
        String allow = "  (verify(name, yours, reference, atol, rtol, true) lets NaN match NaN)\n";
        assertTrue(shown.contains("  At (0, 1): yours nan, reference nan\n"
                + "  NaN in both at (0, 1): NaN is close to nothing, not even NaN\n" + allow), shown);
        assertTrue(shown.contains("Expected nan but got nan."), shown);
        assertTrue(shown.contains("  NaN in both: NaN is close to nothing, not even NaN\n" + allow), shown);
        assertTrue(shown.lines().allMatch(l -> l.length() <= 80), shown);
    }

    @Test
    void aLineWiderThanTheTerminal_putsTheReferenceOnTheNextLine() {
        String label = "LinearLR, then CosineAnnealingLR from the milestone";
        assertTrue(Verifier.verify(label, new double[] {1, 2}, new double[] {1, 2}, 1e-5, 1e-8));
        assertEquals("[ok] " + label + "  (2,)  max|Δ| 0\n    vs mlmath (not torch)\n", out());
    }

    @Test
    void aNameTooLongForOneLine_isBrokenBetweenWords_theShapeAndReferenceAfterIt() {
        String label = "Gaussian log-likelihood vs torch: sum of Normal(168, 10).log_prob(x) with torch operations";
        assertTrue(Verifier.verify(label, new double[] {1, 2}, new double[] {1, 2}, 1e-5, 1e-8));
        // (Broken before "torch" whether the mark is ✓ or [ok].)
        assertEquals("[ok] Gaussian log-likelihood vs torch: sum of Normal(168, 10).log_prob(x) with\n"
                + "    torch operations  (2,)  max|Δ| 0  vs mlmath (not torch)\n", out());
        String message = "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature"
                + " (n?,k),(k,m?)->(n?,m?) (size 64 is different from 128)";
        // The mark as ASCII: a line is measured as the terminal will show it, and ✓ takes four columns as [ok].
        assertEquals("expected error [ok] matmul: Input operand 1 has a mismatch in its core dimension\n"
                + "    0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 64 is different from\n    128)",
                Verifier.fitted("expected error [ok] " + message));
    }

    @Test
    void equalNan_letsNanMatchNanOnly() {
        double[] mine = {Double.NaN, 1, Double.POSITIVE_INFINITY}, ref = {Double.NaN, 1, Double.POSITIVE_INFINITY};
        assertTrue(Verifier.verify("equal nan", mine, ref, 1e-5, 0, true));
        assertEquals("[ok] equal nan  (3,)  max|Δ| 0  vs mlmath (not torch)\n", out());
        assertFalse(Verifier.verify("nan vs 0", new double[] {Double.NaN}, new double[] {0}, 1e-5, 0, true));
        assertTrue(out().contains("  NaN in yours: NaN is close to nothing"), out());
    }

    @Test
    void infMatchesOnlyTheSameInf() {
        assertTrue(check("inf same", new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY}));
        assertTrue(check("-inf same", new double[] {Double.NEGATIVE_INFINITY, 2}, new double[] {Double.NEGATIVE_INFINITY, 2}));
        assertFalse(check("inf sign", new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.NEGATIVE_INFINITY}));
        assertFalse(check("inf vs big", new double[] {Double.POSITIVE_INFINITY}, new double[] {1e308}));
        assertFalse(check("inf vs nan", new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.NaN}));
    }

    @Test
    void tolerances_areOverridable() {
        assertFalse(check("tight", 1.0, 1.0 + 1e-4));
        assertTrue(Verifier.verify("loose", 1.0, 1.0 + 1e-4, 0, 1e-3));
    }

    @Test
    void nullYours_isAFailureNotACrash() {
        assertFalse(check("missing", null, 1.0));
        assertTrue(out().contains("yours is null"), out());
    }

    @Test
    void buildTable_countsTheLatestResultPerOp() {
        check("dot", 1.0, 1.0);
        check("matmul", 1.0, 2.0);
        check("matmul (fast)", 2.0, 2.0);
        check("Cross-Entropy", 0.5, 0.5);
        String table = BuildTable.render().replace("✓", "[ok]").replace("✗", "[FAIL]");
        assertTrue(table.endsWith("3/5 pass within 1e-5 of the torch reference."), table);
        assertTrue(table.contains("not verified yet\n"), table);
        assertTrue(table.contains("next: verify(\"softmax\", yours, reference) fills its row\n"), table);
        assertTrue(table.lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + table);
        assertEquals("kl", BuildTable.key("kl_div"));
        assertEquals("crossentropy", BuildTable.key("cross_entropy"));
    }
}

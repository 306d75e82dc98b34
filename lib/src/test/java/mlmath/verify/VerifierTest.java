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
    void nanMatchesOnlyNan_andInfOnlyTheSameInf() {
        assertTrue(check("nan both", new double[] {Double.NaN, 1}, new double[] {Double.NaN, 1}));
        assertFalse(check("nan one", new double[] {Double.NaN, 1}, new double[] {0, 1}));
        assertTrue(check("inf same", new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY}));
        assertFalse(check("inf sign", new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.NEGATIVE_INFINITY}));
        assertFalse(check("inf vs big", new double[] {Double.POSITIVE_INFINITY}, new double[] {1e308}));
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

package mlmath.learn.cases;

import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomCheckTest {
    private static final Case SOFTMAX = Catalog.find("softmax").orElseThrow();

    @Test
    void aSoftmaxOverAxis0_failsOnItsSmallestCase_twoRowsOfOne_andTheMistakeIsNamed() {
        RandomCheck.Outcome o = RandomCheck.check(SOFTMAX, List.of("z"), a -> {
            Tensor z = (Tensor) a[0];
            var e = z.sub(z.max(0, true)).exp();
            return e.div(e.sum(0, true));
        });
        assertFalse(o.passed());
        assertEquals("normalises over axis 0; a batch's softmax runs along each row, axis -1", o.mistake());
        System.out.println(String.join("\n", o.report()));
        // Shrunk: the smallest batch where the axis matters is one column of two rows, or two columns of one row.
        String zLine = o.report().get(1);
        assertTrue(zLine.matches("z = array\\(\\[\\[0\\.?],\\n\\s+\\[0\\.?]]\\)") || zLine.startsWith("z = array([[0., 0.]])")
                || zLine.startsWith("z = array([[0.],"), zLine);
    }

    @Test
    void aRightAnswerWrittenDifferently_passes_andAThrowIsShownInOneLine() {
        assertTrue(RandomCheck.check(SOFTMAX, List.of("z"), a -> {
            Tensor z = (Tensor) a[0];
            var lse = z.max(-1, true).add(z.sub(z.max(-1, true)).exp().sum(-1, true).log());
            return z.sub(lse).exp();
        }).passed());
        RandomCheck.Outcome thrown = RandomCheck.check(SOFTMAX, List.of("z"), a -> {
            throw new IllegalStateException("boom\nsecond line");
        });
        assertEquals("yours: threw IllegalStateException: boom", thrown.report().get(2));
        assertNull(thrown.mistake());
    }

    @Test
    void aBroadcastShapeThatKeepsTheSmallerSize_isNamed_andItsShapesPrintAsLists() {
        RandomCheck.Outcome o = RandomCheck.check(Catalog.find("broadcast_shape").orElseThrow(), List.of("a", "b"),
                a -> LinearAlgebraCases.minSizes((int[]) a[0], (int[]) a[1]));
        assertFalse(o.passed());
        assertEquals("keeps the smaller size: a 1 is stretched to the other size, so the result keeps the larger", o.mistake());
        assertTrue(o.report().get(1).matches("a = \\[[0-9, ]+]"), o.report().get(1));
    }
}

package mlmath.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordWrapTest {
    private static final ToIntFunction<String> CODE_POINTS = s -> s.codePointCount(0, s.length());

    @Test
    void words_goOnWhileTheyFit_theNextLinesIndented_andAWordWiderThanALineHasItsOwn() {
        assertEquals(List.of("  the quick", "    brown fox", "    jumps", "    overtheveryverylazydog"),
                WordWrap.lines("  the quick   brown fox jumps overtheveryverylazydog", 13, "    ", CODE_POINTS));
        assertEquals(List.of(), WordWrap.lines("   ", 10, "", CODE_POINTS));
    }

    @Test
    void widthIsMeasuredAsTheCallerSays() {
        // σ is one column as a code point, five as its ASCII spelling.
        assertEquals(List.of("σ σ σ"), WordWrap.lines("σ σ σ", 5, "", CODE_POINTS));
        assertEquals(List.of("σ", "σ", "σ"), WordWrap.lines("σ σ σ", 5, "", s -> Ascii.of(s).length()));
    }

    @Test
    void aPartThatDoesNotFit_startsTheNextLine_withItsOwnSpacingKept() {
        WordWrap wrap = new WordWrap(24, "    ", CODE_POINTS);
        wrap.words("", "[ok] softmax").words("  ", "(2, 3)  max|d| 0").words("  ", "vs torch");
        assertEquals(List.of("[ok] softmax", "    (2, 3)  max|d| 0", "    vs torch"), wrap.lines());
    }

    @Test
    void aWholePiece_isNeverBroken() {
        WordWrap wrap = new WordWrap(20, "    ", CODE_POINTS).whole("", "plot saved:").whole(" ", "/home/a user/plots/loss curve.png");
        assertEquals(List.of("plot saved:", "    /home/a user/plots/loss curve.png"), wrap.lines());
        assertEquals(List.of("plot saved: a.png"), new WordWrap(20, "    ", CODE_POINTS).whole("", "plot saved:").whole(" ", "a.png").lines());
    }
}

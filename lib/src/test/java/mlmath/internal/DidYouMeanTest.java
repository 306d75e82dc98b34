package mlmath.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DidYouMeanTest {
    private static final List<String> SECTIONS = List.of("02-linear-algebra", "03-probability", "04-calculus");

    @Test
    void aTypo_getsTheClosestName_andSomethingElseNone() {
        assertEquals(Optional.of("03-probability"), DidYouMean.among("probabilty", SECTIONS));
        assertEquals(Optional.of("04-calculus"), DidYouMean.among("calcluus", SECTIONS));
        assertEquals(Optional.of("lesson"), DidYouMean.among("lessn", List.of("lesson", "check", "quiz")));
        assertEquals(Optional.empty(), DidYouMean.among("banana", SECTIONS));
    }
}

package mlmath.learn.cases;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every declared random check against libtorch: torch's own answer passes, and each usual mistake fails under its name. */
class CatalogTest {
    @Test
    void torchsOwnAnswer_passesEveryRandomCase() {
        List<String> failures = new ArrayList<>();
        for (Case c : Catalog.all()) {
            assertTrue(c.incomplete().isEmpty(), c.exercise());
            RandomCheck.Outcome o = RandomCheck.check(c, List.of(), c::reference);
            if (!o.passed()) failures.add(c.exercise() + ": " + o);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void eachUsualMistake_failsAndIsNamed() {
        List<String> failures = new ArrayList<>();
        for (Case c : Catalog.all()) {
            for (Case.Mistake m : c.mistakes()) {
                Function<Object[], Object> wrong = m.computes();
                RandomCheck.Outcome o = RandomCheck.check(c, List.of(), wrong);
                if (o.passed() || !m.message().equals(o.mistake())) failures.add(c.exercise() + " / " + m.message() + ": " + o);
            }
        }
        assertEquals(List.of(), failures);
    }
}

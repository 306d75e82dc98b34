package mlmath.learn.cases;

import java.util.List;

/** Section 04's exercises on random inputs. */
final class CalculusCases {
    private CalculusCases() {}

    static final List<Case> CASES = List.of();
}

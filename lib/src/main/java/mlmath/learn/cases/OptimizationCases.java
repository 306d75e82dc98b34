package mlmath.learn.cases;

import java.util.List;

/** Section 05's exercises on random inputs. */
final class OptimizationCases {
    private OptimizationCases() {}

    static final List<Case> CASES = List.of();
}

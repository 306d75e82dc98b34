package mlmath.learn.cases;

import java.util.List;

/** Section 02's exercises on random inputs. */
final class LinearAlgebraCases {
    private LinearAlgebraCases() {}

    static final List<Case> CASES = List.of();
}

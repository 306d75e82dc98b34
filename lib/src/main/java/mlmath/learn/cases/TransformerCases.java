package mlmath.learn.cases;

import java.util.List;

/** Section 08's exercises on random inputs. */
final class TransformerCases {
    private TransformerCases() {}

    static final List<Case> CASES = List.of();
}

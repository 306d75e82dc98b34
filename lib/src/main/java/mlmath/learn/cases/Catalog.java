package mlmath.learn.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every exercise's random cases, by exercise name; one class per section declares its own. */
public final class Catalog {
    private Catalog() {}

    private static final Map<String, Case> BY_NAME = new LinkedHashMap<>();

    static {
        Stream.of(LinearAlgebraCases.CASES, ProbabilityCases.CASES, CalculusCases.CASES, OptimizationCases.CASES,
                        BuildCases.CASES, TransformerCases.CASES).flatMap(List::stream)
                .forEach(c -> {
                    if (BY_NAME.put(c.exercise(), c) != null) throw new IllegalStateException("two random-case declarations for " + c.exercise());
                });
    }

    /** The random cases of {@code exercise}, if it has any. */
    public static Optional<Case> find(String exercise) { return Optional.ofNullable(BY_NAME.get(exercise)); }

    /** Every declaration, section by section. */
    public static List<Case> all() { return List.copyOf(BY_NAME.values()); }
}

package mlmath.learn.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * How one exercise is checked on random inputs: how its arguments are drawn, what libtorch computes for them, and the
 * usual wrong answers, each with the line that names it. Declared once per exercise in its section's class.
 * <pre>{@code
 * Case.of("softmax")
 *     .inputs(d -> new Object[] {d.tensor(d.dims(2, 4))})
 *     .reference("torch.softmax(z, -1)", a -> torch.softmax(a[0], -1))
 *     .mistake("normalises over axis 0; ...", a -> torch.softmax(a[0], 0));
 * }</pre>
 */
public final class Case {
    /** A usual wrong answer: what it computes, and the one line that names it. */
    public record Mistake(String message, Function<Object[], Object> computes) {}

    /** A function argument that prints as what it is ({@code x -> x³}), so a failing case can be shown. */
    public record Fn(String label, DoubleUnaryOperator f) implements DoubleUnaryOperator {
        @Override public double applyAsDouble(double x) { return f.applyAsDouble(x); }
        @Override public String toString() { return label; }
    }

    private final String exercise;
    private Function<Draw, Object[]> inputs;
    private String referenceLabel;
    private Function<Object[], Object> reference;
    private final List<Mistake> mistakes = new ArrayList<>();
    private String call;
    private List<String> argNames = List.of();
    private double atol = 1e-6, rtol = 1e-6;

    private Case(String exercise) { this.exercise = exercise; }

    /** The check of the exercise named {@code exercise} (its {@code // exercise: NAME}). */
    public static Case of(String exercise) { return new Case(exercise); }

    /** How one case's arguments are drawn, in the order the learner's method takes them. */
    public Case inputs(Function<Draw, Object[]> draw) {
        this.inputs = draw;
        return this;
    }

    /** What libtorch computes for the arguments, and how that is labelled ({@code torch.softmax(z, -1)}). */
    public Case reference(String label, Function<Object[], Object> computes) {
        this.referenceLabel = label;
        this.reference = computes;
        return this;
    }

    /** A usual wrong answer and the line that names it when the learner's output matches it on every case. */
    public Case mistake(String message, Function<Object[], Object> computes) {
        mistakes.add(new Mistake(message, computes));
        return this;
    }

    /**
     * How the grader calls the learner's code, as a Java lambda from {@code Object[] a} to the result, for an exercise
     * that is not one top-level method (a method of a class: {@code a -> new MySgd((double) a[0], 0).step(...)}).
     * Without it the grader calls the method the exercise declares with the arguments cast to its parameter types.
     */
    public Case call(String lambda, String... argNames) {
        this.call = lambda;
        this.argNames = List.of(argNames);
        return this;
    }

    /** Closeness to torch: |yours − torch| ≤ atol + rtol·|torch| everywhere (default 1e-6 and 1e-6). */
    public Case tolerance(double atol, double rtol) {
        this.atol = atol;
        this.rtol = rtol;
        return this;
    }

    public String exercise() { return exercise; }

    Object[] draw(Draw d) { return inputs.apply(d); }

    String referenceLabel() { return referenceLabel; }

    Object reference(Object[] args) { return reference.apply(args); }

    List<Mistake> mistakes() { return List.copyOf(mistakes); }

    /** The lambda given by {@link #call}, if any. */
    public Optional<String> call() { return Optional.ofNullable(call); }

    /** The argument names given with {@link #call}; empty when they come from the method's parameters. */
    public List<String> argNames() { return argNames; }

    double atol() { return atol; }

    double rtol() { return rtol; }

    /** What is missing for this case to be checkable, or empty. */
    public Optional<String> incomplete() {
        if (inputs == null) return Optional.of(exercise + ": no inputs declared");
        if (reference == null) return Optional.of(exercise + ": no torch reference declared");
        return Optional.empty();
    }
}

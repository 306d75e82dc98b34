package mlmath.learn.cases;

import mlmath.np.Np;
import mlmath.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a learner's exercise on {@value #CASES} seeded random cases against libtorch (Tensor-Puzzles' way), shrinks
 * the first failing case to the simplest that still fails, and names the usual mistake the learner's answers match.
 * The seeds depend only on the exercise's name, so the same code always meets the same cases.
 */
public final class RandomCheck {
    private RandomCheck() {}

    /** How many random cases each exercise meets. */
    public static final int CASES = 24;

    /** Shrinking stops after this many tries, or this much time. */
    private static final int SHRINK_TRIES = 400;
    private static final long SHRINK_NANOS = 3_000_000_000L;

    private static final Np NP = new Np();

    /**
     * What the random cases found: how many failed of how many; for a failure, the smallest failing case shown side by
     * side with torch ({@code report}, lines) and the usual mistake it matches ({@code mistake}, one line, or null).
     */
    public record Outcome(String exercise, int cases, int failed, List<String> report, String mistake) implements java.io.Serializable {
        public boolean passed() { return failed == 0 && cases > 0; }

        /** {@code 24/24 random cases}. */
        public String count() { return (cases - failed) + "/" + cases + " random cases"; }
    }

    /** The report of random cases stopped at the time limit. */
    public static final String CUT_OFF = "cut off at the time limit";

    /** An outcome where no case could run, for {@code reason}. */
    public static Outcome failed(String exercise, String reason) { return new Outcome(exercise, CASES, CASES, List.of(reason), null); }

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    /** The outcomes recorded by {@link #run}, oldest first. */
    public static synchronized List<Outcome> outcomes() { return List.copyOf(OUTCOMES); }

    /**
     * Checks the learner's {@code yours} for {@code exercise} and records the outcome (the grader calls this in the
     * JShell that ran the work file, with {@code yours} calling the learner's method).
     */
    public static Outcome run(String exercise, String[] argNames, Function<Object[], Object> yours) {
        Case c = Catalog.find(exercise).orElseThrow(() -> new IllegalArgumentException("no random cases for " + exercise));
        Outcome o = check(c, c.argNames().isEmpty() ? List.of(argNames) : c.argNames(), yours);
        synchronized (RandomCheck.class) {
            OUTCOMES.add(o);
        }
        return o;
    }

    /** What {@code yours} does on the random cases of {@code c}; {@code argNames} label the arguments of a failing case. */
    public static Outcome check(Case c, List<String> argNames, Function<Object[], Object> yours) {
        List<long[]> failing = new ArrayList<>();
        List<Object> mineAll = new ArrayList<>();
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Draw d = Draw.seeded(c.exercise().hashCode() * 1_000_003L + i);
            Object[] args = c.draw(d);
            long[] choices = d.choices();
            Object ref = c.reference(args);
            Object mine = call(yours, c.draw(Draw.replay(choices)));
            all.add(choices);
            mineAll.add(mine);
            if (!close(mine, ref, c)) failing.add(choices);
        }
        if (failing.isEmpty()) return new Outcome(c.exercise(), CASES, 0, List.of(), null);
        Predicate<long[]> fails = choices -> {
            Object[] args = c.draw(Draw.replay(choices));
            Object ref;
            try {
                ref = c.reference(args);
            } catch (RuntimeException e) {
                return false;   // not a valid case for torch either
            }
            return !close(call(yours, c.draw(Draw.replay(choices))), ref, c);
        };
        long[] smallest = shrink(failing.get(0), fails);
        Object[] args = c.draw(Draw.replay(smallest));
        List<String> report = new ArrayList<>();
        report.add(failing.size() + " of " + CASES + " random cases differ from torch; the smallest:");
        for (int i = 0; i < args.length; i++) {
            String name = i < argNames.size() ? argNames.get(i) : "arg" + i;
            report.add(labelled(name + " = ", args[i]));
        }
        report.add(labelled("yours: ", call(yours, c.draw(Draw.replay(smallest)))));
        report.add(labelled(c.referenceLabel() + ": ", c.reference(args)));
        return new Outcome(c.exercise(), CASES, failing.size(), List.copyOf(report), mistake(c, all, mineAll));
    }

    /** The learner's result, or what it threw. */
    private static Object call(Function<Object[], Object> yours, Object[] args) {
        try {
            return yours.apply(args);
        } catch (RuntimeException | StackOverflowError e) {
            return e;
        }
    }

    /**
     * The first mistake whose answers match the learner's on every case where both have one, and differ from torch's
     * on at least one; null if none does.
     */
    private static String mistake(Case c, List<long[]> cases, List<Object> mine) {
        for (Case.Mistake m : c.mistakes()) {
            boolean matches = true, differs = false;
            for (int i = 0; i < cases.size() && matches; i++) {
                if (mine.get(i) instanceof Throwable) continue;
                Object[] args = c.draw(Draw.replay(cases.get(i)));
                Object wrong;
                try {
                    wrong = m.computes().apply(args);
                } catch (RuntimeException e) {
                    continue;
                }
                matches = close(mine.get(i), wrong, c);
                differs |= !close(wrong, c.reference(args), c);
            }
            if (matches && differs) return m.message();
        }
        return null;
    }

    /** Whether two results agree: same shapes, every element within tolerance (NaN matching NaN). */
    static boolean close(Object yours, Object reference, Case c) {
        if (yours instanceof Throwable || yours == null || reference == null) return false;
        if (yours instanceof Object[] ys && reference instanceof Object[] rs) {
            if (ys.length != rs.length) return false;
            for (int i = 0; i < ys.length; i++) if (!close(ys[i], rs[i], c)) return false;
            return true;
        }
        if (yours instanceof Object[] || reference instanceof Object[]) return false;
        Tensor a, b;
        try {
            a = NP.array(yours);
            b = NP.array(reference);
        } catch (RuntimeException e) {
            return false;
        }
        return a.shape().equals(b.shape()) && NP.allclose(a, b, c.rtol(), c.atol(), true);
    }

    /**
     * The simplest choices that still fail: blocks of choices set to 0 (from the end, halving the block), then each
     * choice lowered, as long as the case still fails; within {@link #SHRINK_TRIES} tries.
     */
    static long[] shrink(long[] start, Predicate<long[]> fails) {
        long[] best = start.clone();
        int tries = 0;
        long deadline = System.nanoTime() + SHRINK_NANOS;
        boolean improved = true;
        while (improved && tries < SHRINK_TRIES && System.nanoTime() < deadline) {
            improved = false;
            for (int size = Math.max(1, best.length); size >= 1; size /= 2) {
                for (int i = best.length - size; i >= 0 && tries < SHRINK_TRIES; i -= size) {
                    long[] candidate = best.clone();
                    boolean changes = false;
                    for (int j = i; j < i + size; j++) {
                        changes |= candidate[j] != 0;
                        candidate[j] = 0;
                    }
                    if (!changes) continue;
                    tries++;
                    if (fails.test(candidate)) {
                        best = candidate;
                        improved = true;
                    }
                }
            }
            for (int i = 0; i < best.length && tries < SHRINK_TRIES; i++) {
                for (long lower : new long[] {best[i] / 2, best[i] - 1}) {
                    if (lower < 0 || lower >= best[i]) continue;
                    long[] candidate = best.clone();
                    candidate[i] = lower;
                    tries++;
                    if (fails.test(candidate)) {
                        best = candidate;
                        improved = true;
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** {@code prefix} then the value, its later lines (a matrix's rows) indented under the first. */
    private static String labelled(String prefix, Object value) {
        return prefix + show(value).replace("\n", "\n" + " ".repeat(prefix.length()));
    }

    /** A value as numpy prints it, a number with all its digits (Python's str); what was thrown in one line. */
    static String show(Object value) {
        if (value instanceof Throwable t) {
            String msg = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
            return "threw " + t.getClass().getSimpleName() + msg;
        }
        if (value instanceof Double || value instanceof Float) return NP.array(((Number) value).doubleValue()).str();
        if (value instanceof Tensor t && t.ndim() == 0) return t.str();
        if (value instanceof double[] a) return NP.array(a).toString();
        if (value instanceof int[] a) return Arrays.toString(a);   // a shape
        if (value instanceof Object[] a) return Arrays.stream(a).map(RandomCheck::show).reduce((x, y) -> x + ",\n" + y).map(s -> "[" + s + "]").orElse("[]");
        return String.valueOf(value).strip();
    }

}

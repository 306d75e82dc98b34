package mlmath.learn.cases;

import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where one random case gets its shapes and values, as a sequence of choices (Hypothesis's idea): a case is drawn from
 * a seed, and shrunk by drawing it again from a smaller sequence. Every choice shrinks toward 0, and every draw maps 0
 * to its simplest outcome (the smallest size, the value 0 or 1), so a smaller sequence is a simpler case.
 */
public final class Draw {
    /** Beyond what a replay gives, every choice is 0: the simplest outcome. */
    private final long[] given;
    private final SplittableRandom random;
    private final List<Long> made = new ArrayList<>();

    private Draw(long[] given, SplittableRandom random) {
        this.given = given;
        this.random = random;
    }

    /** A fresh case from {@code seed}. */
    static Draw seeded(long seed) { return new Draw(new long[0], new SplittableRandom(seed)); }

    /** The case that {@code choices} make (shrinking), each clamped into its range. */
    static Draw replay(long[] choices) { return new Draw(choices, null); }

    /** The choices this case made, in order. */
    long[] choices() { return made.stream().mapToLong(Long::longValue).toArray(); }

    /** A choice in [0, n). */
    public long below(long n) {
        int at = made.size();
        long c = at < given.length ? Math.min(given[at], n - 1) : random == null ? 0 : random.nextLong(n);
        made.add(c);
        return c;
    }

    /** A whole number in [lo, hi], shrinking toward lo. */
    public int between(int lo, int hi) { return lo + (int) below((long) hi - lo + 1); }

    /** Whether to take the unusual branch; shrinks toward false. */
    public boolean chance(int oneIn) { return below(oneIn) == oneIn - 1; }

    private static final long FINE = 1L << 30;

    /** Uniform in (-1, 1), shrinking toward 0. */
    private double unit() {
        long c = below(FINE);
        double mag = (c >> 1) / (double) (FINE >> 1);
        return (c & 1) == 0 ? mag : -mag;
    }

    /**
     * Any value a learner's code meets: 0, a small whole number (ties), a moderate value, or now and then a huge one
     * (±500 to ±1000, a logit that overflows {@code exp}).
     */
    public double real() {
        long kind = below(20);
        if (kind == 0) return 0;
        if (kind <= 3) return between(-3, 3);
        if (kind <= 17) return 3 * unit();
        return Math.copySign(500 + 500 * Math.abs(unit()), unit());
    }

    /** As {@link #real()} without the huge values: for code where they are out of place (a gradient check). */
    public double moderate() {
        long kind = below(10);
        if (kind == 0) return 0;
        if (kind <= 2) return between(-3, 3);
        return 3 * unit();
    }

    /** A positive value: 1, a small whole number, or between 0.05 and 3. */
    public double positive() {
        long kind = below(6);
        if (kind == 0) return 1;
        if (kind == 1) return between(1, 4);
        return 0.05 + 2.95 * Math.abs(unit());
    }

    /** A value in [lo, hi), shrinking toward lo. */
    public double uniform(double lo, double hi) { return lo + (hi - lo) * Math.abs(unit()); }

    /** Dimensions, each in [1, max]. */
    public int[] dims(int rank, int max) {
        int[] d = new int[rank];
        for (int i = 0; i < rank; i++) d[i] = between(1, max);
        return d;
    }

    /** A float64 array of {@code shape} with {@link #real()} values. */
    public Tensor tensor(int... shape) { return fill(shape, this::real); }

    /** A float64 array of {@code shape} with {@link #moderate()} values. */
    public Tensor moderate(int... shape) { return fill(shape, this::moderate); }

    /** A float64 array of {@code shape} with {@link #positive()} values. */
    public Tensor positive(int... shape) { return fill(shape, this::positive); }

    /** A probability vector over {@code n} outcomes, none of them 0. */
    public Tensor distribution(int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += w[i] = positive();
        for (int i = 0; i < n; i++) w[i] /= sum;
        return new Tensor(w, n);
    }

    /** {@code n} class labels in [0, classes), int64 as numpy's {@code randint} makes them. */
    public Tensor labels(int n, int classes) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = between(0, classes - 1);
        return new Tensor(y, new Shape(n), DType.INT64);
    }

    private Tensor fill(int[] shape, java.util.function.DoubleSupplier value) {
        double[] d = new double[new Shape(shape).size()];
        for (int i = 0; i < d.length; i++) d[i] = value.getAsDouble();
        return new Tensor(d, shape);
    }
}

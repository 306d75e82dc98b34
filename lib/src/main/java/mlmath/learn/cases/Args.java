package mlmath.learn.cases;

import mlmath.tensor.Tensor;

/** A drawn argument as the type its case drew it: {@code t(a[0])}, {@code d(a[1])}, {@code i(a[2])}. */
final class Args {
    private Args() {}

    static Tensor t(Object x) { return (Tensor) x; }

    static double d(Object x) { return (Double) x; }

    static int i(Object x) { return (Integer) x; }
}

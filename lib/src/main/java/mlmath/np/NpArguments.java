package mlmath.np;

import mlmath.tensor.Tensor;
import mlmath.tensor.internal.ArrayLike;

/** The one conversion of {@code np}'s array-like arguments, naming the argument as numpy does when one is bad. */
final class NpArguments {
    private NpArguments() {}

    /** {@code x} as a tensor; {@code name} is numpy's parameter name for the error message. */
    static Tensor t(Object x, String name) { return ArrayLike.toTensor(x, name); }

    /** {@code x} as a tensor, named {@code a} (numpy's most common parameter name) in an error message. */
    static Tensor t(Object x) { return ArrayLike.toTensor(x, "a"); }
}

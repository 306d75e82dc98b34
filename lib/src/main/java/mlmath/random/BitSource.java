package mlmath.random;

/** A numpy bit generator as numpy's samplers see it: 32- and 64-bit words and doubles in [0, 1). */
interface BitSource {
    int nextInt32();

    long nextInt64();

    double nextDouble();
}

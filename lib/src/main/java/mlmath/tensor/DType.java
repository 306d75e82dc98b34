package mlmath.tensor;

/**
 * Element type as numpy would report it, and how the elements are kept: float64 as doubles, bool as one byte each
 * (as numpy) and int64 as longs, exact and wrapping around as numpy's do, wherever the op that made them computes in
 * that type (creation, arithmetic, reductions, comparisons, masks); ops that compute in doubles (slices, sorting,
 * linalg, ...) give bool and int64 results held as doubles, exact for int64 up to 2^53.
 * The dtype decides printing, the result type of arithmetic (numpy's promotion: bool &lt; int64 &lt; float64) and how
 * {@code astype} converts.
 */
public enum DType {
    BOOL("bool", 1), INT64("int64", 8), FLOAT64("float64", 8);

    private final String numpyName;
    private final int itemSize;

    DType(String numpyName, int itemSize) {
        this.numpyName = numpyName;
        this.itemSize = itemSize;
    }

    /** Bytes per element in numpy (used in numpy's "Unable to allocate" message). */
    public int itemSize() { return itemSize; }

    /** numpy's promotion for arithmetic: the wider of the two kinds (bool, then int64, then float64). */
    public static DType promote(DType a, DType b) { return a.ordinal() >= b.ordinal() ? a : b; }

    /** numpy's name, its str: {@code float64}, {@code int64}, {@code bool} (what {@code print(a.dtype)} shows). */
    public String str() { return numpyName; }

    /** numpy's repr, as its REPL echoes {@code a.dtype}: {@code dtype('float64')}. */
    @Override public String toString() { return "dtype('" + numpyName + "')"; }
}

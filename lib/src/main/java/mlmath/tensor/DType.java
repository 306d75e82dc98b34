package mlmath.tensor;

/** Element type as numpy would report it; values are always stored as doubles, int64 only changes printing. */
public enum DType {
    FLOAT64, INT64;

    /** numpy's promotion for arithmetic: int with int stays int, anything with a float is float. */
    public static DType promote(DType a, DType b) { return a == INT64 && b == INT64 ? INT64 : FLOAT64; }
}

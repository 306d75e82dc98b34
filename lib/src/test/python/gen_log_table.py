"""Prints the table LibmLog (lib/src/main/java/mlmath/random/LibmLog.java) reduces its argument by: log(i/32) for
i = 23 … 45 as two doubles each, LOG_C_HI + LOG_C_LO, from mpmath at 300 bits (so to 2**-106 and better).

    python3 lib/src/test/python/gen_log_table.py
LibmLogTest checks the table in Java as well: exp(LOG_C_HI + LOG_C_LO) = i/32 in BigDecimal arithmetic.
"""
import mpmath

mpmath.mp.prec = 300


def table():
    his, los = [], []
    for i in range(23, 46):
        v = mpmath.log(mpmath.mpf(i) / 32)
        hi = float(v)
        lo = float(v - hi)
        his.append(hi.hex() if hi else "0")
        los.append(lo.hex() if lo else "0")
    return his, los


def java_rows(values):
    return ",\n".join("            " + ", ".join(values[j:j + 4]) for j in range(0, len(values), 4))


if __name__ == "__main__":
    his, los = table()
    print("    private static final double[] LOG_C_HI = {\n" + java_rows(his) + "};")
    print("    private static final double[] LOG_C_LO = {\n" + java_rows(los) + "};")

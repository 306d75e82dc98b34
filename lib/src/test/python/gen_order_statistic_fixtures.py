"""Writes the fixtures OrderStatisticsTest compares against bit for bit: median, quantile, percentile and their nan-
variants on lines long enough to be read by rank rather than sorted whole (NaN, infinities, signed zeros, ties, all
equal, heavy tails, int64 and bool), along every axis of a matrix, and sort/argsort/unique of the same lines.

Run with numpy 2.x (written with numpy 2.4.6):
    python3 lib/src/test/python/gen_order_statistic_fixtures.py
Output: lib/src/test/resources/fixtures/order_statistics.json. Non-finite floats are stored as "nan"/"inf"/"-inf".
"""
import json
import math
import pathlib
import warnings

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "order_statistics.json"


def enc(a):
    a = np.asarray(a)
    dtype = {"b": "bool", "i": "int64"}.get(a.dtype.kind, "float64")
    data = [x if math.isfinite(x) else repr(x) for x in a.astype(float).ravel().tolist()]
    return {"shape": list(a.shape), "dtype": dtype, "data": data}


def inputs():
    rs = np.random.RandomState(21)
    x = {}
    x["normal"] = rs.randn(3001)
    x["rounded"] = np.round(rs.randn(9000), 3)  # read through 4096 buckets, with ties
    nan = rs.randn(1500)
    nan[::97] = np.nan
    x["nan"] = nan
    inf = rs.randn(999)
    inf[5], inf[17], inf[400] = np.inf, -np.inf, np.inf
    x["inf"] = inf
    zeros = np.where(rs.rand(800) < 0.5, -0.0, 0.0)
    zeros[::3] = rs.randn(267)
    x["zeros"] = zeros
    x["equal"] = np.full(700, 2.5)
    x["all nan"] = np.full(300, np.nan)
    x["heavy"] = np.exp(5 * rs.randn(2000))
    x["few"] = rs.randint(-3, 4, 1200).astype(float)
    x["huge"] = (rs.rand(600) - 0.5) * 1.7e308
    x["int64"] = rs.randint(-10**6, 10**6, 1001)
    x["bool"] = rs.rand(777) < 0.3
    # Past the sort's 2^15-value threshold for long lines; eighths print short, and NaN, inf and -0.0 sit among them.
    long = rs.randint(-400, 400, 33000) / 8
    long[::1000], long[7], long[9], long[11] = np.nan, np.inf, -np.inf, -0.0
    x["long"] = long
    x["short"] = rs.randn(2)
    x["one"] = rs.randn(1)
    m = rs.randn(20, 300)
    m[3, 7] = np.nan
    x["m"] = m
    return x


QS = [0.0, 0.25, 0.5, 0.999, 1.0]


def cases(x):
    out = []

    def add(name, op, axis, res, q=None):
        out.append({"input": name, "op": op, "axis": axis, "q": q, "out": enc(res)})

    for name, a in x.items():
        axes = [None, 0, 1] if a.ndim == 2 else [None]
        for axis in axes:
            add(name, "median", axis, np.median(a, axis=axis))
            if a.dtype.kind == "b":  # numpy's quantiles subtract, which bool refuses
                continue
            add(name, "quantile", axis, np.quantile(a, 0.37, axis=axis), 0.37)
            add(name, "quantile", axis, np.quantile(a, QS, axis=axis), QS)
            add(name, "percentile", axis, np.percentile(a, [90, 10], axis=axis), [90, 10])
            if a.dtype.kind == "f":
                add(name, "nanmedian", axis, np.nanmedian(a, axis=axis))
                add(name, "nanquantile", axis, np.nanquantile(a, [0.5, 0.01], axis=axis), [0.5, 0.01])
        if name in ("rounded", "heavy", "huge", "normal"):  # LineSortTest sorts such lines against Arrays.sort
            continue
        for axis in [0, -1] if a.ndim == 2 else [-1]:
            add(name, "sort", axis, np.sort(a, axis=axis))
            if name != "long":  # its ties would make a long argsort fixture; LineSortTest argsorts such lines
                add(name, "argsort", axis, np.argsort(a, axis=axis, kind="stable"))
        if a.ndim == 1:
            add(name, "unique", None, np.unique(a))
    return out


def main():
    x = inputs()
    np.seterr(invalid="ignore")  # inf - inf inside numpy's lerp, as it is in ours
    warnings.simplefilter("ignore", RuntimeWarning)  # numpy's "All-NaN slice encountered"
    fixtures = {"inputs": {k: enc(v) for k, v in x.items()}, "cases": cases(x)}
    OUT.write_text(json.dumps(fixtures, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({len(fixtures['cases'])} cases)")


if __name__ == "__main__":
    main()

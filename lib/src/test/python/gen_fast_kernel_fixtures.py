"""Writes the fixtures FastKernelsTest compares against bit for bit: reductions along every axis (pairwise along a
contiguous axis, row by row along another), var/std, slices, transposed copies, sorts and a vector dot, on inputs that
exercise the fast paths' edges (lengths around numpy's 8- and 128-element blocks, NaN, ints, negative steps).

Run with numpy 2.x (written with numpy 2.4.6):
    python3 lib/src/test/python/gen_fast_kernel_fixtures.py
Output: lib/src/test/resources/fixtures/fast_kernels.json. Non-finite floats are stored as "nan"/"inf"/"-inf".
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "fast_kernels.json"


def enc(a):
    a = np.asarray(a, dtype=float)
    return {"shape": list(a.shape), "data": [x if math.isfinite(x) else repr(x) for x in a.ravel().tolist()]}


def main():
    rs = np.random.RandomState(26)
    # Mixed magnitudes make the summation order visible in the last digits.
    x = rs.randn(3, 4, 263) * 10.0 ** rs.randint(-3, 4, size=(3, 4, 263))
    near_one = 1 + 0.01 * rs.randn(3, 4, 131)
    with_nan = rs.randn(6, 9)
    with_nan[2, 3] = np.nan
    with_nan[4, 0] = np.nan
    ints = rs.randint(-50, 50, size=(7, 300)).astype(float)
    cases = []
    for axis in (None, 0, 1, 2, -1):
        keep = axis in (None, 1)
        for op in ("sum", "mean", "max", "min"):
            cases.append({"input": "x", "op": op, "axis": axis, "keepdims": keep,
                          "out": enc(getattr(x, op)(axis=axis, keepdims=keep))})
        cases.append({"input": "near_one", "op": "prod", "axis": axis, "keepdims": keep,
                      "out": enc(near_one.prod(axis=axis, keepdims=keep))})
    for ddof in (0, 1):
        for axis in (None, 0, 1, 2):
            cases.append({"input": "x", "op": "var", "axis": axis, "ddof": ddof, "keepdims": axis == 1,
                          "out": enc(x.var(axis=axis, ddof=ddof, keepdims=axis == 1))})
            cases.append({"input": "x", "op": "std", "axis": axis, "ddof": ddof, "keepdims": False,
                          "out": enc(x.std(axis=axis, ddof=ddof))})
    for axis in (None, 0, 1):
        for op in ("max", "min", "sum"):
            cases.append({"input": "with_nan", "op": op, "axis": axis, "keepdims": False,
                          "out": enc(getattr(with_nan, op)(axis=axis))})
        cases.append({"input": "ints", "op": "sum", "axis": axis, "keepdims": False, "out": enc(ints.sum(axis=axis))})
    m = rs.randn(37, 41)
    slices = {s: enc(eval("m[" + s + "]", {"m": m})) for s in
              ("::2, 1:", "1:-1:3, ::-2", "..., 5", "None, 3:7", "-1", "5:9, None, 2:", "::-1, ::-1", "3:3, :")}
    y = rs.randn(3, 4, 45)
    transposes = {"T": enc(y.T), "0,2,1": enc(y.transpose(0, 2, 1)), "1,0,2": enc(y.transpose(1, 0, 2)),
                  "2,0,1": enc(y.transpose(2, 0, 1)), "mT": enc(m.T)}
    # Past the 64-wide tiles on both sides, with rows not a multiple of four; arange marks every element's place.
    wide = np.arange(2 * 67 * 70.0).reshape(2, 67, 70)
    transposes["wide[0].T"] = enc(wide[0].T)
    transposes["wide 0,2,1"] = enc(wide.transpose(0, 2, 1))
    sortable = rs.randn(9, 130)
    sortable[1, 5] = np.nan
    sortable[1, 50] = np.nan
    sortable[3, :] = np.round(sortable[3, :]) + 0.0  # many ties (+ 0.0: numpy leaves the order of -0.0 and 0.0 open)
    sortable[4, 7] = np.inf
    sortable[4, 8] = -np.inf
    sorts = {"-1": enc(np.sort(sortable, -1)), "0": enc(np.sort(sortable, 0))}
    v = np.random.RandomState(7).randn(20011)  # the test draws the same stream (RandomState is bit-identical)
    fixtures = {"x": enc(x), "near_one": enc(near_one), "with_nan": enc(with_nan), "ints": enc(ints), "cases": cases,
                "m": enc(m), "y": enc(y), "slices": slices, "transposes": transposes, "sortable": enc(sortable), "sorts": sorts,
                "v_dot_v": float(v @ v), "v_dot_v_head": float(v[:1001] @ v[:1001])}
    OUT.write_text(json.dumps(fixtures, separators=(",", ":")) + "\n")
    print("wrote", OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()

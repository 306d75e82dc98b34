"""Writes the fixtures for how values print (NumpyPrintTest): numpy 2's repr and str of numpy scalars, 0-d arrays
and arrays of float64, int64 and bool, and which results numpy returns as a scalar rather than an array.

Run with numpy 2.x (written with numpy 2.4.6; np.float64(...) reprs are numpy 2's):
    python3 lib/src/test/python/gen_numpy_print_fixtures.py
Output: lib/src/test/resources/fixtures/numpy_print.json:
  "values": {"a": {"shape", "dtype", "data"}, "scalar": bool, "repr", "str"}, a scalar being np.float64(v) etc.;
  "kinds": {"op", "repr", "str"}, the op's inputs and call spelled out in NumpyPrintTest under the same name.
Non-finite floats are stored as "nan"/"inf"/"-inf".
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy_print.json"


def enc(a):
    a = np.asarray(a)
    if a.dtype == np.bool_:
        return {"shape": list(a.shape), "dtype": "bool", "data": [int(x) for x in a.ravel().tolist()]}
    if a.dtype.kind in "iu":
        return {"shape": list(a.shape), "dtype": "int64", "data": [int(x) for x in a.ravel().tolist()]}
    data = [x if math.isfinite(x) else repr(x) for x in a.astype(float).ravel().tolist()]
    return {"shape": list(a.shape), "dtype": "float64", "data": data}


def value(v):
    return {"a": enc(v), "scalar": isinstance(v, np.generic), "repr": repr(v), "str": str(v)}


def values():
    floats = [1.25, 1 / 3, 0.1 + 0.2, 1e20, 1e16, 1e15, 1e-5, 1e-4, 0.0, -0.0, math.nan, math.inf, -math.inf,
              123456789.0, 5e-324, 2.5e-310, 100.0, -2.5, 2.0 ** 53, 1.7976931348623157e308, -1e-7]
    ints = [0, -7, 3, 2 ** 53, -(2 ** 40), 123456, 2 ** 63 - 1]
    out = []
    for v in floats:
        out += [value(np.float64(v)), value(np.array(v))]
    for v in ints:
        out += [value(np.int64(v)), value(np.array(v, dtype=np.int64))]
    for v in [True, False]:
        out += [value(np.bool_(v)), value(np.array(v))]
    rs = np.random.RandomState(17)
    arrays = [
        np.array([1.0, 2.5]), np.array([[1.0, 2.5], [3.0, 4.0]]), np.arange(24.0).reshape(2, 3, 4) / 7,
        np.array([0.0, -0.0, 1.0]), np.array([np.nan, 1.0, -np.inf]), np.array([1e-10, 1.0, np.nan]),
        np.array([1e8, 1.0]), np.array([1e-5, 1.0]), np.array([1.0, 1001.0]), np.array([-1e300, 1e-300]),
        np.arange(40.0) / 7, rs.randn(3, 30), rs.randn(2000), np.arange(3000.0).reshape(3, 1000),
        rs.randn(1001), rs.randn(4, 5, 60), np.array([np.inf]), np.array([-0.0]),
        np.array([1, -20, 300]), np.arange(3000).reshape(3, 1000), np.arange(100) * 10 ** 12,
        np.array([[True, False], [False, True]]), np.arange(1500) % 3 == 0, np.array([False]),
        np.zeros(0), np.zeros((0, 3)), np.zeros((2, 0)), np.zeros(0, dtype=np.int64), np.zeros((1, 0), dtype=bool),
    ]
    return out + [value(a) for a in arrays]


def kinds():
    """What each op returns for these inputs, as numpy prints it: a scalar from reductions, ufuncs of 0-d values and
    full integer indexing; an array from the explicit 0-d constructors and from shape ops on an array."""
    x = np.array([1.0, 2.0, 3.5])
    a = np.arange(6.0).reshape(2, 3)
    i = np.arange(4)
    s = x.sum()
    empty = np.empty(())
    empty[...] = 0  # mlmath's empty is zeros
    ops = {
        "sum": x.sum(), "mean": x.mean(), "max": x.max(), "min": x.min(), "std": x.std(), "var": x.var(),
        "prod": x.prod(), "argmax": x.argmax(), "argmin": a.argmin(), "all": (x > 0).all(), "any": (x > 5).any(),
        "sum_int": i.sum(), "mean_int": i.mean(), "sum_bool": (x > 1).sum(), "mean_bool": (x > 1).mean(),
        "sum_axis_0": x.sum(axis=0), "sum_axes_0_1": a.sum(axis=(0, 1)), "sum_keepdims": x.sum(keepdims=True),
        "max_axis_1": a.max(axis=1), "cumsum_0d": np.cumsum(np.array(2.0)),
        "dot": np.dot(x, x), "matmul": x @ x, "einsum": np.einsum("i,i", x, x), "tensordot": np.tensordot(x, x, 1),
        "multi_dot": np.linalg.multi_dot([x[:2], np.eye(2), x[:2]]), "outer": np.outer(x[:1], x[:1]),
        "det": np.linalg.det(np.eye(2)), "slogdet": np.linalg.slogdet(np.eye(2)), "matrix_rank": np.linalg.matrix_rank(np.eye(2)),
        "trace": np.trace(np.eye(2)), "cond": np.linalg.cond(np.eye(2)), "vector_norm": np.linalg.vector_norm(x),
        "at": a[0, 1], "index_string": a[-1, -1], "index_ellipsis": a[0, 1, ...], "ellipsis_0d": np.array(1.0)[...],
        "index_0d_array": x[np.array(0)],
        "array": np.array(1.25), "array_int": np.array(3), "array_bool": np.array(True), "array_of_scalar": np.array(s),
        "asarray": np.asarray(s), "zeros": np.zeros(()), "ones": np.ones(()), "full": np.full((), 3), "empty": empty,
        "zeros_like": np.zeros_like(s), "full_like": np.full_like(np.array(2.0), 3),
        "reshape": x[:1].reshape(()), "reshape_scalar": s.reshape(()), "squeeze": np.ones((1, 1)).squeeze(),
        "transpose_0d": np.array(1.0).T, "copy_0d": np.array(1.0).copy(), "copy_scalar": s.copy(),
        "astype_0d": np.array(1.5).astype(np.int64), "astype_scalar": s.astype(np.int64),
        "broadcast_to": np.broadcast_to(s, ()), "where": np.where(np.array(True), 1.0, 2.0),
        "add_0d": np.array(2.0) + 1, "sqrt_0d": np.sqrt(np.array(4.0)), "neg_0d": -np.array(1.0),
        "gt_0d": np.array(1.0) > 0, "maximum_0d": np.maximum(np.array(1.0), 0), "clip_0d": np.clip(np.array(1.0), 0, 0.5),
        "exp_number": np.exp(2.0), "abs_scalar": np.abs(-s), "round_0d": np.round(np.array(1.26), 1),
        "isnan_0d": np.isnan(np.array(1.0)), "add_array": np.array(1.5) * np.ones(2),
        "median": np.median(x), "percentile": np.percentile(x, 50), "quantile": np.quantile(x, 0.5),
        "median_axis": np.median(a, axis=1), "average": np.average(x), "ptp": np.ptp(x), "count_nonzero": np.count_nonzero(x),
        "cov": np.cov(x), "corrcoef": np.corrcoef(x), "kron": np.kron(np.array(2.0), np.array(3.0)),
        "nansum": np.nansum(x), "nanmean": np.nanmean(x), "nanmedian": np.nanmedian(x),
        "logaddexp": np.logaddexp(1.0, 2.0), "diff_sum": np.diff(x).sum(),
        "dtype_float64": x.dtype, "dtype_int64": i.dtype, "dtype_bool": (x > 1).dtype,
    }
    return [{"op": k, "repr": repr(v), "str": str(v)} for k, v in ops.items()]


def main():
    fixtures = {"numpy_version": np.__version__, "values": values(), "kinds": kinds()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixtures, separators=(",", ":")))
    print("wrote", OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()

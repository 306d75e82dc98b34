"""Writes the numpy fixtures for the everyday API (issue #12) that NumpyApiTest and NumpyDifferentialTest compare against.

Run with numpy 2.x (written with numpy 2.4.6; error wording is numpy 2's):
    python3 lib/src/test/python/gen_numpy_api_fixtures.py
Output: lib/src/test/resources/fixtures/numpy_api.json with two lists of cases:
  "api":          hand-picked cases per function (values, dtypes, shapes, error wording);
  "differential": seeded random cases (broadcasting, reductions, slicing, masks, joins, einsum).
A case is {"op", "args", "out"} or {"op", "args", "error"}; "op" names the Java call the test makes. Arrays are
{"shape", "dtype", "data"} with bools as 0/1 and non-finite floats as strings; other args are tagged by kind.
"""
import json
import math
import pathlib
import random
import warnings

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy_api.json"


def enc(a):
    a = np.asarray(a)
    data = [x if math.isfinite(x) else repr(x) for x in a.astype(float).ravel().tolist()]
    return {"shape": list(a.shape), "dtype": str(a.dtype), "data": data}


def arg(x):
    if x is None:
        return {"t": "null"}
    if isinstance(x, bool):
        return {"t": "bool", "v": x}
    if isinstance(x, int):
        return {"t": "int", "v": x}
    if isinstance(x, float):
        return {"t": "float", "v": x if math.isfinite(x) else repr(x)}
    if isinstance(x, str):
        return {"t": "str", "v": x}
    if isinstance(x, tuple):
        return {"t": "ints", "v": list(x)}
    if isinstance(x, list):
        return {"t": "arrays", "v": [enc(e) for e in x]}
    return {"t": "array", **enc(x)}


def seeded(fn):
    """fn called after np.random.seed(the case's first argument): a legacy RandomState stream, for run()."""
    def call(seed, *args):
        np.random.seed(seed)
        return np.asarray(fn(*args))
    return call


def run(op, args, fn):
    case = {"op": op, "args": [arg(a) for a in args]}
    try:
        with np.errstate(all="ignore"):
            r = fn(*args)
    except (ValueError, IndexError, TypeError, MemoryError, ZeroDivisionError, OverflowError) as e:
        case["error"] = str(e)
        return case
    if isinstance(r, (tuple, list)):
        case["outs"] = [enc(x) for x in r]
    elif isinstance(r, bool):
        case["out"] = enc(np.bool_(r))
    else:
        case["out"] = enc(r)
    return case


def ax(a):
    """Python's axis argument from the fixture's: tuples are several axes."""
    return a


# ---- the Java call behind every op name --------------------------------------------------------------------
BINARY = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide, "power": np.power,
          "maximum": np.maximum, "minimum": np.minimum, "greater": np.greater, "greater_equal": np.greater_equal,
          "less": np.less, "less_equal": np.less_equal, "equal": np.equal, "not_equal": np.not_equal,
          "logical_and": np.logical_and, "logical_or": np.logical_or, "logical_xor": np.logical_xor}
UNARY = {"tanh": np.tanh, "sin": np.sin, "cos": np.cos, "log1p": np.log1p, "expm1": np.expm1, "square": np.square,
         "sign": np.sign, "exp2": np.exp2, "log2": np.log2, "log10": np.log10, "floor": np.floor, "ceil": np.ceil,
         "round": np.round, "negative": np.negative, "abs": np.abs, "exp": np.exp, "log": np.log, "sqrt": np.sqrt,
         "isnan": np.isnan, "isinf": np.isinf, "isfinite": np.isfinite, "logical_not": np.logical_not,
         "cumsum": np.cumsum, "cumprod": np.cumprod, "unique": np.unique, "copy": np.copy,
         "zeros_like": np.zeros_like, "ones_like": np.ones_like, "T": lambda a: a.T, "nonzero": np.nonzero,
         "where1": np.where, "diag": np.diag, "triu": np.triu, "tril": np.tril, "array": np.array}
REDUCE = {"sum": np.sum, "mean": np.mean, "prod": np.prod, "max": np.max, "min": np.min, "all": np.all, "any": np.any}


def values(rs, shape, dtype, special=False):
    if dtype == "bool":
        return np.asarray(rs.rand(*shape) > 0.5)
    if dtype == "int64":
        return np.asarray(rs.randint(-5, 6, size=shape), dtype=np.int64)
    a = np.asarray(np.round(rs.randn(*shape) * 3, 3))
    if special and a.size:
        flat = a.reshape(-1)
        for v in (np.nan, np.inf, -np.inf, 0.0, -0.5, 2.5):
            flat[rs.randint(flat.size)] = v
    return a


def api_cases(rs):
    c = []
    f = np.array([[1.5, -2.0, 0.0], [np.nan, 3.25, -0.5]])
    i = np.array([[3, -1, 0], [2, 5, -4]])
    b = np.array([True, False, True])
    x = np.round(np.linspace(-3, 3, 13), 2)
    # dtypes and promotion
    for a1, a2 in [(np.arange(3), 1), (np.arange(3), 1.5), (b, b), (b, 1), (b, 2.5), (np.arange(3), b), (i, i),
                   (np.arange(3), -1), (np.arange(4), np.array([2, 0, 1, 3])), (b, np.array([True, True, False]))]:
        for op in ("add", "subtract", "multiply", "divide", "power", "maximum", "minimum"):
            c.append(run(op, [a1, a2], BINARY[op]))
    c.append(run("mean", [np.arange(5), None, False], lambda a, _, k: np.mean(a)))
    c.append(run("sum", [b, None, False], lambda a, _, k: np.sum(a)))
    c.append(run("mean", [b, None, False], lambda a, _, k: np.mean(a)))
    c.append(run("max", [b, None, False], lambda a, _, k: np.max(a)))
    # every unary function over specials, ints and bools
    for op, fn in UNARY.items():
        if op in ("array",):
            continue
        for a in (np.array([-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 3.7, np.nan, np.inf, -np.inf]), i, b, x,
                  np.array(2.5)):
            if op in ("diag", "triu", "tril") and a.ndim == 0:
                continue
            c.append(run(op, [a], fn))
    c.append(run("round_decimals", [np.array([1.2345, -2.675, 0.125, 1234.5]), 2], np.round))
    c.append(run("round_decimals", [np.array([1250.0, 1350.0, -15.0]), -2], np.round))
    c.append(run("round_decimals", [np.array([1250, 1350, -15]), -2], np.round))
    c.append(run("clip", [x, -1.0, 2.0], np.clip))
    c.append(run("clip", [np.arange(5), 1, 3], np.clip))
    c.append(run("clip", [np.arange(5), 1.5, 3], np.clip))
    # comparisons, logic, closeness
    for op in ("greater", "greater_equal", "less", "less_equal", "equal", "not_equal", "logical_and", "logical_or",
               "logical_xor"):
        c.append(run(op, [f, np.array([1.5, 0.0, np.nan])], BINARY[op]))
        c.append(run(op, [i, 0], BINARY[op]))
    for a1, a2 in [(np.array([1.0, np.nan, np.inf, 1e-9]), np.array([1.0 + 1e-6, np.nan, np.inf, 0.0])),
                   (np.array([1.0, 2.0]), np.array([1.0, 2.1]))]:
        c.append(run("isclose", [a1, a2], np.isclose))
        c.append(run("isclose_equal_nan", [a1, a2], lambda p, q: np.isclose(p, q, equal_nan=True)))
        c.append(run("allclose", [a1, a2], np.allclose))
    c.append(run("allclose", [np.ones((2, 3)), np.ones(3)], np.allclose))
    # reductions
    for op in ("all", "any"):
        c.append(run(op, [f, None, False], lambda a, _, k, fn=REDUCE[op]: fn(a)))
        c.append(run(op, [np.zeros((0,)), None, False], lambda a, _, k, fn=REDUCE[op]: fn(a)))
        c.append(run(op, [i, 1, True], lambda a, x_, k, fn=REDUCE[op]: fn(a, axis=x_, keepdims=k)))
    for ddof in (0, 1, 2, 5):
        for a in (np.arange(12.0).reshape(3, 4), np.arange(6).reshape(2, 3)):
            for axes in (None, 0, 1, (0, 1)):
                for keep in (False, True):
                    c.append(run("var", [a, axes, float(ddof), keep], lambda q, x_, d, k: np.var(q, axis=x_, ddof=d, keepdims=k)))
                    c.append(run("std", [a, axes, float(ddof), keep], lambda q, x_, d, k: np.std(q, axis=x_, ddof=d, keepdims=k)))
    c.append(run("sum", [np.ones((2, 3)), (0, 0), False], lambda a, x_, k: np.sum(a, axis=x_, keepdims=k)))
    c.append(run("sum", [np.ones((2, 3)), 2, False], lambda a, x_, k: np.sum(a, axis=x_, keepdims=k)))
    c.append(run("argmax", [np.array([[1.0, 5.0, 5.0], [np.nan, 0.0, 1.0]]), 1, True], lambda a, x_, k: np.argmax(a, axis=x_, keepdims=k)))
    c.append(run("argmin", [np.array([[1.0, 5.0, 5.0], [2.0, 0.0, 0.0]]), 0, False], lambda a, x_, k: np.argmin(a, axis=x_, keepdims=k)))
    c.append(run("argmin", [np.array([4.0, 1.0, 1.0]), None, False], lambda a, x_, k: np.argmin(a)))
    c.append(run("max", [np.zeros((0, 3)), 0, False], lambda a, x_, k: np.max(a, axis=x_, keepdims=k)))
    for a in (np.array([3.0, 1.0, 4.0, 1.5, 9.0, 2.6]), np.arange(7), np.array([1.0, np.nan, 3.0]),
              np.arange(24.0).reshape(2, 3, 4) ** 1.5):
        c.append(run("median", [a, None, False], lambda q, x_, k: np.median(q)))
        for q in (0.0, 0.1, 0.25, 0.5, 0.9, 1.0, (0.3, 0.75)):
            qq = np.array(q) if isinstance(q, tuple) else q
            c.append(run("quantile", [a, np.asarray(qq, dtype=float), None, False], lambda v, w, x_, k: np.quantile(v, w)))
            c.append(run("percentile", [a, np.asarray(qq, dtype=float) * 100, None, False], lambda v, w, x_, k: np.percentile(v, w)))
        if a.ndim == 3:
            for axis in (0, 1, -1):
                for keep in (False, True):
                    c.append(run("median", [a, axis, keep], lambda q, x_, k: np.median(q, axis=x_, keepdims=k)))
                    c.append(run("quantile", [a, np.array([0.2, 0.7]), axis, keep], lambda v, w, x_, k: np.quantile(v, w, axis=x_, keepdims=k)))
                    c.append(run("percentile", [a, np.array(37.5), axis, keep], lambda v, w, x_, k: np.percentile(v, w, axis=x_, keepdims=k)))
    c.append(run("percentile", [x, np.array(120.0), None, False], lambda v, w, x_, k: np.percentile(v, w)))
    c.append(run("quantile", [x, np.array(-0.1), None, False], lambda v, w, x_, k: np.quantile(v, w)))
    for a in (np.array([[3.0, np.nan, 1.0], [2.0, -1.0, 7.0]]), np.array([5, 2, 9, 1])):
        for axis in (0, -1):
            if a.ndim == 1 and axis == 0:
                continue
            c.append(run("sort", [a, axis], lambda q, x_: np.sort(q, axis=x_)))
            c.append(run("argsort", [a, axis], lambda q, x_: np.argsort(q, axis=x_, kind="stable")))
            c.append(run("cumsum_axis", [a, axis], lambda q, x_: np.cumsum(q, axis=x_)))
            c.append(run("cumprod_axis", [a, axis], lambda q, x_: np.cumprod(q, axis=x_)))
    # building and joining
    m = np.arange(6.0).reshape(2, 3)
    for args in ([[m, m], 0], [[m, m], 1], [[m, m], -1], [[m, np.ones((2, 2))], 0], [[m, np.ones((2, 2))], 1],
                 [[m, np.ones(3)], 0], [[np.ones(()), np.ones(())], 0], [[], 0], [[m, m], 2],
                 [[np.arange(3), np.array([True, False])], 0]):
        c.append(run("concatenate", args, lambda s, x_: np.concatenate(s, axis=x_)))
    for args in ([[m, m], 0], [[m, m], 1], [[m, m], 2], [[m, m], -1], [[m, np.ones(3)], 0], [[], 0], [[m, m], 3]):
        c.append(run("stack", args, lambda s, x_: np.stack(s, axis=x_)))
    for s in ([np.arange(3), np.arange(3)], [m, np.ones(3)], [m, m], [np.ones(2), np.arange(3)], [m, np.ones((2, 1))]):
        c.append(run("vstack", [s], np.vstack))
        c.append(run("hstack", [s], np.hstack))
    for args in ([np.arange(6), 3, 0], [np.arange(6), 4, 0], [m, 3, 1], [m, (1, 2), 1], [np.arange(10), (2, 5, 20), 0],
                 [np.arange(10), (-3, 4), 0]):
        c.append(run("split", args, lambda a, s, x_: np.split(a, list(s) if isinstance(s, tuple) else s, axis=x_)))
    for like in (m, np.arange(3), b):
        c.append(run("full_like", [like, 2.7], np.full_like))
    c.append(run("identity", [3], np.identity))
    c.append(run("full", [(2, 2), 7], np.full))
    c.append(run("full", [(2, 2), 7.5], np.full))
    c.append(run("full", [(0, 2), 1], np.full))
    c.append(run("eye", [3, 4, 1], lambda n, mm, k: np.eye(n, mm, k)))
    c.append(run("eye", [4, 3, -2], lambda n, mm, k: np.eye(n, mm, k)))
    c.append(run("empty_shape", [(2, 3)], lambda s: np.zeros(s)))
    for args in ([np.arange(3), (2,)], [np.arange(3), (2, 2)], [m, (2,)], [m, (1, 2, 2)], [np.array(5), (3,)]):
        c.append(run("tile", args, lambda a, r: np.tile(a, r)))
    for args in ([np.arange(3), 2, None], [m, 2, 0], [m, 2, 1], [m, (1, 2), 0], [np.arange(3), (1, 2), 0], [m, -1, 0]):
        c.append(run("repeat", args, lambda a, r, x_: np.repeat(a, list(r) if isinstance(r, tuple) else r, axis=x_)))
    for args in ([np.arange(3), (2, 3)], [np.ones((3, 1)), (3, 4)], [np.arange(3), (4,)], [np.arange(3), (2, 1)]):
        c.append(run("broadcast_to", args, lambda a, s: np.broadcast_to(a, s)))
    for args in ([np.ones((1, 3, 1)), ()], [np.ones((1, 3, 1)), (0,)], [np.ones((1, 3, 1)), (0, 2)], [np.ones((1, 3, 1)), (1,)]):
        c.append(run("squeeze", args, lambda a, s: np.squeeze(a, axis=s if s else None)))
    for axis in (0, 1, 2, -1, 3, -4):
        c.append(run("expand_dims", [m, axis], np.expand_dims))
    t3 = np.arange(24).reshape(2, 3, 4)
    for args in ([t3, 0, 2], [t3, -1, -2], [m, 0, 2]):
        c.append(run("swapaxes", args, np.swapaxes))
    for args in ([t3, 0, -1], [t3, 2, 0], [t3, 1, 1], [t3, 3, 0]):
        c.append(run("moveaxis", args, np.moveaxis))
    for axes in ((1, 0, 2), (2, 0, 1), (0, 0, 1), (0, 1), (-1, 0, 1)):
        c.append(run("transpose", [t3, axes], lambda a, s: np.transpose(a, s)))
    c.append(run("T", [np.array(5.0)], lambda a: a.T))
    for a in (np.array([1.7, -1.7, 0.0, 2.5]), np.array([3, 0, -2]), b):
        for dt in ("float64", "int64", "bool"):
            c.append(run("astype", [a, dt], lambda q, d: q.astype(d)))
    for k in (-1, 0, 1, 2):
        c.append(run("triu_k", [np.arange(1, 13).reshape(3, 4), k], np.triu))
        c.append(run("tril_k", [np.arange(1.0, 13.0).reshape(3, 4), k], np.tril))
    c.append(run("triu_k", [np.ones((2, 3, 3)), 0], np.triu))
    for idx in ("xy", "ij"):
        c.append(run("meshgrid", [[np.arange(3), np.array([10.0, 20.0])], idx], lambda s, d: np.meshgrid(*s, indexing=d)))
        c.append(run("meshgrid", [[np.arange(2), np.arange(3), np.arange(4)], idx], lambda s, d: np.meshgrid(*s, indexing=d)))
    # indexing
    a = np.arange(12.0).reshape(3, 4) - 5
    for spec in (":, None", "None", "None, :, None", "0,", "..., None", "1, ..., None", ":, 1:3,", "::-1, None, 2",
                 "-1, ::2", "None, None", "5", "1, 2, 3", ":, :, :", "..., ...", "", ":, np.newaxis"):
        c.append(run("get_str", [a, spec], lambda q, s: q[eval("np.s_[" + s + "]")] if s else q[()]))
    c.append(run("get_mask", [a, a > 0], lambda q, mk: q[mk]))
    c.append(run("get_mask", [a, np.array([True, False, True])], lambda q, mk: q[mk]))
    c.append(run("get_mask", [a, np.array([True, False])], lambda q, mk: q[mk]))
    c.append(run("get_mask", [a, np.ones((3, 4, 1), bool)], lambda q, mk: q[mk]))
    c.append(run("get_mask", [np.arange(4), np.arange(4) % 2 == 0], lambda q, mk: q[mk]))
    for I in (np.array([2, 0, 2]), np.array([[0, 1], [2, -1]]), np.array(1), np.array([3]), np.array([0.0, 1.0])):
        c.append(run("get_index", [a, I], lambda q, ii: q[ii]))
    c.append(run("get_index", [np.arange(5) * 10, np.array(3)], lambda q, ii: q[ii]))
    c.append(run("set_mask", [a, a < 0, 0], lambda q, mk, v: _set(q, mk, v)))
    c.append(run("set_mask", [a, a < 0, 2.7], lambda q, mk, v: _set(q, mk, v)))
    c.append(run("set_mask", [np.arange(6), np.arange(6) > 2, 2.7], lambda q, mk, v: _set(q, mk, v)))
    c.append(run("set_index", [a, np.array([0, 2]), np.array([1.0, 2.0, 3.0, 4.0])], lambda q, ii, v: _set(q, ii, v)))
    c.append(run("set_index", [a, np.array([0, 2]), np.array([1.0, 2.0, 3.0])], lambda q, ii, v: _set(q, ii, v)))
    for spec, v in ((":, 0", 5), ("1", np.array([9.0, 8.0, 7.0, 6.0])), ("::2, 1:3", -1.5), (":, None, 0", 3)):
        c.append(run("set_str", [a, spec, v], lambda q, s, vv: _set(q, eval("np.s_[" + s + "]"), vv)))
    c.append(run("take", [a, np.array([0, 2, 1]), np.array([3, 0, 1])], lambda q, r, cc: q[r, cc]))
    c.append(run("take", [a, np.array([[0], [2]]), np.array([1, 3])], lambda q, r, cc: q[r, cc]))
    c.append(run("take", [a, np.array([0, 1]), np.array([0, 1, 1])], lambda q, r, cc: q[r, cc]))
    c.append(run("pick", [a, np.array([3, 0, 1])], lambda q, t: q[np.arange(q.shape[0]), t]))
    c.append(run("pick", [a, np.array([2])], lambda q, t: q[np.arange(q.shape[0]), t]))
    c.append(run("pick", [a, np.array([[1], [2], [0]])], lambda q, t: q[np.arange(q.shape[0]), t]))
    c.append(run("pick", [a, np.array([0, 4, 1])], lambda q, t: q[np.arange(q.shape[0]), t]))
    c.append(run("where3", [a > 0, a, 0], np.where))
    c.append(run("where3", [np.array([True, False]), np.arange(2), np.array([[1.5], [2.5]])], np.where))
    c.append(run("where3", [np.ones(2) > 0, np.ones(3), np.ones(4)], np.where))
    c.append(run("where1", [a > 2], np.where))
    c.append(run("where1", [np.array(1.0)], np.where))
    # products
    for sub, shapes in (("ij,jk->ik", [(2, 3), (3, 4)]), ("bij,bjk->bik", [(2, 2, 3), (2, 3, 4)]),
                        ("bhqd,bhkd->bhqk", [(2, 3, 4, 5), (2, 3, 6, 5)]), ("i,i->", [(5,), (5,)]),
                        ("ij->ji", [(2, 3)]), ("ii->", [(3, 3)]), ("ii", [(3, 3)]), ("ii->i", [(3, 3)]),
                        ("ij,jk", [(2, 3), (3, 4)]), ("ij,jk->ik", [(2, 3), (4, 5)]), ("ij,jk->ik", [(2, 3)]),
                        ("ijk,jk->ik", [(2, 3), (3, 3)]), ("ij->k", [(2, 3)]), ("...ij,...jk->...ik", [(2, 2, 3), (3, 4)]),
                        ("i,j->ij", [(3,), (4,)]), ("ij,ij->", [(2, 3), (2, 3)]), ("ij->", [(2, 3)]), ("ij->i", [(2, 3)]),
                        ("ijk->kji", [(2, 3, 4)]), ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 2)]), ("bi,bi->b", [(4, 3), (4, 3)]),
                        ("ij,j->i", [(3, 4), (4,)]), ("ba,ca->bc", [(2, 3), (4, 3)]), ("...i,...i->...", [(2, 3), (3,)])):
        ops = [np.round(rs.randn(*s), 3) for s in shapes]
        c.append(run("einsum", [sub, ops], lambda s, o: np.einsum(s, *o)))
    c.append(run("einsum", ["ij,jk->ik", [np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4)]], lambda s, o: np.einsum(s, *o)))
    for shapes, axes in ((((2, 3, 4), (3, 4, 5)), 2), (((2, 3), (3, 4)), 1), (((2, 3), (4, 5)), 0), (((2, 3), (4, 5)), 1)):
        p, q = (np.round(rs.randn(*s), 3) for s in shapes)
        c.append(run("tensordot", [p, q, axes], np.tensordot))
    p, q = np.round(rs.randn(2, 3, 4), 3), np.round(rs.randn(4, 3, 2), 3)
    c.append(run("tensordot_axes", [p, q, (1, 2), (1, 0)], lambda u, v, s1, s2: np.tensordot(u, v, axes=(list(s1), list(s2)))))
    for sa, sb in (((2, 3, 4), (4, 5)), ((2, 3, 4), (5, 4, 6)), ((2, 3, 4), (4,)), ((3,), (2, 3, 4)), ((2, 3, 4), (5, 6)),
                   ((2, 3, 4), (5,)), ((), (2, 3))):
        c.append(run("dot", [np.round(rs.randn(*sa), 3), np.round(rs.randn(*sb), 3)], np.dot))
    for sa, sb in (((2, 3, 4), (5, 4, 2)), ((2, 3), (4, 2)), ((3, 2, 3, 4), (5, 4, 2)), ((2, 3, 4), (3, 4, 2))):
        c.append(run("matmul", [np.ones(sa), np.ones(sb)], np.matmul))
    # creation and parity fixes
    for args in ((0.0, 1.0, 0.1), (1.0, 2.0, 0.3), (-1.0, 1.0, 0.25), (0.1, 0.9, 0.07), (5.0, 0.0, -0.7), (0.0, 10.0, np.inf),
                 (0.0, np.nan, 1.0), (0.0, 1.0, 0.0), (10.0, 1.0, 1.0), (0.0, 1e30, 1e-30), (1e16, 1e16 + 10, 3.0)):
        c.append(run("arange", list(args), np.arange))
    for args in ((2, 11, 3), (5, 0, -2), (0, 5, 1)):
        c.append(run("arange_int", list(args), np.arange))
    c.append(run("diag", [np.arange(3)], np.diag))
    c.append(run("reshape", [np.arange(6), (-2, 3)], lambda a, s: a.reshape(s)))
    c.append(run("reshape", [np.arange(6), (-1, -1)], lambda a, s: a.reshape(s)))
    c.append(run("reshape", [np.arange(6), (4, -1)], lambda a, s: a.reshape(s)))
    c.append(run("zeros", [(46000, 46000, 10)], np.zeros))
    c.append(run("zeros", [(460000, 460000, 1000000)], np.zeros))
    c.append(run("zeros", [(-1, 2)], np.zeros))
    c.append(run("power", [np.arange(3), np.array([1, -1, 2])], np.power))
    return c


def _set(a, index, value):
    out = a.copy()
    out[index] = value
    return out


def ragged_cases():
    """np.array of nested lists that do not line up: the Java test builds the same nesting from int[] rows."""
    return [{"rows": rows, "error": str(_err(lambda r=rows: np.array(r)))}
            for rows in ([[1, 2], [3]], [[[1, 2], [3, 4]], [[1, 2], [3]]], [[1, 2, 3], [4, 5]])]


def _err(fn):
    try:
        fn()
    except ValueError as e:
        return e
    raise AssertionError("expected an error")


# ---- seeded differential cases -------------------------------------------------------------------------------

def rand_shape(r, max_nd=3):
    return tuple(r.randint(1, 4) for _ in range(r.randint(0, max_nd)))


def broadcastable(r, shape):
    out = list(shape[r.randint(0, len(shape)):]) if shape else []
    return tuple(1 if r.random() < 0.3 else d for d in out)


def differential(rs):
    r = random.Random(12)
    c = []
    dtypes = ("float64", "float64", "int64", "bool")
    for _ in range(160):
        sa = rand_shape(r)
        sb = broadcastable(r, sa) if r.random() < 0.85 else rand_shape(r)
        if r.random() < 0.5:
            sa, sb = sb, sa
        op = r.choice(sorted(BINARY))
        a, b = values(rs, sa, r.choice(dtypes), special=r.random() < 0.2), values(rs, sb, r.choice(dtypes))
        if op == "power":
            b = np.abs(b) % 4 if b.dtype != bool else b
        c.append(run(op, [a, b], BINARY[op]))
    for _ in range(140):
        shape = tuple(r.randint(1, 5) for _ in range(r.randint(1, 4)))
        a = values(rs, shape, r.choice(("float64", "float64", "int64", "bool")))
        kind = r.random()
        keep = r.random() < 0.4
        if kind < 0.3:
            axes = None
        elif kind < 0.7:
            axes = r.randrange(-len(shape), len(shape))
        else:
            axes = tuple(r.sample(range(len(shape)), r.randint(1, len(shape))))
        op = r.choice(("sum", "mean", "prod", "max", "min", "var", "std", "argmax", "argmin", "all", "any"))
        if op in ("var", "std"):
            ddof = float(r.choice((0, 0, 1, 2)))
            c.append(run(op, [a, axes, ddof, keep], lambda q, x_, d, k, o=op: getattr(np, o)(q, axis=x_, ddof=d, keepdims=k)))
        elif op in ("argmax", "argmin"):
            axis = axes if not isinstance(axes, tuple) else axes[0]
            keep = keep and axis is not None  # Java's argmax(axis, keepdims) has no axis=None form
            c.append(run(op, [a, axis, keep], lambda q, x_, k, o=op: getattr(np, o)(q, axis=x_, keepdims=k)))
        elif op in ("all", "any") and isinstance(axes, tuple):
            continue
        else:
            c.append(run(op, [a, axes, keep], lambda q, x_, k, o=op: getattr(np, o)(q, axis=x_, keepdims=k)))
    for _ in range(120):
        shape = tuple(r.randint(1, 5) for _ in range(r.randint(1, 3)))
        a = values(rs, shape, r.choice(("float64", "int64")))
        parts = []
        for d in shape:
            choice = r.random()
            if choice < 0.3:
                parts.append(str(r.randint(-d, d - 1)))
            elif choice < 0.8:
                lo, hi = r.choice(["", str(r.randint(-d, d))]), r.choice(["", str(r.randint(-d - 1, d + 1))])
                step = r.choice(["", "", "2", "-1", "-2"])
                parts.append(lo + ":" + hi + (":" + step if step else ""))
            else:
                parts.append(":")
            if r.random() < 0.15:
                parts.append("None")
        cut = r.randint(0, len(parts))
        parts = parts[:cut]
        if r.random() < 0.2:
            parts.insert(r.randint(0, len(parts)), "...")
        spec = ", ".join(parts) + ("," if parts and r.random() < 0.15 else "")
        c.append(run("get_str", [a, spec], lambda q, s: q[eval("np.s_[" + s + "]")] if s else q[()]))
    for _ in range(60):
        shape = tuple(r.randint(1, 5) for _ in range(r.randint(1, 3)))
        a = values(rs, shape, "float64")
        mode = r.random()
        if mode < 0.4:
            mask = a > r.choice((-1.0, 0.0, 1.0))
            c.append(run("get_mask", [a, mask], lambda q, mk: q[mk]))
            c.append(run("set_mask", [a, mask, r.choice((0, 1.5))], lambda q, mk, v: _set(q, mk, v)))
        elif mode < 0.8:
            idx = np.array([r.randint(-shape[0], shape[0] - 1) for _ in range(r.randint(1, 4))])
            c.append(run("get_index", [a, idx], lambda q, ii: q[ii]))
        else:
            c.append(run("where3", [a > 0, a, values(rs, broadcastable(r, shape), "float64")], np.where))
    for _ in range(60):
        nd = r.randint(1, 3)
        base = [r.randint(1, 4) for _ in range(nd)]
        axis = r.randrange(-nd, nd)
        arrays = []
        for _k in range(r.randint(1, 3)):
            s = list(base)
            s[axis] = r.randint(0, 3) if r.random() < 0.9 else s[axis]
            arrays.append(values(rs, tuple(s), r.choice(("float64", "int64"))))
        if r.random() < 0.5:
            c.append(run("concatenate", [arrays, axis], lambda s, x_: np.concatenate(s, axis=x_)))
        else:
            same = [values(rs, tuple(base), "float64") for _k in range(r.randint(1, 3))]
            c.append(run("stack", [same, r.randrange(-nd - 1, nd + 1)], lambda s, x_: np.stack(s, axis=x_)))
    letters = "abcdefg"
    for _ in range(60):
        n_ops = r.choice((1, 2, 2, 2, 3))
        sizes = {ch: r.randint(1, 4) for ch in letters}
        subs = []
        for _k in range(n_ops):
            subs.append("".join(r.sample(letters[:5], r.randint(1, 3))))
        used = sorted(set("".join(subs)))
        out = "".join(r.sample(used, r.randint(0, len(used))))
        spec = ",".join(subs) + ("->" + out if r.random() < 0.8 else "")
        ops = [np.round(rs.randn(*[sizes[ch] for ch in s]), 3) for s in subs]
        c.append(run("einsum", [spec, ops], lambda s, o: np.einsum(s, *o)))
    for _ in range(40):
        shape = tuple(r.randint(1, 5) for _ in range(r.randint(1, 3)))
        a = values(rs, shape, "float64")
        axis = r.randrange(-len(shape), len(shape))
        op = r.choice(("cumsum_axis", "cumprod_axis", "sort", "median", "quantile"))
        if op == "median":
            c.append(run(op, [a, axis, r.random() < 0.3], lambda q, x_, k: np.median(q, axis=x_, keepdims=k)))
        elif op == "quantile":
            qs = np.round(rs.rand(r.randint(1, 3)), 2)
            c.append(run(op, [a, qs, axis, False], lambda v, w, x_, k: np.quantile(v, w, axis=x_, keepdims=k)))
        else:
            fn = {"cumsum_axis": np.cumsum, "cumprod_axis": np.cumprod, "sort": np.sort}[op]
            c.append(run(op, [a, axis], lambda q, x_, f=fn: f(q, axis=x_)))
    for _ in range(40):
        # repeated labels (diagonals), ellipsis broadcasting and implicit output
        sizes = {ch: r.randint(1, 4) for ch in letters}
        a_sub = "".join(r.choice(letters[:3]) for _k in range(r.randint(1, 3)))
        b_sub = "".join(r.choice(letters[:4]) for _k in range(r.randint(1, 3)))
        ell = r.random() < 0.4
        batch = [r.choice((1, 2)) for _k in range(r.randint(1, 2))] if ell else []
        shape_a = batch + [sizes[ch] for ch in a_sub]
        shape_b = batch[r.randint(0, len(batch)):] + [sizes[ch] for ch in b_sub]
        spec = ("..." if ell else "") + a_sub + "," + ("..." if ell else "") + b_sub
        if r.random() < 0.6:
            out = "".join(r.sample(sorted(set(a_sub + b_sub)), r.randint(0, len(set(a_sub + b_sub)))))
            spec += "->" + ("..." if ell else "") + out
        ops = [np.round(rs.randn(*shape_a), 3), np.round(rs.randn(*shape_b), 3)]
        c.append(run("einsum", [spec, ops], lambda s, o: np.einsum(s, *o)))
    for _ in range(80):
        shape = tuple(r.randint(1, 4) for _ in range(r.randint(1, 3)))
        a = values(rs, shape, r.choice(("float64", "int64", "bool")), special=r.random() < 0.3)
        op = r.choice(sorted(k for k in UNARY if k not in ("array", "where1", "nonzero", "diag")))
        c.append(run(op, [a], UNARY[op]))
    for _ in range(60):
        shape = tuple(r.randint(1, 4) for _ in range(r.randint(1, 3)))
        a = values(rs, shape, r.choice(("float64", "int64")))
        op = r.choice(("transpose", "tile", "repeat", "split", "swapaxes", "squeeze", "expand_dims", "dot", "take"))
        n = len(shape)
        if op == "transpose":
            c.append(run(op, [a, tuple(r.sample(range(n), n))], lambda q, s: np.transpose(q, s)))
        elif op == "tile":
            c.append(run(op, [a, tuple(r.randint(1, 3) for _k in range(r.randint(1, 3)))], lambda q, s: np.tile(q, s)))
        elif op == "repeat":
            c.append(run(op, [a, r.randint(0, 3), r.choice([None] + list(range(n)))], lambda q, k, x_: np.repeat(q, k, axis=x_)))
        elif op == "split":
            axis = r.randrange(n)
            c.append(run(op, [a, tuple(sorted(r.randint(0, shape[axis]) for _k in range(r.randint(1, 2)))), axis],
                         lambda q, s, x_: np.split(q, list(s), axis=x_)))
        elif op == "swapaxes":
            c.append(run(op, [a, r.randrange(-n, n), r.randrange(-n, n)], np.swapaxes))
        elif op == "squeeze":
            c.append(run(op, [np.expand_dims(a, 0), ()], lambda q, s: np.squeeze(q)))
        elif op == "expand_dims":
            c.append(run(op, [a, r.randrange(-n - 1, n + 1)], np.expand_dims))
        elif op == "dot":
            other = values(rs, (shape[-1],) + tuple(r.randint(1, 3) for _k in range(r.randint(0, 2))), "float64")
            c.append(run(op, [a, other], np.dot))
        elif n >= 2:
            rows = np.array([r.randrange(-shape[0], shape[0]) for _k in range(3)])
            cols = np.array([r.randrange(-shape[1], shape[1]) for _k in range(r.choice((1, 3)))])
            c.append(run(op, [a, rows, cols], lambda q, u, v: q[u, v]))
    return c


def repr_cases():
    """numpy's repr of bool arrays and of int64 results that must stay int64."""
    arrays = [np.array([True, False]), np.array([True, True]), np.array([[True, False, True], [False, False, False]]),
              np.array([], dtype=bool), np.zeros((0, 2), dtype=bool), np.arange(3) + 1, np.arange(6).reshape(2, 3) > 2,
              np.arange(1200) % 3 == 0]
    return [{"a": enc(a), "repr": repr(a)} for a in arrays]


def memory_cases():
    """numpy's MemoryError text for shapes Java cannot hold, from numpy's own formatter (nothing is allocated)."""
    from numpy._core._exceptions import _ArrayMemoryError
    shapes = [(46000, 46000), (46000, 46000, 10), (1 << 20, 1 << 12), (3, 1 << 30), (460000, 460000, 1000000)]
    return [{"shape": list(s), "error": str(_ArrayMemoryError(s, np.dtype(np.float64)))} for s in shapes] + \
        [{"shape": list(s), "dtype": "bool", "error": str(_ArrayMemoryError(s, np.dtype(bool)))} for s in [(1 << 16, 1 << 16, 8)]]


def main():
    warnings.simplefilter("ignore")  # numpy warns on ddof >= N and on nan inputs; the values are the fixture
    rs = np.random.RandomState(12)
    fixtures = {"numpy_version": np.__version__, "api": api_cases(rs), "ragged": ragged_cases(),
                "differential": differential(rs), "repr": repr_cases(), "memory": memory_cases()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixtures, indent=None))
    print("wrote", OUT, len(fixtures["api"]), "api cases,", len(fixtures["differential"]), "differential cases")


if __name__ == "__main__":
    main()

"""Writes the numpy fixtures for issue #28 (numpy's next tier and the last parity gaps) that NumpyNextTest replays.

Run with numpy 2.x and scipy (written with numpy 2.4.6 and scipy 1.17.1, whose special.logsumexp is the reference for
np.logsumexp; error wording is numpy 2's), under the OpenBLAS kernel the committed file was made with (the linalg
cases' last digits follow the kernel):
    OPENBLAS_CORETYPE=Haswell python3 lib/src/test/python/gen_numpy_next_fixtures.py
Output: lib/src/test/resources/fixtures/numpy_next.json, one list "cases" in the format of gen_numpy_api_fixtures.py
({"op", "args", "out" | "outs" | "error"}), plus {"text"} where the case compares numpy's repr; "normal_streams" holds
long default_rng normal streams as {"seed", "loc", "scale" (null for standard_normal), "n", "sample_step", "sample",
"sha256"}.
"""
import hashlib
import json
import pathlib
import sys
import warnings

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen_numpy_api_fixtures import _set, arg, enc, run, seeded  # noqa: E402  the same encoding as numpy_api.json

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy_next.json"


def text(op, args, fn):
    """A case whose result is compared by its repr (numpy 2's scalars: np.float64(...))."""
    case = {"op": op, "args": [arg(a) for a in args]}
    try:
        case["text"] = repr(fn(*args))
    except (ValueError, IndexError, TypeError, np.linalg.LinAlgError) as e:
        case["error"] = str(e)
    return case


def parity_cases():
    c = []
    m = np.array([[1.0, 2.0], [3.0, -4.0]])
    c.append(text("repr_slogdet", [m], np.linalg.slogdet))
    c.append(text("repr_slogdet", [np.eye(3)], np.linalg.slogdet))
    c.append(text("repr_slogdet", [np.array([[[1.0, 2.0], [3.0, 4.0]], [[2.0, 0.0], [0.0, 2.0]]])], np.linalg.slogdet))
    c.append(text("repr_lstsq", [np.array([[1.0, 2.0], [3.0, -4.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.0])],
                  lambda a, b: np.linalg.lstsq(a, b)))
    r = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
    c.append(run("qr_r", [r, "r"], np.linalg.qr))
    c.append(run("qr_r", [np.arange(12.0).reshape(3, 4) ** 1.5, "r"], np.linalg.qr))
    c.append(run("qr_r", [r, "bogus"], np.linalg.qr))
    a = np.arange(12.0).reshape(3, 4) - 5
    a4 = np.arange(2 * 3 * 4 * 5).reshape(2, 3, 4, 5)
    for spec in ("[0, 1]", "[0, 2], 1:", "1:, [0, 0, 3]", "[2, 0], [1, 3]", "[1], None, [2, 3]", "[-1]", "[]",
                 "[True, False, True]", "[True, False]", "[0, 1], [1, 2, 3]", "[5]", ":, [3, -4]", "..., [0]",
                 "[0, 1], 2", "1, [0, 2]"):
        c.append(run("get_str", [a, spec], lambda q, s: q[eval("np.s_[" + s + "]")]))
    for spec in ("0, :, [1, 2]", ":, [0, 1], [1, 2]", "[0, 1], :, [1, 2]", "1, [0, 2], :, [4, 0]", "..., [1, 2], 0"):
        c.append(run("get_str", [a4, spec], lambda q, s: q[eval("np.s_[" + s + "]")]))
    for spec, v in (("[0, 2]", 7.0), ("[0, 0]", np.array([1.0, 2.0, 3.0, 4.0])), ("[0, 1]", np.ones(3)),
                    (":, [1, 3]", np.array([[1.0, 2.0]])), ("[0, 1], [2, 3]", np.array([-1.0, -2.0]))):
        c.append(run("set_str", [a, spec, v], lambda q, s, vv: _set(q, eval("np.s_[" + s + "]"), vv)))
    for mask, v in ((a > 1, np.arange(3.0)), (a > 1, np.arange(6.0)), (a > 1, np.ones((2, 5))), (a > 1, np.ones(1)),
                    (a > 100, np.ones(2)), (np.array([True, False, True]), np.ones(3)),
                    (np.array([True, False, True]), np.ones((2, 1))), (a > 1, 2.5)):
        c.append(run("set_mask", [a, mask, v], lambda q, mk, vv: _set(q, mk, vv)))
    for idx in ((1,), (-2, 2, 3), (-2, 3, 3), (0, 1), (1, 2, 3, 4), (0, 5), (2, 3, 4, 5, 0), ()):
        c.append(run("at", [a4, idx], lambda q, i: q[i]))
    # numpy 2.4.6 raises for NaN but not for inf in svd (LAPACK returns NaNs); eig refuses both
    inf, nan = np.array([[1.0, np.inf], [2.0, 3.0]]), np.array([[1.0, np.nan], [2.0, 3.0]])
    for mat in (inf, nan, np.array([[np.inf, 0.0], [0.0, 1.0]])):
        c.append(run("svdvals", [mat], np.linalg.svdvals))
        c.append(run("eigvals", [mat], np.linalg.eigvals))
        c.append(run("eigvalsh", [mat], np.linalg.eigvalsh))
        c.append(run("matrix_rank", [mat], np.linalg.matrix_rank))
        c.append(run("pinv", [mat], np.linalg.pinv))
    for z, axis in ((np.zeros((0, 3)), 0), (np.zeros((0, 3)), 1), (np.zeros((3, 0)), 1), (np.zeros((0,)), None),
                    (np.zeros((2, 0)), 0)):
        c.append(run("percentile", [z, np.array(50.0), axis, False], lambda v, w, x_, k: np.percentile(v, w, axis=x_)))
        c.append(run("quantile", [z, np.array([0.5, 0.2]), axis, False], lambda v, w, x_, k: np.quantile(v, w, axis=x_)))
    return c


def tier_cases(rs):
    """numpy's next tier: each function over ordinary, corner (empty, 0-d, NaN) and bad inputs."""
    from scipy.special import logsumexp
    c = []
    f = np.array([[1.5, -2.0, 0.0, 4.0], [np.nan, 3.25, -0.5, 2.0], [7.0, 7.0, -1.0, 0.5]])
    i = np.array([[3, -1, 0, 8], [2, 5, -4, 1]])
    b = np.array([True, False, False, True, True])
    r = np.round(rs.randn(4, 5), 3)
    v = np.array([1.0, 4.0, 9.0, 16.0, 25.0])
    for a, n, axis in ((v, 1, -1), (v, 2, -1), (v, 0, -1), (v, 5, -1), (v, 7, -1), (i, 1, 0), (i, 1, -1), (r, 2, 0), (b, 1, -1),
                       (np.zeros((0,)), 1, -1), (np.array(3.0), 1, -1), (v, -1, -1), (i, 1, 2), (f, 1, 1)):
        c.append(run("diff", [a, n, axis], lambda q, k, x_: np.diff(q, k, axis=x_)))
    for x, y in ((np.array([1.0, 0, 0]), np.array([0.0, 1, 0])), (np.arange(3), np.array([4, 5, 7])), (r[:, :3], np.array([1.0, -2, 0.5])),
                 (np.array([1.0, 2.0]), np.array([3.0, 4.0])), (np.array([[1.0, 2.0], [0, 1]]), np.array([[3.0, 4.0], [1, 0]])),
                 (np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0])), (np.arange(4.0), np.arange(4.0)), (np.ones((2, 1, 3)), np.arange(6.0).reshape(2, 3))):
        c.append(run("cross", [x, y], np.cross))
    for x, y in ((np.eye(2), np.arange(4.0).reshape(2, 2)), (np.array([1, 10, 100]), np.array([5, 6, 7])), (np.arange(6).reshape(2, 3), np.ones((2, 2), int)),
                 (np.array([1.0, 2.0]), np.ones((2, 2))), (np.array(3.0), np.arange(3)), (np.ones((2, 1, 2)), np.arange(4.0).reshape(2, 2)), (b[:2], b[:3])):
        c.append(run("kron", [x, y], np.kron))
    for x in (np.array([1.0, 2.0, 3.0]), np.arange(12).reshape(3, 4), np.array([True, False])):
        for k in (-4, -1, 0, 1, 2, 5):
            c.append(run("diag_k", [x, k], np.diag))
    c.append(run("diag_k", [np.ones((2, 2, 2)), 0], np.diag))
    t3 = np.arange(24).reshape(2, 3, 4)
    for x in (v, t3, np.array(5.0), b):
        c.append(run("flip", [x], np.flip))
    for axes in ((0,), (-1,), (0, 2), (3,)):
        c.append(run("flip_axes", [t3, axes], lambda q, a_: np.flip(q, a_)))
    c.append(run("fliplr", [t3], np.fliplr))
    c.append(run("fliplr", [v], np.fliplr))
    c.append(run("flipud", [t3], np.flipud))
    for x, sh in ((v, 2), (v, -1), (v, 12), (t3, 5), (np.zeros(0), 3), (np.array(2.0), 1)):
        c.append(run("roll", [x, sh], np.roll))
    for sh, ax in ((1, 0), (-2, 2), (7, 1), (1, 3)):
        c.append(run("roll_axis", [t3, sh, ax], np.roll))
    for sh, ax in (((1, 2), (0, 2)), ((1,), (0, 1)), ((1, 2), (1, 1)), ((1, 2, 3), (0, 1))):
        c.append(run("roll_axes", [t3, sh, ax], lambda q, s_, a_: np.roll(q, s_, a_)))
    m = np.arange(1.0, 7.0).reshape(2, 3)
    for mode in ("constant", "edge", "reflect", "symmetric", "wrap"):
        for x, w in ((v, (2,)), (v, (1, 3)), (m, (1,)), (m, (2, 1)), (m, ((1, 0), (2, 3))), (m, ((4, 5),)), (np.arange(3), (7, 5))):
            c.append(run("pad", [x, w, mode], lambda q, w_, md: np.pad(q, w_, mode=md)))
    c.append(run("pad_value", [m, (1, 2), "constant", 9], lambda q, w_, md, cv: np.pad(q, w_, mode=md, constant_values=cv)))
    c.append(run("pad_value", [np.arange(3), (1,), "constant", 2.7], lambda q, w_, md, cv: np.pad(q, w_, mode=md, constant_values=cv)))
    c.append(run("pad", [m, (-1,), "constant"], lambda q, w_, md: np.pad(q, w_, mode=md)))
    c.append(run("pad", [m, ((1, 2), (3, 4), (5, 6)), "constant"], lambda q, w_, md: np.pad(q, w_, mode=md)))
    c.append(run("pad", [m, (1,), "median_of_nothing"], lambda q, w_, md: np.pad(q, w_, mode=md)))
    c.append(run("pad", [np.zeros((0, 2)), (1,), "edge"], lambda q, w_, md: np.pad(q, w_, mode=md)))
    num = np.array([-7.0, 7.0, -7.5, 7.5, 0.0, -0.0, 5.0, np.inf, np.nan, 1e300, 3.0, -3.0])
    den = np.array([2.0, -2.0, 2.0, -2.0, 3.0, -3.0, 0.0, 2.0, 2.0, 1e-300, np.inf, np.inf])
    for x, y in ((num, den), (np.array([-7, 7, -7, 7, 0, 5, 9]), np.array([2, -2, -2, 2, 3, 0, 4])), (np.arange(-3, 4), 2.5), (b, np.array([True, True, True, True, True])),
                 (np.array([5, -5]), np.array([0.0, 0.0])), (np.array([0.3, 1.1, 0.7]), 0.1)):
        c.append(run("mod", [x, y], np.mod))
        c.append(run("floor_divide", [x, y], np.floor_divide))
    for x, y in ((np.array([0.0, 1.0, -1000.0, 1000.0, np.inf, -np.inf, np.nan, 2.0]), np.array([0.0, 2.0, -1000.0, 999.0, np.inf, -np.inf, 1.0, -np.inf])),
                 (np.arange(3), np.array([[1], [2]]))):
        c.append(run("logaddexp", [x, y], np.logaddexp))
    for x in (np.array([1.0, 2.0, 3.0]), np.array([1000.0, 1000.0, 999.0]), np.array([-np.inf, -np.inf]), np.array([np.inf, 1.0]),
              np.array([np.nan, 1.0]), np.zeros(0), np.array(2.5), np.arange(5), r):
        c.append(run("logsumexp", [x], lambda q: np.asarray(logsumexp(q))))
    for axis in (0, 1, -1):
        for keep in (False, True):
            c.append(run("logsumexp_axis", [r * 300, axis, keep], lambda q, x_, k: np.asarray(logsumexp(q, axis=x_, keepdims=k))))
    c.append(run("logsumexp_axis", [r, 2, False], lambda q, x_, k: np.asarray(logsumexp(q, axis=x_, keepdims=k))))
    c.append(run("logsumexp_axis", [np.zeros((0, 3)), 0, False], lambda q, x_, k: np.asarray(logsumexp(q, axis=x_, keepdims=k))))
    allnan = np.array([[np.nan, 1.0], [np.nan, np.nan]])
    for op in ("nansum", "nanprod", "nanmean", "nanmax", "nanmin", "nanvar", "nanstd"):
        fn = getattr(np, op)
        for x in (f, i, allnan, b, np.array([np.nan])):
            c.append(run(op, [x], lambda q, fn=fn: np.asarray(fn(q))))
        for x, axis, keep in ((f, 0, False), (f, 1, True), (allnan, 1, False), (allnan, 0, True), (i, 1, False), (f, 2, False)):
            if op in ("nanvar", "nanstd"):
                for ddof in (0.0, 1.0, 3.0):
                    c.append(run(op + "_axis", [x, axis, ddof, keep], lambda q, x_, d, k, fn=fn: fn(q, axis=x_, ddof=d, keepdims=k)))
            else:
                c.append(run(op + "_axis", [x, axis, keep], lambda q, x_, k, fn=fn: fn(q, axis=x_, keepdims=k)))
    g = np.array([[3.0, np.nan, 1.0, 8.0], [np.nan, np.nan, np.nan, np.nan], [2.0, 5.0, np.nan, -1.0]])
    for x in (g, f, i, np.array([np.nan, 2.0, 1.0])):
        c.append(run("nanmedian", [x], lambda q: np.asarray(np.nanmedian(q))))
        c.append(run("nanquantile", [x, np.array([0.0, 0.3, 1.0])], lambda q, w: np.nanquantile(q, w)))
        c.append(run("nanpercentile", [x, np.array(75.0)], lambda q, w: np.asarray(np.nanpercentile(q, w))))
    for axis, keep in ((0, False), (1, True), (-1, False)):
        c.append(run("nanmedian_axis", [g, axis, keep], lambda q, x_, k: np.nanmedian(q, axis=x_, keepdims=k)))
        c.append(run("nanquantile_axis", [g, np.array([0.25, 0.5]), axis, keep], lambda q, w, x_, k: np.nanquantile(q, w, axis=x_, keepdims=k)))
        c.append(run("nanpercentile_axis", [g, np.array(10.0), axis, keep], lambda q, w, x_, k: np.nanpercentile(q, w, axis=x_, keepdims=k)))
    c.append(run("nanpercentile", [g, np.array(101.0)], lambda q, w: np.nanpercentile(q, w)))
    for op in ("nanargmax", "nanargmin"):
        fn = getattr(np, op)
        for x in (f, i, allnan, np.array([np.nan, np.nan])):
            c.append(run(op, [x], lambda q, fn=fn: np.asarray(fn(q))))
        for x, axis in ((f, 0), (f, 1), (allnan, 1), (allnan, 0), (i, 1)):
            c.append(run(op + "_axis", [x, axis], lambda q, x_, fn=fn: fn(q, axis=x_)))
    obs = np.round(rs.randn(3, 6), 3)
    for x in (obs, obs[0], np.array([[1.0, 2.0, 4.0], [2.0, 4.0, 8.5]]), np.arange(5), np.ones((1, 1)), np.zeros((0, 3)), np.ones((2, 2, 2))):
        c.append(run("cov", [x], np.cov))
        c.append(run("corrcoef", [x], np.corrcoef))
    c.append(run("cov_y", [obs[0], obs[1]], np.cov))
    c.append(run("corrcoef_y", [obs[0], obs[1]], np.corrcoef))
    c.append(run("cov_y", [obs[:2], obs[2]], np.cov))
    c.append(run("cov_flags", [obs.T, False, False], lambda q, rv, bs: np.cov(q, rowvar=rv, bias=bs)))
    c.append(run("cov_flags", [obs, True, True], lambda q, rv, bs: np.cov(q, rowvar=rv, bias=bs)))
    c.append(run("corrcoef_rowvar", [obs.T, False], lambda q, rv: np.corrcoef(q, rowvar=rv)))
    c.append(run("cov_ddof", [obs, 3], lambda q, d: np.cov(q, ddof=d)))
    c.append(run("cov_ddof", [obs, 6], lambda q, d: np.cov(q, ddof=d)))
    data = np.round(rs.randn(200) * 2, 2)
    for x, bins in ((data, 10), (data, 7), (np.arange(10), 3), (np.array([2.0, 2.0, 2.0]), 4), (np.zeros(0), 3), (np.array([1, 2, 1]), 2),
                    (np.array([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]), 10), (f, 3), (data, 0), (np.arange(20.0).reshape(4, 5), 4)):
        c.append(run("histogram", [x, bins], lambda q, n: np.histogram(q, n)))
    for rng, dens in (((-1.0, 1.0), False), ((0.0, 5.0), True), (None, True), ((2.0, 1.0), False), ((0.0, np.inf), False)):
        c.append(run("histogram_range", [data, 5, None if rng is None else np.array(rng), dens],
                     lambda q, n, r_, d: np.histogram(q, n, range=None if r_ is None else tuple(r_), density=d)))
    for edges in (np.array([-3.0, -1.0, 0.0, 0.5, 4.0]), np.array([0, 1, 2, 3]), np.array([1.0, 0.0, 2.0])):
        c.append(run("histogram_edges", [data, edges], lambda q, e: np.histogram(q, e)))
    c.append(run("histogram_edges_density", [data, np.array([-3.0, -1.0, 0.0, 0.5, 4.0])], lambda q, e: np.histogram(q, e, density=True)))
    for x in (np.array([0, 1, 1, 3, 2, 1, 7]), np.array([], dtype=np.int64), b, np.array([1, -1]), np.array([1.0, 2.0]), np.array([[1, 2]]), np.array(3)):
        c.append(run("bincount", [x], np.bincount))
    c.append(run("bincount_w", [np.array([0, 1, 1, 3]), np.array([0.5, 1.0, 2.0, -1.0]), 6], lambda q, w, ml: np.bincount(q, w, ml)))
    c.append(run("bincount_w", [np.array([0, 1, 1, 3]), None, 2], lambda q, w, ml: np.bincount(q, w, ml)))
    c.append(run("bincount_w", [np.array([0, 1]), np.array([1.0]), 0], lambda q, w, ml: np.bincount(q, w, ml)))
    c.append(run("bincount_w", [np.array([0, 1]), None, -1], lambda q, w, ml: np.bincount(q, w, ml)))
    srt = np.array([1.0, 2.0, 2.0, 3.0, 5.0, np.nan])
    for x, q, side in ((srt, np.array([0.0, 2.0, 2.5, 5.0, 6.0, np.nan, -np.inf]), "left"), (srt, np.array([0.0, 2.0, 2.5, 5.0, 6.0, np.nan]), "right"),
                       (np.arange(10), np.array([[3, 11], [-1, 4]]), "left"), (np.arange(10), 4.5, "right"), (np.ones((2, 2)), 1.0, "left"),
                       (np.arange(3), 1, "middle"), (np.zeros(0), np.arange(3.0), "left")):
        c.append(run("searchsorted", [x, q, side], lambda a_, v_, s_: np.searchsorted(a_, v_, side=s_)))
    xs = np.array([-1.0, 0.0, 0.5, 1.0, 2.5, 4.0, 10.0, np.nan])
    for bins in (np.array([0.0, 1.0, 2.5, 4.0]), np.array([4.0, 2.5, 1.0, 0.0]), np.array([0.0, 3.0, 1.0]), np.array([1.0, 1.0, 2.0]), np.ones((2, 2))):
        for right in (False, True):
            c.append(run("digitize", [xs, bins, right], lambda x_, b_, r_: np.digitize(x_, b_, right=r_)))
    c.append(run("digitize", [np.arange(6).reshape(2, 3), np.array([1, 3]), False], lambda x_, b_, r_: np.digitize(x_, b_, right=r_)))
    for x in (f, i, b, np.zeros((2, 0)), np.array(3.0), np.array(0.0), t3 % 5 == 0):
        c.append(run("argwhere", [x], np.argwhere))
        c.append(run("count_nonzero", [x], lambda q: np.asarray(np.count_nonzero(q))))
    for x, axis, keep in ((f, 0, False), (i, 1, True), (t3, -1, False), (f, 2, False)):
        c.append(run("count_nonzero_axis", [x, axis, keep], lambda q, x_, k: np.count_nonzero(q, axis=x_, keepdims=k)))
    for x, y in ((f, f), (f, f.copy()), (i, i.astype(float)), (np.arange(3), np.arange(4)), (np.ones((2, 2)), np.ones(2)), (b, b), (np.array(1.0), 1.0)):
        c.append(run("array_equal", [x, y], np.array_equal))
        c.append(run("array_equal_nan", [x, y], lambda p_, q_: np.array_equal(p_, q_, equal_nan=True)))
    for x in (f, i, r, np.array(4.0)):
        c.append(run("ptp", [x], lambda q: np.asarray(np.ptp(q))))
    for x, axis, keep in ((f, 0, False), (i, 1, True), (r, 1, False), (np.zeros((0, 3)), 0, False), (b, 0, False)):
        c.append(run("ptp_axis", [x, axis, keep], lambda q, x_, k: np.ptp(q, axis=x_, keepdims=k)))
    for x, w in ((r, None), (r, np.abs(r) + 0.1), (np.arange(4), np.array([1, 2, 3, 4])), (np.arange(4), np.zeros(4)), (r, np.ones(5)), (b, b)):
        c.append(run("average", [x, w], lambda q, w_: np.asarray(np.average(q, weights=w_))))
    for x, axis, w in ((r, 0, np.arange(4.0)), (r, 1, np.arange(5.0)), (r, -1, np.abs(r)), (r, 0, np.arange(5.0)), (r, 1, None), (r, 0, np.zeros(4)), (i, 1, np.array([1, 1, 0, 2]))):
        c.append(run("average_axis", [x, axis, w], lambda q, x_, w_: np.average(q, axis=x_, weights=w_)))
    for case in c:  # numpy's cross error spans two lines; the workbook prints every error on one
        if "error" in case:
            case["error"] = case["error"].replace("\n", " ")
    return c


def linalg_io_cases(rs):
    """np.linalg.tensorsolve, and the .npy bytes np.save writes for arrays of each dtype."""
    c = []
    for a, b in ((np.round(rs.randn(6, 2, 3), 3), np.round(rs.randn(6), 3)), (np.round(rs.randn(2, 3, 6), 3), np.round(rs.randn(2, 3), 3)),
                 (np.eye(4) * 2, np.arange(4.0)), (np.ones((2, 3, 4)), np.ones(2)), (np.round(rs.randn(2, 2, 2, 2), 3), np.ones((2, 2))),
                 (np.zeros((2, 2)), np.ones(2)), (np.arange(4).reshape(2, 2) + np.eye(2, dtype=int), np.array([1, 2]))):
        c.append(run("tensorsolve", [a, b], np.linalg.tensorsolve))
    return c


def npy_files(rs):
    """{"array", "npy"}: what np.save writes for the array (base64), so Java's save must write the same bytes and load them back."""
    import base64
    import io
    out = []
    arrays = [np.arange(6.0).reshape(2, 3), np.array([1, -2, 3]), np.array([[True, False]]), np.array(2.5), np.zeros((0, 3)),
              np.round(rs.randn(3, 4, 2), 3), np.arange(10 ** 5, 10 ** 5 + 3), np.array([np.nan, np.inf, -0.0])]
    for a in arrays:
        buf = io.BytesIO()
        np.save(buf, a)
        out.append({"array": enc(a), "npy": base64.b64encode(buf.getvalue()).decode()})
    return out


def npy_foreign(rs):
    """Files Java only reads: other dtypes, big-endian, Fortran order, format version 2.0."""
    import base64
    import io
    from numpy.lib import format as fmt
    out = []
    base = np.arange(12).reshape(3, 4) - 4
    for a in (base.astype(np.int32), base.astype(np.float32) / 4, base.astype(">f8"), base.astype(np.uint8), np.asfortranarray(base * 1.5),
              np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)), base.astype(np.int16)):
        buf = io.BytesIO()
        np.save(buf, a)
        out.append({"array": enc(a.astype(float) if a.dtype.kind == "f" else a.astype(np.int64)), "npy": base64.b64encode(buf.getvalue()).decode()})
    buf = io.BytesIO()
    fmt.write_array(buf, base * 0.5, version=(2, 0))
    out.append({"array": enc(base * 0.5), "npy": base64.b64encode(buf.getvalue()).decode()})
    return out


def random_cases():
    """numpy's legacy RandomState streams after np.random.seed(s): every value must come out bit-identical."""
    c = []
    for seed, n, p, size in ((0, 10, 0.5, (8,)), (1, 100, 0.3, (50,)), (2, 1000, 0.7, (40,)), (3, 5, 0.0, (4,)), (4, 0, 0.5, (3,)),
                             (5, 5, 1.0, (3,)), (6, 100000, 0.02, (30,)), (7, 45, 0.9, (2, 5)), (8, 3, 0.5, ()), (9, 61, 0.5, (200,)),
                             (0, -1, 0.5, (2,)), (0, 5, 1.5, (2,)), (0, 5, np.nan, (2,))):
        c.append(run("binomial", [seed, n, p, size], seeded(lambda n_, p_, s_: np.random.binomial(n_, p_, s_ if s_ else None))))
    for seed, lam, size in ((0, 1.0, (10,)), (1, 4.5, (20,)), (2, 10.0, (30,)), (3, 250.0, (30,)), (4, 0.0, (3,)), (5, 1e6, (5,)),
                            (6, 9.99, (2, 3)), (7, 3.0, ()), (0, -1.0, (2,)), (0, np.nan, (2,)), (0, 1e19, (2,))):
        c.append(run("poisson", [seed, lam, size], seeded(lambda l_, s_: np.random.poisson(l_, s_ if s_ else None))))
    for seed, a, b, size in ((0, 2.0, 3.0, (10,)), (1, 0.5, 0.5, (20,)), (2, 0.3, 2.0, (10,)), (3, 1.0, 1.0, (5,)), (4, 0.1, 0.2, (10,)),
                             (0, 0.0, 1.0, (2,)), (0, 1.0, -2.0, (2,))):
        c.append(run("beta", [seed, a, b, size], seeded(lambda a_, b_, s_: np.random.beta(a_, b_, s_))))
    for seed, k, theta, size in ((0, 2.0, 1.0, (10,)), (1, 0.5, 2.0, (20,)), (2, 1.0, 3.0, (5,)), (3, 0.0, 1.0, (3,)), (4, 7.5, 0.5, (2, 4)),
                                 (0, -1.0, 1.0, (2,)), (0, 1.0, -0.0, (2,))):
        c.append(run("gamma", [seed, k, theta, size], seeded(lambda k_, t_, s_: np.random.gamma(k_, t_, s_))))
    for seed, k, size in ((5, 3.0, (6,)), (6, 0.25, (6,))):
        c.append(run("standard_gamma", [seed, k, size], seeded(lambda k_, s_: np.random.standard_gamma(k_, s_))))
    c.append(run("exponential", [7, 2.0, (6,)], seeded(lambda sc, s_: np.random.exponential(sc, s_))))
    for seed, n, pv, size in ((0, 20, np.array([0.2, 0.3, 0.5]), (5,)), (1, 100, np.array([0.1] * 10), (3,)), (2, 1000, np.array([0.5, 0.5]), ()),
                              (3, 0, np.array([0.5, 0.5]), (2,)), (4, 50, np.array([0.0, 1.0, 0.0]), (2,)), (5, 10, np.array([0.3, 0.2, 0.9]), (2,)),
                              (6, 10, np.array([0.7, 0.6, 0.0]), (2,)), (7, -2, np.array([0.5, 0.5]), (2,)), (8, 10, np.array([-0.1, 1.1]), (2,)),
                              (9, 400, np.array([0.25, 0.25, 0.25, 0.25]), (2, 2))):
        c.append(run("multinomial", [seed, n, pv, size], seeded(lambda n_, p_, s_: np.random.multinomial(n_, p_, s_ if s_ else None))))
    for seed, alpha, size in ((0, np.array([1.0, 2.0, 3.0]), (4,)), (1, np.array([0.1, 0.1]), (5,)), (2, np.array([10.0, 0.5, 1.0, 2.0]), ()),
                              (3, np.array([1.0, 1.0]), (2, 2)), (0, np.array([1.0, 0.0]), (2,))):
        c.append(run("dirichlet", [seed, alpha, size], seeded(lambda a_, s_: np.random.dirichlet(a_, s_ if s_ else None))))
    # array parameters broadcast against each other and against size
    probs = np.array([0.1, 0.5, 0.9, 0.0, 1.0])
    for seed, n, p, size in ((40, 1, probs, ()), (41, np.array([5, 50, 500]), 0.3, ()), (42, np.array([[10], [100]]), np.array([0.2, 0.7]), ()),
                             (43, np.array([1, 2]), 0.5, (3, 2)), (44, np.array([1.5, 2.0]), 0.5, ()), (45, np.array([1, 2]), np.array([0.5, 1.5]), ()),
                             (46, np.array([-1, 2]), 0.5, ()), (47, np.array([1, 2, 3]), 0.5, (2, 2)), (48, np.array([[3]]), 0.5, (2,)),
                             (49, 5, np.array(0.5), ())):
        c.append(run("binomial", [seed, n, p, size], seeded(lambda n_, p_, s_: np.random.binomial(n_, p_, s_ if s_ else None))))
    for seed, lam, size in ((50, np.array([1.0, 5.0, 20.0, 0.0]), ()), (51, np.array([[1.0], [30.0]]), (2, 3)), (52, np.array([1.0, -2.0]), ()),
                            (53, np.array([1.0, np.nan]), ()), (54, np.array([1.0, 1e19]), ()), (55, np.array([1.0, 2.0]), (3,))):
        c.append(run("poisson", [seed, lam, size], seeded(lambda l_, s_: np.random.poisson(l_, s_ if s_ else None))))
    # long runs, so a rare branch or a last-ulp difference of log/exp/pow would show
    for seed, n, p in ((20, 1000, 0.3), (21, 20, 0.4), (22, 300, 0.93)):
        c.append(run("binomial", [seed, n, p, (2000,)], seeded(lambda n_, p_, s_: np.random.binomial(n_, p_, s_))))
    for seed, lam in ((23, 30.0), (24, 3.0), (25, 12345.6)):
        c.append(run("poisson", [seed, lam, (2000,)], seeded(lambda l_, s_: np.random.poisson(l_, s_))))
    for seed, k in ((26, 0.7), (27, 5.0)):
        c.append(run("gamma", [seed, k, 1.0, (2000,)], seeded(lambda k_, t_, s_: np.random.gamma(k_, t_, s_))))
    for seed, a, b in ((28, 0.4, 0.6), (29, 3.0, 4.0)):
        c.append(run("beta", [seed, a, b, (2000,)], seeded(lambda a_, b_, s_: np.random.beta(a_, b_, s_))))
    c.append(run("dirichlet", [30, np.array([0.5, 1.0, 2.0]), (500,)], seeded(lambda a_, s_: np.random.dirichlet(a_, s_))))
    c.append(run("multinomial", [31, 60, np.array([0.1, 0.2, 0.3, 0.4]), (500,)], seeded(lambda n_, p_, s_: np.random.multinomial(n_, p_, s_))))
    # mixed calls share one stream: a gamma's Gaussians use randn's cached value
    c.append(run("mixed", [11], lambda seed: (np.random.seed(seed), np.concatenate([np.random.randn(1), np.random.gamma(3.0, 1.0, 3),
                                                                                      np.random.randn(2), np.random.binomial(50, 0.5, 2)]))[1]))
    return c


def rng(fn):
    """fn called with np.random.default_rng(the case's first argument) and the other arguments."""
    def call(seed, *args):
        try:
            return np.asarray(fn(np.random.default_rng(seed), *args))
        except OverflowError as e:  # numpy's OverflowError is one more ValueError to the workbook
            raise ValueError(str(e)) from e
    return call


def generator_cases():
    """np.random.default_rng(seed), numpy's Generator on PCG64: the same draws for the same seed."""
    c = []

    for seed, size in ((0, (5,)), (1, (2, 3)), (12345, (1000,)), (2 ** 32 + 7, (4,)), (2 ** 62, (3,)), (42, ())):
        c.append(run("rng_random", [seed, size], rng(lambda g, s_: g.random(s_))))
    for seed, lo, hi, size in ((0, 0, 10, (20,)), (1, -5, 5, (2, 4)), (2, 0, 2 ** 40, (10,)), (3, 0, 1, (3,)), (4, 0, 2 ** 32, (6,)),
                               (5, 3, 1000003, (500,)), (6, 5, 5, (2,)), (7, 0, 0, (2,)), (8, 0, 10, (-1,)), (9, -(2 ** 62), 2 ** 62, (5,))):
        c.append(run("rng_integers", [seed, lo, hi, size], rng(lambda g, l_, h_, s_: g.integers(l_, h_, s_))))
    for seed, lo, hi, size in ((0, -1.0, 1.0, (6,)), (1, 2.0, 2.0, (2,)), (2, 1.0, 0.0, (2,)), (3, 0.0, np.inf, (2,))):
        c.append(run("rng_uniform", [seed, lo, hi, size], rng(lambda g, l_, h_, s_: g.uniform(l_, h_, s_))))
    for seed, n in ((0, 10), (1, 1), (2, 0), (3, 300), (4, 70000)):
        c.append(run("rng_permutation", [seed, n], rng(lambda g, n_: g.permutation(n_))))
    c.append(run("rng_permutation_array", [5, np.arange(12.0).reshape(4, 3)], rng(lambda g, a_: g.permutation(a_))))
    pv = np.array([0.1, 0.0, 0.3, 0.6, 0.0])
    for seed, a, size, replace, p in ((0, 5, (3,), True, None), (1, 5, (3,), True, pv), (2, 5, (3,), False, None), (3, 5, (2,), False, pv),
                                      (4, 100, (10,), False, None), (5, 20000, (500,), False, None), (6, 20000, (50,), False, None),
                                      (7, np.array([10.0, 20.0, 30.0]), (2, 2), True, None), (8, 5, (6,), False, None), (9, 0, (3,), True, None),
                                      (10, np.zeros(0), (2,), True, None), (11, 5, (3,), True, np.array([0.5, 0.5])), (12, 3, (2,), True, np.array([0.5, 0.6, -0.1])),
                                      (13, 3, (2,), True, np.array([0.5, 0.6, 0.1])), (14, 5, (4,), False, pv), (15, 1000, (), True, None)):
        c.append(run("rng_choice", [seed, a, size, replace, p], rng(lambda g, a_, s_, r_, p_: g.choice(a_, s_, r_, p_))))
    c.append(run("rng_mixed", [99], lambda seed: (lambda g: np.concatenate([g.integers(0, 7, 3), g.random(2), g.integers(0, 2 ** 33, 2),
                                                                         g.permutation(5), g.random(1)]))(np.random.default_rng(seed))))
    return c


def normal_cases():
    """Generator.standard_normal and normal: numpy's ziggurat, bit for bit."""
    c = []
    for seed, size in ((0, (5,)), (1, (2, 3)), (7, ()), (3, (0, 2)), (4, (-1,))):
        c.append(run("rng_standard_normal", [seed, size], rng(lambda g, s_: g.standard_normal(s_))))
    for seed, loc, scale, size in ((0, 1.0, 2.0, (4,)), (1, -3.0, 0.0, (2,)), (2, 0.0, -1.0, (2,)), (3, np.inf, 1.0, (2,)), (4, 0.0, np.nan, (2,))):
        c.append(run("rng_normal", [seed, loc, scale, size], rng(lambda g, l_, s_, z_: g.normal(l_, s_, z_))))
    # Long runs: every layer, its wedge and the tail beyond R; the stream must stay in step, so later values match too.
    for seed in (0, 1, 2 ** 40 + 3):
        c.append(run("rng_standard_normal_every_500th", [seed, 200000], rng(lambda g, n_: g.standard_normal(n_)[::500])))
    return c


def _set(v, i, value):
    v = v.copy()
    v[i] = value
    return v


def int64_cases():
    """int64 beyond 2^53: exact, wrapping around in two's complement as numpy's int64 does (compared by repr)."""
    def longs(s):
        return np.array([int(v) for v in s.split(",")], dtype=np.int64)

    class Str(str):  # numpy's str, compared as the text itself (text() compares reprs)
        __repr__ = str.__str__

    x = ",".join(str(v) for v in [2 ** 62 + 1, -2 ** 62 - 3, 2 ** 63 - 1, -2 ** 63, 2 ** 53 + 1, 7])
    y = ",".join(str(v) for v in [3, -2, 2, -1, 5, 4])
    e = ",".join(str(v) for v in [3, 2, 2, 0, 5, 40])
    c = []
    for name, fn in [("add", np.add), ("subtract", np.subtract), ("multiply", np.multiply), ("floor_divide", np.floor_divide),
                     ("mod", np.mod), ("power", np.power), ("maximum", np.maximum)]:
        for a, b in [(x, y), (x, e), (y, x)]:
            if name != "power" or b != x:
                c.append(text("int64_binary", [name, a, b], lambda n, p, q, f=fn: f(longs(p), longs(q))))
    unary = {"negative": np.negative, "abs": np.abs, "sum": np.sum, "prod": np.prod, "max": np.max, "min": np.min,
             "cumsum": np.cumsum, "cumprod": np.cumprod, "astype_float64": lambda v: v.astype(np.float64),
             "add_half": lambda v: v + 0.5, "str": lambda v: Str(str(v)), "sum_axis0": lambda v: v.reshape(2, 3).sum(0),
             "prod_axis1": lambda v: v.reshape(2, 3).prod(1), "max_axis0": lambda v: v.reshape(2, 3).max(0),
             "cumsum_axis0": lambda v: np.cumsum(v.reshape(2, 3), 0), "item_at": lambda v: v[2], "mul_int": lambda v: v * 3,
             # ops that only move elements keep every digit: slices, transposes, fancy and mask indexing, joins, where
             "slice_from1": lambda v: v[1:], "slice_rev_cols": lambda v: v.reshape(2, 3)[::-1, 1:],
             "slice_step2": lambda v: v[::2], "index_row": lambda v: v.reshape(2, 3)[1], "transpose": lambda v: v.reshape(2, 3).T,
             "transpose_3d": lambda v: v.reshape(1, 2, 3).transpose(2, 0, 1), "fancy": lambda v: v[np.array([5, 0, 2])],
             "fancy_list": lambda v: v.reshape(2, 3)[:, [2, 0]], "take_pairs": lambda v: v.reshape(2, 3)[np.array([1, 0]), np.array([2, 1])],
             "mask": lambda v: v[v != 7], "mask_rows": lambda v: v.reshape(2, 3)[np.array([True, False])],
             "concatenate": lambda v: np.concatenate([v, v[:2]]), "stack_axis1": lambda v: np.stack([v, v], 1),
             "where": lambda v: np.where(np.arange(6) % 2 == 0, v, np.int64(-1)), "flip": lambda v: np.flip(v),
             "set_slice": lambda v: _set(v, 1, v[2]), "repeat": lambda v: np.repeat(v, 2),
             "repeat_axis1": lambda v: np.repeat(v.reshape(2, 3), [1, 0, 2], axis=1), "tile": lambda v: np.tile(v.reshape(2, 3), (2, 2)),
             "roll": lambda v: np.roll(v.reshape(2, 3), 1, axis=1), "split": lambda v: np.split(v.reshape(2, 3), [1], axis=1)[1],
             "triu": lambda v: np.triu(v.reshape(2, 3), 1), "tril": lambda v: np.tril(v.reshape(3, 2), -1),
             "diag_of_vector": lambda v: np.diag(v[:3], 1), "diag_of_matrix": lambda v: np.diag(v.reshape(3, 2), -1),
             # orderings and differences beyond 2^53 (neighbours a double could not tell apart)
             "sort": np.sort, "sort_axis0": lambda v: np.sort(v.reshape(2, 3), 0), "argsort": lambda v: np.argsort(v, kind="stable"),
             "unique": lambda v: np.unique(np.concatenate([v, v[::-2], v + 1])), "diff": np.diff,
             "diff_axis0": lambda v: np.diff(v.reshape(2, 3), axis=0), "diff_twice": lambda v: np.diff(v, 2),
             "pad_edge": lambda v: np.pad(v, 2, mode="edge"), "pad_constant": lambda v: np.pad(v.reshape(2, 3), 1, constant_values=2 ** 62 + 5),
             "index_by_itself": lambda v: v[v]}  # out of bounds: numpy's message names the index with all its digits
    for name, fn in unary.items():
        for a in (x, y):
            c.append(text("int64_unary", [name, a], lambda n, p, f=fn: f(longs(p))))
    # neighbours past 2^53, which doubles would tie: comparisons and argmax/argmin tell them apart
    near = ",".join(str(v) for v in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 1, 2 ** 53, 2 ** 53 + 2])
    compared = {"gt_2p53": lambda v: v > 2 ** 53, "eq_2p53_plus1": lambda v: v == 2 ** 53 + 1,
                "le_2p53_plus1": lambda v: v <= 2 ** 53 + 1, "ge_rolled": lambda v: v >= np.roll(v, 1),
                "lt_column": lambda v: v.reshape(2, 3) < v.reshape(2, 3)[:, 1:2], "argmax": np.argmax,
                "argmin": np.argmin, "argmax_axis0": lambda v: np.argmax(v.reshape(2, 3), 0),
                "argmin_axis1": lambda v: np.argmin(v.reshape(2, 3), 1)}
    for name, fn in compared.items():
        c.append(text("int64_unary", [name, near], lambda n, p, f=fn: f(longs(p))))
    for start, stop in [(2 ** 53, 2 ** 53 + 3), (2 ** 62, 2 ** 62 + 5), (-2 ** 63, -2 ** 63 + 3), (2 ** 63 - 4, 2 ** 63 - 1)]:
        c.append(text("int64_arange", [start, stop], np.arange))
    c.append(text("int64_prod_arange", [1, 25], lambda a, b: np.prod(np.arange(a, b))))
    c.append(text("int64_cumprod_arange", [1, 22], lambda a, b: np.cumprod(np.arange(a, b))))
    c.append(text("int64_cumsum_arange_scaled", [0, 5, 2 ** 61], lambda a, b, k: np.cumsum(np.arange(a, b) * k)))
    for v, k in [(2 ** 62, 4), (3037000500, 3037000500), (2 ** 53 + 1, 1), (-2 ** 63, -1)]:
        c.append(text("int64_array_mul", [v, k], lambda p, q: np.array([p]) * q))
    return c


def normal_streams():
    """Long standard_normal and normal streams, bit for bit: every 1009th draw, and a SHA-256 over all (big-endian)."""
    streams = []
    for seed, loc, scale in ((0, None, None), (1, None, None), (2 ** 40 + 3, None, None), (5, 1.5, 2.5), (6, -3.0, 1e-3)):
        g = np.random.default_rng(seed)
        z = g.standard_normal(100_000) if loc is None else g.normal(loc, scale, 100_000)
        streams.append({"seed": seed, "loc": loc, "scale": scale, "n": len(z), "sample_step": 1009,
                        "sample": z[::1009].tolist(), "sha256": hashlib.sha256(z.astype(">f8").tobytes()).hexdigest()})
    return streams


def main():
    warnings.simplefilter("ignore")
    import scipy
    rs = np.random.RandomState(28)
    fixtures = {"numpy_version": np.__version__, "scipy_version": scipy.__version__, "cases": parity_cases() + tier_cases(rs) + linalg_io_cases(rs) + int64_cases(),
                "random": random_cases() + generator_cases(), "normal": normal_cases(), "normal_streams": normal_streams(),
                "npy": npy_files(rs), "npy_foreign": npy_foreign(rs)}
    OUT.write_text(json.dumps(fixtures, indent=None))
    print("wrote", OUT, len(fixtures["cases"]), "cases")


if __name__ == "__main__":
    main()

"""Writes the numpy fixtures for the leftovers of issue #28 that NumpyRestTest replays: diff's prepend/append, cross's
axes, average's returned, histogram's weights, tensorsolve's axes and the legacy distributions with array parameters;
clip open on a side, and Python floats assigned into arrays.

Run with numpy 2.x (written with numpy 2.4.6; error wording is numpy 2's):
    python3 lib/src/test/python/gen_numpy_rest_fixtures.py
Output: lib/src/test/resources/fixtures/numpy_rest.json with the lists "cases" and "random" in the format of
gen_numpy_api_fixtures.py ({"op", "args", "out" | "outs" | "error"}). Java's null stands for an argument numpy is not
given (diff's prepend/append, average's axis and weights, histogram's range and weights).
"""
import json
import pathlib
import sys
import warnings

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen_numpy_api_fixtures import run, seeded  # noqa: E402  the same encoding as numpy_api.json

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy_rest.json"


def given(**kw):
    """The keyword arguments that are not None: Java's null is numpy's default."""
    return {k: v for k, v in kw.items() if v is not None}


def blocks(n):
    """histogram_blocks' input, which Java computes the same way: n values on a 1000-step grid and their weights."""
    k = np.arange(n)
    return (k * 7919 % 1000) / 10.0, ((k % 13) - 3) * 0.1


def cases(rs):
    c = []
    v = np.array([1.0, 4.0, 9.0, 16.0, 25.0])
    i = np.array([[3, -1, 0, 8], [2, 5, -4, 1]])
    b = np.array([True, False, False, True, True])
    for a, n, axis, pre, app in ((v, 1, -1, 0, None), (v, 1, -1, None, 100), (v, 2, -1, np.array([0.0, 1.0]), np.array(3)),
                                 (i, 1, 0, np.zeros((1, 4), int), None), (i, 1, 1, 5, 7), (i, 2, -1, 0.5, None), (i, 1, 0, np.ones(4), None),
                                 (i, 1, 0, np.ones((1, 3)), None), (b, 1, -1, True, False), (b, 1, 0, np.array([1, 0]), None),
                                 (v, 0, -1, 1.0, None), (np.array(3.0), 1, -1, 1.0, None), (np.array(3.0), 0, -1, 1.0, None),
                                 (v, 9, -1, 0, 0), (np.zeros(0), 1, -1, 1.0, 2.0), (i, 1, 2, 0, None)):
        c.append(run("diff_edges", [a, n, axis, pre, app], lambda q, k, x_, p_, a_: np.diff(q, k, x_, **given(prepend=p_, append=a_))))
    r3 = np.round(rs.randn(3, 4), 3)
    r2 = np.round(rs.randn(2, 5), 3)
    for x, y, axis in ((r3, np.round(rs.randn(3, 4), 3), 0), (np.arange(6).reshape(3, 2), np.ones((3, 2)), 0), (r2, r3[:2, :3].T, 0),
                       (np.eye(3), np.arange(3.0), -1), (np.eye(3), np.arange(3.0), 1), (np.ones((2, 3, 2)), np.ones((2, 3, 1)), 1),
                       (np.ones((3, 2)), np.ones((3, 2)), 1), (np.ones(3), np.array(2.0), 0)):
        c.append(run("cross_axis", [x, y, axis], lambda p_, q_, a_: np.cross(p_, q_, axis=a_)))
    for x, y, aa, ab, ac in ((r3, np.round(rs.randn(4, 3), 3), 0, -1, 0), (r3, np.round(rs.randn(4, 3), 3), 0, 1, -1),
                             (np.arange(8).reshape(2, 4), np.arange(3), 0, 0, 0), (r3, r3, 0, 0, 1), (r3, r3, 0, 0, 2),
                             (r3, r3, 2, 0, 0), (r3, r3, 0, -3, 0), (np.ones((2, 4)), np.ones((2, 4)), 0, 0, 5)):
        c.append(run("cross_axes", [x, y, aa, ab, ac], lambda p_, q_, a_, b_, c_: np.cross(p_, q_, axisa=a_, axisb=b_, axisc=c_)))
    r = np.round(rs.randn(4, 5), 3)
    for x, axis, w in ((r, None, None), (r, 0, None), (r, 1, np.arange(5.0)), (r, None, np.abs(r) + 0.1), (i, 1, np.array([1, 1, 0, 2])),
                       (i, None, None), (b, None, None), (np.zeros((0, 3)), 0, None), (np.zeros((0, 3)), 1, None), (r, 0, np.zeros(4)),
                       (np.zeros((0, 3)), 1, np.ones(3)), (r, -1, np.ones((4, 5), int))):
        c.append(run("average_returned", [x, axis, w], lambda q, x_, w_: np.average(q, x_, w_, returned=True)))
        c.append(run("average_not_returned", [x, axis, w], lambda q, x_, w_: [np.average(q, x_, w_, returned=False)]))
    data = np.round(rs.randn(200) * 2, 2)
    wf, wi, wb = np.round(rs.rand(200), 3), rs.randint(-3, 9, 200), rs.rand(200) < 0.2
    for x, bins, rng, dens, w in ((data, 10, None, False, wf), (data, 7, None, True, wf), (data, 5, (-1.0, 1.0), False, wi), (data, 5, (-1.0, 1.0), True, wi),
                                  (data, 4, None, False, wb), (data, 4, (0.0, 0.5), True, wb), (np.zeros(0), 3, None, False, np.zeros(0)),
                                  (data, 4, None, False, wf[:10]), (data, 0, None, False, wf[:10]), (data.reshape(10, 20), 6, None, False, wf.reshape(10, 20)),
                                  (np.array([2.0, 2.0, 2.0]), 3, None, False, np.array([1.5, -1.0, 0.25])), (data, 5, None, False, None)):
        c.append(run("histogram_weights", [x, bins, None if rng is None else np.array(rng), dens, w],
                     lambda q, n, r_, d, w_: np.histogram(q, n, range=None if r_ is None else tuple(r_), density=d, weights=w_)))
    edges = np.array([-3.0, -1.0, 0.0, 0.5, 4.0])
    for x, e, dens, w in ((data, edges, False, wf), (data, edges, True, wf), (data, edges, False, wi), (data, edges, True, wi), (data, edges, False, wb),
                          (np.zeros(0), edges, False, np.zeros(0, bool)), (data, np.array([0, 1, 2]), False, wi), (data, np.array([1.0, 0.0]), False, wf[:3]),
                          (data, edges, False, wf[:3]), (data, edges, False, None), (data[:8], np.array([-1.0, 0.0, 0.0, 1.0]), False, wf[:8])):
        c.append(run("histogram_edges_weights", [x, e, dens, w], lambda q, e_, d, w_: np.histogram(q, e_, density=d, weights=w_)))
    for n, bins in ((70000, 9), (140001, 1000)):  # more than one of numpy's 65536-element blocks
        c.append(run("histogram_blocks", [n, bins], lambda n_, k: np.histogram(blocks(n_)[0], k, weights=blocks(n_)[1])))
        c.append(run("histogram_blocks_edges", [n, np.linspace(-1.0, 101.0, bins)],
                     lambda n_, e_: np.histogram(blocks(n_)[0], e_, weights=blocks(n_)[1])))
    a6 = np.round(rs.randn(2, 3, 6), 3)
    for a, x, axes in ((np.eye(6).reshape(2, 6, 3), np.arange(6.0), (0, 2)), (a6, np.round(rs.randn(6), 3), (0, 1)), (a6, np.round(rs.randn(6), 3), (1, 0)),
                       (np.round(rs.randn(3, 2, 3, 2), 3), np.ones((3, 2)), (0, 2)), (np.round(rs.randn(3, 2, 3, 2), 3), np.ones((2, 3)), (3,)),
                       (a6, np.ones(6), (-1,)), (a6, np.ones(6), (0, 0, 1)), (a6, np.ones(6), (5,)), (a6, np.ones(6), ()), (np.ones((2, 3, 6)), np.ones(6), (0, 1))):
        c.append(run("tensorsolve_axes", [a, x, axes], lambda p_, q_, ax: np.linalg.tensorsolve(p_, q_, ax)))
    for x, k in ((np.arange(6), 0), (np.arange(6), -2), (np.arange(5), -2), (np.arange(6), 4), (np.zeros((0, 3)), 4), (np.zeros((0, 3)), -1)):
        c.append(run("split_sections", [x, k], lambda q, n: list(np.split(q, n))))
    c += open_clips_and_float_assignments()
    for case in c:  # numpy's cross error spans two lines; the workbook prints every error on one
        if "error" in case:
            case["error"] = case["error"].replace("\n", " ")
    return c


def open_clips_and_float_assignments():
    """clip with None on one side (maximum or minimum alone) or both; a Python float assigned into an int64 array, which
    numpy converts as int() does (NaN, infinities and values beyond int64 refused), into a float or bool one."""
    c = []
    f = np.array([[1.5, -2.0, -0.0], [0.0, 4.0, np.nan]])
    for x, lo, hi in ((f, 0.0, None), (f, None, 1.0), (f, -0.0, None), (np.arange(5), 1, None), (np.arange(5), None, 2.5),
                      (f, None, None), (np.arange(3), None, None), (np.float64(2.5), 0, None), (np.float64(2.5), None, None),
                      (f, np.zeros(3), None), (f, None, np.ones((2, 1)))):
        c.append(run("clip_open", [x, lo, hi], lambda q, l_, h_: np.clip(q, l_, h_)))

    def assign(q, row, value):
        q = q.copy()
        q[row] = value
        return q

    def assign_mask(q, value):
        q = q.copy()
        q[q > 0] = value
        return q
    ints, floats, bools = np.arange(6).reshape(2, 3), np.arange(6.0).reshape(2, 3), np.array([True, False, True])
    for x, row, value in ((ints, 1, np.nan), (ints, 0, np.inf), (ints, 1, -np.inf), (ints, 1, 1e30), (ints, 1, 2.7), (ints, 0, -2.0**63),
                          (ints, 0, 2.0**63), (floats, 1, np.nan), (bools, 1, np.nan), (bools, 0, 0.0)):
        c.append(run("assign_float", [x, row, value], assign))
    for x, value in ((ints, np.nan), (ints, -1.5), (floats, np.inf)):
        c.append(run("assign_float_mask", [x, value], assign_mask))
    return c


def random_cases():
    """numpy's legacy RandomState after np.random.seed(s), with array parameters: the draws must be bit-identical."""
    c = []
    def size(s):
        return None if s == () else s

    ks = np.array([0.5, 1.0, 2.0, 7.5])
    for seed, scale, s in ((60, np.array([1.0, 2.0, 0.5]), ()), (61, np.array([[1.0], [3.0]]), (2, 4)), (62, np.array([1.0, -0.0]), ()),
                           (63, np.array([1, 0, 2]), ()), (64, np.array([1.0, 2.0]), (3,)), (65, 2.0, ())):
        c.append(run("exponential", [seed, scale, s], seeded(lambda sc, s_: np.random.exponential(sc, size(s_)))))
    for seed, k, s in ((66, ks, ()), (67, ks, (3, 4)), (68, np.array([[0.3], [4.0]]), (2, 3)), (69, np.array([1.0, -1.0]), ()), (70, ks, (2,))):
        c.append(run("standard_gamma", [seed, k, s], seeded(lambda k_, s_: np.random.standard_gamma(k_, size(s_)))))
    for seed, k, theta, s in ((71, ks, 2.0, ()), (72, 3.0, np.array([0.5, 1.0, 4.0]), ()), (73, np.array([[1.0], [0.2]]), np.array([1.0, 2.0, 3.0]), ()),
                              (74, ks, np.array([1.0, 2.0]), ()), (75, ks, 1.0, (2, 4)), (76, ks, 1.0, (4, 2)), (77, np.array([1.0, 2.0]), np.array([1.0, -0.5]), ()),
                              (78, np.array([-1.0, 2.0]), np.array([1.0, -0.5]), ()), (79, 2.0, 1.0, ())):
        c.append(run("gamma", [seed, k, theta, s], seeded(lambda k_, t_, s_: np.random.gamma(k_, t_, size(s_)))))
    for seed, a, b, s in ((80, np.array([0.5, 2.0, 0.3]), 0.7, ()), (81, 2.0, np.array([0.5, 1.0, 9.0]), ()), (82, np.array([[0.4], [3.0]]), np.array([0.6, 2.0]), ()),
                          (83, np.array([1.0, 2.0]), np.array([1.0, 2.0]), (3, 2)), (84, np.array([1.0, 0.0]), 1.0, ()), (85, 1.0, np.array([1.0, -1.0]), ()),
                          (86, np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0]), ()), (87, np.array([0.2, 0.9]), np.array([0.3, 0.1]), (500, 2))):
        c.append(run("beta", [seed, a, b, s], seeded(lambda a_, b_, s_: np.random.beta(a_, b_, size(s_)))))
    for seed, n, p, s in ((90, np.array([1, 2, 3]), np.array([0.5, 0.5]), ()), (91, np.array([1, 2, 3]), np.array([0.5, 0.5]), (3,))):
        c.append(run("binomial", [seed, n, p, s], seeded(lambda n_, p_, s_: np.random.binomial(n_, p_, size(s_)))))
    for seed, alpha, s in ((88, np.array([0.2, 0.3]), (3,)), (89, np.array([2, 5, 1]), ())):
        c.append(run("dirichlet", [seed, alpha, s], seeded(lambda a_, s_: np.random.dirichlet(a_, size(s_)))))
    return c


def main():
    warnings.simplefilter("ignore")
    rs = np.random.RandomState(2806)
    fixtures = {"numpy_version": np.__version__, "cases": cases(rs), "random": random_cases()}
    OUT.write_text(json.dumps(fixtures, indent=None))
    print("wrote", OUT, len(fixtures["cases"]), "cases,", len(fixtures["random"]), "random cases")


if __name__ == "__main__":
    main()

"""Writes the numpy fixtures for issue #28 (numpy's next tier and the last parity gaps) that NumpyNextTest replays.

Run with numpy 2.x (written with numpy 2.4.6; error wording is numpy 2's):
    python3 lib/src/test/python/gen_numpy_next_fixtures.py
Output: lib/src/test/resources/fixtures/numpy_next.json, one list "cases" in the format of gen_numpy_api_fixtures.py
({"op", "args", "out" | "outs" | "error"}), plus {"text"} where the case compares numpy's repr.
"""
import json
import pathlib
import sys
import warnings

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen_numpy_api_fixtures import arg, run  # noqa: E402  the same encoding as numpy_api.json

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy_next.json"


def text(op, args, fn):
    """A case whose result is compared by its repr (numpy 2's scalars: np.float64(...))."""
    case = {"op": op, "args": [arg(a) for a in args]}
    try:
        case["text"] = repr(fn(*args))
    except (ValueError, IndexError, TypeError, np.linalg.LinAlgError) as e:
        case["error"] = str(e)
    return case


def _set(a, index, value):
    out = a.copy()
    out[index] = value
    return out


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
    for z, axis in ((np.zeros((0, 3)), 0), (np.zeros((0, 3)), 1), (np.zeros((3, 0)), 1), (np.zeros((0,)), None),
                    (np.zeros((2, 0)), 0)):
        c.append(run("percentile", [z, np.array(50.0), axis, False], lambda v, w, x_, k: np.percentile(v, w, axis=x_)))
        c.append(run("quantile", [z, np.array([0.5, 0.2]), axis, False], lambda v, w, x_, k: np.quantile(v, w, axis=x_)))
    return c


def main():
    warnings.simplefilter("ignore")
    fixtures = {"numpy_version": np.__version__, "cases": parity_cases()}
    OUT.write_text(json.dumps(fixtures, indent=None))
    print("wrote", OUT, len(fixtures["cases"]), "cases")


if __name__ == "__main__":
    main()

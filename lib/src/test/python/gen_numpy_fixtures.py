"""Writes the numpy fixtures the JUnit tests compare against.

Run once with numpy 2.x (repr and error wording are numpy 2's):
    python3 lib/src/test/python/gen_numpy_fixtures.py
Output: lib/src/test/resources/fixtures/numpy.json. Floats that are not finite are stored as strings.
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy.json"


def enc(a):
    a = np.asarray(a, dtype=float)
    return {"shape": list(a.shape), "data": [x if math.isfinite(x) else repr(x) for x in a.ravel().tolist()]}


def err(fn):
    try:
        fn()
    except Exception as e:  # numpy's own message is the fixture
        return str(e)
    raise AssertionError("expected an error")


def rng_cases():
    cases = []
    for seed in (0, 42, 1234, 2**32 - 1):
        np.random.seed(seed)
        calls = []
        calls.append({"op": "randn", "shape": [7], "out": enc(np.random.randn(7))})
        calls.append({"op": "rand", "shape": [5], "out": enc(np.random.rand(5))})
        calls.append({"op": "randint", "low": 0, "high": 10, "shape": [8], "out": enc(np.random.randint(0, 10, 8))})
        calls.append({"op": "randn", "shape": [2, 3], "out": enc(np.random.randn(2, 3))})
        calls.append({"op": "randint", "low": -5, "high": 1000, "shape": [6], "out": enc(np.random.randint(-5, 1000, 6))})
        calls.append({"op": "randint", "low": 3, "high": 4, "shape": [3], "out": enc(np.random.randint(3, 4, 3))})
        calls.append({"op": "rand", "shape": [2, 2], "out": enc(np.random.rand(2, 2))})
        cases.append({"seed": seed, "calls": calls})
    return cases


def broadcast_cases(rs):
    pairs = [((32, 64), (64,)), ((3, 1), (1, 4)), ((2, 3, 4), (3, 1)), ((5,), ()), ((1,), (4, 1)),
             ((0, 3), (3,)), ((2, 1, 3), (4, 1)), ((32, 64), (63,)), ((2, 3), (3, 2)), ((4,), (5,))]
    out = []
    for sa, sb in pairs:
        a = rs.randn(*sa)
        b = rs.randn(*sb) + 3.0
        case = {"a": enc(a), "b": enc(b)}
        try:
            case["add"] = enc(a + b)
            case["mul"] = enc(a * b)
            case["div"] = enc(a / b)
            case["maximum"] = enc(np.maximum(a, b))
        except ValueError as e:
            case["error"] = str(e)
        out.append(case)
    return out


def reduction_cases(rs):
    x = rs.randn(3, 4, 5)
    cases = []
    for op in ("sum", "max", "min", "mean", "prod", "argmax"):
        cases.append({"op": op, "axis": None, "keepdims": False, "out": enc(getattr(np, op)(x))})
        for axis in (0, 1, 2, -1, -2):
            for keep in (False, True):
                if op == "argmax" and keep:
                    continue
                kw = {"keepdims": keep} if op != "argmax" else {}
                cases.append({"op": op, "axis": axis, "keepdims": keep, "out": enc(getattr(np, op)(x, axis=axis, **kw))})
    return {"x": enc(x), "cases": cases, "axis_error": err(lambda: np.sum(x, axis=3)),
            "empty_max_error": err(lambda: np.max(np.zeros((0,))))}


def matmul_cases(rs):
    shapes = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((2, 1, 3, 4), (5, 4, 2)),
              ((1, 1), (1, 1)), ((0, 3), (3, 4)), ((3, 0), (0, 2)), ((7, 13), (13, 9)), ((32, 64), (128, 10)), ((3,), (4,))]
    out = []
    for sa, sb in shapes:
        a, b = rs.randn(*sa), rs.randn(*sb)
        case = {"a": enc(a), "b": enc(b)}
        try:
            case["out"] = enc(a @ b)
        except ValueError as e:
            case["error"] = str(e)
        out.append(case)
    return {"cases": out,
            "dot_error": err(lambda: np.dot(np.ones((32, 64)), np.ones((128, 10)))),
            "dot_1d_error": err(lambda: np.dot(np.ones(3), np.ones(2)))}


def repr_cases(rs):
    arrays = [
        np.array([1.0, 0.5]),
        np.array([[1.0, 2.0], [3.0, 4.0]]),
        np.array([0.12345678912, 1.5, -2.25]),
        np.array([1e-5, 2.5e-5, 1.0]),
        np.array([1e9, 1.0]),
        np.array([0.0, -1.5, 1000.0]),
        np.array([np.nan, 1.0, np.inf]),
        np.array([-np.inf, 0.5]),
        np.linspace(0.01, 0.99, 100),
        rs.randn(40, 40),
        rs.randn(2, 501),
        rs.randn(2, 3, 4),
        np.arange(12.0).reshape(3, 4),
        np.array([1e-20, 1.0]),
        np.array([123456.789, 0.001]),
        np.zeros((2, 3)),
    ]
    ints = [np.array([5, 0, 3, 3, 7, 9, 3, 5]), np.arange(12).reshape(3, 4), np.array([-10, 200])]
    return {"floats": [{"a": enc(a), "repr": repr(a)} for a in arrays],
            "ints": [{"a": enc(a), "repr": repr(a)} for a in ints]}


def slice_cases(rs):
    a = rs.randn(4, 5)
    specs = {":, :2": a[:, :2], "1:3": a[1:3], "::2, -1": a[::2, -1], "-1": a[-1], "..., 0": a[..., 0],
             ":, ::-1": a[:, ::-1], "2:100, 3:": a[2:100, 3:], "1": a[1], ":0": a[:0]}
    return {"a": enc(a), "cases": [{"spec": k, "out": enc(v)} for k, v in specs.items()],
            "index_error": err(lambda: a[7]), "pick": enc(a[np.arange(4), [0, 4, 2, 1]])}


def creation_cases():
    return {"linspace": enc(np.linspace(0.01, 0.99, 100)), "linspace1": enc(np.linspace(2.0, 3.0, 1)),
            "arange_float": enc(np.arange(0.0, 1.0, 0.1)), "arange_int": enc(np.arange(2, 11, 3)),
            "logspace": enc(np.logspace(-3, 2, 11)), "eye": enc(np.eye(3)),
            "diag_from_vector": enc(np.diag([1.0, 2.0, 3.0])), "diag_of_matrix": enc(np.diag(np.arange(6.0).reshape(2, 3))),
            "reshape_error": err(lambda: np.arange(10.0).reshape(3, 4)),
            "reshape_infer_error": err(lambda: np.arange(10.0).reshape(3, -1)),
            "transpose3": enc(np.arange(24.0).reshape(2, 3, 4).transpose(1, 0, 2))}


def main():
    rs = np.random.RandomState(2024)
    fixtures = {"numpy_version": np.__version__, "rng": rng_cases(), "broadcast": broadcast_cases(rs),
                "reductions": reduction_cases(rs), "matmul": matmul_cases(rs), "repr": repr_cases(rs),
                "slicing": slice_cases(rs), "creation": creation_cases()}
    svd_a = rs.randn(30, 20)
    u, s, vt = np.linalg.svd(svd_a)
    fixtures["svd"] = {"a": enc(svd_a), "s": enc(s), "norm": float(np.linalg.norm(svd_a))}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixtures, indent=None))
    print("wrote", OUT)


if __name__ == "__main__":
    main()

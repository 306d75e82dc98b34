"""Writes the np.random and repr fixtures the JUnit tests compare against (RandomStateTest, NpRandomTest,
ArrayFormatTest).

Run with numpy 2.x (written with numpy 2.4.6; legacy RandomState streams and repr are numpy 2's):
    python3 lib/src/test/python/gen_numpy_random_fixtures.py
Output: lib/src/test/resources/fixtures/numpy_random.json. Non-finite floats are stored as "nan"/"inf"/"-inf";
ints are JSON integers (exact over the whole int64 range).
"""
import hashlib
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "numpy_random.json"
INT64_MIN, INT64_MAX = -2**63, 2**63 - 1


def enc(a):
    """An array (or numpy scalar) as {"shape", "dtype", "data"}."""
    a = np.asarray(a)
    if a.dtype.kind in "iu":
        return {"shape": list(a.shape), "dtype": "int64", "data": [int(x) for x in a.ravel().tolist()]}
    data = [x if math.isfinite(x) else repr(x) for x in a.astype(float).ravel().tolist()]
    return {"shape": list(a.shape), "dtype": "float64", "data": data}


def run(fn):
    """The result of one call, or numpy's error type and message."""
    try:
        return {"out": enc(fn())}
    except Exception as e:  # numpy's own words are the fixture
        return {"error": str(e), "type": type(e).__name__}


def call_list(rs):
    """(op, args) pairs covering every np.random function with its argument variants; size [] is numpy's size=()
    (a 0-d array, which mlmath also returns for no size)."""
    floats = [0.5, -1.25, 3.0, 7.75, 0.0, 2.5]
    return [
        ("rand", {"size": [5]}), ("rand", {"size": [2, 3]}), ("rand", {"size": []}),
        ("randn", {"size": [7]}), ("randn", {"size": [3, 2]}), ("randn", {"size": []}), ("randn", {"size": [0]}),
        ("random_sample", {"size": [4]}), ("random", {"size": [2, 2]}),
        ("standard_normal", {"size": [5]}), ("standard_normal", {"size": [1, 3]}),
        ("uniform", {"low": 0.0, "high": 1.0, "size": [4]}), ("uniform", {"low": -3.0, "high": 5.5, "size": [2, 3]}),
        ("uniform", {"low": 5.0, "high": 1.0, "size": [3]}), ("uniform", {"low": 1e300, "high": -1e300, "size": [2]}),
        ("uniform", {"low": 2.0, "high": 2.0, "size": [2]}),
        ("normal", {"loc": 0.0, "scale": 1.0, "size": [5]}), ("normal", {"loc": 10.0, "scale": 0.5, "size": [2, 2]}),
        ("normal", {"loc": -3.0, "scale": 0.0, "size": [3]}), ("normal", {"loc": 1.5, "scale": 1e-300, "size": [3]}),
        ("randint", {"low": 0, "high": 10, "size": [8]}), ("randint", {"low": -5, "high": 1000, "size": [6]}),
        ("randint", {"low": 3, "high": 4, "size": [3]}), ("randint", {"low": 0, "high": 2**32, "size": [4]}),
        ("randint", {"low": 0, "high": 2**32 + 1, "size": [4]}), ("randint", {"low": -2**40, "high": 2**40, "size": [5]}),
        ("randint", {"low": INT64_MIN, "high": INT64_MAX, "size": [4]}),
        ("randint", {"low": INT64_MIN, "high": INT64_MIN + 1, "size": [2]}),
        ("randint", {"low": INT64_MAX - 1, "high": INT64_MAX, "size": [2]}),
        ("randint", {"low": 0, "high": 2**62 + 12345, "size": [6]}), ("randint", {"low": 7, "high": 7 + 2**31, "size": [3]}),
        ("randint", {"low": 0, "high": 5, "size": [2, 3]}), ("randint", {"low": 0, "high": 5, "size": []}),
        ("choice", {"a": 5, "size": [3]}), ("choice", {"a": 10, "size": [2, 3]}), ("choice", {"a": 2**40, "size": [3]}),
        ("choice", {"a": 10, "size": [4], "replace": False}), ("choice", {"a": 6, "size": [6], "replace": False}),
        ("choice", {"a": 4, "size": [5], "p": [0.1, 0.2, 0.3, 0.4]}),
        ("choice", {"a": 5, "size": [3], "replace": False, "p": [0.1, 0.0, 0.3, 0.6, 0.0]}),
        ("choice", {"a": 6, "size": [2, 2], "replace": False, "p": [0.05, 0.05, 0.3, 0.3, 0.2, 0.1]}),
        ("choice", {"a": 3, "size": [3], "replace": False, "p": [0.98, 0.01, 0.01]}),
        ("choice", {"a": floats, "size": [4]}), ("choice", {"a": floats, "size": [3], "replace": False}),
        ("choice", {"a": [10, 20, 30], "size": [5], "p": [0.5, 0.25, 0.25]}),
        ("choice", {"a": 7, "size": []}), ("choice", {"a": 0, "size": [0]}),
        ("choice", {"a": 3, "size": [2], "p": [1 / 3, 1 / 3, 1 / 3]}),
        ("permutation", {"x": 10}), ("permutation", {"x": 1}), ("permutation", {"x": 0}), ("permutation", {"x": -3}),
        ("permutation", {"x": floats}), ("permutation", {"x": rs.randint(0, 9, (4, 3)).tolist()}),
        ("shuffle", {"x": list(range(12))}), ("shuffle", {"x": rs.randn(5, 2).tolist()}),
    ]


ERRORS = [
    ("seed", {"seed": -1}), ("seed", {"seed": 2**32}),
    ("randint", {"low": 5, "high": 5, "size": [3]}), ("randint", {"low": INT64_MIN, "high": INT64_MIN, "size": [2]}),
    ("randint", {"low": 0, "high": 5, "size": [-1]}),
    ("normal", {"loc": 0.0, "scale": -1.0, "size": [3]}), ("normal", {"loc": 0.0, "scale": -0.0, "size": [3]}),
    ("uniform", {"low": 0.0, "high": math.inf, "size": [3]}), ("uniform", {"low": math.nan, "high": 1.0, "size": [3]}),
    ("uniform", {"low": -1e308, "high": 1e308, "size": [3]}),
    ("randn", {"size": [-1]}), ("rand", {"size": [2, -3]}),
    ("choice", {"a": 0, "size": [3]}), ("choice", {"a": -2, "size": [3]}), ("choice", {"a": [], "size": [3]}),
    ("choice", {"a": [[1.0, 2.0]], "size": [3]}), ("choice", {"a": 5, "size": [6], "replace": False}),
    ("choice", {"a": 5, "size": [3], "p": [0.5, 0.5, 0.0, 0.0, 0.1]}), ("choice", {"a": 5, "size": [3], "p": [math.nan] * 5}),
    ("choice", {"a": 5, "size": [3], "p": [-1.0, 1.0, 1.0, 0.0, 0.0]}), ("choice", {"a": 5, "size": [3], "p": [1.0]}),
    ("choice", {"a": 5, "size": [3], "p": [[1.0]]}),
    ("choice", {"a": 5, "size": [3], "replace": False, "p": [1.0, 0.0, 0.0, 0.0, 0.0]}),
    ("choice", {"a": 5.0, "size": [3]}), ("choice", {"a": 5, "size": [-1]}), ("choice", {"a": 0, "size": [-1]}),
    ("choice", {"a": 5, "size": [-1], "replace": False}),
    ("permutation", {"x": 3.0}), ("shuffle", {"x": 3.0}),
]


def call(op, args):
    """The numpy call for one fixture entry, as a thunk (size=None is never used: mlmath has no Python scalars)."""
    size = tuple(args["size"]) if "size" in args else None
    if op == "seed":
        return lambda: np.random.seed(args["seed"])
    if op in ("rand", "randn"):
        return lambda: getattr(np.random, op)(*size)
    if op in ("random_sample", "random", "standard_normal"):
        return lambda: getattr(np.random, op)(size)
    if op == "uniform":
        return lambda: np.random.uniform(args["low"], args["high"], size)
    if op == "normal":
        return lambda: np.random.normal(args["loc"], args["scale"], size)
    if op == "randint":
        return lambda: np.random.randint(args["low"], args["high"], size, dtype=np.int64)
    if op == "choice":
        a = args["a"]
        a = np.float64(a) if isinstance(a, float) else a
        return lambda: np.random.choice(a, size, args.get("replace", True), args.get("p"))
    if op == "permutation":
        x = args["x"]
        return lambda: np.random.permutation(np.float64(x) if isinstance(x, float) else (x if isinstance(x, int) else np.array(x)))

    def shuffled():
        x = np.array(args["x"])
        np.random.shuffle(x)
        return x
    return shuffled


def streams():
    out = []
    rs = np.random.RandomState(99)
    calls = call_list(rs)
    for seed in (0, 1, 42, 123456789, 2**32 - 1):
        np.random.seed(seed)
        seq = []
        # Each seed runs the list in a different rotation, so the calls meet different stream positions.
        k = seed % len(calls)
        for op, args in calls[k:] + calls[:k]:
            seq.append({"op": op, "args": args, **run(call(op, args))})
        out.append({"seed": seed, "calls": seq})
    return out


def errors():
    np.random.seed(0)
    return [{"op": op, "args": args, **run(call(op, args))} for op, args in ERRORS]


def gauss_stream(seed, n):
    """A long randn stream kept small: the SHA-256 of all its draws (big-endian doubles) and every 1009th draw."""
    np.random.seed(seed)
    z = np.random.randn(n)
    step = 1009
    return {"seed": seed, "n": n, "sha256": hashlib.sha256(z.astype(">f8").tobytes()).hexdigest(),
            "sample_step": step, "sample": z[::step].tolist()}


def int_stream(seed, low, high, n):
    np.random.seed(seed)
    v = np.random.randint(low, high, n, dtype=np.int64)
    return {"seed": seed, "low": low, "high": high, "n": n,
            "sha256": hashlib.sha256(v.astype(">i8").tobytes()).hexdigest(), "head": [int(x) for x in v[:20]]}


def permutation_stream(seed, n):
    np.random.seed(seed)
    v = np.random.permutation(n)
    return {"seed": seed, "n": n, "sha256": hashlib.sha256(v.astype(">i8").tobytes()).hexdigest(),
            "head": [int(x) for x in v[:20]], "next_double": np.random.random_sample()}


def repr_arrays(rs):
    """Arrays of many shapes, dtypes and magnitudes (incl. inf/nan, -0.0, subnormals, huge and tiny values,
    empty shapes), with numpy's repr. Large arrays are stored as a shape plus a short cycle of values."""
    cases = []
    specials = [np.inf, -np.inf, np.nan, -0.0, 0.0, 5e-324, 2.225e-308, 1e-310, 1.7976931348623157e308,
                1e-300, 1e300, 1e16, 1e8, 99999999.0, 1e-4, 9.9999e-5, 0.1, 1 / 3, -2.5, 123456789.123]

    def values(n, kind):
        if kind == "normal":
            return rs.randn(n) * 10.0 ** rs.randint(-12, 13)
        if kind == "wide":
            return rs.randn(n) * 10.0 ** rs.randint(-30, 31, n)
        if kind == "special":
            return np.array([specials[i] for i in rs.randint(0, len(specials), n)]) * rs.choice([1, -1], n)
        if kind == "mixed":
            v = rs.randn(n) * 10.0 ** rs.randint(-3, 4)
            odd = rs.choice([np.inf, -np.inf, np.nan, -0.0, 0.0], n) if n else np.zeros(0)
            return np.where(rs.rand(n) < 0.3, odd, v)
        if kind == "round":
            return np.round(rs.randn(n) * 10.0 ** rs.randint(0, 5), rs.randint(0, 4))
        if kind == "tiny":
            return rs.randn(n) * 10.0 ** rs.randint(-320, -300)
        return rs.randint(-10**rs.randint(1, 16), 10**rs.randint(1, 16), n).astype(float)

    kinds = ["normal", "wide", "special", "mixed", "round", "tiny", "intlike"]
    shapes_small = [(1,), (2,), (3,), (5,), (7,), (10,), (13,), (30,), (2, 2), (3, 4), (1, 6), (6, 1), (4, 7), (2, 3, 4),
                    (3, 1, 2), (1, 1, 1), (2, 2, 2, 2), (0,), (0, 3), (3, 0), (2, 0, 4), (1, 30), (25,), (8, 9)]
    for i in range(420):
        shape = shapes_small[i % len(shapes_small)]
        n = int(np.prod(shape))
        if i % 3 == 0:
            v = values(n, "intlike").astype(np.int64) if i % 2 else rs.randint(-10**6, 10**6, n)
            a = np.asarray(v, dtype=np.int64).reshape(shape)
            scale = 10**int(rs.randint(1, 8))
            if rs.rand() < 0.3 and n and int(np.abs(a).max()) * scale < 2**53:  # mlmath stores int64 as doubles
                a = a * scale
        else:
            a = np.asarray(values(n, kinds[i % len(kinds)]), dtype=float).reshape(shape)
        cases.append({"a": enc(a), "repr": repr(a)})
    # Rows long enough to wrap, at every width numpy's line breaking can meet, and corner value sets.
    for i in range(150):
        n = int(rs.randint(8, 90))
        kind = kinds[i % len(kinds)]
        if i % 5 == 0:
            a = rs.randint(-10**int(rs.randint(1, 12)), 10**int(rs.randint(1, 12)), n)
        else:
            a = np.asarray(values(n, kind), dtype=float)
        if i % 3 == 1:
            a = a[: n - n % 4].reshape(-1, 4) if n >= 4 else a
        cases.append({"a": enc(a), "repr": repr(a)})
    corners = [np.array([np.nan, np.inf]), np.array([np.nan, -np.inf]), np.array([-0.0, 0.0]), np.array([-0.0]),
               np.zeros(5), np.array([0.0, 1e-5]), np.array([-0.0, 1e8]), np.array([1e-4, 1e-1]), np.array([1e3, 1.0]),
               np.array([1001.0, 1.0]), np.array([0.5, np.nan]), np.array([[np.nan]]), np.zeros((1, 0)),
               np.zeros((0,), dtype=np.int64), np.zeros((0, 2), dtype=np.int64), np.array([5e-324]),
               np.array([2.2250738585072014e-308, 1.0]), np.array([1e22, 1e23]), np.array([0.1, 0.2, 0.30000000000000004]),
               np.array([123456789.0]), np.array([99999999.99999999]), np.array([-1, 0, 1], dtype=np.int64)]
    cases += [{"a": enc(a), "repr": repr(a)} for a in corners]
    # Summarised (more than 1000 elements): a short cycle repeated, so the fixture stays small.
    big_shapes = [(1001,), (2000,), (1200,), (5000,), (2, 501), (40, 40), (1001, 1), (1, 1001), (3, 400), (10, 10, 11),
                  (7, 7, 7, 3), (500, 3), (2, 2000), (6, 200), (7, 200), (4000,), (1500,)]
    for i in range(80):
        shape = big_shapes[i % len(big_shapes)]
        cycle_len = int(rs.choice([1, 5, 7, 11, 13]))
        if i % 4 == 0:
            cycle = rs.randint(-10**rs.randint(1, 12), 10**rs.randint(1, 12), cycle_len)
            dtype = np.int64
        else:
            cycle = values(cycle_len, kinds[i % len(kinds)])
            dtype = float
        n = int(np.prod(shape))
        a = np.resize(np.asarray(cycle, dtype=dtype), n).reshape(shape)
        cases.append({"shape": list(shape), "cycle": enc(np.asarray(cycle, dtype=dtype)), "repr": repr(a)})
    return cases


def scalar_strs(rs):
    """0-d results print like numpy scalars' str: Python's float repr, ints as ints."""
    vals = list(rs.randn(60) * 10.0 ** rs.randint(-20, 21, 60)) + [0.0, -0.0, 5e-324, 1e16, 1e15, 123456789012345678.0,
                                                                    1e-4, 1e-5, 0.1, np.inf, -np.inf, np.nan, 2.5e-310]
    return [{"v": x if math.isfinite(x) else repr(x), "str": str(np.float64(x))} for x in vals] + \
        [{"i": int(i), "str": str(np.int64(i))} for i in [0, -7, 2**53, -(2**40), 123456]]


NO_SIZE_LEGACY = ["randn()", "rand()", "random_sample()", "standard_normal()", "normal()", "normal(3.0)",
                  "normal(3.0, 2.0)", "uniform()", "uniform(2.0)", "uniform(-1.0, 1.0)", "randint(5)", "randint(-3, 3)",
                  "randint(0, 2**62)", "randint(-2**63, 2**63 - 1)", "choice(5)", "choice(np.arange(5.0))",
                  "choice(np.array([2**62 + 1, 3]))", "choice(np.array([True, False]))",
                  "choice(np.array([2**62 + 1, 2**62 + 2, 3]), 4)"]
NO_SIZE_GENERATOR = ["random()", "integers(5)", "integers(0, 2**62)", "uniform()", "uniform(-1.0, 1.0)",
                     "standard_normal()", "normal()", "normal(3.0)", "choice(5)", "choice(np.array([2**62 + 1, 3]), 3)"]


def no_size():
    """Draws of no size, in order from seed 0, with numpy's repr: a Python float or int, except rng.integers'
    np.int64."""
    np.random.seed(0)
    rng = np.random.default_rng(0)
    names = {"np": np, "rng": rng}
    return [{"call": c, "repr": repr(eval("np.random." + c, names))} for c in NO_SIZE_LEGACY] + \
        [{"call": "rng." + c, "repr": repr(eval("rng." + c, names))} for c in NO_SIZE_GENERATOR]


# Python operators on a draw of no size (a Python number): with a Python number (a Java number in mlmath) the result
# is a Python number again; with a numpy scalar, a 0-d array or an array, or through a ufunc, numpy's value.
PYTHON_ARITHMETIC = ["np.random.randn() * 2", "np.random.randn() + 1.5", "np.random.randn() - np.random.randn()",
                     "np.random.randn() / 0.5", "np.random.randn() ** 2", "-np.random.rand()", "abs(np.random.randn())",
                     "np.random.rand() > 0.5", "np.random.rand() <= 0.5", "np.random.randint(10) + 1",
                     "np.random.randint(10) / 4", "np.random.randint(10) * 0.5", "np.random.randint(10) == 5",
                     "np.random.randint(10) + np.random.rand()", "rng.random() * 2", "rng.integers(5) + 1",
                     "np.random.randn() * np.array(2.0).sum()", "np.random.randn() * np.array(2.0)",
                     "np.random.randn() * np.arange(3)", "np.multiply(np.random.randn(), 2)", "np.abs(np.random.randn())"]


def python_arithmetic():
    """Each expression from a fresh np.random.seed(0) and default_rng(0), with numpy's repr."""
    cases = []
    for expr in PYTHON_ARITHMETIC:
        np.random.seed(0)
        cases.append({"expr": expr, "repr": repr(eval(expr, {"np": np, "rng": np.random.default_rng(0)}))})
    return cases


def main():
    rs = np.random.RandomState(2025)
    fixtures = {
        "numpy_version": np.__version__,
        "streams": streams(),
        "errors": errors(),
        "gauss": [gauss_stream(0, 2_000_000), gauss_stream(20251129, 1_000_001)],
        "ints": [int_stream(0, INT64_MIN, INT64_MAX, 100_000), int_stream(3, 0, 10, 100_000),
                 int_stream(5, -(2**33), 2**33 + 17, 50_000)],
        "permutations": [permutation_stream(1, 100_000), permutation_stream(2**32 - 1, 70_001)],
        "repr": repr_arrays(rs),
        "scalars": scalar_strs(rs),
        "no_size": no_size(),
        "python_arithmetic": python_arithmetic(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixtures, separators=(",", ":")))
    print("wrote", OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()

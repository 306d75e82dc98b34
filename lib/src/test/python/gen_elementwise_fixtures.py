"""Writes the fixtures for the elementwise kernels' layouts: broadcast shapes whose runs are merged, chunked (longer
than a kernel's block) or repeated, every dtype pair, NaN, infinities and -0; where, boolean masks, exp, tanh and log.

Run once with numpy 2.x:
    python3 lib/src/test/python/gen_elementwise_fixtures.py
Output: lib/src/test/resources/fixtures/elementwise.json. Floats that are not finite are stored as strings.
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "elementwise.json"
DTYPES = {"float64": np.float64, "int64": np.int64, "bool": np.bool_}


def enc(a):
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": str(a.dtype),
            "data": [x if math.isfinite(x) else repr(x) for x in a.astype(float).ravel().tolist()]}


def operand(rs, shape, dtype):
    if dtype == "bool":
        return rs.randint(0, 2, shape).astype(bool)
    if dtype == "int64":
        return rs.randint(-3, 4, shape).astype(np.int64)
    a = np.asarray(rs.randn(*shape) if shape else rs.randn())
    flat = a.reshape(-1)
    specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0]
    for i in range(0, flat.size, 7):
        flat[i] = specials[(i // 7) % len(specials)]
    return a


SHAPES = [((3, 4), (4,)), ((3, 4), (3, 1)), ((2, 3, 4), (3, 1)), ((2, 1, 4), (3, 1)), ((5,), ()), ((), (5,)),
          ((), ()), ((1,), (2, 1, 3)), ((0, 3), (3,)), ((2, 700), (2, 1)), ((1300,), ()), ((3, 1, 600), (1, 2, 1)),
          ((4, 4), (4, 4)), ((2, 3, 4), (2, 1, 4)), ((600, 2), (600, 1))]
DTYPE_PAIRS = [("float64", "float64"), ("int64", "float64"), ("int64", "int64"), ("bool", "bool"), ("bool", "float64")]
BINARY = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
          "maximum": np.maximum, "minimum": np.minimum, "greater": np.greater, "greater_equal": np.greater_equal,
          "less": np.less, "less_equal": np.less_equal, "equal": np.equal, "not_equal": np.not_equal,
          "logical_and": np.logical_and, "logical_or": np.logical_or, "logical_xor": np.logical_xor}
COMPARISONS = ["greater", "greater_equal", "less", "less_equal", "equal", "not_equal"]


def binary_cases(rs):
    cases = []
    for sa, sb in SHAPES:
        big = np.broadcast_shapes(sa, sb) != () and math.prod(np.broadcast_shapes(sa, sb)) > 100
        for da, db in DTYPE_PAIRS[:1] if big else DTYPE_PAIRS:  # the layouts of long runs once, every dtype on small ones
            a, b = operand(rs, sa, da), operand(rs, sb, db)
            results = {}
            for name, f in BINARY.items():
                if name == "subtract" and da == db == "bool":
                    continue
                with np.errstate(all="ignore"):
                    results[name] = enc(f(a, b))
            cases.append({"a": enc(a), "b": enc(b), "results": results})
    # Zeros of both signs against each other (maximum and minimum give the second operand on a tie), and NaN on
    # either side, in a short run and in one longer than a kernel's block.
    zeros_a, zeros_b = np.array([-0.0, 0.0, -0.0, 0.0, np.nan, 1.0]), np.array([0.0, -0.0, -0.0, 0.0, 1.0, np.nan])
    for a, b in [(zeros_a, zeros_b), (np.tile(zeros_a, 300), np.tile(zeros_b, 300)), (zeros_a, np.float64(0.0)),
                 (np.float64(-0.0), zeros_b)]:
        with np.errstate(all="ignore"):
            cases.append({"a": enc(a), "b": enc(b), "results": {name: enc(f(a, b)) for name, f in BINARY.items()}})
    return cases


def scalar_comparison_cases(rs):
    """A single value or a column (one value per row) on either side of a comparison, compared with each run in one
    pass: each special value against an array holding every special value, one-element arrays that broadcast to the
    other's shape, and columns, empty ones too; and arrays of one shape whose outcome is lopsided or one-sided."""
    cases = []
    a = operand(rs, (7, 3), "float64")
    for value in [0.0, -0.0, 1.0, math.inf, -math.inf, math.nan, float(a[2, 1])]:
        c = np.float64(value)
        for x, y in [(a, c), (c, a)]:
            cases.append({"a": enc(x), "b": enc(y), "results": {name: enc(BINARY[name](x, y)) for name in COMPARISONS}})
    # Mostly above zero, so that against zero the outcome is lopsided (the loop without a branch), with zeros of both
    # signs, the smallest subnormals, infinities and NaN among them.
    lopsided = np.concatenate([[0.0, -0.0, 5e-324, -5e-324, math.inf, -math.inf, math.nan], 1.0 + rs.rand(30)])
    for value in [0.0, -0.0, 5e-324, -5e-324, math.inf, -math.inf, math.nan, 1.5]:
        c = np.float64(value)
        for x, y in [(lopsided, c), (c, lopsided)]:
            cases.append({"a": enc(x), "b": enc(y), "results": {name: enc(BINARY[name](x, y)) for name in COMPARISONS}})
    # Two arrays of one shape, mostly compared one way, with special values paired up (equal zeros of either sign,
    # equal infinities, NaN against a number and a number against NaN), and 70 pairs one way but for one equal pair.
    below = np.concatenate([[0.0, 0.0, -0.0, 5e-324, math.inf, -math.inf, 2.0, math.nan], 0.5 * rs.rand(29)])
    above, under = 1.0 + rs.rand(70), 0.5 * rs.rand(70)
    under[5] = above[5]
    for x, y in [(lopsided, below), (below, lopsided), (above, under), (under, above)]:
        cases.append({"a": enc(x), "b": enc(y), "results": {name: enc(BINARY[name](x, y)) for name in COMPARISONS}})
    for x, y in [(a, np.array([[0.0]])), (np.array([-0.0]), a), (operand(rs, (9,), "int64"), np.float64(0.5)),
                 (np.float64(1.0), operand(rs, (9,), "bool")), (operand(rs, (2, 1), "float64"), np.array([-0.0]))]:
        cases.append({"a": enc(x), "b": enc(y), "results": {name: enc(BINARY[name](x, y)) for name in COMPARISONS}})
    column = operand(rs, (7, 1), "float64")
    column[1:, 0] = a[1:, 1]  # rows equal to a's middle column, so every row holds an equal pair
    for x, y in [(a, column), (column, a), (operand(rs, (2, 3, 4), "float64"), operand(rs, (2, 3, 1), "float64")),
                 (operand(rs, (3, 1), "int64"), operand(rs, (3, 5), "float64")), (np.zeros((3, 0)), np.zeros((3, 1))),
                 (np.zeros((0, 1)), np.zeros((0, 4))), (operand(rs, (4, 1), "float64"), operand(rs, (4, 1), "float64"))]:
        cases.append({"a": enc(x), "b": enc(y), "results": {name: enc(BINARY[name](x, y)) for name in COMPARISONS}})
    return cases


def where_cases(rs):
    cases = []
    for sc, sx, sy, dx, dy in [((3, 4), (3, 4), (), "float64", "int64"), ((3, 4), (4,), (3, 1), "float64", "float64"),
                               ((2, 1, 600), (1, 3, 1), (600,), "int64", "float64"), ((), (), (), "int64", "int64"),
                               ((5,), (1,), (5,), "bool", "float64"), ((0, 2), (2,), (), "float64", "float64")]:
        c, x, y = operand(rs, sc, "bool"), operand(rs, sx, dx), operand(rs, sy, dy)
        cases.append({"cond": enc(c), "x": enc(x), "y": enc(y), "out": enc(np.where(c, x, y))})
    return cases


def mask_cases(rs):
    cases = []
    for sx, sm in [((3, 4), (3, 4)), ((3, 4, 2), (3, 4)), ((3, 4), (3,)), ((0, 3), (0, 3)), ((), ()), ((5,), (5,)),
                   ((700,), (700,)), ((2, 3), ())]:
        x, m = operand(rs, sx, "float64"), operand(rs, sm, "bool")
        cases.append({"x": enc(x), "mask": enc(m), "out": enc(x[m])})
    cases.append({"x": enc(np.arange(5.0)), "mask": enc(np.zeros(5, bool)), "out": enc(np.arange(5.0)[np.zeros(5, bool)])})
    return cases


def transcendental_cases(rs):
    edges = [0.0, -0.0, 5e-324, -5e-324, 1e-310, -1e-310, 1e-20, -1e-20, 3e-9, 1e-8, 0.3, -0.3, 0.55, 1.0, -1.0, 2.0,
             5.0, 19.9, 20.0, 20.1, -20.1, 22.0, 30.0, 100.0, 700.0, 700.5, 709.0, 709.78, 709.8, 710.0, -700.0,
             -708.0, -708.5, -709.0, -740.0, -745.0, -745.2, -746.0, -1000.0, 1e300, -1e300,
             math.inf, -math.inf, math.nan]
    x = np.concatenate([edges, rs.randn(1000) * 5, rs.uniform(-750, 750, 1000), rs.uniform(-1, 1, 1000)])
    positive = np.concatenate([np.abs(x), np.exp(rs.randn(1000) * 100), rs.uniform(0.7, 1.42, 1000)])
    return {"x": enc(x), "exp": enc(np.exp(x)), "tanh": enc(np.tanh(x)), "log": enc(np.log(x)),
            "positive": enc(positive), "log_positive": enc(np.log(positive))}


def clip_cases():
    """clip keeps an element equal to a bound when both bounds are scalars, and takes the bound when one is an array."""
    x = np.array([-0.0, 0.0, -0.0, 0.0, np.nan, -3.0, 0.5, 7.0, np.inf, -np.inf])
    cases = []
    for lo, hi in [(0.0, 1.0), (-0.0, 1.0), (-1.0, -0.0), (-1.0, 0.0), (0, 1), (np.nan, 1.0), (0.0, np.nan),
                   (np.zeros(10), 1.0), (-np.zeros(10), 1.0), (0.0, np.ones(10)), (-1.0, -np.zeros(10)), (2.0, 1.0)]:
        cases.append({"x": enc(x), "lo": enc(lo), "hi": enc(hi), "out": enc(np.clip(x, lo, hi))})
    cases.append({"x": enc(np.arange(-3, 4)), "lo": enc(-1), "hi": enc(2), "out": enc(np.clip(np.arange(-3, 4), -1, 2))})
    return cases


def main():
    rs = np.random.RandomState(26)
    out = {"binary": binary_cases(rs) + scalar_comparison_cases(np.random.RandomState(27)), "where": where_cases(rs), "mask": mask_cases(rs),
           "clip": clip_cases(), "transcendental": transcendental_cases(rs)}
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    with np.errstate(all="ignore"):
        main()

"""Writes the seeded differential cases that NumpyDiffTest replays: one numpy expression and its mlmath spelling each.

Run with numpy 2.4.6 (the wording of the errors is numpy 2's):
    python3 lib/src/test/python/gen_numpy_diff_cases.py
Output:
  lib/src/test/resources/fixtures/numpy_diff.json      numpy's result (shape, dtype, values), repr or error per case;
  lib/src/test/java/mlmath/np/NumpyDiffCases.java      the Java expressions, compiled (no interpreter at test time).
Each category (broadcasting, reductions, slicing, shapes, random, repr, linalg, ufuncs, indexing, joins,
statistics, einsum, bad arguments) draws its shapes (0-d, empty, 1-d … 4-d), dtypes (bool/int64/float64), axes
(negative, None, tuples), keepdims, nan/inf and out-of-range or wrong arguments from its own seeded stream.
A template names its inputs $a, $b, $c: Python evaluates it with numpy arrays, Java gets literals (D.f/D.i/D.b).
Later rounds (stacked linalg, Java arrays as arguments, products over random shapes, assignments) add to the same
categories. About 9,000 cases; NumpyDiffTest runs them in well under a minute.
"""
import json
import math
import pathlib
import random
import re
import sys
import warnings

import numpy as np

from gen_numpy_api_fixtures import enc

HERE = pathlib.Path(__file__).resolve()
FIXTURE = HERE.parents[1] / "resources" / "fixtures" / "numpy_diff.json"
JAVA = HERE.parents[1] / "java" / "mlmath" / "np" / "NumpyDiffCases.java"
CHUNK = 60  # cases per generated Java method, well under the 64 KB method limit

if np.__version__ != "2.4.6":
    print(f"warning: written with numpy 2.4.6, this is {np.__version__}", file=sys.stderr)


# ---- Java literals ------------------------------------------------------------------------------------------
def num(v):
    if isinstance(v, (bool, np.bool_)):
        return "1" if v else "0"
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0"
    return repr(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)


def jdouble(v):
    if math.isnan(v):
        return "Double.NaN"
    if math.isinf(v):
        return "Double.POSITIVE_INFINITY" if v > 0 else "Double.NEGATIVE_INFINITY"
    return repr(float(v))


def java(x):
    if x is None:
        return "null"
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x) if -2**31 <= x < 2**31 else f"{x}L"
    if isinstance(x, float):
        return jdouble(x)
    if isinstance(x, str):
        return json.dumps(x)
    if isinstance(x, tuple):
        if x and isinstance(x[0], tuple):
            return "new int[][] {" + ", ".join(java(r) for r in x) + "}"
        return "new int[] {" + ", ".join(str(v) for v in x) + "}"
    if isinstance(x, list):
        return "new Tensor[] {" + ", ".join(java(a) for a in x) + "}"
    a = np.asarray(x)
    kind = {"bool": "b", "int64": "i"}.get(str(a.dtype), "f")
    shape = ",".join(str(d) for d in a.shape)
    return f'D.{kind}("{shape}", "{" ".join(num(v) for v in a.ravel().tolist())}")'


def encode(r):
    if isinstance(r, str):
        return {"text": r}
    if isinstance(r, (bool, int, float)) and not isinstance(r, np.generic):
        return {"scalar": r if isinstance(r, bool) or math.isfinite(r) else repr(float(r))}
    if isinstance(r, (tuple, list)):
        return {"outs": [enc(x) for x in r]}
    return {"out": enc(r)}


CASES = {}


def setitem(c, key, v):
    """numpy's c[key] = v as an expression: the assigned copy."""
    c[key] = v
    return c


def case(cat, py, jv, **inputs):
    """Adds one case: numpy evaluates `py` over the inputs, Java runs `jv` with the inputs as literals."""
    env = {"np": np, "setitem": setitem, **inputs}
    c = {"py": py}
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c.update(encode(eval(py, env)))
    except (ValueError, IndexError, TypeError, np.linalg.LinAlgError, ZeroDivisionError, MemoryError, OverflowError) as e:
        c["error"] = str(e).split("\n")[0]
        if "\n" in str(e):
            c["error_joined"] = " ".join(str(e).split("\n"))  # what a one-line error keeps of numpy's whole message
    c["java"] = re.sub(r"\$(\w+)", lambda m: java(inputs[m.group(1)]), jv)
    CASES.setdefault(cat, []).append(c)


def pairs(rows):
    """Rows as (numpy, Java) pairs: a row may be one string, where Java spells it as numpy does."""
    return [(row, row) if isinstance(row, str) else row for row in rows]


def cases(cat, rows, **inputs):
    """Adds a case for each (numpy, Java) row, all over the same inputs."""
    for py, jv in pairs(rows):
        case(cat, py, jv, **inputs)


def seeded(rows, **inputs):
    """Draws of np.random's legacy stream, each right after np.random.seed(s): (numpy call, Java call) rows."""
    cases("random", [(f"(np.random.seed(s), {py})[1]", f"{{ np.random.seed($s); return {jv}; }}") for py, jv in pairs(rows)], **inputs)


def generated(rows, **inputs):
    """Draws of a Generator, each from a fresh np.random.default_rng(s): (numpy method call, Java method call) rows."""
    cases("random", [(f"np.random.default_rng(s).{py}", f"np.random.default_rng($s).{jv}") for py, jv in pairs(rows)], **inputs)


# ---- random inputs ------------------------------------------------------------------------------------------
class Draw:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.rs = np.random.RandomState(seed)

    def shape(self, lo=0, hi=4, empty=0.05):
        nd = self.r.randint(lo, hi)
        return tuple(0 if self.r.random() < empty else self.r.randint(1, 4) for _ in range(nd))

    def dtype(self):
        return self.r.choice(["float64", "float64", "int64", "bool"])

    def array(self, shape, dtype=None, special=0.0):
        dtype = dtype or self.dtype()
        if dtype == "bool":
            return np.asarray(self.rs.rand(*shape) > 0.5)
        if dtype == "int64":
            return np.asarray(self.rs.randint(-5, 6, size=shape), dtype=np.int64)
        a = np.round(self.rs.randn(*shape) * 3, self.r.choice([0, 1, 2, 3]))
        a = np.asarray(a, dtype=np.float64)
        if special and a.size and self.r.random() < special:
            flat = a.reshape(-1)
            flat[self.rs.randint(flat.size)] = self.r.choice([np.nan, np.inf, -np.inf, 0.0, -0.0])
        return a

    def axis(self, ndim, none=True, bad=0.05):
        if none and self.r.random() < 0.2:
            return None
        if ndim == 0 or self.r.random() < bad:
            return self.r.choice([ndim, -ndim - 1, 5])
        return self.r.randint(-ndim, ndim - 1)

    def broadcastable(self, shape):
        """A shape that broadcasts against `shape` (mostly), drawn as numpy users write them."""
        out = list(shape[self.r.randint(0, len(shape)):]) if shape else []
        out = [1 if self.r.random() < 0.3 else d for d in out]
        if self.r.random() < 0.1 and out:
            out[self.r.randrange(len(out))] += 1  # a mismatch now and then
        if self.r.random() < 0.2:
            out = [self.r.randint(1, 3)] + out
        return tuple(out)

    def scalar(self, dtype):
        return {"bool": self.r.random() < 0.5, "int64": self.r.randint(-4, 5)}.get(dtype, round(self.r.uniform(-4, 4), 2))


# ---- categories ---------------------------------------------------------------------------------------------
BINARY = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "mod", "floor_divide",
          "logaddexp", "greater", "less_equal", "equal", "not_equal", "logical_and", "logical_or", "logical_xor",
          "remainder"]
METHODS = {"add": "add", "subtract": "sub", "multiply": "mul", "divide": "div", "power": "pow", "greater": "gt",
           "less_equal": "le", "equal": "eq", "not_equal": "ne"}


def broadcasting(d):
    for _ in range(320):
        s1 = d.shape(0, 5)
        s2 = d.broadcastable(s1)
        if d.r.random() < 0.5:
            s1, s2 = s2, s1
        op = d.r.choice(BINARY)
        a = d.array(s1, special=0.2)
        b = d.array(s2, special=0.2) if d.r.random() < 0.8 else d.scalar(d.dtype())
        if op == "power" and d.r.random() < 0.7:  # keep ints mostly non-negative exponents
            b = np.abs(b) if isinstance(b, np.ndarray) else abs(b)
        if op in METHODS and d.r.random() < 0.4 and isinstance(a, np.ndarray):
            case("broadcasting", f"np.{op}(a, b)", f"$a.{METHODS[op]}($b)", a=a, b=b)
        else:
            case("broadcasting", f"np.{op}(a, b)", f"np.{op}($a, $b)", a=a, b=b)
    for _ in range(30):
        s = d.shape(1, 4)
        t = d.broadcastable(s)
        case("broadcasting", "np.broadcast_to(a, t)", "np.broadcast_to($a, $t)", a=d.array(t), t=s)
    for _ in range(20):
        a = d.array(d.shape(1, 3), "float64")
        case("broadcasting", "np.where(a > 0, a, b)", "np.where($a.gt(0), $a, $b)", a=a, b=d.array(d.broadcastable(a.shape)))


REDUCE = ["sum", "mean", "prod", "max", "min", "all", "any", "argmax", "argmin", "var", "std", "ptp",
          "cumsum", "cumprod", "count_nonzero", "nansum", "nanmean", "nanmax", "nanmin", "nanprod", "nanvar",
          "nanstd", "nanargmax", "nanargmin", "median", "nanmedian"]
AXES_TUPLE = {"sum", "mean", "prod", "max", "min", "all", "any", "var", "std"}
NO_KEEP = {"cumsum", "cumprod", "nanargmax", "nanargmin"}


def reductions(d):
    for _ in range(420):
        op = d.r.choice(REDUCE)
        shape = d.shape(0, 5, empty=0.08)
        a = d.array(shape, special=0.25)
        nd = a.ndim
        style = d.r.random()
        if style < 0.25:
            form = "x"
            py, jv = f"np.{op}(a)", f"np.{op}($a)"
        else:
            ax = d.axis(nd, none=False)
            keep = d.r.random() < 0.4 and op not in NO_KEEP
            if op in AXES_TUPLE and nd >= 2 and d.r.random() < 0.3:
                axes = tuple(sorted(d.r.sample(range(-nd, 0), d.r.randint(1, nd))))
                if op in ("var", "std"):
                    py, jv = f"np.{op}(a, axis=ax, keepdims={keep})", f"np.{op}($a, $ax, 0, {java(keep)})"
                elif op in ("all", "any"):
                    py, jv = f"np.{op}(a, axis=ax, keepdims={keep})", f"$a.{op}($ax, {java(keep)})"
                else:
                    py, jv = f"np.{op}(a, axis=ax, keepdims={keep})", f"np.{op}($a, $ax, {java(keep)})"
                case("reductions", py, jv, a=a, ax=axes)
                continue
            if op in NO_KEEP:
                py, jv = f"np.{op}(a, axis=ax)", f"np.{op}($a, $ax)"
            elif op in ("nanvar", "nanstd"):
                py, jv = f"np.{op}(a, axis=ax, keepdims={keep})", f"np.{op}($a, $ax, 0, {java(keep)})"
            elif d.r.random() < 0.5 and op in ("sum", "mean", "prod", "max", "min", "argmax", "argmin", "all", "any", "var", "std"):
                py, jv = f"np.{op}(a, axis=ax, keepdims={keep})", f"$a.{op}($ax, {java(keep)})"
            else:
                py, jv = f"np.{op}(a, axis=ax, keepdims={keep})", f"np.{op}($a, $ax, {java(keep)})"
            case("reductions", py, jv, a=a, ax=ax)
            continue
        case("reductions", py, jv, a=a)
    for _ in range(30):
        a = d.array(d.shape(1, 4), "float64", special=0.3)
        ddof = d.r.choice([0, 1, 2])
        ax = d.axis(a.ndim, none=False)
        op = d.r.choice(["var", "std"])
        case("reductions", f"np.{op}(a, axis=ax, ddof={ddof})", f"np.{op}($a, new int[] {{$ax}}, {ddof}, false)", a=a, ax=ax)


def slice_part(r, n):
    k = r.random()
    if k < 0.3:
        return str(r.randint(-n - 1 if r.random() < 0.1 else -n, n if r.random() < 0.1 else max(n - 1, 0)))
    if k < 0.4:
        return ":"
    if k < 0.45:
        return "None"
    parts = [r.choice(["", str(r.randint(-n - 2, n + 2))]), r.choice(["", str(r.randint(-n - 2, n + 2))])]
    if r.random() < 0.4:
        parts.append(r.choice(["", "2", "-1", "-2", "3"]))
    return ":".join(parts)


def slicing(d):
    for _ in range(300):
        a = d.array(d.shape(1, 5, empty=0.03))
        parts = [slice_part(d.r, a.shape[min(i, a.ndim - 1)]) for i in range(d.r.randint(1, a.ndim + (d.r.random() < 0.1)))]
        if d.r.random() < 0.15:
            parts.insert(d.r.randint(0, len(parts)), "...")
        spec = ", ".join(parts)
        case("slicing", f"a[{spec}]" if spec else "a[()]", f'$a.get("{spec}")', a=a)
    for _ in range(60):
        a = d.array(d.shape(1, 4), d.r.choice(["float64", "int64"]))
        spec = ", ".join(slice_part(d.r, a.shape[min(i, a.ndim - 1)]) for i in range(d.r.randint(1, a.ndim)))
        v = d.scalar(str(a.dtype))
        py = f"setitem(a.copy(), np.s_[{spec}], v)"
        case("slicing", py, f'$a.set("{spec}", $v)', a=a, v=v)


def shapes(d):
    for _ in range(80):
        a = d.array(d.shape(0, 4))
        n = a.size
        dims = [x for x in (1, 2, 3, 4, 6) if n % x == 0 and x <= n] or [1]
        k = d.r.random()
        if k < 0.5 and n:
            first = d.r.choice(dims)
            t = (first, -1) if d.r.random() < 0.5 else (first, n // first)
        elif k < 0.7:
            t = (d.r.randint(1, 5), d.r.randint(1, 3))
        else:
            t = (n,) if d.r.random() < 0.5 else (-1, -1)
        case("shapes", "a.reshape(t)", "$a.reshape($t)", a=a, t=t)
    for _ in range(60):
        a = d.array(d.shape(1, 5))
        perm = list(range(a.ndim))
        d.r.shuffle(perm)
        if d.r.random() < 0.1:
            perm[0] = perm[-1]
        case("shapes", "np.transpose(a, t)", "$a.transpose($t)", a=a, t=tuple(perm))
    for _ in range(50):
        a = d.array(d.shape(1, 5))
        i, j = d.axis(a.ndim, False), d.axis(a.ndim, False)
        case("shapes", "np.swapaxes(a, i, j)", "$a.swapaxes($i, $j)", a=a, i=i, j=j)
        case("shapes", "np.moveaxis(a, i, j)", "np.moveaxis($a, $i, $j)", a=a, i=i, j=j)
    for _ in range(40):
        a = d.array(tuple(d.r.choice([1, 1, 2, 3]) for _ in range(d.r.randint(1, 4))))
        ax = d.axis(a.ndim, False)
        case("shapes", "np.squeeze(a, axis=ax)", "np.squeeze($a, $ax)", a=a, ax=ax)
        case("shapes", "np.squeeze(a)", "$a.squeeze()", a=a)
        case("shapes", "np.expand_dims(a, ax)", "np.expand_dims($a, $ax)", a=a, ax=d.r.randint(-a.ndim - 2, a.ndim + 1))
    for _ in range(30):
        a = d.array(d.shape(0, 3))
        reps = tuple(d.r.randint(0, 3) for _ in range(d.r.randint(1, 3)))
        case("shapes", "np.tile(a, t)", "np.tile($a, $t)", a=a, t=reps)
        case("shapes", "np.repeat(a, n, axis=ax)", "np.repeat($a, $n, $ax)", a=a, n=d.r.randint(0, 3),
             ax=d.axis(a.ndim, False))
        case("shapes", "np.flip(a, ax)", "np.flip($a, $ax)", a=a, ax=d.axis(a.ndim, False))
        case("shapes", "np.roll(a, n)", "np.roll($a, $n)", a=a, n=d.r.randint(-5, 5))
        if a.ndim:
            case("shapes", "np.roll(a, n, axis=ax)", "np.roll($a, $n, $ax)", a=a, n=d.r.randint(-5, 5), ax=d.axis(a.ndim, False))
        case("shapes", "a.flatten()", "$a.flatten()", a=a)
        case("shapes", "a.T", "$a.T()", a=a)
        mode = d.r.choice(["constant", "edge", "reflect", "symmetric", "wrap"])
        case("shapes", f"np.pad(a, w, mode='{mode}')", f'np.pad($a, $w, "{mode}")', a=a, w=(d.r.randint(0, 2), d.r.randint(0, 3)))
    for _ in range(20):
        a = d.array(d.shape(1, 3))
        case("shapes", "a.astype(np.int64)", "$a.astype(mlmath.tensor.DType.INT64)", a=d.array(a.shape, "float64"))
        case("shapes", "a.astype(bool)", "$a.astype(mlmath.tensor.DType.BOOL)", a=a)


def random_(d):
    for _ in range(40):
        s, shape = d.r.randint(0, 2**31), d.shape(0, 3, empty=0.1)
        calls = [("np.random.randn(*t)", "np.random.randn($t)"),
                 ("np.random.rand(*t)", "np.random.rand($t)"),
                 ("np.random.randint(-3, 9, size=t)", "np.random.randint(-3, 9, $t)"),
                 ("np.random.normal(1.5, 2.0, size=t)", "np.random.normal(1.5, 2.0, $t)"),
                 ("np.random.uniform(-1, 2, size=t)", "np.random.uniform(-1, 2, $t)"),
                 ("np.random.choice(5, size=t)", "np.random.choice(5, $t)"),
                 ("np.random.binomial(10, 0.3, size=t)", "np.random.binomial(10, 0.3, $t)"),
                 ("np.random.poisson(3.5, size=t)", "np.random.poisson(3.5, $t)"),
                 ("np.random.exponential(2.0, size=t)", "np.random.exponential(2.0, $t)"),
                 ("np.random.gamma(2.5, 1.5, size=t)", "np.random.gamma(2.5, 1.5, $t)"),
                 ("np.random.beta(0.5, 2.0, size=t)", "np.random.beta(0.5, 2.0, $t)"),
                 ("np.random.standard_normal(t)", "np.random.standardNormal($t)")]
        drawn = d.r.sample(calls, 4)
        n = d.r.randint(1, 8)
        seeded(drawn + [("np.random.permutation(n)", "np.random.permutation($n)"),
                        ("np.random.choice(n, 3, replace=False)", "np.random.choice($n, 3, false)"),
                        ("np.random.multinomial(n, [0.2, 0.3, 0.5])", "np.random.multinomial($n, new double[] {0.2, 0.3, 0.5})"),
                        ("np.random.dirichlet([1.0, 2.0, 0.5])", "np.random.dirichlet(new double[] {1.0, 2.0, 0.5})")],
               s=s, t=shape, n=n)
        gen = [("random(t)", "random($t)"), ("integers(0, 10, size=t)", "integers(0, 10, $t)"),
               ("uniform(-2, 3, size=t)", "uniform(-2, 3, $t)"), ("choice(7, size=t)", "choice(7, $t)"),
               ("permutation(n)", "permutation($n)")]
        generated(d.r.sample(gen, 3), s=s, t=shape, n=n)
    cases("random", [("np.random.randint(5, 2, size=3)", "np.random.randint(5, 2, 3)"),
                     ("np.random.choice(3, 5, replace=False)", "np.random.choice(3, 5, false)"),
                     ("np.random.normal(0, -1, size=2)", "np.random.normal(0, -1, 2)"),
                     "np.random.rand(-1)",
                     ("np.random.binomial(-1, 0.5, size=2)", "np.random.binomial(-1, 0.5, 2)"),
                     ("np.random.binomial(3, 1.5, size=2)", "np.random.binomial(3, 1.5, 2)"),
                     ("np.random.poisson(-1.0, size=2)", "np.random.poisson(-1.0, 2)"),
                     "np.random.choice(0, 2)",
                     ("np.random.choice(3, 2, p=[0.5, 0.6, 0.1])", "np.random.choice(3, 2, true, new double[] {0.5, 0.6, 0.1})"),
                     "np.random.default_rng(0).integers(3, 3)",
                     ("np.random.default_rng(0).choice(3, 4, replace=False)", "np.random.default_rng(0).choice(3, 4, false)"),
                     ("np.random.uniform(2, 1, size=2) * 0", "np.random.uniform(2, 1, 2).mul(0)"),
                     ("np.random.dirichlet([1.0, -1.0])", "np.random.dirichlet(new double[] {1.0, -1.0})"),
                     ("np.random.multinomial(3, [0.5, 0.7])", "np.random.multinomial(3, new double[] {0.5, 0.7})")])


def repr_(d):
    for _ in range(260):
        k = d.r.random()
        if k < 0.08:
            a = d.array((d.r.randint(30, 1100),), "float64")
        elif k < 0.2:
            a = np.asarray(d.rs.randn(*d.shape(1, 3)) * 10.0 ** d.r.randint(-9, 9))
        elif k < 0.3:
            a = np.asarray(d.rs.randint(-10**d.r.randint(1, 12), 10**d.r.randint(1, 12), size=d.shape(1, 3)), dtype=np.int64)
        else:
            a = d.array(d.shape(1, 5, empty=0.06), special=0.4)
        case("repr", "repr(a)", "$a.toString()", a=a)
    for _ in range(20):
        a = np.arange(4 * d.r.randint(250, 320)).reshape(-1, d.r.choice([1, 2, 4])) if d.r.random() < 0.5 else np.round(d.rs.rand(d.r.randint(2, 40), d.r.randint(2, 40)), 3)
        case("repr", "repr(a)", "$a.toString()", a=np.asarray(a))


def linalg(d):
    def mat(n, m=None, sym=False, spd=False, special=False):
        a = np.round(d.rs.randn(n, m or n) * 2, 2)
        if sym:
            a = a + a.T
        if spd:
            a = a @ a.T + n * np.eye(n)
        if special and a.size:
            a[0, 0] = d.r.choice([np.nan, np.inf])
        return a
    for _ in range(40):
        n = d.r.randint(1, 4)
        sp = d.r.random() < 0.1
        a, s = mat(n, special=sp), mat(n, sym=True, special=sp)
        b = np.round(d.rs.randn(n), 2)
        k = d.r.randint(-1, 3)
        p = mat(n, spd=True) if d.r.random() < 0.8 else s
        cases("linalg", [("np.linalg.det(a)", "np.linalg.det($a)"), ("np.linalg.inv(a)", "np.linalg.inv($a)"),
                         ("np.linalg.solve(a, b)", "np.linalg.solve($a, $b)"),
                         ("np.linalg.eigh(s)[0]", "np.linalg.eigh($s).eigenvalues()"),
                         ("np.linalg.eigh(s)[1]", "np.linalg.eigh($s).eigenvectors()"),
                         ("np.linalg.eigvalsh(s)", "np.linalg.eigvalsh($s)"),
                         ("np.linalg.slogdet(a)[0]", "np.linalg.slogdet($a).sign()"),
                         ("np.linalg.slogdet(a)[1]", "np.linalg.slogdet($a).logabsdet()"),
                         ("np.linalg.matrix_power(a, k)", "np.linalg.matrix_power($a, $k)"),
                         ("np.linalg.cholesky(p)", "np.linalg.cholesky($p)")], a=a, b=b, s=s, k=k, p=p)
    for _ in range(40):
        n, m = d.r.randint(1, 4), d.r.randint(1, 4)
        a = mat(n, m, special=d.r.random() < 0.08)
        case("linalg", "np.linalg.svd(a)[1]", "np.linalg.svd($a).S()", a=a)
        case("linalg", "np.linalg.svd(a, full_matrices=False)[0]", "np.linalg.svd($a, false).U()", a=a)
        case("linalg", "np.linalg.svd(a, full_matrices=False)[2]", "np.linalg.svd($a, false).Vt()", a=a)
        case("linalg", "np.linalg.qr(a)[0]", "np.linalg.qr($a).Q()", a=a)
        case("linalg", "np.linalg.qr(a)[1]", "np.linalg.qr($a).R()", a=a)
        case("linalg", "np.linalg.qr(a, mode='r')", 'np.linalg.qr($a, "r").R()', a=a)
        case("linalg", "np.linalg.matrix_rank(a)", "np.linalg.matrix_rank($a)", a=a)
        case("linalg", "np.linalg.pinv(a)", "np.linalg.pinv($a)", a=a)
        b = np.round(d.rs.randn(n), 2)
        case("linalg", "np.linalg.lstsq(a, b)[0]", "np.linalg.lstsq($a, $b).solution()", a=a, b=b)
        case("linalg", "np.linalg.lstsq(a, b)[1]", "np.linalg.lstsq($a, $b).residuals()", a=a, b=b)
        case("linalg", "np.linalg.lstsq(a, b)[2]", "np.linalg.lstsq($a, $b).rank()", a=a, b=b)
        ord_ = d.r.choice([None, 1, 2, -1, "fro", "nuc", np.inf])
        jord = {None: "null", "fro": '"fro"', "nuc": '"nuc"', np.inf: "Double.POSITIVE_INFINITY"}.get(ord_, str(ord_))
        case("linalg", f"np.linalg.norm(a, {ord_!r})".replace("inf", "np.inf"), f"np.linalg.norm($a, {jord})", a=a)
        v = np.round(d.rs.randn(d.r.randint(0, 4)), 2)
        vo = d.r.choice([None, 0, 1, 2, 3, -1, np.inf, -np.inf])
        jvo = {None: "null", np.inf: "Double.POSITIVE_INFINITY", -np.inf: "Double.NEGATIVE_INFINITY"}.get(vo, f"{vo}")
        case("linalg", f"np.linalg.norm(v, {vo!r})".replace("inf", "np.inf"), f"np.linalg.norm($v, {jvo})", v=v)
        case("linalg", "np.linalg.cond(a)", "np.linalg.cond($a)", a=mat(n))
        case("linalg", "np.linalg.eigvals(s)", "np.linalg.eigvals($s)", s=mat(n, sym=True))
    for py, jv, kw in [("np.linalg.inv(a)", "np.linalg.inv($a)", dict(a=np.ones((2, 2)))),
                       ("np.linalg.inv(a)", "np.linalg.inv($a)", dict(a=np.ones((2, 3)))),
                       ("np.linalg.det(a)", "np.linalg.det($a)", dict(a=np.ones(3))),
                       ("np.linalg.solve(a, b)", "np.linalg.solve($a, $b)", dict(a=np.eye(2), b=np.ones(3))),
                       ("np.linalg.cholesky(a)", "np.linalg.cholesky($a)", dict(a=-np.eye(2))),
                       ("np.linalg.eigh(a, UPLO='X')[0]", 'np.linalg.eigh($a, "X").eigenvalues()', dict(a=np.eye(2))),
                       ("np.linalg.qr(a, mode='x')", 'np.linalg.qr($a, "x")', dict(a=np.eye(2))),
                       ("np.linalg.matrix_power(a, 2)", "np.linalg.matrix_power($a, 2)", dict(a=np.ones((2, 3)))),
                       ("np.linalg.multi_dot([a, b, a])", "np.linalg.multi_dot($a, $b, $a)", dict(a=np.ones((2, 3)), b=np.ones((3, 2)))),
                       ("np.linalg.multi_dot([a])", "np.linalg.multi_dot($a)", dict(a=np.ones((2, 3)))),
                       ("np.linalg.tensorsolve(a, b)", "np.linalg.tensorsolve($a, $b)", dict(a=np.eye(6).reshape(6, 2, 3), b=np.arange(6.0))),
                       ("np.linalg.norm(a, 'fro')", 'np.linalg.norm($a, "fro")', dict(a=np.ones(3))),
                       ("np.linalg.norm(a, 3)", "np.linalg.norm($a, 3)", dict(a=np.ones((2, 2)))),
                       ("np.linalg.svd(a)[1]", "np.linalg.svd($a).S()", dict(a=np.ones(3)))]:
        case("linalg", py, jv, **kw)


UNARY = ["exp", "log", "sqrt", "abs", "sign", "floor", "ceil", "round", "tanh", "sin", "cos", "log1p", "expm1",
         "square", "exp2", "log2", "log10", "negative", "isnan", "isinf", "isfinite", "logical_not"]
UMETHODS = {"exp": "exp", "log": "log", "sqrt": "sqrt", "abs": "abs", "sign": "sign", "floor": "floor", "ceil": "ceil",
            "tanh": "tanh", "square": "square", "negative": "neg"}


def ufuncs(d):
    for _ in range(300):
        op = d.r.choice(UNARY)
        a = d.array(d.shape(0, 4), special=0.5)
        if op in UMETHODS and d.r.random() < 0.4:
            case("ufuncs", f"np.{op}(a)", f"$a.{UMETHODS[op]}()", a=a)
        else:
            case("ufuncs", f"np.{op}(a)", f"np.{op}($a)", a=a)
    for _ in range(40):
        a = d.array(d.shape(1, 3), d.r.choice(["float64", "int64"]), special=0.3)
        dec = d.r.randint(-2, 3)
        case("ufuncs", "np.round(a, k)", "np.round($a, $k)", a=a, k=dec)
        lo, hi = d.scalar(str(a.dtype)), d.scalar(str(a.dtype))
        case("ufuncs", "np.clip(a, lo, hi)", "np.clip($a, $lo, $hi)", a=a, lo=lo, hi=hi)
        b = a + np.round(d.rs.randn(*a.shape) * 1e-6, 9) if d.r.random() < 0.5 else d.array(a.shape, "float64", special=0.3)
        case("ufuncs", "np.isclose(a, b)", "np.isclose($a, $b)", a=a, b=b)
        case("ufuncs", "np.allclose(a, b)", "np.allclose($a, $b)", a=a, b=b)
        case("ufuncs", "np.array_equal(a, b)", "np.array_equal($a, $b)", a=a, b=b)


def indexing(d):
    for _ in range(120):
        a = d.array(d.shape(1, 4, empty=0))
        n = a.shape[0]
        idx = np.asarray(d.rs.randint(-n - (d.r.random() < 0.1), n + (d.r.random() < 0.1), size=d.shape(1, 3, empty=0.1)), dtype=np.int64)
        case("indexing", "a[i]", "$a.get($i)", a=a, i=idx)
        m = np.asarray(d.rs.rand(*a.shape[:d.r.randint(1, a.ndim)]) > 0.5)
        case("indexing", "a[m]", "$a.get($m)", a=a, m=m)
        v = d.scalar(str(a.dtype))
        case("indexing", "setitem(a.copy(), m, v)", "$a.set($m, $v)", a=a, m=m, v=v)
        k = int(m.sum())
        vals = d.array((k + (d.r.random() < 0.2),), str(a.dtype))
        if a.ndim == m.ndim:
            case("indexing", "setitem(a.copy(), m, w)", "$a.set($m, $w)", a=a, m=m, w=vals)
        case("indexing", "np.nonzero(a)", "np.nonzero($a)", a=a)
        case("indexing", "np.argwhere(a)", "np.argwhere($a)", a=a)
        case("indexing", "np.where(a)", "np.where($a)", a=a)
        if a.ndim == 2:
            r = np.asarray(d.rs.randint(0, a.shape[0], 3), dtype=np.int64)
            c = np.asarray(d.rs.randint(0, a.shape[1] + (d.r.random() < 0.1), 3), dtype=np.int64)
            case("indexing", "a[r, c]", "$a.take($r, $c)", a=a, r=r, c=c)
            case("indexing", "a[[r[0], r[-1]]]", f'$a.get("[{r[0]}, {r[-1]}]")', a=a, r=r)
            case("indexing", f"a[{r[0]}, 1:]", f'$a.get("{r[0]}, 1:")', a=a)
    for _ in range(40):
        s = np.sort(d.array((d.r.randint(0, 6),), d.r.choice(["float64", "int64"])))
        v = d.array(d.shape(0, 3), "float64", special=0.2)
        side = d.r.choice(["left", "right"])
        case("indexing", f"np.searchsorted(s, v, side='{side}')", f'np.searchsorted($s, $v, "{side}")', s=s, v=v)
        right = d.r.random() < 0.5
        case("indexing", f"np.digitize(v, s, right={right})", f"np.digitize($v, $s, {java(right)})", s=s, v=v)
    for _ in range(30):
        a = d.array(d.shape(1, 4, empty=0))
        ix = tuple(d.r.randint(-a.shape[i] - (d.r.random() < 0.1), a.shape[i] - 1) for i in range(d.r.randint(1, a.ndim)))
        case("indexing", "a[t]", "$a.at($t)", a=a, t=ix)
        full = tuple(d.r.randint(-s, s - 1) for s in a.shape)
        case("indexing", "a[t].item()", "$a.get($t)", a=a, t=full)


def joins(d):
    for _ in range(140):
        base = d.shape(1, 4)
        ax = d.axis(len(base), none=False, bad=0.05)
        parts = []
        for _ in range(d.r.randint(1, 3)):
            s = list(base)
            if -len(base) <= ax < len(base):
                s[ax] = d.r.randint(0, 3)
            if d.r.random() < 0.06:
                s = s[:-1] or [2, 2]
            parts.append(d.array(tuple(s)))
        op = d.r.choice(["concatenate", "stack", "vstack", "hstack"])
        if op == "stack":
            parts = [d.array(base, str(p.dtype)) for p in parts]
            case("joins", "np.stack(l, axis=ax)", "np.stack($l, $ax)", l=parts, ax=d.r.randint(-len(base) - 2, len(base) + 1))
        elif op == "concatenate":
            case("joins", "np.concatenate(l, axis=ax)", "np.concatenate($l, $ax)", l=parts, ax=ax)
        else:
            case("joins", f"np.{op}(l)", f"np.{op}($l)", l=parts)
    for _ in range(50):
        a = d.array(d.shape(1, 3))
        ax = d.axis(a.ndim, none=False)
        if d.r.random() < 0.5:
            case("joins", "np.split(a, n, axis=ax)", "np.split($a, $n, $ax)", a=a, n=d.r.randint(1, 4), ax=ax)
        else:
            case("joins", "np.split(a, list(t), axis=ax)", "np.split($a, $t, $ax)", a=a,
                 t=tuple(sorted(d.r.randint(-2, 5) for _ in range(d.r.randint(1, 3)))), ax=ax)


def statistics(d):
    for _ in range(50):
        a = d.array(d.shape(1, 4, empty=0.05), d.r.choice(["float64", "int64"]), special=0.2)
        ax = d.axis(a.ndim, none=False)
        keep = d.r.random() < 0.3
        q = d.r.choice([0.0, 0.25, 0.5, 0.9, 1.0, 1.2])
        if d.r.random() < 0.5:
            case("statistics", f"np.quantile(a, q, axis=ax, keepdims={keep})", f"np.quantile($a, $q, $ax, {java(keep)})", a=a, q=q, ax=ax)
        else:
            case("statistics", f"np.percentile(a, q * 100, axis=ax, keepdims={keep})", f"np.percentile($a, $q * 100, $ax, {java(keep)})", a=a, q=q, ax=ax)
        case("statistics", "np.quantile(a, qs)", "np.quantile($a, $qs)", a=a, qs=np.array([0.1, 0.5, 0.75]))
        case("statistics", f"np.median(a, axis=ax, keepdims={keep})", f"np.median($a, $ax, {java(keep)})", a=a, ax=ax)
    for _ in range(40):
        m = d.array((d.r.randint(1, 4), d.r.randint(1, 6)), "float64")
        case("statistics", "np.cov(m)", "np.cov($m)", m=m)
        case("statistics", "np.cov(m, rowvar=False, bias=True)", "np.cov($m, false, true)", m=m)
        case("statistics", "np.corrcoef(m)", "np.corrcoef($m)", m=m)
        x = d.array((d.r.randint(0, 12),), "float64", special=0.1)
        bins = d.r.randint(1, 6)
        case("statistics", "np.histogram(x, bins)", "np.histogram($x, $bins)", x=x, bins=bins)
        case("statistics", "np.histogram(x, bins, range=(-2.0, 2.0), density=True)",
             "np.histogram($x, $bins, new double[] {-2.0, 2.0}, true)", x=x, bins=bins)
        ints = np.asarray(d.rs.randint(-1 if d.r.random() < 0.1 else 0, 6, size=d.r.randint(0, 8)), dtype=np.int64)
        case("statistics", "np.bincount(i)", "np.bincount($i)", i=ints)
        case("statistics", "np.bincount(i, minlength=7)", "np.bincount($i, null, 7)", i=ints)
        a = d.array(d.shape(1, 3), "float64")
        ax = d.axis(a.ndim, none=False)
        w = np.abs(d.array(a.shape[ax:ax + 1] if -a.ndim <= ax < a.ndim else (2,), "float64"))
        case("statistics", "np.average(a, axis=ax, weights=w)", "np.average($a, $ax, $w)", a=a, ax=ax, w=w)
        case("statistics", "np.average(a)", "np.average($a)", a=a)
        case("statistics", "np.diff(a, n, axis=ax)", "np.diff($a, $n, $ax)", a=a, n=d.r.randint(0, 3), ax=ax)
        case("statistics", "np.unique(a)", "np.unique($a)", a=d.array(d.shape(0, 3), special=0.3))
        case("statistics", "np.sort(a, axis=ax)", "np.sort($a, $ax)", a=a, ax=ax)
        case("statistics", "np.argsort(a, axis=ax, kind='stable')", "np.argsort($a, $ax)", a=d.array(a.shape, "int64"), ax=ax)
        case("statistics", "np.ptp(a, axis=ax)", "np.ptp($a, $ax, false)", a=a, ax=ax)
        case("statistics", "np.cumsum(a, axis=ax)", "np.cumsum($a, $ax)", a=a, ax=ax)


def einsum(d):
    letters = "ijkl"
    for _ in range(150):
        na, nb = d.r.randint(0, 3), d.r.randint(0, 3)
        sa = "".join(d.r.sample(letters, na))
        sb = "".join(d.r.choice(letters) for _ in range(nb))
        if len(set(sb)) < len(sb) and d.r.random() < 0.7:
            sb = "".join(dict.fromkeys(sb))
        dims = {c: d.r.randint(1, 3) for c in letters}
        used = sorted(set(sa + sb))
        out = "".join(c for c in used if (sa + sb).count(c) == 1)
        if d.r.random() < 0.3:
            out = "".join(d.r.sample(used, d.r.randint(0, len(used))))
        spec = f"{sa},{sb}->{out}" if d.r.random() < 0.8 else f"{sa},{sb}"
        a = d.array(tuple(dims[c] for c in sa), d.r.choice(["float64", "int64"]))
        b = d.array(tuple(dims[c] + (d.r.random() < 0.05) for c in sb), d.r.choice(["float64", "int64"]))
        case("einsum", f"np.einsum('{spec}', a, b)", f'np.einsum("{spec}", $a, $b)', a=a, b=b)
    for spec, shapes in [("ii", [(3, 3)]), ("ii->i", [(3, 3)]), ("ij->ji", [(2, 3)]), ("...j,j->...", [(2, 3), (3,)]),
                         ("i,i", [(3,)]), ("ij,jk,kl->il", [(2, 3), (3, 2), (2, 2)]), ("ij", [(2, 3), (3,)]),
                         ("bij,bjk->bik", [(2, 2, 3), (2, 3, 2)]), ("i->", [(4,)]), ("ij->k", [(2, 2)])]:
        ops = [d.array(s, "float64") for s in shapes]
        env = {f"o{i}": o for i, o in enumerate(ops)}
        names = ", ".join(f"o{i}" for i in range(len(ops)))
        case("einsum", f"np.einsum('{spec}', {names})", f'np.einsum("{spec}", {", ".join("$o" + str(i) for i in range(len(ops)))})', **env)
    for _ in range(40):
        a, b = d.array(d.shape(1, 3), "float64"), d.array(d.shape(1, 3), "float64")
        case("einsum", "np.dot(a, b)", "np.dot($a, $b)", a=a, b=b)
        case("einsum", "np.matmul(a, b)", "$a.matmul($b)", a=a, b=b)
        case("einsum", "np.outer(a, b)", "np.outer($a, $b)", a=a, b=b)
        case("einsum", "np.kron(a, b)", "np.kron($a, $b)", a=a, b=b)
        case("einsum", "np.tensordot(a, b, 1)", "np.tensordot($a, $b, 1)", a=a, b=b)
        c3 = d.array((d.r.choice([2, 3]),) * d.r.randint(1, 2), "float64")
        case("einsum", "np.cross(a, b)", "np.cross($a, $b)", a=c3, b=d.array((d.r.choice([2, 3]),), "float64"))
        case("einsum", "np.trace(a)", "np.trace($a)", a=d.array(d.shape(2, 3), "float64"))


def bad_arguments(d):
    a = np.arange(6.0).reshape(2, 3)
    i = np.arange(4)
    rows = [
        ("np.sum(a, axis=2)", "np.sum($a, 2)"), ("np.sum(a, axis=-3)", "np.sum($a, -3)"),
        ("np.mean(a, axis=(0, 0))", "np.mean($a, new int[] {0, 0})"), ("np.argmax(a, axis=5)", "np.argmax($a, 5)"),
        ("np.max(np.zeros((0, 3)))", "np.max(np.zeros(0, 3))"), "np.argmin(np.zeros(0))",
        ("a.reshape(4, 2)", "$a.reshape(4, 2)"), ("a.reshape(-1, -1)", "$a.reshape(-1, -1)"),
        ("a.reshape(-2, 3)", "$a.reshape(-2, 3)"), ("np.transpose(a, (0, 0))", "$a.transpose(0, 0)"),
        ("np.transpose(a, (0,))", "$a.transpose(0)"), ("np.squeeze(a, axis=0)", "np.squeeze($a, 0)"),
        ("np.expand_dims(a, 3)", "np.expand_dims($a, 3)"), ("np.swapaxes(a, 0, 2)", "$a.swapaxes(0, 2)"),
        ("np.add(a, i)", "np.add($a, $i)"), ("a @ i", "$a.matmul($i)"), ("np.dot(a, a)", "np.dot($a, $a)"),
        ("np.concatenate([a, i])", "np.concatenate(new Tensor[] {$a, $i})"),
        ("np.concatenate([a, a], axis=2)", "np.concatenate(new Tensor[] {$a, $a}, 2)"),
        ("np.stack([a, i])", "np.stack(new Tensor[] {$a, $i})"), ("np.concatenate([])", "np.concatenate(new Tensor[0])"),
        ("np.split(i, 3)", "np.split($i, 3)"), ("np.split(i, 0)", "np.split($i, 0)"),
        ("a[2]", '$a.get("2")'), ("a[0, 0, 0]", '$a.get("0, 0, 0")'), ("a[:, 3]", '$a.get(":, 3")'),
        ("a[i]", "$a.get($i)"), ("a[np.array([True, False, True])]", "$a.get(D.b(\"3\", \"1 0 1\"))"),
        ("np.broadcast_to(a, (3,))", "np.broadcast_to($a, 3)"), ("np.broadcast_to(a, (4, 3))", "np.broadcast_to($a, 4, 3)"),
        ("np.tile(a, (-1,))", "np.tile($a, -1)"), ("np.repeat(a, -1)", "$a.repeat(-1)"),
        ("np.repeat(a, [1, 2], axis=1)", "np.repeat($a, new int[] {1, 2}, 1)"),
        ("np.zeros((-1,))", "np.zeros(-1)"), ("np.ones((2, -3))", "np.ones(2, -3)"), "np.eye(-1)",
        "np.arange(0, 5, 0)", "np.linspace(0, 1, -1)",
        ("np.einsum('ij,jk->ik', a, a)", 'np.einsum("ij,jk->ik", $a, $a)'), ("np.einsum('ij->k', a)", 'np.einsum("ij->k", $a)'),
        ("np.einsum('ij,jk', a)", 'np.einsum("ij,jk", $a)'), ("np.einsum('i', a)", 'np.einsum("i", $a)'),
        ("np.quantile(a, 1.5)", "np.quantile($a, 1.5)"), ("np.percentile(a, -5)", "np.percentile($a, -5)"),
        ("np.percentile(np.zeros((0, 3)), 50, axis=0)", "np.percentile(np.zeros(0, 3), 50, 0)"),
        ("np.diff(a, -1)", "np.diff($a, -1)"), ("np.bincount(np.array([-1, 2]))", "np.bincount(np.array(-1, 2))"),
        ("np.histogram(i, 0)", "np.histogram($i, 0)"), ("np.pad(a, 1, mode='bogus')", 'np.pad($a, 1, "bogus")'),
        ("np.pad(a, (-1, 1))", 'np.pad($a, new int[] {-1, 1}, "constant")'), ("np.roll(a, 1, axis=3)", "np.roll($a, 1, 3)"),
        ("np.flip(a, 2)", "np.flip($a, 2)"), ("np.searchsorted(i, 2, side='middle')", 'np.searchsorted($i, 2, "middle")'),
        ("np.cross(i, i)", "np.cross($i, $i)"), ("np.trace(i)", "np.trace($i)"), ("np.diag(np.zeros((2, 2, 2)))", "np.diag(np.zeros(2, 2, 2))"),
        ("np.cov(np.zeros((2, 2, 2)))", "np.cov(np.zeros(2, 2, 2))"), ("np.average(a, weights=i)", "np.average($a, $i)"),
        ("np.average(a, axis=1, weights=np.zeros(3))", "np.average($a, 1, np.zeros(3))"),
        ("np.power(i, -1)", "np.power($i, -1)"), ("np.tensordot(a, a, 1)", "np.tensordot($a, $a, 1)"),
        ("np.meshgrid(i, i, indexing='xx')", 'np.meshgrid(new Object[] {$i, $i}, "xx")'),
        ("np.round(a, 400)", "np.round($a, 400)"), ("np.clip(a, a, i)", "np.clip($a, $a, $i)"),
        ("np.where(a > 1, a, i)", "np.where($a.gt(1), $a, $i)"),
        ("np.nanargmax(np.array([np.nan, np.nan]))", "np.nanargmax(np.array(Double.NaN, Double.NaN))"),
        "np.nanmax(np.zeros(0))", ("np.kron(a, np.zeros((0,)))", "np.kron($a, np.zeros(0))"),
        ("np.std(a, ddof=7)", "np.std($a, null, 7, false)"), ("np.var(a, axis=1, ddof=3)", "np.var($a, new int[] {1}, 3, false)"),
        ("np.count_nonzero(a, axis=2)", "np.count_nonzero($a, 2, false)"), ("np.cumsum(a, axis=2)", "np.cumsum($a, 2)"),
        ("np.sort(a, axis=2)", "np.sort($a, 2)"), ("np.argsort(a, axis=-3)", "np.argsort($a, -3)"),
        ("np.median(a, axis=2)", "np.median($a, 2)"), "np.ptp(np.zeros(0))",
        "np.unique(np.zeros(0))", ("np.array_equal(a, i)", "np.array_equal($a, $i)"),
        ("np.allclose(a, i)", "np.allclose($a, $i)"), ("np.isclose(a, i)", "np.isclose($a, $i)"),
        ("np.moveaxis(a, 0, 2)", "np.moveaxis($a, 0, 2)"), ("np.vstack([])", "np.vstack(new Tensor[0])"),
        "np.identity(-2)", ("np.full((2,), 1.0)[5]", 'np.full(new int[] {2}, 1.0).get("5")'),
    ]
    cases("bad arguments", rows, a=a, i=i)
    for _ in range(60):
        x = d.array(d.shape(1, 4))
        ax = d.r.choice([x.ndim, -x.ndim - 1, x.ndim + 2])
        op = d.r.choice(["sum", "mean", "max", "min", "prod", "argmax", "cumsum", "sort", "median", "nansum", "var"])
        jv = {"var": "np.var($x, new int[] {$ax}, 0, false)", "nansum": "np.nansum($x, $ax, false)"}.get(op, f"np.{op}($x, $ax)")
        case("bad arguments", f"np.{op}(x, axis=ax)", jv, x=x, ax=ax)


def stacks_and_interop(d):
    """Round two: stacked linalg, Java arrays where numpy takes lists, wrong-typed arguments, slice steps of 0."""
    for _ in range(30):
        b, n = d.r.randint(1, 3), d.r.randint(1, 3)
        a = np.round(d.rs.randn(b, n, n) * 2, 2)
        s = a + np.swapaxes(a, -1, -2)
        rhs = np.round(d.rs.randn(b, n, d.r.randint(1, 2)), 2)
        cases("linalg", [("np.linalg.det(a)", "np.linalg.det($a)"), ("np.linalg.inv(a)", "np.linalg.inv($a)"),
                         ("np.linalg.solve(a, r)", "np.linalg.solve($a, $r)"), ("np.linalg.eigvalsh(s)", "np.linalg.eigvalsh($s)"),
                         ("np.linalg.slogdet(a)[1]", "np.linalg.slogdet($a).logabsdet()"), ("np.linalg.svd(a)[1]", "np.linalg.svd($a).S()"),
                         ("np.linalg.matrix_power(a, 2)", "np.linalg.matrix_power($a, 2)"), ("a @ r", "$a.matmul($r)")],
              a=a, s=s, r=rhs)
    for _ in range(60):
        rows, cols = d.r.randint(1, 3), d.r.randint(1, 4)
        m = np.round(d.rs.randn(rows, cols) * 3, 1)
        lit = "new double[][] {" + ", ".join("{" + ", ".join(jdouble(v) for v in r) + "}" for r in m) + "}"
        v = np.round(d.rs.randn(cols) * 3, 1)
        vlit = "new double[] {" + ", ".join(jdouble(x) for x in v) + "}"
        ilit = "new int[] {" + ", ".join(str(int(x)) for x in np.round(v)) + "}"
        case("broadcasting", "np.add(m, v)", f"np.add({lit}, {vlit})", m=m, v=v)
        case("broadcasting", "np.array(m) * v.round().astype(np.int64)", f"np.array({lit}).mul({ilit})", m=m, v=v)
        case("reductions", "np.sum(m, axis=0)", f"np.sum({lit}, 0)", m=m)
        case("einsum", "np.dot(m, v)", f"np.dot({lit}, {vlit})", m=m, v=v)
        case("linalg", "np.linalg.norm(v)", f"np.linalg.norm({vlit})", v=v)
        case("statistics", "np.mean(m, axis=1)", f"np.mean({lit}, 1)", m=m)
        case("ufuncs", "np.exp(v)", f"np.exp({vlit})", v=v)
        case("ufuncs", "np.abs(np.round(v).astype(np.int64))", f"np.abs({ilit})", v=v)
    a = np.arange(6.0).reshape(2, 3)
    rows = [("a[::0]", '$a.get("::0")'), ("a[1:2:0]", '$a.get("1:2:0")'), ("a[:, ::0]", '$a.get(":, ::0")'),
            ("a[..., ...]", '$a.get("..., ...")'), ("a[0, ..., 1]", '$a.get("0, ..., 1")'),
            ("a[None, ..., None]", '$a.get("None, ..., None")'), ("a[-3]", '$a.get("-3")'),
            ("a[[0, 1], [2, 0]]", '$a.get("[0, 1], [2, 0]")'), ("a[[0, 0, 1]]", '$a.get("[0, 0, 1]")'),
            ("a[[0, 2]]", '$a.get("[0, 2]")'), ("a[:, [0, 2]]", '$a.get(":, [0, 2]")'),
            ("a[[-1]]", '$a.get("[-1]")'), ("a[np.array([1.5])]", '$a.get(D.f("1", "1.5"))'),
            ("a[np.array([True, False, True, True])]", '$a.get(D.b("4", "1 0 1 1"))'),
            ("np.random.seed(-1)", "{ np.random.seed(-1); return null; }"),
            ("np.linalg.solve(np.ones((2, 3, 3)), np.ones((2, 3)))", "np.linalg.solve(np.ones(2, 3, 3), np.ones(2, 3))"),
            ("np.linalg.inv(np.ones((2, 2, 2)))", "np.linalg.inv(np.ones(2, 2, 2))"),
            ("np.linalg.det(np.ones((2, 3, 3)))", "np.linalg.det(np.ones(2, 3, 3))"),
            ("np.arange(5.0)[np.array([True, False])]", 'np.arange(5.0).get(D.b("2", "1 0"))'),
            ("np.sort(np.array([3.0, np.nan, -1.0, np.nan, 0.0]))", "np.sort(np.array(3.0, Double.NaN, -1.0, Double.NaN, 0.0))"),
            ("np.argsort(np.array([3.0, np.nan, -1.0, 3.0, 0.0]), kind='stable')", "np.argsort(np.array(3.0, Double.NaN, -1.0, 3.0, 0.0))"),
            ("np.unique(np.array([[2.0, np.nan], [np.nan, 2.0]]))", 'np.unique(D.f("2,2", "2 nan nan 2"))'),
            ("np.mean(np.zeros((0, 2)), axis=0)", "np.mean(np.zeros(0, 2), 0)"),
            "np.mean(np.zeros(0))", ("np.var(np.ones(2), ddof=3)", "np.var(np.ones(2), null, 3, false)"),
            ("np.prod(np.zeros((2, 0)), axis=1)", "np.prod(np.zeros(2, 0), 1)"),
            ("np.argmax(np.zeros((2, 0)), axis=0)", "np.argmax(np.zeros(2, 0), 0)"),
            ("np.argmax(np.zeros((2, 0)), axis=1)", "np.argmax(np.zeros(2, 0), 1)"),
            ("np.max(np.zeros((2, 0)), axis=0)", "np.max(np.zeros(2, 0), 0)"),
            ("np.max(np.zeros((2, 0)), axis=1)", "np.max(np.zeros(2, 0), 1)"),
            "np.linspace(0, 1, 5)", "np.linspace(2, -1, 1)",
            "np.logspace(0, 2, 3)", "np.arange(1.0, 2.0, 0.3)",
            "np.arange(5, 1, -2)", "np.arange(-3)",
            "np.eye(3, 2, 5)", "np.diag(np.arange(3), 1)",
            "np.diag(np.arange(9).reshape(3, 3), -1)",
            ("np.tri(3)", "np.tril(np.ones(3, 3))"), ("np.full((2,), np.inf)", "np.full(new int[] {2}, Double.POSITIVE_INFINITY)"),
            "np.power(np.arange(4), 2)", "np.power(2, np.arange(-2, 2))",
            "np.power(np.arange(4), 0.5)", ("np.power(-8.0, 1 / 3)", "np.power(-8.0, 1.0 / 3)"),
            "np.floor_divide(np.arange(-3, 3), 0)",
            "np.mod(np.arange(-3, 3), 0)", "np.mod(-7.5, 2)",
            ("np.mod(np.array([5.0, -5.0]), -3)", "np.mod(np.array(5.0, -5.0), -3)"),
            ("np.floor_divide(np.array([7.0, -7.0, np.inf]), 2)", "np.floor_divide(np.array(7.0, -7.0, Double.POSITIVE_INFINITY), 2)"),
            "np.divide(np.arange(3), 0)", ("np.sign(np.array([-0.0, np.nan]))", "np.sign(np.array(-0.0, Double.NaN))"),
            ("np.round(np.array([0.5, 1.5, 2.5, -0.5]))", "np.round(np.array(0.5, 1.5, 2.5, -0.5))"),
            ("np.round(np.array([2.675, 1.005]), 2)", "np.round(np.array(2.675, 1.005), 2)"),
            "np.clip(np.arange(5), 3, 1)",
            ("np.logaddexp(np.array([-np.inf, 0.0]), -np.inf)", "np.logaddexp(np.array(Double.NEGATIVE_INFINITY, 0.0), Double.NEGATIVE_INFINITY)"),
            ("np.histogram(np.array([1.0, 1.0]), 3)", "np.histogram(np.array(1.0, 1.0), 3)"),
            ("np.histogram(np.array([]), 2)", "np.histogram(np.zeros(0), 2)"),
            ("np.histogram(np.array([0.0, np.inf]), 2)", "np.histogram(np.array(0.0, Double.POSITIVE_INFINITY), 2)"),
            ("np.bincount(np.array([], dtype=np.int64))", "np.bincount(D.i(\"0\", \"\"))"),
            ("np.digitize(np.array([1.0, 2.0]), np.array([3.0, 2.0, 1.0]))", "np.digitize(np.array(1.0, 2.0), np.array(3.0, 2.0, 1.0))"),
            ("np.searchsorted(np.array([1, 2, 2, 3]), np.array([2, 0, 9]), side='right')", 'np.searchsorted(np.array(1, 2, 2, 3), np.array(2, 0, 9), "right")'),
            ("np.cumprod(np.array([True, True, False]))", "np.cumprod(np.array(new boolean[] {true, true, false}))"),
            ("np.sum(np.array([True, True, False]))", "np.sum(np.array(new boolean[] {true, true, false}))"),
            ("np.mean(np.array([True, False]))", "np.mean(np.array(new boolean[] {true, false}))"),
            ("np.concatenate([np.array([1, 2]), np.array([True])])", "np.concatenate(new Tensor[] {np.array(1, 2), np.array(new boolean[] {true})})"),
            ("np.stack([np.zeros(2), np.zeros(3)])", "np.stack(new Tensor[] {np.zeros(2), np.zeros(3)})"),
            ("np.einsum('ii->i', np.ones((2, 3)))", 'np.einsum("ii->i", np.ones(2, 3))'),
            ("np.einsum('i,i->', np.ones(2), np.ones(3))", 'np.einsum("i,i->", np.ones(2), np.ones(3))'),
            ("np.einsum('ij,jk->ikk', np.ones((2, 2)), np.ones((2, 2)))", 'np.einsum("ij,jk->ikk", np.ones(2, 2), np.ones(2, 2))'),
            ("np.einsum('...ij->...ji', np.ones((2, 3, 4)))", 'np.einsum("...ij->...ji", np.ones(2, 3, 4))'),
            ("np.einsum('i->', np.ones(3), np.ones(3))", 'np.einsum("i->", np.ones(3), np.ones(3))'),
            ("np.einsum('ii', np.ones((2, 3)))", 'np.einsum("ii", np.ones(2, 3))'),
            ("np.einsum('ii->', np.ones((2, 3)))", 'np.einsum("ii->", np.ones(2, 3))'),
            ("np.einsum('ii,i->i', np.ones((2, 3)), np.ones(2))", 'np.einsum("ii,i->i", np.ones(2, 3), np.ones(2))'),
            ("np.einsum('i,jj->i', np.ones(2), np.ones((2, 3)))", 'np.einsum("i,jj->i", np.ones(2), np.ones(2, 3))')]
    cases("bad arguments", rows, a=a)


def more_random(d):
    """Round two of np.random: array parameters, choice with p, permutations of arrays, Generator.choice with p."""
    for _ in range(30):
        s = d.r.randint(0, 2**31)
        x = np.round(d.rs.randn(d.r.randint(1, 5)), 2)
        p = np.round(d.rs.dirichlet(np.ones(4)), 3)
        p[-1] = 1 - p[:-1].sum()
        n = d.r.randint(1, 6)
        seeded([("np.random.permutation(x)", "np.random.permutation($x)"), ("np.random.random(n)", "np.random.random($n)"),
                ("np.random.choice(4, n, p=p)", "np.random.choice(4, $n, true, $p)"),
                ("np.random.choice(x, n)", "np.random.choice($x, $n)"),
                ("np.random.uniform(0, 1, n)", "np.random.uniform(0, 1, $n)"),
                ("np.random.poisson(np.abs(x) * 4, size=(3, x.size))", "np.random.poisson($x.abs().mul(4), 3, $x.size())"),
                ("np.random.binomial(n, 0.25, size=n)", "np.random.binomial($n, 0.25, $n)"),
                ("np.random.standard_gamma(0.7, size=n)", "np.random.standard_gamma(0.7, $n)"),
                ("np.random.exponential(np.abs(x))", "np.random.exponential($x.abs())")], s=s, x=x, p=p, n=n)
        generated([("choice(4, n, p=p)", "choice(4, new int[] {$n}, true, $p)"), ("choice(x, n, replace=False)", "choice($x, $n, false)"),
                   ("permutation(x)", "permutation($x)"), "integers(5)", "random()",
                   ("integers(-3, 3, size=(2, n))", "integers(-3, 3, 2, $n)")], s=s, x=x, p=p, n=n)


def round_three(d):
    """Round three: products over random shapes (matmul, dot, tensordot), norms along axes, quantiles of arrays along
    axes, where with scalars, meshgrid, outer and tile of n-d arrays, nan in sorts and arg-reductions."""
    for _ in range(80):
        s1, s2 = d.shape(1, 4), d.shape(1, 4)
        if d.r.random() < 0.7 and s1 and s2:  # mostly compatible inner dimensions
            s2 = s2[:-2] + (s1[-1],) + s2[-1:] if len(s2) >= 2 else (s1[-1],)
        a, b = d.array(s1, d.r.choice(["float64", "int64"])), d.array(s2, d.r.choice(["float64", "int64", "bool"]))
        case("einsum", "np.matmul(a, b)", "np.matmul($a, $b)", a=a, b=b)
        case("einsum", "np.dot(a, b)", "np.dot($a, $b)", a=a, b=b)
        if a.ndim and b.ndim:
            case("einsum", "np.tensordot(a, b, axes=([a.ndim - 1], [0]))", "np.tensordot($a, $b, new int[][] {{-1}, {0}})", a=a, b=b)
    for _ in range(40):
        a = d.array(d.shape(1, 4, empty=0), "float64", special=0.1)
        ax = d.axis(a.ndim, none=False)
        o = d.r.choice([None, 1, 2, np.inf, -np.inf, 0])
        jo = {None: "null", np.inf: "Double.POSITIVE_INFINITY", -np.inf: "Double.NEGATIVE_INFINITY"}.get(o, str(o))
        keep = d.r.random() < 0.3
        case("linalg", f"np.linalg.norm(a, {o!r}, axis=ax, keepdims={keep})".replace("inf", "np.inf"),
             f"np.linalg.norm($a, {jo}, $ax, {java(keep)})", a=a, ax=ax)
        q = np.round(d.rs.rand(d.r.randint(1, 3)), 2)
        case("statistics", f"np.quantile(a, q, axis=ax, keepdims={keep})", f"np.quantile($a, $q, $ax, {java(keep)})", a=a, q=q, ax=ax)
        case("statistics", "np.percentile(a, q * 100 + 50)", "np.percentile($a, $q.mul(100).add(50))", a=a, q=q)
        case("reductions", "np.nanmedian(a, axis=ax)", "np.nanmedian($a, $ax, false)", a=a, ax=ax)
        case("reductions", "np.argmax(a, axis=ax)", "np.argmax($a, $ax)", a=a, ax=ax)
        case("reductions", f"a.var(axis=ax, keepdims={keep})", f"$a.var($ax, {java(keep)})", a=a, ax=ax)
        case("reductions", f"a.std(axis=ax, keepdims={keep})", f"$a.std($ax, {java(keep)})", a=a, ax=ax)
        case("statistics", "np.sort(a, axis=ax)", "$a.sort($ax)", a=a, ax=ax)
        case("statistics", "np.argsort(a, axis=ax, kind='stable')", "$a.argsort($ax)", a=a, ax=ax)
        c = d.array(a.shape, "bool")
        case("broadcasting", "np.where(c, a, 0.5)", "np.where($c, $a, 0.5)", c=c, a=a)
        case("broadcasting", "np.where(c, 1, -1)", "np.where($c, 1, -1)", c=c)
        case("broadcasting", "np.where(c, 1, 2.5)", "np.where($c, 1, 2.5)", c=c)
        v, w = d.array(d.shape(1, 3), "int64"), d.array(d.shape(1, 3), "float64")
        case("einsum", "np.outer(v, w)", "np.outer($v, $w)", v=v, w=w)
        case("shapes", "np.tile(v, t)", "np.tile($v, $t)", v=v, t=tuple(d.r.randint(1, 3) for _ in range(d.r.randint(1, 4))))
        case("shapes", "np.meshgrid(v.ravel(), w.ravel())", "np.meshgrid($v.flatten(), $w.flatten())", v=v, w=w)
        case("shapes", "np.meshgrid(v.ravel(), w.ravel(), indexing='ij')", 'np.meshgrid(new Object[] {$v.flatten(), $w.flatten()}, "ij")', v=v, w=w)


def assignments(d):
    """Round four: assignments through slice strings, integer arrays and masks, with arrays that broadcast (or not)."""
    for _ in range(120):
        a = d.array(d.shape(1, 4, empty=0), d.r.choice(["float64", "int64", "bool"]))
        spec = ", ".join(slice_part(d.r, a.shape[min(i, a.ndim - 1)]) for i in range(d.r.randint(1, a.ndim)))
        try:
            target = a[eval(f"np.s_[{spec},]")].shape
        except (IndexError, ValueError, TypeError):
            target = (2,)
        vshape = tuple(x if d.r.random() < 0.7 else d.r.choice([1, x + 1]) for x in target[d.r.randint(0, len(target)):])
        v = d.array(vshape, d.r.choice(["float64", "int64", "bool"]))
        case("indexing", f"setitem(a.copy(), np.s_[{spec}], v)", f'$a.set("{spec}", $v)', a=a, v=v)
        n = a.shape[0]
        idx = np.asarray(d.rs.randint(-n, n, size=d.r.randint(1, 3)), dtype=np.int64)
        w = d.array(a.shape[1:] if d.r.random() < 0.6 else (d.r.randint(1, 3),), str(a.dtype))
        case("indexing", "setitem(a.copy(), i, w)", "$a.set($i, $w)", a=a, i=idx, w=w)


def scalar_draws(d):
    """Round five: draws without a size (numpy's Python scalars, here 0-d arrays compared by value), NaN in logic."""
    for _ in range(25):
        s = d.r.randint(0, 2**31)
        seeded(["np.random.rand()", "np.random.randn()", "np.random.randint(3, 9)", "np.random.normal(2.0, 0.5)",
                "np.random.uniform(-1, 1)", "np.random.choice(7)", "np.random.poisson(2.5)", "np.random.binomial(8, 0.4)",
                "np.random.beta(2.0, 3.0)", "np.random.gamma(1.5, 2.0)"], s=s)
        generated(["integers(0, 4)", "uniform(1, 2)", "choice(5)"], s=s)
    for _ in range(40):
        a, b = d.array(d.shape(1, 3), "float64", special=0.8), d.array(d.shape(1, 3), d.dtype(), special=0.8)
        for op in ("logical_and", "logical_or", "logical_xor", "equal", "not_equal", "greater", "less_equal", "maximum", "minimum"):
            case("ufuncs", f"np.{op}(a, b)", f"np.{op}($a, $b)", a=a, b=b)
        case("ufuncs", "np.logical_not(a)", "np.logical_not($a)", a=a)
        case("ufuncs", "np.sign(a)", "np.sign($a)", a=a)


def sweep_gaps(d):
    """Round six, from a differential sweep: array parameters of normal and uniform (legacy and Generator), np.average's
    second positional argument (the axis), array_split, repeat over the flattened array, pad with no mode, eye(n, m),
    arange of two floats, the inverse and hyperbolic trigonometric ufuncs, unique with its counts, the Generator's
    binomial and poisson, linspace without its endpoint, np.pi, np.e, np.inf and np.nan,
    gradient and trapezoid, the nan-reductions' axis without keepdims, the Generator's exponential, gamma and beta,
    integers with its endpoint (and its empty sizes, drawn before any check of the bounds)."""
    for _ in range(12):
        s = d.r.randint(0, 2**31)
        loc, scale = d.array(d.shape(0, 3), "float64"), np.abs(d.array(d.shape(0, 2), "float64"))
        lo = d.array(d.shape(1, 3), "float64")
        hi = lo + np.abs(d.array(lo.shape[d.r.randint(0, lo.ndim):], "float64")) if d.r.random() < 0.8 else d.array((2,), "float64")
        seeded([("np.random.normal(loc, scale)", "np.random.normal($loc, $scale)"),
                ("np.random.normal(loc, 2.0, size=(2,) + np.broadcast(loc, loc).shape)", "np.random.normal($loc, 2.0, $t)"),
                ("np.random.uniform(lo, hi)", "np.random.uniform($lo, $hi)")], s=s, loc=loc, scale=scale, lo=lo, hi=hi,
               t=(2,) + loc.shape)
        generated([("normal(loc, scale)", "normal($loc, $scale)"), ("uniform(lo, hi)", "uniform($lo, $hi)"),
                   ("uniform(lo, 7.5, size=(3,) + lo.shape)", "uniform($lo, 7.5, $t)")], s=s, loc=loc, scale=scale,
                  lo=lo, hi=hi, t=(3,) + lo.shape)
        n, lam = d.r.choice([0, 1, 5, 40, 300]), d.r.choice([0.0, 0.5, 3.0, 12.5, 80.0])
        probs = np.round(d.rs.rand(d.r.randint(1, 4)), 2)
        generated([(f"binomial({n}, 0.35, size=t)", f"binomial({n}, 0.35, $t)"), ("binomial(1, probs)", "binomial(1, $probs)"),
                   (f"binomial({n}, 1 - probs)", f"binomial({n}, $probs.mul(-1).add(1))"),
                   (f"poisson({lam}, size=t)", f"poisson({lam}, $t)"), ("poisson(probs * 30)", "poisson($probs.mul(30))")],
                  s=s, probs=probs, t=d.shape(0, 3))
        generated([("standard_exponential(t)", "standard_exponential($t)"), ("exponential(probs * 3)", "exponential($probs.mul(3))"),
                   ("exponential(2.5, size=t)", "exponential(2.5, $t)"), ("standard_exponential(5000).sum()", "standard_exponential(5000).sum()")],
                  s=s, probs=probs, t=d.shape(0, 3))
        k = d.r.choice([0.3, 1.0, 2.5, 9.0])
        generated([(f"gamma({k}, 2.0, size=t)", f"gamma({k}, 2.0, $t)"), ("standard_gamma(probs * 4)", "standard_gamma($probs.mul(4))"),
                   (f"beta({k}, 0.6, size=t)", f"beta({k}, 0.6, $t)"), ("beta(probs + 0.1, probs + 0.5)", "beta($probs.add(0.1), $probs.add(0.5))"),
                   (f"gamma({k}, 1.0, 5000).sum()", f"gamma({k}, 1.0, 5000).sum()")], s=s, probs=probs, t=d.shape(0, 3))
        lo = d.r.choice([-3, 0, 1, 2**40])
        hi = lo + d.r.choice([-1, 0, 5, 2**33])
        generated([(f"integers({lo}, {hi}, size=t, endpoint=True)", f"integers({lo}L, {hi}L, $t, true)"),
                   (f"integers({lo}, {hi}, size=t)", f"integers({lo}L, {hi}L, $t)")], s=s, t=d.shape(0, 3, empty=0.3))
    cases("random", [("np.random.randint(5, 2, size=(2, -1))", "np.random.randint(5, 2, 2, -1)"), ("np.random.randint(5, 2, size=(0, 3))", "np.random.randint(5, 2, 0, 3)"),
                     ("np.random.default_rng(0).integers(0, -1, size=(2, -1))", "np.random.default_rng(0).integers(0, -1, 2, -1)"),
                     ("np.random.default_rng(0).integers(0, 5, size=(2, -1))", "np.random.default_rng(0).integers(0, 5, 2, -1)")])
    cases("random", [("np.random.normal(np.zeros(2), np.array([1.0, -0.0]))", "np.random.normal(np.zeros(2), np.array(1.0, -0.0))"),
                     ("np.random.uniform(np.zeros(2), np.inf)", "np.random.uniform(np.zeros(2), Double.POSITIVE_INFINITY)"),
                     ("np.random.default_rng(0).uniform(np.array([0.0, 5.0]), 1.0)", "np.random.default_rng(0).uniform(np.array(0.0, 5.0), 1.0)"),
                     ("np.random.default_rng(0).uniform(np.zeros(2), np.array([np.inf, 1.0]))",
                      "np.random.default_rng(0).uniform(np.zeros(2), np.array(Double.POSITIVE_INFINITY, 1.0))"),
                     ("np.random.default_rng(0).normal(0, -0.0)", "np.random.default_rng(0).normal(0, -0.0)"),
                     ("np.random.default_rng(0).normal(np.zeros(2), 1.0, size=3)", "np.random.default_rng(0).normal(np.zeros(2), 1.0, 3)"),
                     "np.random.default_rng(0).binomial(3, 1.5)", "np.random.default_rng(0).binomial(-1, 0.5)",
                     "np.random.default_rng(0).poisson(-1.0)", "np.random.default_rng(0).poisson(1e20)",
                     ("np.random.default_rng(0).poisson(np.array([1.0, -1.0]))", "np.random.default_rng(0).poisson(np.array(1.0, -1.0))")])
    for _ in range(15):
        a = d.array(d.shape(1, 4), d.r.choice(["float64", "int64"]))
        case("statistics", "np.average(a, ax)", "np.average($a, $ax)", a=a, ax=d.axis(a.ndim, none=False))
        ax = d.axis(a.ndim, none=False)
        case("joins", "np.array_split(a, n, axis=ax)", "np.array_split($a, $n, $ax)", a=a, n=d.r.randint(-1, 5), ax=ax)
        case("joins", "np.array_split(a, n)", "np.array_split($a, $n)", a=a, n=d.r.randint(1, 5))
        reps = tuple(d.r.randint(0, 2) for _ in range(a.size + (d.r.random() < 0.2)))
        case("shapes", "np.repeat(a, list(r))", "np.repeat($a, $r)", a=a, r=reps)
        case("shapes", "np.pad(a, w)", "np.pad($a, $w)", a=a, w=(d.r.randint(0, 2), d.r.randint(0, 2)))
        n, m = d.r.randint(0, 4), d.r.randint(0, 4)
        case("shapes", "np.eye(n, m)", "np.eye($n, $m)", n=n, m=m)
        lo = round(d.r.uniform(-4, 4), 1)
        case("shapes", "np.arange(lo, hi)", "np.arange($lo, $hi)", lo=lo, hi=round(lo + d.r.uniform(-1, 6), 1))
    for _ in range(20):
        a = d.array(d.shape(0, 3), special=0.5)
        for op in ("tan", "arcsin", "arccos", "arctan", "sinh", "cosh"):
            case("ufuncs", f"np.{op}(a)", f"np.{op}($a)", a=a if a.dtype != bool else a.astype(np.int64))
        case("statistics", "np.unique(a, return_counts=True)", "np.unique($a, true)", a=d.array(d.shape(0, 3), special=0.3))
    for _ in range(10):
        lo, hi, n, end = round(d.r.uniform(-3, 3), 2), round(d.r.uniform(-3, 3), 2), d.r.randint(-1, 6), d.r.random() < 0.5
        case("shapes", f"np.linspace(lo, hi, n, endpoint={end})", f"np.linspace($lo, $hi, $n, {java(end)})", lo=lo, hi=hi, n=n)
    for _ in range(15):
        a = d.array(d.shape(1, 3), d.r.choice(["float64", "float64", "int64"]), special=0.2)
        dx, ax = d.r.choice([1.0, 0.5, 0.1, 2.0]), d.axis(a.ndim, none=False)
        case("statistics", "np.gradient(a, dx, axis=ax)", "np.gradient($a, $dx, $ax)", a=a, dx=dx, ax=ax)
        v = a.ravel()
        case("statistics", "np.gradient(v, dx)", "np.gradient($v, $dx)", v=v, dx=dx)
        case("statistics", "np.trapezoid(a, dx=dx)", "np.trapezoid($a, $dx)", a=a, dx=dx)
        x = np.sort(d.array(a.shape[-1:], "float64"))
        case("statistics", "np.trapezoid(a, x)", "np.trapezoid($a, $x)", a=a, x=x)
    for _ in range(12):
        a = d.array(d.shape(1, 4), "float64", special=0.5)
        op, ax = d.r.choice(["nansum", "nanprod", "nanmean", "nanmax", "nanmin", "nanvar", "nanstd", "nanmedian"]), d.axis(a.ndim, none=False)
        case("reductions", f"np.{op}(a, ax)", f"np.{op}($a, $ax)", a=a, ax=ax)
    cases("ufuncs", ["np.cos(np.pi)", "np.exp(-np.inf)", ("np.array([np.nan, np.e]) * np.inf", "np.array(np.nan, np.e).mul(np.inf)")])


CATEGORIES = [("broadcasting", broadcasting), ("reductions", reductions), ("slicing", slicing), ("shapes", shapes),
              ("random", random_), ("repr", repr_), ("linalg", linalg), ("ufuncs", ufuncs), ("indexing", indexing),
              ("joins", joins), ("statistics", statistics), ("einsum", einsum), ("bad arguments", bad_arguments)]


def class_name(cat):
    return "".join(w.capitalize() for w in cat.split())


def write_java():
    out = ["package mlmath.np;", "",
           "import mlmath.tensor.Tensor;", "",
           "/**",
           " * GENERATED by lib/src/test/python/gen_numpy_diff_cases.py (numpy 2.4.6) -- do not edit; re-run the script.",
           " * The Java side of numpy_diff.json: case {@code i} of a category is {@code eval(category, i)}.",
           " */",
           "@SuppressWarnings(\"all\")",
           "final class NumpyDiffCases {",
           "    private NumpyDiffCases() {}", "",
           "    private static final Np np = new Np();", "",
           "    /** Case {@code i} of {@code category}, evaluated. */",
           "    static Object eval(String category, int i) {",
           "        return switch (category) {"]
    for cat, _ in CATEGORIES:
        out.append(f'            case "{cat}" -> {class_name(cat)}.eval(i);')
    out += ['            default -> throw new AssertionError("no category " + category);', "        };", "    }", ""]
    for cat, _ in CATEGORIES:
        cases = CASES[cat]
        out.append(f"    private static final class {class_name(cat)} {{")
        chunks = range(0, len(cases), CHUNK)
        out.append("        static Object eval(int i) {")
        out.append("            return switch (i / %d) {" % CHUNK)
        for k in chunks:
            out.append(f"                case {k // CHUNK} -> eval{k // CHUNK}(i);")
        out.append('                default -> throw new AssertionError("no case " + i);')
        out += ["            };", "        }"]
        for k in chunks:
            out.append(f"        private static Object eval{k // CHUNK}(int i) {{")
            out.append("            switch (i) {")
            for j in range(k, min(k + CHUNK, len(cases))):
                jv = cases[j]["java"]
                body = jv if jv.startswith("{") else f"return {jv};"
                out.append(f"                case {j}: {body}")
            out += ['                default: throw new AssertionError("no case " + i);', "            }", "        }"]
        out.append("    }")
    out.append("}")
    JAVA.write_text("\n".join(out) + "\n")


def main():
    for k, (cat, fn) in enumerate(CATEGORIES):
        fn(Draw(1000 + k))
    stacks_and_interop(Draw(2000))
    more_random(Draw(2001))
    round_three(Draw(2002))
    assignments(Draw(2003))
    scalar_draws(Draw(2004))
    sweep_gaps(Draw(2005))
    FIXTURE.write_text(json.dumps({"numpy": np.__version__, "cases": CASES}, separators=(",", ":")))
    write_java()
    for cat, _ in CATEGORIES:
        print(f"{cat:>14}: {len(CASES[cat])} cases, {sum('error' in c for c in CASES[cat])} errors")


if __name__ == "__main__":
    main()

"""Writes the np.linalg fixtures LinalgFixturesTest compares against, from real numpy.

Run with numpy 2.x (the one named in the JSON; generated with numpy 2.4.6, whose wheel bundles OpenBLAS 0.3.31 like
org.bytedeco:openblas 0.3.31-1.5.13):
    python3 lib/src/test/python/gen_linalg_fixtures.py
Output: lib/src/test/resources/fixtures/linalg.json. Every function sees the same ~38 matrices (square, tall, wide,
1x1, empty, rank-deficient, zero, cond ~1e12, 1e+-200 scale, repeated eigenvalues, complex eigenvalues, stacks,
NaN/Inf); each case stores numpy's result or numpy's error message. Floats round-trip exactly (repr); non-finite
values are strings.

OpenBLAS picks its kernels per CPU (OPENBLAS_CORETYPE forces one), and the last digits of a factorisation depend on
them. So the cases are computed once per kernel this CPU can run, each in a child process: the results stored are the
first kernel's (Haswell where the CPU has it), and each case lists the kernels under which numpy gave those digits
(within the test's 1e-10 of the largest entry). LinalgFixturesTest compares digits only under a listed kernel, and
numpy's accuracy (backward errors, conditioning-scaled tolerances) under every kernel.
"""
import ctypes
import glob
import json
import math
import os
import pathlib
import subprocess
import sys
import tempfile

# One OpenBLAS thread, as mlmath's LAPACK calls run: LAPACK's blocked paths then give the same bits in both.
os.environ["OPENBLAS_NUM_THREADS"] = "1"
import numpy as np  # noqa: E402  (after the thread setting, which OpenBLAS reads when it loads)

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "linalg.json"
# The x86-64 kernels worth comparing: OpenBLAS falls back to one the CPU can run when asked for one it cannot, and a
# kernel reached twice is kept once. Elsewhere only the CPU's own kernel is run.
X86_KERNELS = ["Haswell", "SkylakeX", "Cooperlake", "SapphireRapids", "Zen", "Sandybridge", "Nehalem"]


def corename():
    """The kernel numpy's OpenBLAS runs, as openblas_get_corename reports it (mlmath asks its copy the same)."""
    for path in glob.glob(os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs", "*openblas*")):
        lib = ctypes.CDLL(path)
        for symbol in ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename", "openblas_get_corename"):
            if hasattr(lib, symbol):
                f = getattr(lib, symbol)
                f.restype = ctypes.c_char_p
                return f().decode().strip()
    return "unknown"


def enc(a):
    a = np.asarray(a)
    if np.iscomplexobj(a):
        return {"complex": True, "re": enc(a.real), "im": enc(a.imag)}
    dtype = "int64" if a.dtype.kind in "iu" else "float64"
    a = a.astype(float)
    return {"shape": list(a.shape), "dtype": dtype,
            "data": [x if math.isfinite(x) else repr(x) for x in a.ravel().tolist()]}


def inputs():
    r = np.random.RandomState(11)
    def orth(n):
        q, _ = np.linalg.qr(r.randn(n, n))
        return q
    ill = orth(5) @ np.diag(np.logspace(0, -12, 5)) @ orth(5).T
    rank2 = r.randn(5, 2) @ r.randn(2, 5)
    q = orth(4)
    repeated = q @ np.diag([2.0, 2.0, 2.0, -1.0]) @ q.T
    spd = r.randn(5, 5)
    m = {
        "square4": r.randn(4, 4),
        "square5": r.randn(5, 5),
        "square10": r.randn(10, 10),
        "one": np.array([[3.5]]),
        "one_negative": np.array([[-2.0]]),
        "tall6x3": r.randn(6, 3),
        "wide3x6": r.randn(3, 6),
        "tall8x5": r.randn(8, 5),
        "row1x5": r.randn(1, 5),
        "col5x1": r.randn(5, 1),
        "empty0x3": np.zeros((0, 3)),
        "empty3x0": np.zeros((3, 0)),
        "empty0x0": np.zeros((0, 0)),
        "rank_deficient5": rank2,
        "zero3": np.zeros((3, 3)),
        "zero2x4": np.zeros((2, 4)),
        "ill_conditioned": ill,
        "huge": 1e200 * r.randn(4, 4),
        "tiny": 1e-200 * r.randn(4, 4),
        "identity4": np.eye(4),
        "repeated_eigen": (repeated + repeated.T) / 2,
        "symmetric6": (lambda s: s + s.T)(r.randn(6, 6)),
        "spd5": spd @ spd.T + 5 * np.eye(5),
        "rotation": np.array([[0.0, -1.0], [1.0, 0.0]]),
        "permutation3": np.array([[0.0, 0, 1], [1, 0, 0], [0, 1, 0]]),
        "mixed_complex4": np.array([[1.0, 2, 0, 0], [-3, 1, 0, 1], [0, 0, 2, 0.5], [1, 0, 0, -1]]),
        "upper_triangular": np.triu(r.randn(4, 4)),
        "hilbert6": 1.0 / (np.arange(6)[:, None] + np.arange(6)[None, :] + 1),
        "integers": np.array([[2.0, -1, 0], [-1, 2, -1], [0, -1, 2]]),
        "singular_ones": np.ones((3, 3)),
        "stack2x3x3": r.randn(2, 3, 3),
        "stack2x2x4x3": r.randn(2, 2, 4, 3),
        "stack_spd": np.stack([spd @ spd.T + np.eye(5), np.eye(5) * 2]),
        "nan": np.array([[np.nan, 1.0], [1.0, 1.0]]),
        "inf": np.array([[np.inf, 1.0], [1.0, 1.0]]),
        "vector3": np.array([3.0, -4.0, 12.0]),
        "int_matrix": np.array([[2, -1, 0], [1, 3, 1], [0, 2, 4]]),
        "int_vector": np.array([3, -4, 12]),
    }
    return m


def run(fn):
    try:
        with np.errstate(all="ignore"):
            return {"out": fn()}
    except Exception as e:  # numpy's own error is the fixture
        return {"error": str(e), "type": type(e).__name__}


def case(name, a, fn, **extra):
    c = {"name": name, "a": enc(a)}
    c.update(extra)
    c.update(run(fn))
    return c


def eig_condition(a):
    """The largest eigenvalue condition number |y||x|/|y^H x| of a square matrix (stack: of any of its matrices)."""
    worst = 1.0
    for m in a.reshape((-1,) + a.shape[-2:]) if a.size else []:
        if m.size == 0 or not np.isfinite(m).all():
            continue
        _, v = np.linalg.eig(m)
        try:
            left = np.linalg.inv(v)
        except np.linalg.LinAlgError:
            return math.inf
        worst = max(worst, float(np.max(np.linalg.norm(left, axis=1) * np.linalg.norm(v, axis=0))))
    return worst


def compute():
    la = np.linalg
    mats = inputs()
    rhs = np.random.RandomState(5)
    f = {}
    f["svd"] = [case(k, a, lambda a=a: [enc(x) for x in la.svd(a)]) for k, a in mats.items()]
    f["svd_reduced"] = [case(k, a, lambda a=a: [enc(x) for x in la.svd(a, full_matrices=False)]) for k, a in mats.items()]
    f["svdvals"] = [case(k, a, lambda a=a: enc(la.svd(a, compute_uv=False))) for k, a in mats.items()]
    f["eig"] = [case(k, a, lambda a=a: [enc(x) for x in la.eig(a)]) for k, a in mats.items()]
    f["eigvals"] = [case(k, a, lambda a=a: enc(la.eigvals(a))) for k, a in mats.items()]
    f["eigh"] = [case(k, a, lambda a=a: [enc(x) for x in la.eigh(a)]) for k, a in mats.items()]
    f["eigvalsh"] = [case(k, a, lambda a=a: enc(la.eigvalsh(a))) for k, a in mats.items()]
    f["eigh_upper"] = [case(k, a, lambda a=a: [enc(x) for x in la.eigh(a, UPLO="U")]) for k, a in mats.items()]
    f["eigvalsh_upper"] = [case(k, a, lambda a=a: enc(la.eigvalsh(a, UPLO="u"))) for k, a in mats.items()]
    f["cholesky_upper"] = [case(k, a, lambda a=a: enc(la.cholesky(a, upper=True))) for k, a in mats.items()]
    f["inv"] = [case(k, a, lambda a=a: enc(la.inv(a))) for k, a in mats.items()]
    f["det"] = [case(k, a, lambda a=a: enc(la.det(a))) for k, a in mats.items()]
    f["slogdet"] = [case(k, a, lambda a=a: [enc(x) for x in la.slogdet(a)]) for k, a in mats.items()]
    f["cholesky"] = [case(k, a, lambda a=a: enc(la.cholesky(a))) for k, a in mats.items()]
    f["qr"] = [case(k, a, lambda a=a: [enc(x) for x in la.qr(a)]) for k, a in mats.items()]
    f["qr_complete"] = [case(k, a, lambda a=a: [enc(x) for x in la.qr(a, mode="complete")]) for k, a in mats.items()]
    f["qr_r"] = [case(k, a, lambda a=a: enc(la.qr(a, mode="r"))) for k, a in mats.items()]
    f["matrix_rank"] = [case(k, a, lambda a=a: enc(la.matrix_rank(a))) for k, a in mats.items()]
    f["pinv"] = [case(k, a, lambda a=a: enc(la.pinv(a))) for k, a in mats.items()]
    # Powers of the 1e+-200 matrices overflow to inf, and inf - inf is NaN or not depending on the order in which
    # the BLAS kernel sums: left out.
    f["matrix_power"] = [case(k, a, lambda a=a, p=p: enc(la.matrix_power(a, p)), power=p)
                         for k, a in mats.items() if k not in ("huge", "tiny") for p in (0, 3, 5, -2)]
    solve, lstsq = [], []
    for k, a in mats.items():
        rows = a.shape[-2] if a.ndim >= 2 else a.shape[0]
        b1 = rhs.randn(rows)
        b2 = rhs.randn(*(a.shape[:-1] + (2,))) if a.ndim >= 2 else rhs.randn(rows, 2)
        solve.append(case(k, a, lambda a=a, b=b1: enc(la.solve(a, b)), b=enc(b1)))
        solve.append(case(k + "/matrix_rhs", a, lambda a=a, b=b2: enc(la.solve(a, b)), b=enc(b2)))
        for b in (b1, b2[..., :, :] if b2.ndim == 2 else b2[0]):
            lstsq.append(case(k, a, lambda a=a, b=b: (lambda r: [enc(r[0]), enc(r[1]), int(r[2]), enc(r[3])])(la.lstsq(a, b)),
                              b=enc(b)))
    solve.append(case("mismatch", np.eye(2), lambda: enc(la.solve(np.eye(2), np.ones(3))), b=enc(np.ones(3))))
    solve.append(case("mismatch_matrix", np.eye(2), lambda: enc(la.solve(np.eye(2), np.ones((3, 2)))), b=enc(np.ones((3, 2)))))
    # Leading axes broadcast between a and a matrix b (numpy's gufunc loop).
    sa, sb = rhs.randn(2, 3, 3), rhs.randn(3, 2)
    solve.append(case("broadcast_b", sa, lambda: enc(la.solve(sa, sb)), b=enc(sb)))
    sb3 = rhs.randn(4, 1, 3, 2)
    solve.append(case("broadcast_both", sa, lambda: enc(la.solve(sa, sb3)), b=enc(sb3)))
    solve.append(case("broadcast_fails", sa, lambda: enc(la.solve(sa, rhs.randn(3, 3, 2))), b=enc(np.zeros((3, 3, 2)))))
    f["solve"], f["lstsq"] = solve, lstsq
    norms = []
    orders = [None, "fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf, 0, 3, 0.5]
    for k, a in mats.items():
        for o in orders:
            key = "inf" if o == math.inf else "-inf" if o == -math.inf else o
            norms.append(case(k, a, lambda a=a, o=o: enc(la.norm(a, o)), ord=key))
            if a.ndim >= 2:
                norms.append(case(k, a, lambda a=a, o=o: enc(la.norm(a, o, axis=(-2, -1))), ord=key, axis=[-2, -1]))
                norms.append(case(k, a, lambda a=a, o=o: enc(la.norm(a, o, axis=(-2, -1), keepdims=True)), ord=key,
                                  axis=[-2, -1], keepdims=True))
            norms.append(case(k, a, lambda a=a, o=o: enc(la.norm(a, o, axis=-1)), ord=key, axis=[-1]))
    f["norm"] = norms
    f["cond"] = [case(k, a, lambda a=a, o=o: enc(la.cond(a, o)), ord=("inf" if o == math.inf else "-inf" if o == -math.inf else o))
                 for k, a in mats.items() for o in (None, 1, -1, 2, -2, "fro", "nuc", math.inf)]
    f["vector_norm"] = [case(k, a, lambda a=a, o=o: enc(la.vector_norm(a, ord=o)), ord=("inf" if o == math.inf else o))
                        for k, a in mats.items() for o in (2, 1, math.inf, 0, 3)]
    f["matrix_norm"] = [case(k, a, lambda a=a, o=o: enc(la.matrix_norm(a, ord=o)), ord=("inf" if o == math.inf else o))
                        for k, a in mats.items() for o in ("fro", "nuc", 1, 2, math.inf, -2)]
    f["outer"] = [case("outer", np.arange(3.0), lambda: enc(np.outer(np.arange(3.0), [1.0, -2.0])), b=enc([1.0, -2.0]))]
    f["trace"] = [case(k, a, lambda a=a: enc(np.trace(a))) for k, a in mats.items()]
    chains = []
    cr = np.random.RandomState(9)
    for shapes in ([(3,), (3, 4), (4,)], [(2, 5), (5, 3), (3, 6), (6, 1)], [(10, 2), (2, 8), (8, 3)],
                   [(4,), (4, 7), (7, 2), (2, 9), (9, 3)], [(3, 3), (3, 3)], [(2, 3, 3), (3, 3), (3, 2)],
                   [(5, 2), (3, 4), (4, 1)], [(2, 2)]):
        arrs = [cr.randn(*sh) for sh in shapes]
        c = {"name": "x".join(str(sh) for sh in shapes), "arrays": [enc(a) for a in arrs]}
        c.update(run(lambda arrs=arrs: enc(la.multi_dot(arrs))))
        chains.append(c)
    f["multi_dot"] = chains
    # One matrix past LAPACK's blocking crossover (128), where the blocked reductions run: signs still match.
    big = np.random.RandomState(3).randn(130, 130)
    f["svd_blocked"] = [case("randn130", big, lambda: [enc(x) for x in la.svd(big)])]
    f["eigh_blocked"] = [case("randn130_sym", big + big.T, lambda: [enc(x) for x in la.eigh(big + big.T)])]
    # How results print: numpy 2's repr of the result types, complex arrays included.
    reprs = []
    for k in ("rotation", "permutation3", "mixed_complex4", "square4", "one"):
        reprs.append({"name": k, "call": "eigvals", "a": enc(mats[k]), "out": repr(la.eigvals(mats[k]))})
        reprs.append({"name": k, "call": "eig", "a": enc(mats[k]), "out": repr(la.eig(mats[k]))})
    for k in ("integers", "identity4", "one"):
        reprs.append({"name": k, "call": "eigh", "a": enc(mats[k]), "out": repr(la.eigh(mats[k]))})
        reprs.append({"name": k, "call": "qr", "a": enc(mats[k]), "out": repr(la.qr(mats[k]))})
        reprs.append({"name": k, "call": "svd", "a": enc(mats[k]), "out": repr(la.svd(mats[k])).replace("np.float64(", "")})
    f["repr"] = reprs
    return f


def same(x, y):
    """Whether two encoded results agree as LinalgFixturesTest's digit comparison requires."""
    if isinstance(x, dict) and "data" in x:
        if not isinstance(y, dict) or x["shape"] != y["shape"] or x["dtype"] != y["dtype"]:
            return False
        finite = [abs(v) for v in x["data"] if not isinstance(v, str)]
        scale = max(finite, default=0.0)
        return all(a == b if isinstance(a, str) or isinstance(b, str) else abs(a - b) <= 1e-10 * scale
                   for a, b in zip(x["data"], y["data"]))
    if isinstance(x, dict):
        return isinstance(y, dict) and x.keys() == y.keys() and all(same(x[k], y[k]) for k in x)
    if isinstance(x, list):
        return isinstance(y, list) and len(x) == len(y) and all(same(a, b) for a, b in zip(x, y))
    return x == y


def child(script, kernel, key):
    """`script --child FILE` run by numpy in a process whose OpenBLAS was asked for `kernel`: (kernel run, doc[key])."""
    env = dict(os.environ, OPENBLAS_CORETYPE=kernel, OPENBLAS_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "cases.json"
        # LAPACK's own error lines (xerbla, for the NaN cases) go to stdout: the results go through a file.
        subprocess.run([sys.executable, script, "--child", str(out)], env=env, check=True, capture_output=True)
        doc = json.loads(out.read_text())
    return doc["kernel"], doc[key]


def kernel_runs(script, key):
    """{kernel: doc[key]} of `script --child FILE` once per kernel this CPU can run, a kernel reached twice kept once."""
    import platform
    asked = X86_KERNELS if platform.machine().lower() in ("x86_64", "amd64") else [corename()]
    runs = {}
    for k in asked:
        name, result = child(script, k, key)
        runs.setdefault(name, result)
    return runs


def main():
    if sys.argv[1:2] == ["--child"]:
        pathlib.Path(sys.argv[2]).write_text(json.dumps({"kernel": corename(), "functions": compute()}))
        return
    runs = kernel_runs(__file__, "functions")
    f = runs[next(iter(runs))]
    # What the tolerances of the kernel-independent comparison need beyond the cases themselves.
    inputs_meta = {k: {"eig_condition": (lambda c: c if math.isfinite(c) else repr(c))(eig_condition(a))}
                   for k, a in inputs().items() if a.ndim >= 2 and a.shape[-1] == a.shape[-2]}
    for function, cases in f.items():
        for i, c in enumerate(cases):
            result = {k: c[k] for k in ("out", "error", "type") if k in c}
            c["kernels"] = [name for name, other in runs.items()
                            if same(result, {k: other[function][i][k] for k in ("out", "error", "type") if k in other[function][i]})]
    doc = {"numpy": np.__version__, "blas": np.show_config(mode="dicts")["Build Dependencies"]["blas"]["version"],
           "kernels": list(runs), "inputs": inputs_meta, "functions": f}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, separators=(",", ":")))
    print("wrote", OUT, "numpy", np.__version__, "kernels", list(runs))
    for name in runs:
        total = sum(len(v) for v in f.values())
        exact = sum(name in c["kernels"] for v in f.values() for c in v)
        print(f"  {name}: numpy gives the stored digits in {exact} of {total} cases")


if __name__ == "__main__":
    main()

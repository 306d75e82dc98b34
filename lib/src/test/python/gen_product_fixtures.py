"""Writes the fixtures of small matrix products ProductDigitsTest compares against, from real numpy.

Run with numpy 2.x (generated with numpy 2.4.6, whose wheel bundles OpenBLAS 0.3.31 like org.bytedeco:openblas):
    python3 lib/src/test/python/gen_product_fixtures.py
Output: lib/src/test/resources/fixtures/products.json. numpy's matmul and dot hand a product of any size to BLAS
(dgemm for two matrices, dsyrk for a matrix and its transpose, dgemv for a matrix and a vector, ddot for two vectors,
a transposed view as its base with a Trans flag) unless the inner size is 1, so the last digits of even a 2x2 product
are those of the OpenBLAS kernel the CPU runs. The products are computed once per kernel this CPU can run, each in a
child process (gen_linalg_fixtures.kernel_runs), and stored per kernel: the test compares digits under its own kernel,
and within 1e-12 elsewhere.
"""
import json
import pathlib
import sys

from gen_linalg_fixtures import corename, enc, kernel_runs

import numpy as np  # noqa: E402  (gen_linalg_fixtures set OPENBLAS_NUM_THREADS before numpy loaded)

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "products.json"
# (m, k, n): matrices a learner multiplies, rows and columns (dgemv), inner size 1 (no BLAS) and a batch.
SHAPES = [(2, 2, 2), (3, 3, 3), (2, 3, 4), (4, 3, 2), (5, 5, 5), (7, 7, 7), (8, 8, 8), (3, 10, 3), (10, 10, 10),
          (1, 5, 1), (1, 5, 3), (3, 5, 1), (1, 20, 20), (20, 20, 1), (6, 6, 6), (2, 50, 2), (4, 1, 3), (30, 17, 9)]


def operands():
    rs = np.random.RandomState(5)
    return [(rs.randn(m, k), rs.randn(k, n)) for m, k, n in SHAPES]


def compute():
    """Each pair's a @ b, a[0] @ b (vector times matrix), a @ b[:, 0] (matrix times vector), a 2-batch product, and
    a @ a.T and a.T @ a, which numpy hands to dsyrk (one array and its transposed view), and s @ s for the symmetric
    s = a @ a.T, which numpy hands to dgemm (one array twice, no transposed view), and einsum("ij,jk->ik", a, b),
    which numpy sums itself without BLAS, each element over j in order.
    The column is made contiguous: numpy hands a strided view's stride to BLAS, whose kernels for a stride other than
    1 sum in another order, and mlmath's b.get(":, 0") is a contiguous copy."""
    out = []
    for a, b in operands():
        column = np.ascontiguousarray(b[:, 0])
        out.append({"ab": enc(a @ b), "row_b": enc(a[0] @ b), "a_col": enc(a @ column), "dot_ab": enc(np.dot(a, b)),
                    "batch": enc(np.stack([a, 2 * a]) @ b), "a_at": enc(a @ a.T), "at_a": enc(a.T @ a),
                    "s_s": enc((a @ a.T) @ (a @ a.T)), "einsum_ab": enc(np.einsum("ij,jk->ik", a, b)),
                    **transposed_views(a, b)})
    return out


def transposed_views(a, b):
    """Products of transposed views, which numpy hands to BLAS as their base with a Trans flag: b.T @ a.T (dgemm, both
    transposed), a @ c.T (dgemm), a.T @ u (dgemv) and w @ b.T (dgemv), c, u and w made contiguous."""
    c = np.ascontiguousarray(b.T * 1.5 + 0.125)
    u, w = np.ascontiguousarray(a[:, 0] + 0.25), np.ascontiguousarray(b[0] - 0.5)
    return {"bt_at": enc(b.T @ a.T), "a_ct": enc(a @ c.T), "at_u": enc(a.T @ u), "w_bt": enc(w @ b.T),
            "dot_at_u": enc(np.dot(a.T, u))}


def main():
    if sys.argv[1:2] == ["--child"]:
        pathlib.Path(sys.argv[2]).write_text(json.dumps({"kernel": corename(), "products": compute()}))
        return
    runs = kernel_runs(__file__, "products")
    doc = {"numpy": np.__version__, "shapes": SHAPES, "operands": [{"a": enc(a), "b": enc(b)} for a, b in operands()],
           "kernels": runs}
    OUT.write_text(json.dumps(doc, separators=(",", ":")))
    print("wrote", OUT, "numpy", np.__version__, "kernels", list(runs))


if __name__ == "__main__":
    main()

"""Measures the layer edges of numpy's normal ziggurat from numpy's own draws, for mlmath.random.Ziggurat.

Run with numpy 2.x (written with numpy 2.4.6):
    python3 lib/src/test/python/gen_ziggurat_edges.py
Output: lib/src/main/resources/mlmath/random/ziggurat_edges.txt, 256 hex floats.

Generator.standard_normal takes one 64-bit word: its low 8 bits pick a layer, the next bit the sign, the 52 after
that a position, and the draw is ±(position * w[layer]), w[layer] = x[layer] / 2**52 for layer 1..255 (x, the
layer's right edge) and V / f(R) / 2**52 for the base layer 0. A draw that ends on its first word (inside the
layer's rectangle) or on its second (accepted in the wedge) returns that product. numpy ships its w table as
constants computed once from the ziggurat's recurrence with some C library's exp and log; this machine's give other
last bits. So for many draws this script reads the words each draw consumed (restore the state, random_raw), keeps
(position, |draw|) for draws of one or two words, and finds, among the doubles within SEARCH ulps of the
recurrence's w[layer], the one whose products equal every draw: it must be unique, for every layer.
It then checks, for every draw, what Ziggurat derives from the edges: a draw ends on its first word exactly when its
position is below rint(x[i-1] / x[i] * 2**52) (rint(R * f(R) / V * 2**52) in layer 0, x[0] = 0), and a wedge draw is
accepted exactly when (f(x[i-1]) - f(x[i])) * u + f(x[i]) < f(draw), f(x) = exp(-x*x/2), u the second word's double.
It prints the layers whose measured w differs from the recurrence's, with the difference in ulps.
"""
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "main" / "resources" / "mlmath" / "random" / "ziggurat_edges.txt"
R, AREA = 3.6541528853610088, 0.0049286732339746519  # where the tail starts; each layer's area (Marsaglia and Tsang)
LAYERS, SCALE, SEARCH = 256, 2.0 ** 52, 256
SEEDS, DRAWS = range(6), 100_000


def f(x):
    return math.exp(-0.5 * x * x)


def recurrence():
    """w[layer] from the recurrence, x[255] = R inwards, with this machine's exp and log (Python's math module)."""
    x = [0.0] * LAYERS
    x[-1] = R
    for i in range(LAYERS - 2, 0, -1):
        x[i] = math.sqrt(-2 * math.log(f(x[i + 1]) + AREA / x[i + 1]))
    return [AREA / f(R) / SCALE] + [xi / SCALE for xi in x[1:]]


def observe():
    """Per draw: (layer, sign, position, second word or None, words consumed capped at 3, the draw)."""
    seen = []
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        bg = rng.bit_generator
        for _ in range(DRAWS):
            before = bg.state
            z = rng.standard_normal()
            after = bg.state
            bg.state = before
            word = int(bg.random_raw())
            words, second = 1, None
            if bg.state != after:
                second = int(bg.random_raw())
                words = 2 if bg.state == after else 3
            bg.state = after
            seen.append((word & 0xFF, (word >> 8) & 1, (word >> 9) & (2 ** 52 - 1), second, words, z))
    return seen


def ulps_away(w, k):
    for _ in range(abs(k)):
        w = math.nextafter(w, math.inf if k > 0 else -math.inf)
    return w


def measure(seen, guess):
    """The one w per layer whose products give every draw that ended on its first word (or its wedge)."""
    pairs = [[] for _ in range(LAYERS)]
    for layer, sign, position, _, words, z in seen:
        if words < 3:
            assert (z < 0) == (sign == 1), "sign bit"
            pairs[layer].append((position, abs(z)))
    widths, offsets = [], []
    for layer in range(LAYERS):
        ps = sorted(pairs[layer], reverse=True)  # large positions tell neighbouring widths apart
        near = {k: ulps_away(guess[layer], k) for k in range(-SEARCH, SEARCH + 1)}
        fits = [k for k, w in near.items() if all(p * w == a for p, a in ps)]
        assert len(fits) == 1, f"layer {layer}: {len(ps)} draws fit {len(fits)} widths {fits[:5]}"
        assert abs(fits[0]) < SEARCH, f"layer {layer}: at the edge of the search"
        widths.append(near[fits[0]])
        offsets.append(fits[0])
    return widths, offsets


def check(seen, w):
    """Ziggurat's thresholds and wedge densities, derived from the edges, decide every observed draw as numpy did."""
    x = [0.0] + [wi * SCALE for wi in w[1:]]
    inside = [round(R * f(R) / AREA * SCALE)] + [round(x[i - 1] / x[i] * SCALE) for i in range(1, LAYERS)]
    density = [f(xi) for xi in x]
    for layer, _, position, second, words, z in seen:
        assert (words == 1) == (position < inside[layer]), f"layer {layer} position {position}: threshold"
        if words > 1 and layer > 0:
            u = (second >> 11) * 2.0 ** -53
            y = (density[layer - 1] - density[layer]) * u + density[layer]
            assert (words == 2) == (y < f(position * w[layer])), f"layer {layer}: wedge"


def main():
    guess = recurrence()
    seen = observe()
    widths, offsets = measure(seen, guess)
    check(seen, widths)
    assert widths[-1] * SCALE == R, "the outermost edge is R"
    differ = [(i, k) for i, k in enumerate(offsets) if k]
    lines = [f"# numpy {np.__version__}'s normal ziggurat, measured from its draws by lib/src/test/python/gen_ziggurat_edges.py",
             f"# ({len(SEEDS)} seeds x {DRAWS} draws): line 1 the base layer's width V / f(R), then the edges x[1] .. x[255].",
             *(float.hex(wi * SCALE) for wi in widths)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print("wrote", OUT)
    print(len(differ), "of", LAYERS, "widths differ from this machine's recurrence (layer: ulps):", differ)


if __name__ == "__main__":
    main()

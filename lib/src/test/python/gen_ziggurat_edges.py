"""Measures the layer edges of numpy's normal and exponential ziggurats from numpy's own draws, for mlmath.random.Ziggurat.

Run with numpy 2.x (written with numpy 2.4.6):
    python3 lib/src/test/python/gen_ziggurat_edges.py
Output: lib/src/main/resources/mlmath/random/ziggurat_edges.txt (normal) and ziggurat_exp_edges.txt (exponential),
256 hex floats each.

Generator.standard_normal takes one 64-bit word: its low 8 bits pick a layer, the next bit the sign, the 52 after
that a position, and the draw is ±(position * w[layer]), w[layer] = x[layer] / 2**52 for layer 1..255 (x, the
layer's right edge) and V / f(R) / 2**52 for the base layer 0, f(x) = exp(-x*x/2). Generator.standard_exponential
likewise: bits 3..10 of its word pick the layer, the 53 above them the position, w[layer] = x[layer] / 2**53 and
f(x) = exp(-x). A draw that ends on its first word (inside the layer's rectangle) or on its second (accepted in the
wedge; for the exponential not in layer 0, whose second word draws the tail) returns that product. numpy ships its
w tables as constants computed once from the ziggurat's recurrence with some C library's exp and log; this
machine's give other last bits. So for many draws this script reads the words each draw consumed (restore the
state, random_raw), keeps (position, |draw|) for those draws, and finds, among the doubles within SEARCH ulps of the
recurrence's w[layer], the one whose products equal every draw: it must be unique, for every layer.
It then checks, for every draw, what Ziggurat derives from the edges: a draw ends on its first word exactly when its
position is below rint(x[i-1] / x[i] * scale) (rint(R * f(R) / V * scale) in layer 0, x[0] = 0), and a wedge draw is
accepted exactly when (f(x[i-1]) - f(x[i])) * u + f(x[i]) < f(draw), u the second word's double.
It prints the layers whose measured w differs from the recurrence's, with the difference in ulps.
"""
import math
import pathlib
from dataclasses import dataclass
from typing import Callable

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "main" / "resources" / "mlmath" / "random"
LAYERS, SEARCH = 256, 256
SEEDS, DRAWS = range(6), 100_000


@dataclass
class Curve:
    name: str
    file: str
    r: float  # where the tail starts
    area: float  # each layer's area (Marsaglia and Tsang's constants for 256 layers)
    scale: float  # 2**(position bits)
    f: Callable[[float], float]
    inverse: Callable[[float], float]  # the x where f(x) = y
    draw: str  # the Generator method
    decode: Callable[[int], tuple]  # word -> (layer, sign, position)
    wedge_in_base: bool  # whether layer 0's second word is a wedge test (else it draws the tail)


NORMAL = Curve("normal", "ziggurat_edges.txt", 3.6541528853610088, 0.0049286732339746519, 2.0 ** 52,
               lambda x: math.exp(-0.5 * x * x), lambda y: math.sqrt(-2 * math.log(y)), "standard_normal",
               lambda w: (w & 0xFF, (w >> 8) & 1, (w >> 9) & (2 ** 52 - 1)), True)
EXPONENTIAL = Curve("exponential", "ziggurat_exp_edges.txt", 7.69711747013104972, 0.0039496598225815571993, 2.0 ** 53,
                    lambda x: math.exp(-x), lambda y: -math.log(y), "standard_exponential",
                    lambda w: ((w >> 3) & 0xFF, 0, w >> 11), False)


def recurrence(c):
    """w[layer] from the recurrence, x[255] = R inwards, with this machine's exp and log (Python's math module)."""
    x = [0.0] * LAYERS
    x[-1] = c.r
    for i in range(LAYERS - 2, 0, -1):
        x[i] = c.inverse(c.f(x[i + 1]) + c.area / x[i + 1])
    return [c.area / c.f(c.r) / c.scale] + [xi / c.scale for xi in x[1:]]


def observe(c):
    """Per draw: (layer, sign, position, second word or None, words consumed capped at 3, the draw)."""
    seen = []
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        bg = rng.bit_generator
        for _ in range(DRAWS):
            before = bg.state
            z = getattr(rng, c.draw)()
            after = bg.state
            bg.state = before
            word = int(bg.random_raw())
            words, second = 1, None
            if bg.state != after:
                second = int(bg.random_raw())
                words = 2 if bg.state == after else 3
            bg.state = after
            seen.append((*c.decode(word), second, words, z))
    return seen


def ulps_away(w, k):
    for _ in range(abs(k)):
        w = math.nextafter(w, math.inf if k > 0 else -math.inf)
    return w


def measure(c, seen, guess):
    """The one w per layer whose products give every draw that ended on its first word (or its wedge)."""
    pairs = [[] for _ in range(LAYERS)]
    for layer, sign, position, _, words, z in seen:
        if words == 1 or (words == 2 and (layer > 0 or c.wedge_in_base)):
            assert (z < 0) == (sign == 1), "sign bit"
            pairs[layer].append((position, abs(z)))
    widths, offsets = [], []
    for layer in range(LAYERS):
        ps = sorted(pairs[layer], reverse=True)  # large positions tell neighbouring widths apart
        near = {k: ulps_away(guess[layer], k) for k in range(-SEARCH, SEARCH + 1)}
        fits = [k for k, w in near.items() if all(p * w == a for p, a in ps)]
        assert len(fits) == 1, f"{c.name} layer {layer}: {len(ps)} draws fit {len(fits)} widths {fits[:5]}"
        assert abs(fits[0]) < SEARCH, f"{c.name} layer {layer}: at the edge of the search"
        widths.append(near[fits[0]])
        offsets.append(fits[0])
    return widths, offsets


def check(c, seen, w):
    """Ziggurat's thresholds and wedge densities, derived from the edges, decide every observed draw as numpy did."""
    x = [0.0] + [wi * c.scale for wi in w[1:]]
    inside = [round(c.r * c.f(c.r) / c.area * c.scale)] + [round(x[i - 1] / x[i] * c.scale) for i in range(1, LAYERS)]
    density = [c.f(xi) for xi in x]
    for layer, _, position, second, words, z in seen:
        assert (words == 1) == (position < inside[layer]), f"{c.name} layer {layer} position {position}: threshold"
        if words > 1 and layer > 0:
            u = (second >> 11) * 2.0 ** -53
            y = (density[layer - 1] - density[layer]) * u + density[layer]
            assert (words == 2) == (y < c.f(position * w[layer])), f"{c.name} layer {layer}: wedge"


def main():
    for c in (NORMAL, EXPONENTIAL):
        guess = recurrence(c)
        seen = observe(c)
        widths, offsets = measure(c, seen, guess)
        check(c, seen, widths)
        assert widths[-1] * c.scale == c.r, "the outermost edge is R"
        differ = [(i, k) for i, k in enumerate(offsets) if k]
        script = "lib/src/test/python/gen_ziggurat_edges.py"
        lines = [f"# numpy {np.__version__}'s {c.name} ziggurat, measured from its draws by {script}",
                 f"# ({len(SEEDS)} seeds x {DRAWS} draws): line 1 the base layer's width V / f(R), then the edges x[1] .. x[255].",
                 *(float.hex(wi * c.scale) for wi in widths)]
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / c.file).write_text("\n".join(lines) + "\n")
        print("wrote", OUT / c.file)
        print(len(differ), "of", LAYERS, f"{c.name} widths differ from this machine's recurrence (layer: ulps):", differ)


if __name__ == "__main__":
    main()

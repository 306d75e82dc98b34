"""Writes the PyTorch fixtures the JUnit tests compare the libtorch bridge against.

Values come from a real PyTorch (any 1.13+/2.x; float64 math is identical to ~1e-15 across versions), e.g.
Debian's python3-torch:  apt-get install python3-torch && /usr/bin/python3 lib/src/test/python/gen_torch_fixtures.py
Output: lib/src/test/resources/fixtures/torch.json.
"""
import json
import math
import pathlib

import numpy as np
import torch
import torch.nn.functional as F

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "torch.json"


def enc(t):
    a = np.asarray(t.detach().numpy() if isinstance(t, torch.Tensor) else t, dtype=float)
    return {"shape": list(a.shape), "data": a.ravel().tolist()}


def optimizer_run(make, theta0, grads):
    p = torch.tensor(theta0, dtype=torch.float64, requires_grad=True)
    opt = make([p])
    steps = []
    for g in grads:
        p.grad = torch.tensor(g, dtype=torch.float64)
        opt.step()
        steps.append(enc(p))
    return steps


def main():
    rs = np.random.RandomState(7)
    logits = rs.randn(8, 10)
    targets = rs.randint(0, 10, 8)
    x = torch.tensor(logits)
    y = torch.tensor(targets)
    p = torch.softmax(torch.tensor(rs.randn(5)), -1)
    q = torch.softmax(torch.tensor(rs.randn(5)), -1)
    p2 = torch.softmax(torch.tensor(rs.randn(3, 4)), -1)
    q2 = torch.softmax(torch.tensor(rs.randn(3, 4)), -1)
    fx = {
        "torch_version": torch.__version__,
        "logits": enc(x), "targets": targets.tolist(),
        "softmax": enc(torch.softmax(x, -1)), "softmax_dim0": enc(torch.softmax(x, 0)),
        "log_softmax": enc(torch.log_softmax(x, -1)),
        "cross_entropy": F.cross_entropy(x, y).item(),
        "cross_entropy_smooth": F.cross_entropy(x, y, label_smoothing=0.1).item(),
        "p": enc(p), "q": enc(q), "p2": enc(p2), "q2": enc(q2),
        "kl_sum": F.kl_div(q.log(), p, reduction="sum").item(),
        "kl_batchmean": F.kl_div(q2.log(), p2, reduction="batchmean").item(),
        "kl_mean": F.kl_div(q2.log(), p2, reduction="mean").item(),
        "kl_zero_target": F.kl_div(torch.tensor([0.5, 0.5], dtype=torch.float64).log(), torch.tensor([1.0, 0.0], dtype=torch.float64), reduction="sum").item(),
        "mse": F.mse_loss(torch.tensor(logits[0]), torch.tensor(logits[1])).item(),
    }
    theta0 = rs.randn(4).tolist()
    grads = [rs.randn(4).tolist() for _ in range(6)]
    fx["optim"] = {
        "theta0": theta0, "grads": grads,
        "adamw": optimizer_run(lambda ps: torch.optim.AdamW(ps, lr=0.05, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1), theta0, grads),
        "adamw_default": optimizer_run(lambda ps: torch.optim.AdamW(ps), theta0, grads),
        "adam": optimizer_run(lambda ps: torch.optim.Adam(ps, lr=0.05, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1), theta0, grads),
        "sgd_momentum": optimizer_run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9), theta0, grads),
        "sgd_full": optimizer_run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, dampening=0.2, weight_decay=0.05, nesterov=False), theta0, grads),
        "sgd_nesterov": optimizer_run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, weight_decay=0.05, nesterov=True), theta0, grads),
        "sgd_plain": optimizer_run(lambda ps: torch.optim.SGD(ps, lr=0.1), theta0, grads),
    }
    # SequentialLR(LinearLR warmup, CosineAnnealingLR), stepped like a training loop.
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w], lr=3e-4)
    warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=10)
    cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=40, eta_min=1e-5)
    sched = torch.optim.lr_scheduler.SequentialLR(opt, [warm, cos], milestones=[10])
    lrs = []
    for _ in range(50):
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    fx["schedule"] = {"base": 3e-4, "warmup": 10, "total": 50, "start_factor": 0.1, "eta_min": 1e-5, "lrs": lrs}
    OUT.write_text(json.dumps(fx))
    print("wrote", OUT)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""PyTorch eager training throughput for `npm run bench -- training` (one thread).

Reads one JSON object per line on stdin: {"sizes", "activation", "optimizer", "batch", "n", "dtype", "seconds"}
and prints one JSON line per case: {"stepsPerSecond": ...}. Seeded random data; a shuffled
minibatch loop like the engine's (randperm per epoch, consecutive slices), after a warm-up; a full
batch uses the whole tensors directly (no shuffle, no gather: torch's best case).
"""
import json
import sys
import time

import torch
import torch.nn as nn

torch.set_num_threads(1)


class Swish15(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(1.5 * x)


def model_for(sizes, activation, dtype):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append({'tanh': nn.Tanh, 'relu': nn.ReLU, 'swish15': Swish15, 'user': Swish15}[activation]())
    return nn.Sequential(*layers).to(dtype)


def bench(case):
    dtype = torch.float64 if case['dtype'] == 'float64' else torch.float32
    torch.manual_seed(0)
    n = case['n']
    x = torch.rand(n, case['sizes'][0], dtype=dtype) * 2 - 1
    y = (x[:, :1] * x[:, 1:2] > 0).to(dtype)
    model = model_for(case['sizes'], case['activation'], dtype)
    opt = torch.optim.SGD(model.parameters(), lr=0.01) if case['optimizer'] == 'sgd' else torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.BCEWithLogitsLoss()
    batch = case['batch'] or n

    def run(steps):
        done = 0
        if batch >= n:  # full batch: no shuffle and no gather, as one would write it in torch
            for _ in range(steps):
                opt.zero_grad()
                loss = loss_fn(model(x), y)
                loss.backward()
                opt.step()
            return
        while done < steps:
            perm = torch.randperm(n)
            for start in range(0, n, batch):
                idx = perm[start:start + batch]
                opt.zero_grad()
                loss = loss_fn(model(x[idx]), y[idx])
                loss.backward()
                opt.step()
                done += 1
                if done == steps:
                    return

    run(20)
    steps = 20
    while True:
        t0 = time.perf_counter()
        run(steps)
        dt = time.perf_counter() - t0
        if dt >= case['seconds']:
            return steps / dt
        steps = max(steps * 2, int(steps * case['seconds'] / max(dt, 1e-6) * 1.1))


if sys.argv[1:] == ['--info']:
    import re
    with open('/proc/self/maps') as maps:
        libs = sorted({m.group(0) for m in re.finditer(r'[^ /]*(?:openblas|libblas|mkl_rt|libmkl)[^ /\n]*', maps.read())})
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread, BLAS {', '.join(libs) or 'none found'}")
    sys.exit(0)

for line in sys.stdin:
    line = line.strip()
    if line:
        print(json.dumps({'stepsPerSecond': bench(json.loads(line))}), flush=True)

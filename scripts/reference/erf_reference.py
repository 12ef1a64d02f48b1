#!/usr/bin/env python3
"""Writes test/core/fixtures/erf-reference.json: erf and erfc from Python's math module (the C
library's, within about 1 ulp) at many points, for test/core/math/erf.test.ts; and GELU (exact and
tanh-approximate) with first derivatives built on them, for test/core/activations/gelu.test.ts.

Floats are written with repr, so they round-trip exactly; NaN and the infinities (which JSON
cannot hold) are the strings "NaN", "Infinity", "-Infinity".

Usage: python3 scripts/reference/erf_reference.py
"""
import json
import math
import os
import platform
import random

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'core', 'fixtures', 'erf-reference.json')


def encode(v):
    if math.isnan(v):
        return 'NaN'
    if math.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return v


def points():
    xs = [0.0, -0.0, 5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-100, 1e-20, 3.7252902984e-09,
          1e-8, 1e-6, 1e-4, 1e-3, 0.01, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 5.9, 6.0, 6.5,
          10.0, 20.0, 26.0, 26.5, 26.55, 27.0, 27.2, 27.3, 28.0, 30.0, 100.0, 1e10, 1.7976931348623157e308]
    # Both sides of every interval boundary used by erf.ts.
    for b in [0.25, 0.84375, 1.25, 1.6, 2.1, 3.0, 4.5, 6.0, 7.0, 28.0]:
        xs += [math.nextafter(b, 0.0), b, math.nextafter(b, math.inf)]
    # A dense grid over the interesting part, and its negatives below.
    xs += [i / 64 for i in range(0, 64 * 7)]
    rng = random.Random(20240501)
    xs += [rng.uniform(0, 1.5) for _ in range(300)]
    xs += [rng.uniform(1.5, 7) for _ in range(300)]
    xs += [rng.uniform(7, 27.3) for _ in range(200)]
    xs += [10 ** rng.uniform(-20, 0) for _ in range(100)]
    seen = set()
    out = []
    for x in xs + [-x for x in xs]:
        key = (x, math.copysign(1.0, x))
        if key not in seen:
            seen.add(key)
            out.append(x)
    out += [math.inf, -math.inf, math.nan]
    return out


def gelu_points():
    xs = [0.0, -0.0, 1e-6, -1e-6, 1e-3, -1e-3, 20.0, -20.0, 30.0, -30.0, 37.0, -37.0]
    xs += [i / 16 for i in range(-160, 161)]
    return xs


# x * sqrt(0.5) (not x / sqrt(2)) rounds the argument the way the TypeScript does (x * Math.SQRT1_2),
# so the comparison checks erfc and the formula rather than one rounding of the argument.
def gelu_exact(x):
    return 0.5 * x * math.erfc(-x * math.sqrt(0.5))


def gelu_exact_derivative(x):
    return 0.5 * math.erfc(-x * math.sqrt(0.5)) + x * math.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)


def gelu_tanh(x):
    return 0.5 * x * (1 + math.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def gelu_tanh_derivative(x):
    k = math.sqrt(2 / math.pi)
    t = math.tanh(k * (x + 0.044715 * x ** 3))
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * 0.044715 * x * x)


def write_rows(fh, name, rows, last):
    body = ',\n'.join('    ' + json.dumps(row) for row in rows)
    fh.write(f'  "{name}": [\n{body}\n  ]' + ('\n' if last else ',\n'))


def main():
    rows = [[encode(x), encode(math.erf(x)), encode(math.erfc(x))] for x in points()]
    gelu = [[x, gelu_exact(x), gelu_exact_derivative(x)] for x in gelu_points()]
    # The plain tanh formula cancels for x << 0 (1 + tanh -> 0; 2.7e-7 relative error at -6), so that
    # reference stops at -3 (about 1e-13 there).
    gelu_t = [[x, gelu_tanh(x), gelu_tanh_derivative(x)] for x in gelu_points() if -3 <= x <= 10]
    head = {
        'description': 'rows: [x, erf(x), erfc(x)]; gelu and gelu_tanh: [x, value, first derivative]',
        'generator': 'scripts/reference/erf_reference.py',
        'python': platform.python_version(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as fh:
        fh.write(json.dumps(head, indent=2)[:-2] + ',\n')
        write_rows(fh, 'rows', rows, False)
        write_rows(fh, 'gelu', gelu, False)
        write_rows(fh, 'gelu_tanh', gelu_t, True)
        fh.write('}\n')
    print(f'wrote {len(rows)} erf rows, {len(gelu)} + {len(gelu_t)} gelu rows to {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Writes test/core/fixtures/tanh-reference.json: tanh at many points from mpmath (200 bits), as the
nearest double and the remainder (exact - nearest, a double), so a test can measure the error of
the training engine's tanh kernel (src/core/training/tanh-kernel.ts) in ulps.

Points: both sides of the kernel's range boundaries (ln(5/3)/2, ln(3)/2), of the places where its
k = round(2|x| / ln 2) changes, of the clamp at |x| = 20 and of 19.06 (where tanh rounds to 1),
a dense grid, random points on [0, 20] and [0, 1], and tiny and subnormal values (positive
only: tanh is odd, and the test checks that the kernel is too).

Usage: /usr/bin/python3 scripts/reference/tanh_reference.py
"""
import json
import math
import os
import random

import mpmath

mpmath.mp.prec = 200
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'core', 'fixtures', 'tanh-reference.json')


def around(b):
    return [math.nextafter(math.nextafter(b, 0.0), 0.0), math.nextafter(b, 0.0), b, math.nextafter(b, math.inf)]


def points():
    xs = [5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-100, 1e-20, 1e-12, 1e-9, 1.4901161193847656e-08,
          1e-8, 1e-6, 1e-4, 1e-3, 0.01, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 19.0, 19.06, 19.07, 20.0, 25.0, 1e10]
    for b in [math.log(5 / 3) / 2, math.log(3) / 2, 19.061547465398498, 20.0]:
        xs += around(b)
    for j in range(1, 59):  # where k changes: 2|x| / ln 2 = j + 1/2
        xs += around((j + 0.5) * math.log(2) / 2)
    xs += [i / 128 for i in range(1, 128 * 4)]
    rng = random.Random(20261204)
    xs += [rng.uniform(0, 20) for _ in range(1500)]
    xs += [rng.uniform(0, 1) for _ in range(1500)]
    xs += [10 ** rng.uniform(-20, 0) for _ in range(500)]
    return sorted(set(x for x in xs if x > 0))  # tanh is odd: the test checks -x by symmetry


def main():
    rows = []
    for x in points():
        exact = mpmath.tanh(mpmath.mpf(x))
        nearest = float(exact)
        rows.append([x, nearest, float(exact - mpmath.mpf(nearest))])
    text = json.dumps({'what': 'tanh(x) from mpmath at 200 bits: [x, nearest double, exact - nearest]',
                       'generator': 'scripts/reference/tanh_reference.py', 'rows': rows}, separators=(',', ':'))
    with open(OUT, 'w') as f:
        f.write(text + '\n')
    print(f'{OUT}: {len(rows)} points')


if __name__ == '__main__':
    main()

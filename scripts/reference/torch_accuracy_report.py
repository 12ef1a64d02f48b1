#!/usr/bin/python3
"""Where does PyTorch's float64 result differ from the exact one?

Reads test/core/fixtures/torch-reference.json and, for every case, field and
input where both a torch value and an exact (mpmath) value exist, reports the
points that fail the issue's tolerance: 1e-12 relative or 1e-300 absolute.
Those are the inputs where torch's own formula loses accuracy; a core that
computes more accurately cannot match torch there.

    /usr/bin/python3 scripts/reference/torch_accuracy_report.py [--tol 1e-12] [--markdown]
"""

import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo

from torch_fixture_json import decode_number  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                       "test", "core", "fixtures", "torch-reference.json")
ABS_TOL = 1e-300


def agrees(actual, expected, rel_tol):
    if actual == expected:
        return True
    if math.isnan(actual) or math.isnan(expected) or math.isinf(actual) or math.isinf(expected):
        return False
    diff = abs(actual - expected)
    return diff <= ABS_TOL or diff <= rel_tol * abs(expected)


def relative(actual, expected):
    if expected == 0 or math.isinf(expected):
        return math.inf
    return abs(actual - expected) / abs(expected)


def _label(case):
    params = ", ".join(f"{k}={v}" for k, v in case["params"].items())
    return f"{case['name']}({params})" if params else case["name"]


def scalar_misses(data, rel_tol):
    for case in data["cases"]:
        for field in ("y", "dy", "d2y"):
            torch_values, exact_values = case[field], case[field + "_exact"]
            if torch_values is None:
                continue
            for x, t, e in zip(case["x"], torch_values, exact_values):
                if e is None:
                    continue
                t, e = decode_number(t), decode_number(e)
                if not agrees(t, e, rel_tol):
                    yield _label(case), field, decode_number(x), t, e


def vector_misses(data, rel_tol):
    for case in data["vector_cases"]:
        pairs = [("y", i, case["y"][i], case["y_exact"][i]) for i in range(len(case["y"]))]
        for i, row in enumerate(case["jacobian"] if case["jacobian_exact"] is not None else []):
            for j, value in enumerate(row):
                pairs.append((f"J[{i}][{j}]", None, value, case["jacobian_exact"][i][j]))
        for field, _, t, e in pairs:
            t, e = decode_number(t), decode_number(e)
            if not agrees(t, e, rel_tol):
                yield f"{_label(case)} x={case['x']}", field, None, t, e


def print_summary(rows):
    groups = {}
    for label, field, x, t, e in rows:
        groups.setdefault((label, field), []).append((x, relative(t, e)))
    print("| case | field | inputs where torch is off | worst relative error |")
    print("|---|---|---|---|")
    for (label, field), points in groups.items():
        xs = ", ".join("" if x is None else repr(x) for x, _ in points)
        worst = max(r for _, r in points)
        worst_text = "total (torch 0 or NaN)" if worst >= 1 else f"{worst:.1g}"
        print(f"| {label} | {field} | {xs} | {worst_text} |")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tol", type=float, default=1e-12)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--summary", action="store_true",
                        help="one Markdown row per case and field: the inputs and the worst error")
    args = parser.parse_args(argv)
    with open(FIXTURE, encoding="utf-8") as handle:
        data = json.load(handle)
    rows = list(scalar_misses(data, args.tol)) + list(vector_misses(data, args.tol))
    if args.summary:
        print_summary(rows)
        return 0
    if args.markdown:
        print("| case | field | x | torch | exact | relative error |")
        print("|---|---|---|---|---|---|")
    for label, field, x, t, e in rows:
        x_text = "" if x is None else repr(x)
        if args.markdown:
            print(f"| {label} | {field} | {x_text} | {t!r} | {e!r} | {relative(t, e):.2g} |")
        else:
            print(f"{label:45} {field:8} {x_text:>24} torch={t!r:26} exact={e!r:26} "
                  f"rel={relative(t, e):.2g}")
    print(f"{len(rows)} points where torch differs from exact by more than {args.tol:g} relative "
          f"and {ABS_TOL:g} absolute", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

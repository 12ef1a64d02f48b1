#!/usr/bin/python3
"""Print, as Markdown, what torch does at each case's kinks and at -inf, +inf
and NaN, read from test/core/fixtures/torch-reference.json. The tables in
docs/reference-fixtures.md are this script's output.

    /usr/bin/python3 scripts/reference/torch_kink_table.py
"""

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


def _label(case):
    params = ", ".join(f"{k}={v}" for k, v in case["params"].items() if k != "training")
    return f"{case['name']}({params})" if params else case["name"]


def _fmt(value):
    if value is None:
        return "—"
    value = decode_number(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return f"{value:.17g}" if value != int(value) or abs(value) > 1e15 else repr(value)


def _field(case, field, index):
    values = case[field]
    return None if values is None else values[index]


def kink_rows(case):
    xs = [decode_number(v) for v in case["x"]]
    for kink in case["kinks"]:
        i = xs.index(kink)
        left = i - 1
        right = i + 1
        yield (f"| {_label(case)} | {_fmt(kink)} | {_fmt(case['y'][i])} | "
               f"{_fmt(case['dy'][left])} / **{_fmt(case['dy'][i])}** / {_fmt(case['dy'][right])} | "
               f"{_fmt(_field(case, 'd2y', i))} |")


def non_finite_rows(case):
    xs = case["x"]
    cells = []
    for marker in ("-Infinity", "Infinity", "NaN"):
        i = xs.index(marker)
        cells.append(f"{_fmt(case['y'][i])}, {_fmt(case['dy'][i])}, "
                     f"{_fmt(_field(case, 'd2y', i))}")
    return f"| {_label(case)} | " + " | ".join(cells) + " |"


def main():
    with open(FIXTURE, encoding="utf-8") as handle:
        data = json.load(handle)
    print("| case | kink x | y(x) | dy: left neighbour / **at x** / right neighbour | d2y(x) |")
    print("|---|---|---|---|---|")
    for case in data["cases"]:
        for row in kink_rows(case):
            print(row)
    print()
    print("| case | x = -inf: y, dy, d2y | x = +inf | x = NaN |")
    print("|---|---|---|---|")
    for case in data["cases"]:
        print(non_finite_rows(case))
    return 0


if __name__ == "__main__":
    sys.exit(main())

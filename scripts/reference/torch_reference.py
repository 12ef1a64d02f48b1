#!/usr/bin/python3
"""Write test/core/fixtures/torch-reference.json: PyTorch float64 values, first
and second derivatives of every activation in the catalogue.

Run with Debian's Python and Debian's PyTorch (apt-get install python3-torch):

    /usr/bin/python3 scripts/reference/torch_reference.py          # regenerate
    /usr/bin/python3 scripts/reference/torch_reference.py --check  # verify the committed file

The output is deterministic: the same torch build writes the same bytes.
ATen is pinned to its portable ("default") CPU kernels and one thread, so the
numbers do not depend on which SIMD paths the machine offers.
"""

import os
import sys

# Must be set before torch is imported: it selects the CPU kernels for the process.
os.environ["ATEN_CPU_CAPABILITY"] = "default"

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo

import torch  # noqa: E402

from torch_exact import exact_scalar, exact_vector  # noqa: E402
from torch_fixture_json import to_text  # noqa: E402
from torch_inputs import inputs_for  # noqa: E402
from torch_scalar_cases import scalar_cases  # noqa: E402
from torch_self_check import check_fixture  # noqa: E402
from torch_vector_cases import vector_cases  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
FIXTURE = os.path.join(REPO, "test", "core", "fixtures", "torch-reference.json")
GENERATOR = "scripts/reference/torch_reference.py"
F64 = torch.float64


def _floats(tensor):
    return [float(v) for v in tensor.detach().reshape(-1).tolist()]


def evaluate_scalar(fn, xs):
    """y, dy and d2y (or None) of an element-wise fn at xs, by torch autograd."""
    x = torch.tensor(xs, dtype=F64, requires_grad=True)
    y = fn(x)
    (dy,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    d2y = None
    if dy.requires_grad:
        try:
            (second,) = torch.autograd.grad(dy.sum(), x, allow_unused=True)
        except RuntimeError:
            second = None
        if second is not None:
            d2y = _floats(second)
    return _floats(y), _floats(dy), d2y


def scalar_entry(case):
    xs = inputs_for(case["kinks"])
    y, dy, d2y = evaluate_scalar(case["fn"], xs)
    entry = {"name": case["name"], "params": case["params"], "torch": case["torch"]}
    if "note" in case:
        entry["note"] = case["note"]
    y_exact, dy_exact, d2y_exact = exact_scalar(case["name"], case["params"], xs, case["kinks"])
    entry.update({
        "x": xs, "y": y, "dy": dy, "d2y": d2y,
        "d2y_source": "double_backward" if d2y is not None else "none",
        "kinks": [float(k) for k in case["kinks"]],
        "y_exact": y_exact, "dy_exact": dy_exact, "d2y_exact": d2y_exact,
    })
    return entry


def vector_entries(case):
    entries = []
    for vector in case["vectors"]:
        x = torch.tensor(vector, dtype=F64)
        y = case["fn"](x)
        jac = torch.autograd.functional.jacobian(case["fn"], x)
        jac = jac.reshape(y.numel(), x.numel())
        entry = {"name": case["name"], "params": case["params"], "torch": case["torch"]}
        if "note" in case:
            entry["note"] = case["note"]
        entry.update({
            "x": [float(v) for v in vector],
            "y": _floats(y),
            "jacobian": [_floats(row) for row in jac],
        })
        entry["y_exact"], entry["jacobian_exact"] = exact_vector(case["name"], case["params"], vector)
        entries.append(entry)
    return entries


def build_fixture():
    torch.set_num_threads(1)
    vectors = []
    for case in vector_cases():
        vectors.extend(vector_entries(case))
    return {
        "generator": GENERATOR,
        "torch": torch.__version__,
        "dtype": "float64",
        "aten_cpu_capability": os.environ["ATEN_CPU_CAPABILITY"],
        "non_finite": "NaN, Infinity and -Infinity are written as those strings",
        "cases": [scalar_entry(case) for case in scalar_cases()],
        "vector_cases": vectors,
    }


def main(argv):
    text = to_text(build_fixture()) + "\n"
    if "--check" in argv:
        with open(FIXTURE, encoding="utf-8") as handle:
            on_disk = handle.read()
        if on_disk != text:
            print(f"{FIXTURE} differs from what {GENERATOR} writes now", file=sys.stderr)
            return 1
        check_fixture(FIXTURE)
        print(f"{FIXTURE} is up to date")
        return 0
    os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
    with open(FIXTURE, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    check_fixture(FIXTURE)
    print(f"wrote {FIXTURE} ({len(text.encode('utf-8'))} bytes, torch {torch.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Sanity checks of the written fixture against closed forms from Python's math
module (independent of torch), run at the end of torch_reference.py.

These catch a wrong torch call, a mislabelled case or a broken encoding; they
never compare the fixture with itself.
"""

import json
import math
import os

import mpmath as mp

from torch_exact import scalar_definition
from torch_fixture_json import decode_number
from torch_jets import Jet

MAX_BYTES = 1_500_000
REQUIRED_X = [0.0, 1e-300, 1e-12, 1e-6, 1e-3, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0,
              10.0, 20.0, 30.0, 50.0, 100.0, 1000.0]


def _close(actual, expected, rel=1e-14, abs_tol=1e-300):
    return math.isclose(actual, expected, rel_tol=rel, abs_tol=abs_tol)


class Fixture:
    def __init__(self, data):
        self.data = data

    def case(self, name, **params):
        for case in self.data["cases"]:
            if case["name"] == name and all(case["params"].get(k) == v for k, v in params.items()):
                return case
        raise AssertionError(f"no case {name} {params}")

    def at(self, name, x, field="y", **params):
        case = self.case(name, **params)
        xs = [decode_number(v) for v in case["x"]]
        index = xs.index(x)
        values = case[field]
        assert values is not None, f"{name} has no {field}"
        return decode_number(values[index])

    def vector(self, name, x, **params):
        for case in self.data["vector_cases"]:
            if case["name"] == name and case["x"] == x and all(
                    case["params"].get(k) == v for k, v in params.items()):
                return case
        raise AssertionError(f"no vector case {name} {x}")


def _sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def _check_shape(data):
    assert data["dtype"] == "float64"
    assert data["generator"] == "scripts/reference/torch_reference.py"
    for case in data["cases"]:
        n = len(case["x"])
        assert len(case["y"]) == n and len(case["dy"]) == n, case["name"]
        if case["d2y"] is None:
            assert case["d2y_source"] == "none", case["name"]
        else:
            assert case["d2y_source"] == "double_backward" and len(case["d2y"]) == n
        xs = [decode_number(v) for v in case["x"]]
        for magnitude in REQUIRED_X:
            assert magnitude in xs and -magnitude in xs, (case["name"], magnitude)
        assert xs[0] == -math.inf and xs[-2] == math.inf and math.isnan(xs[-1])
    for case in data["vector_cases"]:
        assert len(case["jacobian"]) == len(case["y"])
        assert all(len(row) == len(case["x"]) for row in case["jacobian"])


def _check_values(fx):
    assert _close(fx.at("gelu", 1.0, approximate="none"), 0.8413447460685429)
    assert _close(fx.at("selu", 1.0), 1.0507009873554805)
    assert fx.at("sigmoid", 0.0, "dy") == 0.25
    assert _close(fx.at("sigmoid", 0.5, "d2y"),
                  _sigmoid(0.5) * (1 - _sigmoid(0.5)) * (1 - 2 * _sigmoid(0.5)))
    assert _close(fx.at("tanh", 0.5, "d2y"), -2 * math.tanh(0.5) / math.cosh(0.5) ** 2)
    assert _close(fx.at("silu", 1.0), _sigmoid(1.0))
    assert _close(fx.at("elu", -1.0, alpha=1.0), math.expm1(-1.0))
    assert _close(fx.at("softplus", 0.0, beta=1.0), math.log(2.0))
    assert _close(fx.at("softplus", 1.0, "dy", beta=2.0), _sigmoid(2.0))
    assert _close(fx.at("logsigmoid", 0.0), -math.log(2.0))
    assert _close(fx.at("mish", 0.0, "dy"), 0.6)
    assert _close(fx.at("hardswish", 1.0), 2.0 / 3.0)
    assert _close(fx.at("rrelu", -1.0, lower=0.125), -(0.125 + 1.0 / 3.0) / 2)
    assert fx.at("relu", 0.0, "dy") == 0.0
    assert fx.at("leaky_relu", 0.0, "dy", negative_slope=0.2) == 0.2
    assert fx.at("relu", 2.0, "d2y") == 0.0
    assert _close(fx.at("squareplus", -1000.0, b=4.0),
                  4.0 / (2 * (math.sqrt(1000.0 ** 2 + 4.0) + 1000.0)))
    assert _close(fx.at("sparse_plus", 0.0), 0.25)
    assert _close(fx.at("swish", 1.0, beta=1.5), _sigmoid(1.5))
    assert fx.at("exponential", 1000.0) == math.inf
    assert fx.case("identity")["d2y"] is None


def _check_vectors(fx):
    soft = fx.vector("softmax", [1.0, 2.0, 3.0])
    total = sum(math.exp(v) for v in (1.0, 2.0, 3.0))
    expected = [math.exp(v) / total for v in (1.0, 2.0, 3.0)]
    for i, s in enumerate(expected):
        assert _close(soft["y"][i], s)
        for j, t in enumerate(expected):
            assert _close(soft["jacobian"][i][j], (s if i == j else 0.0) - s * t, rel=1e-13)
    assert fx.vector("logsumexp", [-1000.0, 0.0, 1000.0])["y"] == [1000.0]
    glu = fx.vector("glu", [1e-6, -1e-6])
    assert _close(glu["y"][0], 1e-6 * _sigmoid(-1e-6))
    maxout = fx.vector("maxout", [1.0, -2.0, 3.0, 3.0, -1.0, 0.5], k=2)
    assert maxout["y"] == [1.0, 3.0, 0.5]
    assert maxout["jacobian"][1] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]


def _check_jets(data):
    """The exact derivatives (Taylor jets) agree with mpmath's numerical
    differentiation of the exact value, at every non-kink input with |x| <= 5."""
    with mp.workdps(60):
        for case in data["cases"]:
            f = scalar_definition(case["name"], case["params"])
            for x in case["x"]:
                x = decode_number(x)
                if not math.isfinite(x) or abs(x) > 5 or any(
                        abs(x - k) < 1e-9 for k in case["kinks"]):
                    continue
                jet = f(x, Jet.variable(x))
                if jet is None:
                    continue
                h = mp.mpf(10) ** -20 * max(1, abs(x))
                value = lambda t, x=x: f(x, Jet.variable(t)).v  # noqa: E731
                for order, derivative in ((1, jet.d1), (2, jet.d2)):
                    numeric = mp.diff(value, x, order, h=h)
                    assert abs(numeric - derivative) <= mp.mpf(10) ** -12 * max(1, abs(derivative)), (
                        case["name"], case["params"], x, order, numeric, derivative)


def check_fixture(path):
    size = os.path.getsize(path)
    assert size < MAX_BYTES, f"{path} is {size} bytes"
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    _check_shape(data)
    fx = Fixture(data)
    _check_values(fx)
    _check_vectors(fx)
    _check_jets(data)

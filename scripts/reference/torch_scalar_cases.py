"""The element-wise activations sampled for the reference, as a table.

Each row: our registry name (PyTorch's functional name, snake_case), params
under PyTorch's parameter names, the exact torch expression (written to the
fixture's "torch" field), the callable that evaluates that same expression,
and the kinks whose neighbourhood must be sampled. Activations that PyTorch
has no functional for (TF/JAX extras) are written as torch expressions.
"""

import torch
import torch.nn.functional as F

F64 = torch.float64


def _prelu(weight):
    w = torch.tensor([weight], dtype=F64)
    return lambda x: F.prelu(x, w)


def _squareplus(b):
    # Cancellation-free: for x < 0, (x + s)/2 == b / (2 (s - x)) with s = sqrt(x^2 + b).
    # The double `where` keeps the unselected branch finite so its zero
    # gradient does not turn into 0 * inf = NaN; NaN inputs go to the x < 0 branch.
    def squareplus(x):
        pos = x >= 0
        xp = torch.where(pos, x, torch.zeros_like(x))
        xn = torch.where(pos, torch.zeros_like(x), x)
        yp = 0.5 * (xp + torch.sqrt(xp * xp + b))
        yn = 0.5 * b / (torch.sqrt(xn * xn + b) - xn)
        return torch.where(pos, yp, yn)

    return squareplus


SQUAREPLUS_EXPR = (
    "pos = x >= 0; xp = torch.where(pos, x, 0); xn = torch.where(pos, 0, x); "
    "torch.where(pos, 0.5 * (xp + torch.sqrt(xp * xp + {b})), "
    "0.5 * {b} / (torch.sqrt(xn * xn + {b}) - xn))"
)


def _sparse_plus(x):
    # JAX's sparse_plus: 0 for x <= -1, (x + 1)^2 / 4 for -1 < x < 1, x for x >= 1.
    # clamp keeps the quadratic branch finite where it is not selected.
    quad = (torch.clamp(x, -1.0, 1.0) + 1.0) ** 2 / 4.0
    upper = torch.where(x >= 1.0, x, quad)
    return torch.where(x <= -1.0, torch.zeros_like(x), upper)


SPARSE_PLUS_EXPR = (
    "torch.where(x <= -1, 0, torch.where(x >= 1, x, "
    "(torch.clamp(x, -1, 1) + 1) ** 2 / 4))"
)


def _case(name, params, expr, fn, kinks=(), note=None):
    row = {"name": name, "params": params, "torch": expr, "fn": fn, "kinks": tuple(kinks)}
    if note:
        row["note"] = note
    return row


def scalar_cases():
    """Every scalar case, in fixture order."""
    cases = [
        _case("relu", {}, "torch.nn.functional.relu(x)", F.relu, [0.0]),
        _case("relu6", {}, "torch.nn.functional.relu6(x)", F.relu6, [0.0, 6.0]),
    ]
    for slope in (0.01, 0.2):
        cases.append(_case(
            "leaky_relu", {"negative_slope": slope},
            f"torch.nn.functional.leaky_relu(x, negative_slope={slope!r})",
            lambda x, s=slope: F.leaky_relu(x, negative_slope=s), [0.0]))
    for weight in (0.25, 0.1):
        cases.append(_case(
            "prelu", {"weight": weight},
            f"torch.nn.functional.prelu(x, torch.tensor([{weight!r}], dtype=torch.float64))",
            _prelu(weight), [0.0]))
    for lower, upper in ((1.0 / 8.0, 1.0 / 3.0), (0.05, 0.25)):
        cases.append(_case(
            "rrelu", {"lower": lower, "upper": upper, "training": False},
            f"torch.nn.functional.rrelu(x, lower={lower!r}, upper={upper!r}, training=False)",
            lambda x, lo=lower, up=upper: F.rrelu(x, lower=lo, upper=up, training=False),
            [0.0], note="eval mode: a leaky_relu with slope (lower + upper) / 2"))
    for alpha in (1.0, 0.5):
        cases.append(_case(
            "elu", {"alpha": alpha}, f"torch.nn.functional.elu(x, alpha={alpha!r})",
            lambda x, a=alpha: F.elu(x, alpha=a), [0.0]))
    cases.append(_case("selu", {}, "torch.nn.functional.selu(x)", F.selu, [0.0]))
    for alpha in (1.0, 2.0):
        cases.append(_case(
            "celu", {"alpha": alpha}, f"torch.nn.functional.celu(x, alpha={alpha!r})",
            lambda x, a=alpha: F.celu(x, alpha=a), [0.0]))
    for approximate in ("none", "tanh"):
        cases.append(_case(
            "gelu", {"approximate": approximate},
            f"torch.nn.functional.gelu(x, approximate={approximate!r})",
            lambda x, ap=approximate: F.gelu(x, approximate=ap)))
    cases += [
        _case("silu", {}, "torch.nn.functional.silu(x)", F.silu),
        _case("mish", {}, "torch.nn.functional.mish(x)", F.mish),
    ]
    for beta, threshold in ((1.0, 20.0), (2.0, 10.0)):
        cases.append(_case(
            "softplus", {"beta": beta, "threshold": threshold},
            f"torch.nn.functional.softplus(x, beta={beta!r}, threshold={threshold!r})",
            lambda x, b=beta, t=threshold: F.softplus(x, beta=b, threshold=t),
            [threshold / beta],
            note="torch switches to the identity where x * beta > threshold"))
    cases.append(_case(
        "softplus", {"beta": 3.0, "threshold": 20.0},
        "torch.nn.functional.softplus(x, beta=3.0, threshold=20.0)",
        lambda x: F.softplus(x, beta=3.0, threshold=20.0), [20.0 / 3.0],
        note="softplus with sharpness k = 3 (sharpness is an alias of beta)"))
    cases += [
        _case("softsign", {}, "torch.nn.functional.softsign(x)", F.softsign, [0.0],
              note="0 is listed as a kink because the second derivative jumps there"),
        _case("tanh", {}, "torch.tanh(x)", torch.tanh),
        _case("sigmoid", {}, "torch.sigmoid(x)", torch.sigmoid),
        _case("hardsigmoid", {}, "torch.nn.functional.hardsigmoid(x)", F.hardsigmoid, [-3.0, 3.0]),
        _case("hardswish", {}, "torch.nn.functional.hardswish(x)", F.hardswish, [-3.0, 3.0]),
        _case("hardtanh", {"min_val": -1.0, "max_val": 1.0},
              "torch.nn.functional.hardtanh(x, min_val=-1.0, max_val=1.0)",
              lambda x: F.hardtanh(x, min_val=-1.0, max_val=1.0), [-1.0, 1.0]),
        _case("hardtanh", {"min_val": -2.0, "max_val": 3.0},
              "torch.nn.functional.hardtanh(x, min_val=-2.0, max_val=3.0)",
              lambda x: F.hardtanh(x, min_val=-2.0, max_val=3.0), [-2.0, 3.0]),
    ]
    for lambd in (0.5, 1.0):
        cases.append(_case(
            "hardshrink", {"lambd": lambd}, f"torch.nn.functional.hardshrink(x, lambd={lambd!r})",
            lambda x, la=lambd: F.hardshrink(x, lambd=la), [-lambd, lambd]))
    for lambd in (0.5, 1.0):
        cases.append(_case(
            "softshrink", {"lambd": lambd}, f"torch.nn.functional.softshrink(x, lambd={lambd!r})",
            lambda x, la=lambd: F.softshrink(x, lambd=la), [-lambd, lambd]))
    cases += [
        _case("tanhshrink", {}, "torch.nn.functional.tanhshrink(x)", F.tanhshrink),
        _case("logsigmoid", {}, "torch.nn.functional.logsigmoid(x)", F.logsigmoid),
    ]
    for threshold, value in ((0.5, -1.0), (0.0, 0.0)):
        cases.append(_case(
            "threshold", {"threshold": threshold, "value": value},
            f"torch.nn.functional.threshold(x, threshold={threshold!r}, value={value!r})",
            lambda x, t=threshold, v=value: F.threshold(x, threshold=t, value=v), [threshold]))
    cases += [
        _case("squareplus", {"b": 4.0}, SQUAREPLUS_EXPR.format(b=4.0), _squareplus(4.0),
              note="0.5 * (x + sqrt(x^2 + b)), written without cancellation for x < 0"),
        _case("sparse_plus", {}, SPARSE_PLUS_EXPR, _sparse_plus, [-1.0, 1.0],
              note="JAX's sparse_plus; at x = -1 the zero branch and at x = 1 the identity branch apply"),
        _case("hard_silu", {}, "torch.nn.functional.hardswish(x)", F.hardswish, [-3.0, 3.0],
              note="JAX's hard_silu is PyTorch's hardswish"),
        _case("swish", {"beta": 1.5}, "x * torch.sigmoid(1.5 * x)",
              lambda x: x * torch.sigmoid(1.5 * x)),
        _case("identity", {}, "x", lambda x: x,
              note="dy is a constant not connected to x, so torch has no double backward"),
        _case("exponential", {}, "torch.exp(x)", torch.exp),
    ]
    return cases

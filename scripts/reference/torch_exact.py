"""The same activations as torch_scalar_cases.py / torch_vector_cases.py, as
exact mathematics: mpmath at 1000 digits, derivatives by Taylor jets.

Each definition follows PyTorch's own definition, branch for branch (the
branch is picked by torch's comparison on the double input, e.g. softplus's
x * beta > threshold), with torch's double constants, but with no rounding
error in between. Where torch's float64 result differs from this by more than
rounding, torch's formula loses accuracy there (cancellation, underflow of an
intermediate): see docs/reference-fixtures.md.

Kink inputs get no exact derivative (null): there the convention is torch's.
"""

import math

import mpmath as mp

import torch_jets as J
from torch_jets import Jet

DIGITS = 1000

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
M_SQRT2 = 1.41421356237309504880
M_2_SQRTPI = 1.12837916709551257390
GELU_KAPPA = 0.044715


def _zero():
    return Jet(0)


def _leaky(slope):
    return lambda x, X: X if x > 0 else float(slope) * X


def _clamp(lo, hi):
    def clamp(x, X):
        if x <= lo:
            return Jet(lo)
        if x >= hi:
            return Jet(hi)
        return X
    return clamp


def _hardswish(x, X):
    if x <= -3:
        return _zero()
    if x >= 3:
        return X
    return X * (X + 3) / 6


def _gelu_tanh(x, X):
    # 0.5 x (1 + tanh(z)) == x * sigmoid(2 z): the same function, no cancellation.
    beta = mp.mpf(M_SQRT2) * mp.mpf(M_2_SQRTPI) * mp.mpf(0.5)
    z = beta * (X + mp.mpf(GELU_KAPPA) * X * X * X)
    return X * J.sigmoid(2 * z)


def _softplus(beta, threshold):
    def softplus(x, X):
        if x * beta == threshold:
            return None  # torch's value and dy take the log1p branch here, its d2y the linear one
        if x * beta > threshold:
            return X
        return J.log1p(J.exp(beta * X)) / beta
    return softplus


def _softshrink(lambd):
    def softshrink(x, X):
        if x > lambd:
            return X - lambd
        if x < -lambd:
            return X + lambd
        return _zero()
    return softshrink


def _sparse_plus(x, X):
    if x <= -1:
        return _zero()
    if x >= 1:
        return X
    return (X + 1) * (X + 1) / 4


def _elu_like(alpha, scale=1.0, input_scale=1.0):
    def elu(x, X):
        if x > 0:
            return mp.mpf(scale) * X
        return mp.mpf(scale) * mp.mpf(alpha) * J.expm1(X * mp.mpf(input_scale))
    return elu


def scalar_definition(name, params):
    """f(x, X) -> Jet for a case, where x is the double input and X its jet;
    None where the point is a convention of torch's rather than mathematics."""
    p = params
    table = {
        "relu": lambda: (lambda x, X: X if x > 0 else _zero()),
        "relu6": lambda: _clamp(0.0, 6.0),
        "leaky_relu": lambda: _leaky(p.get("negative_slope")),
        "prelu": lambda: _leaky(p.get("weight")),
        "rrelu": lambda: _leaky((p.get("lower", 0) + p.get("upper", 0)) / 2),
        "elu": lambda: _elu_like(p.get("alpha")),
        "selu": lambda: _elu_like(SELU_ALPHA, SELU_SCALE),
        "celu": lambda: _elu_like(p.get("alpha"), 1.0, 1 / mp.mpf(p.get("alpha", 1.0))),
        "gelu": lambda: (_gelu_tanh if p.get("approximate") == "tanh"
                         else lambda x, X: X / 2 * J.erfc(-X / mp.sqrt(2))),
        "silu": lambda: (lambda x, X: X * J.sigmoid(X)),
        "mish": lambda: (lambda x, X: X * J.tanh(J.log1p(J.exp(X)))),
        "softplus": lambda: _softplus(p.get("beta"), p.get("threshold")),
        "softsign": lambda: (lambda x, X: X / (1 + X) if x >= 0 else X / (1 - X)),
        "tanh": lambda: (lambda x, X: J.tanh(X)),
        "sigmoid": lambda: (lambda x, X: J.sigmoid(X)),
        "hardsigmoid": lambda: (lambda x, X: _clamp(-3.0, 3.0)(x, X) / 6 + mp.mpf(0.5)),
        "hardswish": lambda: _hardswish,
        "hard_silu": lambda: _hardswish,
        "hardtanh": lambda: _clamp(p.get("min_val"), p.get("max_val")),
        "hardshrink": lambda: (lambda x, X: X if abs(x) > p.get("lambd") else _zero()),
        "softshrink": lambda: _softshrink(p.get("lambd")),
        "tanhshrink": lambda: (lambda x, X: X - J.tanh(X)),
        "logsigmoid": lambda: (lambda x, X: -J.log1p(J.exp(-X))),
        "threshold": lambda: (lambda x, X: X if x > p.get("threshold") else Jet(p.get("value"))),
        "squareplus": lambda: (lambda x, X: (X + J.sqrt(X * X + p.get("b"))) / 2),
        "sparse_plus": lambda: _sparse_plus,
        "swish": lambda: (lambda x, X: X * J.sigmoid(mp.mpf(p.get("beta")) * X)),
        "identity": lambda: (lambda x, X: X),
        "exponential": lambda: (lambda x, X: J.exp(X)),
    }
    return table[name]()


def _double(value):
    return float(value)


def exact_scalar(name, params, xs, kinks):
    """(y, dy, d2y) lists of doubles, None at kinks and at non-finite inputs."""
    f = scalar_definition(name, params)
    kink_set = {float(k) for k in kinks}
    ys, dys, d2ys = [], [], []
    with mp.workdps(DIGITS):
        for x in xs:
            jet = None
            if math.isfinite(x) and x not in kink_set:
                jet = f(x, Jet.variable(x))
            ys.append(None if jet is None else _double(jet.v))
            dys.append(None if jet is None else _double(jet.d1))
            d2ys.append(None if jet is None else _double(jet.d2))
    return ys, dys, d2ys


def _softmax(values):
    m = max(values)
    e = [mp.exp(v - m) for v in values]
    total = mp.fsum(e)
    return [v / total for v in e]


def exact_vector(name, params, vector):
    """(y, jacobian) of a vector case as doubles; the Jacobian is None where a
    maxout group has a tie (there the gradient's routing is torch's convention)."""
    with mp.workdps(DIGITS):
        x = [mp.mpf(v) for v in vector]
        n = len(x)
        eye = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
        if name in ("softmax", "softmin"):
            sign = 1 if name == "softmax" else -1
            s = _softmax([sign * v for v in x])
            y = s
            jac = [[sign * s[i] * (eye[i][j] - s[j]) for j in range(n)] for i in range(n)]
        elif name == "log_softmax":
            s = _softmax(x)
            y = [mp.log(v) for v in s]
            jac = [[eye[i][j] - s[j] for j in range(n)] for i in range(n)]
        elif name == "logsumexp":
            m = max(x)
            y = [m + mp.log(mp.fsum(mp.exp(v - m) for v in x))]
            jac = [_softmax(x)]
        elif name == "glu":
            half = n // 2
            a, b = x[:half], x[half:]
            sig = [1 / (1 + mp.exp(-v)) for v in b]
            y = [a[i] * sig[i] for i in range(half)]
            jac = [[0] * n for _ in range(half)]
            for i in range(half):
                jac[i][i] = sig[i]
                jac[i][half + i] = a[i] * sig[i] / (1 + mp.exp(b[i]))
        elif name == "maxout":
            k = params["k"]
            groups = [x[i:i + k] for i in range(0, n, k)]
            y = [max(g) for g in groups]
            if any(g.count(max(g)) > 1 for g in groups):
                return [_double(v) for v in y], None
            jac = [[0] * n for _ in groups]
            for gi, g in enumerate(groups):
                jac[gi][gi * k + g.index(max(g))] = 1
        else:
            raise KeyError(name)
        return [_double(v) for v in y], [[_double(v) for v in row] for row in jac]

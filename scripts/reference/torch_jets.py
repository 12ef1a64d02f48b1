"""Second-order Taylor jets over mpmath numbers: exact value, first and second
derivative of an expression in one variable, carried through arithmetic.

A Jet(v, d1, d2) stands for f(x0), f'(x0), f''(x0). Combining jets applies the
product, quotient and chain rules, so an expression written with these jets
yields its derivatives to the working precision, with exact zeros for
polynomial parts (no finite-difference residue). Used by torch_exact.py.
"""

import mpmath as mp


class Jet:
    __slots__ = ("v", "d1", "d2")

    def __init__(self, v, d1=0, d2=0):
        self.v = mp.mpf(v)
        self.d1 = mp.mpf(d1)
        self.d2 = mp.mpf(d2)

    @staticmethod
    def variable(x):
        return Jet(x, 1, 0)

    @staticmethod
    def of(value):
        return value if isinstance(value, Jet) else Jet(value)

    def __add__(self, other):
        o = Jet.of(other)
        return Jet(self.v + o.v, self.d1 + o.d1, self.d2 + o.d2)

    __radd__ = __add__

    def __neg__(self):
        return Jet(-self.v, -self.d1, -self.d2)

    def __sub__(self, other):
        return self + (-Jet.of(other))

    def __rsub__(self, other):
        return Jet.of(other) - self

    def __mul__(self, other):
        o = Jet.of(other)
        return Jet(self.v * o.v,
                   self.d1 * o.v + self.v * o.d1,
                   self.d2 * o.v + 2 * self.d1 * o.d1 + self.v * o.d2)

    __rmul__ = __mul__

    def reciprocal(self):
        r = 1 / self.v
        return apply(r, -r * r, 2 * r * r * r, self)

    def __truediv__(self, other):
        return self * Jet.of(other).reciprocal()

    def __rtruediv__(self, other):
        return Jet.of(other) * self.reciprocal()


def apply(g0, g1, g2, u):
    """g(u) given g, g' and g'' at u.v (the chain rule to second order)."""
    return Jet(g0, g1 * u.d1, g2 * u.d1 * u.d1 + g1 * u.d2)


def exp(u):
    e = mp.exp(u.v)
    return apply(e, e, e, u)


def expm1(u):
    e = mp.exp(u.v)
    return apply(mp.expm1(u.v), e, e, u)


def log1p(u):
    r = 1 / (1 + u.v)
    return apply(mp.log1p(u.v), r, -r * r, u)


def tanh(u):
    t = mp.tanh(u.v)
    sech2 = 1 / mp.cosh(u.v) ** 2
    return apply(t, sech2, -2 * t * sech2, u)


def sigmoid(u):
    # s' = s (1 - s) and s'' = s (1 - s) (1 - 2 s), with 1 - s computed directly.
    s = 1 / (1 + mp.exp(-u.v))
    sm = 1 / (1 + mp.exp(u.v))
    return apply(s, s * sm, s * sm * (sm - s), u)


def erfc(u):
    g1 = -2 / mp.sqrt(mp.pi) * mp.exp(-u.v * u.v)
    return apply(mp.erfc(u.v), g1, -2 * u.v * g1, u)


def sqrt(u):
    r = mp.sqrt(u.v)
    return apply(r, 1 / (2 * r), -1 / (4 * r * r * r), u)

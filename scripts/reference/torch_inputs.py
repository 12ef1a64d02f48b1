"""The inputs x at which every scalar activation is sampled.

Every case gets the same base grid (tiny, small, moderate, saturating and
overflowing magnitudes of both signs), plus the case's own kinks, each kink's
two neighbouring doubles (so a test can see which branch a kink belongs to),
and finally -inf, +inf and NaN.
"""

import math

# Magnitudes sampled with both signs (0 is added once).
BASE_MAGNITUDES = (
    1e-300, 1e-12, 1e-6, 1e-3, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0,
    10.0, 20.0, 30.0, 40.0, 50.0, 100.0, 700.0, 710.0, 1000.0,
)


def base_inputs():
    """0 and +-m for every base magnitude, ascending."""
    values = {0.0}
    for magnitude in BASE_MAGNITUDES:
        values.add(magnitude)
        values.add(-magnitude)
    return sorted(values)


def kink_neighbours(kink):
    """The kink and, for a non-zero kink, the doubles just below and above it.

    Around 0 the base grid's +-1e-300 already plays that role.
    """
    if kink == 0.0:
        return [0.0]
    return [math.nextafter(kink, -math.inf), kink, math.nextafter(kink, math.inf)]


def inputs_for(kinks):
    """Sorted finite inputs (base grid plus kinks and neighbours), then -inf, inf, NaN."""
    values = set(base_inputs())
    for kink in kinks:
        values.update(kink_neighbours(float(kink)))
    finite = sorted(values)
    return [-math.inf] + finite + [math.inf, math.nan]

"""Deterministic JSON text for the PyTorch reference fixture.

Floats are written with Python's shortest round-trip repr (what json.dumps
uses), so JavaScript's JSON.parse reads back the identical double. JSON has no
NaN or infinities: those become the strings "NaN", "Infinity", "-Infinity"
(the same convention as the cell-result contract). Objects are written with
2-space indentation in insertion order; lists of scalars stay on one line so
the file diffs by case and stays small.
"""

import json
import math


def encode_number(value):
    """A float or int as a JSON-ready value: non-finite floats become strings."""
    if isinstance(value, bool):
        raise TypeError("booleans are not numbers in this fixture")
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
    return value


def _scalar_text(value):
    if isinstance(value, float):
        value = encode_number(value)
    return json.dumps(value, allow_nan=False, ensure_ascii=True)


def _is_scalar(value):
    return value is None or isinstance(value, (str, int, float, bool))


def to_text(value, indent=0):
    """JSON text for value; dict keys keep their insertion order."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if _is_scalar(value):
        return _scalar_text(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{inner}{json.dumps(str(key))}: {to_text(item, indent + 1)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(_is_scalar(item) for item in value):
            return "[" + ", ".join(_scalar_text(item) for item in value) + "]"
        items = [f"{inner}{to_text(item, indent + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    raise TypeError(f"cannot write {type(value).__name__} to the fixture")


def decode_number(value):
    """Inverse of encode_number, for reading the fixture back."""
    if value == "NaN":
        return math.nan
    if value == "Infinity":
        return math.inf
    if value == "-Infinity":
        return -math.inf
    return float(value)

"""The vector activations sampled for the reference, as a table.

Each row: our registry name, params under PyTorch's names, the torch
expression, the callable, and the fixed input vectors. The fixture stores each
output vector and its Jacobian (rows = outputs, columns = inputs).
"""

import torch
import torch.nn.functional as F

# Inputs for the softmax family and logsumexp.
COMMON_VECTORS = (
    (1.0, 2.0, 3.0),
    (-1000.0, 0.0, 1000.0),
    (0.0, 0.0, 0.0, 0.0),
    (1e-6, -1e-6),
    (5.0,),
    (-30.0, -2.5, -1e-3, 0.0, 1e-6, 0.5, 3.0, 50.0),
)

# glu halves its input, so it takes the even-length vectors only.
GLU_VECTORS = tuple(v for v in COMMON_VECTORS if len(v) % 2 == 0) + (
    (1.0, -2.0, 3.0, 1000.0, -1000.0, 0.5),
)

# maxout groups of k: no ties, a tie inside one group, all entries tied.
MAXOUT_VECTORS = (
    (0.5, -1.0, 2.0, 1.5, -3.0, -2.5),
    (1.0, -2.0, 3.0, 3.0, -1.0, 0.5),
    (1.0, 1.0, 1.0, -1.0, -1.0, -1.0),
)


def _row(name, params, expr, fn, vectors, note=None):
    row = {"name": name, "params": params, "torch": expr, "fn": fn, "vectors": vectors}
    if note:
        row["note"] = note
    return row


def _maxout(k):
    return lambda x: x.reshape(-1, k).max(dim=-1).values


def vector_cases():
    """Every vector case, in fixture order."""
    cases = [
        _row("softmax", {"dim": -1}, "torch.nn.functional.softmax(x, dim=-1)",
             lambda x: F.softmax(x, dim=-1), COMMON_VECTORS),
        _row("log_softmax", {"dim": -1}, "torch.nn.functional.log_softmax(x, dim=-1)",
             lambda x: F.log_softmax(x, dim=-1), COMMON_VECTORS),
        _row("softmin", {"dim": -1}, "torch.nn.functional.softmin(x, dim=-1)",
             lambda x: F.softmin(x, dim=-1), COMMON_VECTORS),
        _row("logsumexp", {"dim": -1}, "torch.logsumexp(x, dim=-1, keepdim=True)",
             lambda x: torch.logsumexp(x, dim=-1, keepdim=True), COMMON_VECTORS,
             note="keepdim=True so y is a one-element list and the Jacobian a single row"),
        _row("glu", {"dim": -1}, "torch.nn.functional.glu(x, dim=-1)",
             lambda x: F.glu(x, dim=-1), GLU_VECTORS,
             note="first half * sigmoid(second half)"),
    ]
    for k in (2, 3):
        cases.append(_row(
            "maxout", {"k": k}, f"x.reshape(-1, {k}).max(dim=-1).values", _maxout(k),
            MAXOUT_VECTORS,
            note="max over consecutive groups of k; on a tie torch routes the whole "
                 "gradient to the first maximal entry of the group"))
    return cases

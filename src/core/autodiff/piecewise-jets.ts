/**
 * Jets of the piecewise functions: each picks the jet of one branch at the point x0, so the
 * derivatives are those of that branch. At a kink or a tie the conventions follow PyTorch's
 * autograd, like the activations do:
 * - abs'(0) = 0 (PyTorch: sign(x) * grad), sign' = 0 everywhere.
 * - max(a, b) / min(a, b) at a tie a_0 = b_0: the mean of both jets (torch.maximum / torch.minimum
 *   split the gradient evenly between equal inputs).
 * - clip(x, lo, hi): x's jet while lo_0 <= x_0 <= hi_0, both ends included (torch.clamp passes
 *   the gradient at the bounds), else the jet of the bound; when lo_0 > hi_0 the result is hi,
 *   as min(max(x, lo), hi) is.
 * - where(c, a, b): the jet of the branch chosen; the condition itself has no derivative.
 * A NaN input gives a jet of NaNs.
 */
import { Jet } from './jet';
import { add, commonOrder, neg, scale } from './jet-arithmetic';

export function absJet(u: Jet): Jet {
  if (u.value > 0) return u;
  if (u.value < 0) return neg(u);
  return u.value === 0 ? Jet.constant(0, u.order) : nanJet(u.order);
}

export function signJet(u: Jet): Jet {
  return Jet.constant(Math.sign(u.value), u.order);
}

export function maxJet(a: Jet, b: Jet): Jet {
  const n = commonOrder(a, b);
  if (a.value > b.value) return a;
  if (a.value < b.value) return b;
  return a.value === b.value ? scale(add(a, b), 0.5) : nanJet(n);
}

export function minJet(a: Jet, b: Jet): Jet {
  const n = commonOrder(a, b);
  if (a.value < b.value) return a;
  if (a.value > b.value) return b;
  return a.value === b.value ? scale(add(a, b), 0.5) : nanJet(n);
}

export function clipJet(x: Jet, lo: Jet, hi: Jet): Jet {
  const n = commonOrder(x, lo, hi);
  if (Number.isNaN(x.value) || Number.isNaN(lo.value) || Number.isNaN(hi.value)) return nanJet(n);
  const raised = x.value < lo.value ? lo : x;
  return raised.value > hi.value ? hi : raised;
}

export function whereJet(condition: boolean, whenTrue: Jet, whenFalse: Jet): Jet {
  commonOrder(whenTrue, whenFalse);
  return condition ? whenTrue : whenFalse;
}

export function nanJet(order: number): Jet {
  return new Jet(new Float64Array(order + 1).fill(NaN));
}

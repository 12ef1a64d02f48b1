/**
 * L1 / L2 penalties on the dense weights (not biases, not PReLU slopes), added to the loss:
 * penalty = l1 * sum |w| + l2 * sum w^2, gradient l1 * sign(w) (0 at 0, as torch's abs) + 2 * l2 * w.
 * Gradient clipping with torch.nn.utils semantics: clip_grad_norm_ (the 2-norm of the per-tensor
 * 2-norms, every gradient times min(1, max_norm / (norm + 1e-6))) and clip_grad_value_ (clamp to
 * [-v, v]); norm first, then value, when both are given.
 */
import type { Network } from './network';
import type { Workspace } from './workspace';

/**
 * The L1 penalty on hidden activations (Glorot, Bordes and Bengio 2011's sparsity penalty):
 * sum over the hidden layers and rows 0..rows-1 of |a| (the caller scales: l1_activations / batch).
 * Its gradient, l1_activations / batch * sign(a), is added by backwardPass (activationL1).
 */
export function hiddenActivationL1(net: Network, ws: Workspace, rows: number): number {
  let s = 0;
  for (let l = 0; l < net.layers.length - 1; l++) {
    const a = ws.post[l];
    const count = rows * net.layers[l].units;
    for (let i = 0; i < count; i++) s += Math.abs(a[i]);
  }
  return s;
}

/** The penalty of the current weights; with `g`, adds its gradient to g. */
export function applyPenalty(net: Network, l1: number, l2: number, g: Float64Array | null): number {
  if (l1 === 0 && l2 === 0) return 0;
  const p = net.parameters;
  let s1 = 0;
  let s2 = 0;
  for (const t of net.tensors) {
    if (!t.isWeight) continue;
    let a1 = 0;
    let a2 = 0;
    for (let i = t.offset; i < t.offset + t.length; i++) {
      const w = p[i];
      a1 += Math.abs(w);
      a2 += w * w;
      if (g !== null) g[i] += l1 * (w > 0 ? 1 : w < 0 ? -1 : 0) + 2 * l2 * w;
    }
    s1 += a1;
    s2 += a2;
  }
  return l1 * s1 + l2 * s2;
}

/** clip_grad_norm_; writes the total norm before clipping into norm[0] when given (no boxed return). */
export function clipGradientNorm(net: Network, g: Float64Array, maxNorm: number, norm: Float64Array | null): void {
  let total = 0;
  for (const t of net.tensors) {
    let s = 0;
    for (let i = t.offset; i < t.offset + t.length; i++) s += g[i] * g[i];
    const norm = Math.sqrt(s);
    total += norm * norm;
  }
  total = Math.sqrt(total);
  const coef = maxNorm / (total + 1e-6);
  if (coef < 1) for (let i = 0; i < g.length; i++) g[i] *= coef;
  if (norm !== null) norm[0] = total;
}

/** clip_grad_value_. */
export function clipGradientValue(g: Float64Array, clipValue: number): void {
  for (let i = 0; i < g.length; i++) {
    const v = g[i];
    g[i] = v > clipValue ? clipValue : v < -clipValue ? -clipValue : v;
  }
}

/**
 * Forward and backward passes of a whole layer-batch through an MLP, in a Workspace. The forward
 * pass keeps every pre-activation, value and slope; the backward pass accumulates into
 * workspace.gradients (callers zero it per step), so a batch can be processed in several chunks.
 */
import type { Network } from './network';
import type { Workspace } from './workspace';

/**
 * Runs rows 0..n-1 of ws.input through the network (parameters `p`, default net.parameters);
 * `poll` (the trainer's interrupt check, which may throw) is called after each layer but the last.
 */
export function forwardPass(net: Network, ws: Workspace, n: number, p: Float64Array = net.parameters, poll?: () => void): void {
  const layers = net.layers;
  const kernels = ws.kernels;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l];
    const X = l === 0 ? ws.input : ws.post[l - 1];
    const Z = ws.pre[l];
    kernels.forward(X, p, p, Z, n, layer.inputs, layer.rows, layer.weightOffset, layer.biasOffset);
    const A = ws.post[l];
    const count = n * layer.units;
    switch (layer.kind) {
      case 'activation':
        if (layer.activation!.kernel === 'tanh') kernels.tanhValueAndSlope(Z, A, ws.slope[l], count);
        else if (layer.activation!.kernel === 'relu') kernels.reluValueAndSlope(Z, A, ws.slope[l], count);
        else layer.activation!.valueAndSlope(Z, A, ws.slope[l], count);
        break;
      case 'prelu':
        preluForward(Z, A, ws.slope[l], p, layer.slopeOffset, layer.slopeCount, layer.units, count);
        break;
      case 'maxout':
        maxoutForward(Z, A, ws.winner[l], layer.pieces, count);
        break;
      case 'output':
        if (net.head === 'sigmoid') for (let i = 0; i < count; i++) A[i] = 1 / (1 + Math.exp(-Z[i]));
        else if (net.head === 'softmax') softmaxRows(Z, A, n, layer.units);
        break;
    }
    if (poll !== undefined && l < layers.length - 1) poll();
  }
}

/** post = pre > 0 ? pre : a * pre, slope = pre > 0 ? 1 : a (torch's prelu and its gradient). */
function preluForward(Z: Float64Array, A: Float64Array, S: Float64Array, p: Float64Array, off: number, slopes: number, units: number, count: number): void {
  if (slopes === 1) {
    const a = p[off];
    for (let i = 0; i < count; i++) {
      const z = Z[i];
      const positive = z > 0;
      A[i] = positive ? z : a * z;
      S[i] = positive ? 1 : a;
    }
    return;
  }
  for (let i = 0, u = 0; i < count; i++) {
    const a = p[off + u];
    const z = Z[i];
    const positive = z > 0;
    A[i] = positive ? z : a * z;
    S[i] = positive ? 1 : a;
    if (++u === units) u = 0;
  }
}

/** A[j] = max of Z[j*k .. j*k+k), winner[j] = the index of its first maximal entry. */
function maxoutForward(Z: Float64Array, A: Float64Array, winner: Int32Array, k: number, count: number): void {
  for (let j = 0; j < count; j++) {
    let best = j * k;
    let v = Z[best];
    for (let q = best + 1; q < j * k + k; q++) {
      if (Z[q] > v) { v = Z[q]; best = q; }
    }
    A[j] = v;
    winner[j] = best;
  }
}

/** Row-wise softmax with the maximum subtracted. */
export function softmaxRows(Z: Float64Array, A: Float64Array, n: number, width: number): void {
  for (let r = 0; r < n; r++) {
    const o = r * width;
    let m = Z[o];
    for (let j = 1; j < width; j++) if (Z[o + j] > m) m = Z[o + j];
    let s = 0;
    for (let j = 0; j < width; j++) { const e = Math.exp(Z[o + j] - m); A[o + j] = e; s += e; }
    for (let j = 0; j < width; j++) A[o + j] /= s;
  }
}

/**
 * Backward from ws.gradPre[last] (written by the loss) to every parameter: adds the gradients of
 * rows 0..n-1 into ws.gradients; `poll` is called between layers (it may throw, ending the pass);
 * `activationL1` (l1_activations / batch) adds the hidden-activation L1 penalty's gradient.
 */
export function backwardPass(net: Network, ws: Workspace, n: number, poll?: () => void, activationL1 = 0): void {
  const layers = net.layers;
  const p = net.parameters;
  const G = ws.gradients;
  const kernels = ws.kernels;
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const X = l === 0 ? ws.input : ws.post[l - 1];
    const dZ = ws.gradPre[l];
    kernels.weightGradient(X, dZ, G, n, layer.inputs, layer.rows, layer.weightOffset, layer.biasOffset);
    if (l === 0) break;
    if (poll !== undefined) poll();
    const below = layers[l - 1];
    const dA = ws.gradPost[l - 1];
    kernels.inputGradient(dZ, p, dA, n, layer.inputs, layer.rows, layer.weightOffset);
    const count = n * below.units;
    if (activationL1 !== 0) {
      // the activation L1 penalty's gradient (activationL1 = l1_activations / batch): sign(a), 0 at 0 as torch's abs
      const a = ws.post[l - 1];
      for (let j = 0; j < count; j++) {
        const v = a[j];
        dA[j] += activationL1 * (v > 0 ? 1 : v < 0 ? -1 : 0);
      }
    }
    const dZb = ws.gradPre[l - 1];
    if (below.kind === 'maxout') {
      dZb.fill(0, 0, n * below.rows);
      const winner = ws.winner[l - 1];
      for (let j = 0; j < count; j++) dZb[winner[j]] = dA[j];
    } else {
      kernels.multiply(dA, ws.slope[l - 1], dZb, count);
      if (below.kind === 'prelu') preluSlopeGradient(ws.pre[l - 1], dA, G, below.slopeOffset, below.slopeCount, below.units, count);
    }
  }
}

/** d loss / d a = sum over pre <= 0 of pre * dA (torch's prelu weight gradient). */
function preluSlopeGradient(Z: Float64Array, dA: Float64Array, G: Float64Array, off: number, slopes: number, units: number, count: number): void {
  if (slopes === 1) {
    let s = 0;
    for (let i = 0; i < count; i++) { const z = Z[i]; if (!(z > 0)) s += z * dA[i]; }
    G[off] += s;
    return;
  }
  for (let i = 0, u = 0; i < count; i++) {
    const z = Z[i];
    if (!(z > 0)) G[off + u] += z * dA[i];
    if (++u === units) u = 0;
  }
}

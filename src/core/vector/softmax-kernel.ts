/**
 * The shared numerics of softmax, log_softmax, softmin and logsumexp over z = sign * x
 * (sign = -1 gives softmin).
 *
 * Stability: with m = max z (its FIRST index `top`) every e_j = exp(z_j - m) is in [0, 1] and
 * e_top = 1 exactly, so nothing overflows. The sum of the others, r = Σ_{j≠top} e_j, is kept apart
 * from the 1, so that
 *   logsumexp = m + log1p(r)               (not log(1 + r), which loses r < 1e-16),
 *   1 - s_top = r / (1 + r)                (not 1 - s_top, which cancels to 0 for a dominant entry).
 * Every other weight is at most 1/2, so 1 - s_j has no cancellation. This is why the Jacobians here
 * agree with the exact values where PyTorch's float64 result is 0 (docs/reference-fixtures.md).
 *
 * Non-finite inputs: any NaN makes every output NaN. If the maximum is +Infinity, the entries equal
 * to +Infinity share the weight equally (the limit as they grow together) and the rest get 0. If all
 * entries are -Infinity there is no mass: softmax is 0/0 (NaN, as in PyTorch) and logsumexp is -Infinity.
 */
import type { VectorArray } from './vector-activation-spec';

/** How the maximum scan went. */
const FINITE = 0;
const HAS_NAN = 1;
const NO_MASS = 2;
const INFINITE = 3;

interface Scan {
  status: number;
  /** The maximum of z (finite in status FINITE). */
  m: number;
  /** The first index where z is maximal. */
  top: number;
}

function scanMax(xs: VectorArray, sign: number): Scan {
  const n = xs.length;
  let m = -Infinity;
  let top = -1;
  let nan = false;
  for (let j = 0; j < n; j++) {
    const z = sign * xs[j];
    if (z > m) {
      m = z;
      top = j;
    } else if (z !== z) nan = true;
  }
  const status = nan ? HAS_NAN : top < 0 ? NO_MASS : m === Infinity ? INFINITE : FINITE;
  return { status, m, top };
}

/** Fills out[0..n) with the weights of the +Infinity entries (1/count each) and 0 elsewhere; returns count. */
function infiniteWeightsInto(xs: VectorArray, sign: number, out: VectorArray): number {
  const n = xs.length;
  let count = 0;
  for (let j = 0; j < n; j++) if (sign * xs[j] === Infinity) count++;
  for (let j = 0; j < n; j++) out[j] = sign * xs[j] === Infinity ? 1 / count : 0;
  return count;
}

/** out[j] = exp(z_j - m) (out[top] = 1 exactly); returns r = Σ_{j≠top} out[j]. Status FINITE only. */
function shiftedExpInto(xs: VectorArray, sign: number, m: number, top: number, out: VectorArray): number {
  const n = xs.length;
  let r = 0;
  for (let j = 0; j < top; j++) {
    const e = Math.exp(sign * xs[j] - m);
    out[j] = e;
    r += e;
  }
  out[top] = 1;
  for (let j = top + 1; j < n; j++) {
    const e = Math.exp(sign * xs[j] - m);
    out[j] = e;
    r += e;
  }
  return r;
}

/** out[j] = softmax(sign * xs)_j. */
export function softmaxInto(xs: VectorArray, sign: number, out: VectorArray): void {
  const n = xs.length;
  if (n === 0) return;
  const { status, m, top } = scanMax(xs, sign);
  if (status === HAS_NAN || status === NO_MASS) {
    for (let j = 0; j < n; j++) out[j] = NaN;
    return;
  }
  if (status === INFINITE) {
    infiniteWeightsInto(xs, sign, out);
    return;
  }
  const total = 1 + shiftedExpInto(xs, sign, m, top, out);
  for (let j = 0; j < n; j++) out[j] = out[j] / total;
}

/** r = Σ_{j≠top} exp(z_j - m), in status FINITE. */
function restSum(xs: VectorArray, sign: number, m: number, top: number): number {
  const n = xs.length;
  let r = 0;
  for (let j = 0; j < top; j++) r += Math.exp(sign * xs[j] - m);
  for (let j = top + 1; j < n; j++) r += Math.exp(sign * xs[j] - m);
  return r;
}

/** out[j] = log_softmax(sign * xs)_j = (z_j - m) - log1p(r). */
export function logSoftmaxInto(xs: VectorArray, sign: number, out: VectorArray): void {
  const n = xs.length;
  if (n === 0) return;
  const { status, m, top } = scanMax(xs, sign);
  if (status === HAS_NAN || status === NO_MASS) {
    for (let j = 0; j < n; j++) out[j] = NaN;
    return;
  }
  if (status === INFINITE) {
    const count = infiniteWeightsInto(xs, sign, out);
    const logShare = -Math.log(count);
    for (let j = 0; j < n; j++) out[j] = out[j] > 0 ? logShare : -Infinity;
    return;
  }
  const logTotal = Math.log1p(restSum(xs, sign, m, top));
  for (let j = 0; j < n; j++) out[j] = sign * xs[j] - m - logTotal;
}

/** log Σ exp(sign * xs): -Infinity for an empty vector or all -Infinity, +Infinity if an entry is. */
export function logSumExp(xs: VectorArray, sign: number): number {
  const { status, m, top } = scanMax(xs, sign);
  if (status === HAS_NAN) return NaN;
  if (status === NO_MASS) return -Infinity;
  if (status === INFINITE) return Infinity;
  return m + Math.log1p(restSum(xs, sign, m, top));
}

/** The softmax weights with what the Jacobians need; `ok` false when they are undefined (NaN, no mass). */
export interface SoftmaxWeights {
  ok: boolean;
  /** s_j = softmax(sign * xs)_j, in double precision. */
  s: Float64Array;
  /** The first index of the largest weight. */
  top: number;
  /** 1 - s[top], computed without cancellation. */
  oneMinusTop: number;
}

/** The weights of softmax(sign * xs), into `into` when given (exactly xs.length long), else into a new array. */
export function softmaxWeights(xs: VectorArray, sign: number, into?: Float64Array): SoftmaxWeights {
  const n = xs.length;
  const s = into ?? new Float64Array(n);
  if (n === 0) return { ok: true, s, top: 0, oneMinusTop: 0 };
  const { status, m, top } = scanMax(xs, sign);
  if (status === HAS_NAN || status === NO_MASS) return { ok: false, s: s.fill(NaN), top: Math.max(top, 0), oneMinusTop: NaN };
  if (status === INFINITE) {
    const count = infiniteWeightsInto(xs, sign, s);
    return { ok: true, s, top, oneMinusTop: (count - 1) / count };
  }
  const r = shiftedExpInto(xs, sign, m, top, s);
  const total = 1 + r;
  for (let j = 0; j < n; j++) s[j] = s[j] / total;
  return { ok: true, s, top, oneMinusTop: r / total };
}

/**
 * The weights computed straight into the gradient array when it is a Float64Array (the VJPs below
 * read s_j before writing gx_j), saving an allocation per call; a Float32Array gets a double scratch.
 */
export function weightsInGradient(xs: VectorArray, sign: number, gx: VectorArray): SoftmaxWeights {
  return softmaxWeights(xs, sign, gx instanceof Float64Array ? gx.subarray(0, xs.length) : undefined);
}

/** 1 - s_j without cancellation (s_j <= 1/2 except at top). */
function oneMinus(w: SoftmaxWeights, j: number): number {
  return j === w.top ? w.oneMinusTop : 1 - w.s[j];
}

/** scale * (diag(s) - s sᵀ): the softmax Jacobian (scale 1), or softmin's (scale -1). */
export function softmaxJacobian(w: SoftmaxWeights, scale: number): Float64Array[] {
  const { s } = w;
  const n = s.length;
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = i === j ? scale * s[i] * oneMinus(w, i) : -scale * s[i] * s[j];
    rows.push(row);
  }
  return rows;
}

/**
 * gx = scale * s ⊙ (gy - sᵀgy): the softmax vector-Jacobian product. At `top`,
 * gy_top - sᵀgy = gy_top (1 - s_top) - Σ_{i≠top} gy_i s_i keeps the dominant entry exact.
 * `w.s` may be `gx` itself (weightsInGradient); `gy` must not be.
 */
export function softmaxVjpInto(w: SoftmaxWeights, gy: VectorArray, gx: VectorArray, scale: number): void {
  const { s, top } = w;
  const n = s.length;
  if (n === 0) return;
  let others = 0;
  for (let i = 0; i < top; i++) others += gy[i] * s[i];
  for (let i = top + 1; i < n; i++) others += gy[i] * s[i];
  const sTop = s[top];
  const dot = gy[top] * sTop + others;
  for (let j = 0; j < n; j++) gx[j] = scale * s[j] * (gy[j] - dot);
  gx[top] = scale * sTop * (gy[top] * w.oneMinusTop - others);
}

/** The log_softmax Jacobian δ_ij - s_j, with 1 - s_top exact. */
export function logSoftmaxJacobian(w: SoftmaxWeights): Float64Array[] {
  const { s } = w;
  const n = s.length;
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = i === j ? oneMinus(w, j) : -s[j];
    rows.push(row);
  }
  return rows;
}

/** gx_j = gy_j - s_j Σ gy; at top, gy_top (1 - s_top) - s_top Σ_{i≠top} gy_i. `w.s` may be `gx`, `gy` must not. */
export function logSoftmaxVjpInto(w: SoftmaxWeights, gy: VectorArray, gx: VectorArray): void {
  const { s, top } = w;
  const n = s.length;
  if (n === 0) return;
  let others = 0;
  for (let i = 0; i < top; i++) others += gy[i];
  for (let i = top + 1; i < n; i++) others += gy[i];
  const sTop = s[top];
  const total = gy[top] + others;
  for (let j = 0; j < n; j++) gx[j] = gy[j] - s[j] * total;
  gx[top] = gy[top] * w.oneMinusTop - sTop * others;
}

/**
 * x * sigmoid(beta * x): SiLU (beta = 1) and swish. With z = beta x, s = sigmoid(z) and
 * s' = s(1 - s) computed from e = exp(-|z|) (no overflow, no cancellation):
 *
 *   f   = x s
 *   f'  = s + z s'
 *   f'' = beta s' (2 - z tanh(z / 2))      (s'' = -s' tanh(z/2), without 1 - 2s cancelling)
 *
 * Where the product is inf * 0 (x = +-Infinity) the limits replace NaN.
 */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';

export function swishValue(x: number, beta: number): number {
  const z = beta * x;
  const e = Math.exp(-Math.abs(z));
  const pos = +(z >= 0);
  const v = (x * (pos + (1 - pos) * e)) / (1 + e);
  return v === v || x !== x ? v : z > 0 ? x : x > 0 ? 0 : -0;
}

export function swishDerivative(x: number, beta: number): number {
  const z = beta * x;
  const e = Math.exp(-Math.abs(z));
  const r = 1 / (1 + e);
  const pos = +(z >= 0);
  const d = r * (pos + (1 - pos) * e) + z * (e * r * r);
  return d === d || x !== x ? d : z > 0 ? 1 : 0;
}

export function swishSecondDerivative(x: number, beta: number): number {
  const z = beta * x;
  const e = Math.exp(-Math.abs(z));
  const r = 1 / (1 + e);
  const d2 = beta * (e * r * r) * (2 - z * Math.tanh(0.5 * z));
  return d2 === d2 || x !== x ? d2 : 0;
}

/*
 * The kernels run a checked pass first (checked-pass.ts): the same formulas without the guards for
 * inf * 0, summing what they wrote; only a non-finite sum (an infinite or NaN input) reruns the
 * guarded loop.
 */
export function swishValueInto(xs: NumericArray, out: NumericArray, beta: number): void {
  const n = xs.length;
  if (disjoint(xs, out)) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const z = beta * x;
      // x (pos + (1 - pos) e) as px + nx e, with both halves ready before the exp returns: the
      // same number (one of them is a zero that does not change the other), a shorter chain after
      // the call. px + nx e = x or x e exactly, as in swishValue.
      const pos = +(z >= 0);
      const px = pos * x;
      const nx = (1 - pos) * x;
      const e = Math.exp(-Math.abs(z));
      const v = (px + nx * e) / (1 + e);
      out[i] = v;
      sum += v;
    }
    if (sum - sum === 0) return;
  }
  for (let i = 0; i < n; i++) out[i] = swishValue(xs[i], beta);
}

export function swishDerivativeInto(xs: NumericArray, out: NumericArray, beta: number): void {
  const n = xs.length;
  if (disjoint(xs, out)) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = beta * xs[i];
      const e = Math.exp(-Math.abs(z));
      const r = 1 / (1 + e);
      const pos = +(z >= 0);
      const d = r * (pos + (1 - pos) * e) + z * (e * r * r);
      out[i] = d;
      sum += d;
    }
    if (sum - sum === 0) return;
  }
  for (let i = 0; i < n; i++) out[i] = swishDerivative(xs[i], beta);
}

/** One exp per element for both outputs. */
export function swishBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, beta: number): void {
  const n = xs.length;
  if (disjoint(xs, outValue, outDerivative)) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const z = beta * x;
      const e = Math.exp(-Math.abs(z));
      const r = 1 / (1 + e);
      const pos = +(z >= 0);
      const gate = pos + (1 - pos) * e;
      const v = (x * gate) / (1 + e);
      const d = r * gate + z * (e * r * r);
      outValue[i] = v;
      outDerivative[i] = d;
      sum += v + d;
    }
    if (sum - sum === 0) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const z = beta * x;
    const e = Math.exp(-Math.abs(z));
    const r = 1 / (1 + e);
    const pos = +(z >= 0);
    const gate = pos + (1 - pos) * e;
    const v = (x * gate) / (1 + e);
    const d = r * gate + z * (e * r * r);
    outValue[i] = v === v || x !== x ? v : z > 0 ? x : x > 0 ? 0 : -0;
    outDerivative[i] = d === d || x !== x ? d : z > 0 ? 1 : 0;
  }
}

export function swishSecondDerivativeInto(xs: NumericArray, out: NumericArray, beta: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = swishSecondDerivative(xs[i], beta);
}

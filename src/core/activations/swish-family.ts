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

export function swishValueInto(xs: NumericArray, out: NumericArray, beta: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = swishValue(xs[i], beta);
}

export function swishDerivativeInto(xs: NumericArray, out: NumericArray, beta: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = swishDerivative(xs[i], beta);
}

/** One exp per element for both outputs. */
export function swishBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, beta: number): void {
  const n = xs.length;
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

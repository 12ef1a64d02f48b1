/**
 * Rules and kernels of hardshrink (x where |x| > lambd, else 0) and softshrink (x moved towards 0
 * by lambd, 0 inside). Both have slope 1 outside [-lambd, lambd] and 0 inside and at +-lambd
 * (PyTorch). NaN propagates (PyTorch's softshrink gives 0 for NaN; we do not).
 */
import type { NumericArray } from './activation-spec';

export function hardshrinkValue(x: number, lambd: number): number {
  return Math.abs(x) > lambd || x !== x ? x : 0;
}

/** x - clamp(x, -lambd, lambd): branch-free, NaN and +-Infinity come out right. */
export function softshrinkValue(x: number, lambd: number): number {
  return x - Math.min(Math.max(x, -lambd), lambd);
}

export function shrinkDerivative(x: number, lambd: number): number {
  const d = +(Math.abs(x) > lambd);
  return x === x ? d : x;
}

export function hardshrinkValueInto(xs: NumericArray, out: NumericArray, lambd: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    out[i] = Math.abs(x) > lambd || x !== x ? x : 0;
  }
}

export function softshrinkValueInto(xs: NumericArray, out: NumericArray, lambd: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    out[i] = x - Math.min(Math.max(x, -lambd), lambd);
  }
}

export function shrinkDerivativeInto(xs: NumericArray, out: NumericArray, lambd: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const d = +(Math.abs(x) > lambd);
    out[i] = x === x ? d : x;
  }
}

export function hardshrinkBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, lambd: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const keep = Math.abs(x) > lambd;
    outValue[i] = keep || x !== x ? x : 0;
    outDerivative[i] = x === x ? +keep : x;
  }
}

export function softshrinkBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, lambd: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const d = +(Math.abs(x) > lambd);
    outValue[i] = x - Math.min(Math.max(x, -lambd), lambd);
    outDerivative[i] = x === x ? d : x;
  }
}

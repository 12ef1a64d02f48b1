/**
 * Rules and kernels of hardshrink (x where |x| > lambd, else 0) and softshrink (x moved towards 0
 * by lambd, 0 inside). Both have slope 1 outside [-lambd, lambd] and 0 inside and at +-lambd
 * (PyTorch). NaN propagates (PyTorch's softshrink gives 0 for NaN; we do not).
 */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';

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

/*
 * Checked passes (checked-pass.ts). hardshrink as x * keep + 0: the + 0 turns the -0 of a negative
 * x times 0 into hardshrink's +0, and a kept x is never -0 (lambd >= 0). An infinite x with
 * lambd = Infinity gives NaN (and any infinity or NaN makes the sum non-finite): the guarded loop
 * reruns then. The derivatives read x only to spot a NaN.
 */
export function hardshrinkValueInto(xs: NumericArray, out: NumericArray, lambd: number): void {
  const n = xs.length;
  if (disjoint(xs, out) && !(lambd < 0)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const v = x * +(Math.abs(x) > lambd) + 0;
      out[i] = v;
      s += v;
    }
    if (s - s === 0) return;
  }
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
  if (disjoint(xs, out)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      out[i] = +(Math.abs(x) > lambd);
      s += x;
    }
    if (s === s) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const d = +(Math.abs(x) > lambd);
    out[i] = x === x ? d : x;
  }
}

export function hardshrinkBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, lambd: number): void {
  const n = xs.length;
  if (disjoint(xs, outValue, outDerivative) && !(lambd < 0)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const keep = +(Math.abs(x) > lambd);
      const v = x * keep + 0;
      outValue[i] = v;
      outDerivative[i] = keep;
      s += v;
    }
    if (s - s === 0) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const keep = Math.abs(x) > lambd;
    outValue[i] = keep || x !== x ? x : 0;
    outDerivative[i] = x === x ? +keep : x;
  }
}

export function softshrinkBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, lambd: number): void {
  const n = xs.length;
  if (disjoint(xs, outValue, outDerivative)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      outValue[i] = x - Math.min(Math.max(x, -lambd), lambd);
      outDerivative[i] = +(Math.abs(x) > lambd);
      s += x;
    }
    if (s === s) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const d = +(Math.abs(x) > lambd);
    outValue[i] = x - Math.min(Math.max(x, -lambd), lambd);
    outDerivative[i] = x === x ? d : x;
  }
}

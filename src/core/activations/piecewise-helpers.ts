/** Rules and kernels shared by the piecewise-linear activations (whose second derivative is 0). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';

/** 0, with NaN propagating: the second derivative of a piecewise-linear function (PyTorch: also 0 at its kinks). */
export function zeroOrNaN(x: number): number {
  return x === x ? 0 : x;
}

/** A checked pass (checked-pass.ts): zeros, then the guarded loop only if some x was NaN. */
export function zeroOrNaNInto(xs: NumericArray, out: NumericArray): void {
  const n = xs.length;
  if (disjoint(xs, out)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      out[i] = 0;
      s += xs[i];
    }
    if (s === s) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    out[i] = x === x ? 0 : x;
  }
}

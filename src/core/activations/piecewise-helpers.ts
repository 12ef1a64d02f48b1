/** Rules and kernels shared by the piecewise-linear activations (whose second derivative is 0). */
import type { NumericArray } from './activation-spec';

/** 0, with NaN propagating: the second derivative of a piecewise-linear function (PyTorch: also 0 at its kinks). */
export function zeroOrNaN(x: number): number {
  return x === x ? 0 : x;
}

export function zeroOrNaNInto(xs: NumericArray, out: NumericArray): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    out[i] = x === x ? 0 : x;
  }
}

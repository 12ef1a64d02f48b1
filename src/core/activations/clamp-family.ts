/**
 * Rules and kernels of the clamp min(max(x, lo), hi) (hardtanh, relu6) and of the hard sigmoid
 * clamp(x + 3, 0, 6) / 6. Math.min/Math.max propagate NaN and keep -0 apart from +0 (V8 11.3 compiles
 * them with branches: ~100 M/s on random signs, docs/benchmarks.md; the baselines use them too, and no exact branch-free clamp was found).
 * The slope is 1 strictly inside (lo, hi) and 0 at both corners, as in PyTorch.
 */
import type { NumericArray } from './activation-spec';

export function clampValue(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}

export function clampDerivative(x: number, lo: number, hi: number): number {
  const d = +(x > lo) * +(x < hi);
  return x === x ? d : x;
}

export function clampValueInto(xs: NumericArray, out: NumericArray, lo: number, hi: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = Math.min(Math.max(xs[i], lo), hi);
}

export function clampDerivativeInto(xs: NumericArray, out: NumericArray, lo: number, hi: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const d = +(x > lo) * +(x < hi);
    out[i] = x === x ? d : x;
  }
}

export function clampBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, lo: number, hi: number): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const d = +(x > lo) * +(x < hi);
    outValue[i] = Math.min(Math.max(x, lo), hi);
    outDerivative[i] = x === x ? d : x;
  }
}

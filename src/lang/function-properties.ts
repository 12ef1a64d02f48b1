/**
 * The properties compare(...) and describe(f) tabulate for a function of one number:
 * its observed range and monotonicity on the chart's interval, value and slope at 0, and for inputs
 * X ~ N(0, 1): the share of exactly-zero outputs, and the mean and standard deviation of f(X).
 *
 * The N(0, 1) figures use the quantile rule: f at x_i = Φ⁻¹((i + 1/2) / n) for n = 100,000
 * equally likely points (deterministic, symmetric around 0), accurate to about 5 digits.
 */
import { erfc } from '../core/math/erf';
import { DerivativeUnavailable, sampleFunction } from './function-sampler';
import type { Span } from './span';
import type { CallContext, Callable } from './values';
import { linspaceItems } from './vector-builtins';

export const NORMAL_POINTS = 100_000;

export interface FunctionProperties {
  /** Smallest and largest value seen on the interval (NaN samples ignored). */
  observedMin: number;
  observedMax: number;
  monotonic: 'increasing' | 'non-decreasing' | 'decreasing' | 'non-increasing' | 'no';
  valueAtZero: number;
  /** undefined when no derivative is available. */
  slopeAtZero: number | undefined;
  zeroShare: number;
  normalMean: number;
  normalStd: number;
}

/** Φ(x), the standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

/**
 * Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation (relative error 1.2e-9), then one Halley
 * step on Φ(x) - p with the full-precision erfc.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

let normalPoints: Float64Array | undefined;

/** The n quantile points, computed once; symmetric: point i is minus point n-1-i. */
export function normalQuantilePoints(): Float64Array {
  if (!normalPoints) {
    const n = NORMAL_POINTS;
    const xs = new Float64Array(n);
    for (let i = 0; i < n / 2; i++) {
      const x = normalQuantile((i + 0.5) / n);
      xs[i] = x;
      xs[n - 1 - i] = -x;
    }
    normalPoints = xs;
  }
  return normalPoints;
}

function monotonicity(ys: Float64Array): FunctionProperties['monotonic'] {
  let up = true;
  let down = true;
  let strictUp = true;
  let strictDown = true;
  for (let i = 1; i < ys.length; i++) {
    const a = ys[i - 1];
    const b = ys[i];
    if (a !== a || b !== b) return 'no';
    if (b < a) up = false;
    if (b > a) down = false;
    if (!(b > a)) strictUp = false;
    if (!(b < a)) strictDown = false;
  }
  if (strictUp) return 'increasing';
  if (up && !down) return 'non-decreasing';
  if (strictDown) return 'decreasing';
  if (down && !up) return 'non-increasing';
  return 'no';
}

export function functionProperties(fn: Callable, range: [number, number], context: CallContext, span: Span, samples = 401): FunctionProperties {
  const xs = linspaceItems(range[0], range[1], samples);
  const ys = sampleFunction(fn, xs, 0, context, span) as Float64Array;
  let observedMin = Infinity;
  let observedMax = -Infinity;
  for (const y of ys) {
    if (y < observedMin) observedMin = y;
    if (y > observedMax) observedMax = y;
  }
  const zero = Float64Array.of(0);
  const valueAtZero = (sampleFunction(fn, zero, 0, context, span) as Float64Array)[0];
  const slope = sampleFunction(fn, zero, 1, context, span);
  const normal = sampleFunction(fn, normalQuantilePoints(), 0, context, span) as Float64Array;
  let zeros = 0;
  let sum = 0;
  for (const y of normal) {
    if (y === 0) zeros++;
    sum += y;
  }
  const n = normal.length;
  const mean = sum / n;
  let ss = 0;
  for (const y of normal) ss += (y - mean) * (y - mean);
  return {
    observedMin: observedMin === Infinity ? NaN : observedMin,
    observedMax: observedMax === -Infinity ? NaN : observedMax,
    monotonic: monotonicity(ys),
    valueAtZero,
    slopeAtZero: slope instanceof DerivativeUnavailable ? undefined : slope[0],
    zeroShare: zeros / n,
    normalMean: mean,
    normalStd: Math.sqrt(ss / n),
  };
}

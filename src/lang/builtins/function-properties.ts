/**
 * The properties compare(...) and describe(f) tabulate for a function of one number:
 * its observed range and monotonicity on the chart's interval, value and slope at 0, and for inputs
 * X ~ N(0, 1): the share of exactly-zero outputs, and the mean and standard deviation of f(X).
 *
 * The N(0, 1) figures are integrals against the normal density, by adaptive Gauss–Kronrod
 * quadrature split at the activation's kinks (core/math/normal-moments.ts): accurate to about 1e-12. They are
 * shown rounded to 12 significant digits, and a mean below 1e-12 of the root mean square as 0, so
 * selu shows its mean 0 and std 1, not the last digits of rounding.
 */
import { DerivativeUnavailable, sampleFunction } from './function-sampler';
import { normalMoments } from '../../core/math/normal-moments';
import type { Span } from '../syntax/span';
import type { CallContext, Callable } from '../runtime/values';
import { linspaceItems } from './sequence-builtins';

/** The digits the N(0, 1) figures keep. */
export const NORMAL_DIGITS = 12;

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
  const kinks = fn.type === 'activation' ? fn.spec.kinkPoints(fn.params) : [];
  const moments = normalMoments((points) => sampleFunction(fn, points, 0, context, span) as Float64Array, kinks);
  return {
    observedMin: observedMin === Infinity ? NaN : observedMin,
    observedMax: observedMax === -Infinity ? NaN : observedMax,
    monotonic: monotonicity(ys),
    valueAtZero,
    slopeAtZero: slope instanceof DerivativeUnavailable ? undefined : slope[0],
    zeroShare: roundDigits(moments.zeroShare),
    normalMean: Math.abs(moments.mean) < 1e-12 * Math.hypot(moments.mean, moments.std) ? 0 : roundDigits(moments.mean),
    normalStd: roundDigits(moments.std),
  };
}

function roundDigits(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(NORMAL_DIGITS)) : x;
}

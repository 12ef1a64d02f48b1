/**
 * The rules and kernels of ELU, SELU and CELU, which share one shape:
 *
 *   f(x) = scale * x                           for x > 0
 *        = scale * alpha * expm1(x * inv)      for x <= 0      (inv = 1/alpha for CELU, else 1)
 *
 * expm1 (not exp(x) - 1) keeps full accuracy near 0-, where PyTorch's float64 loses digits. The
 * negative branch writes expm1(m) as exp(m) - 1 below m = -1 (no cancellation there), so that the
 * fused kernel needs a single transcendental call for value and derivative. Branch-free
 * selection: the exponential term uses m = min(x, 0) * inv, which is 0 for x > 0.
 * At 0, as in PyTorch: f'(0) takes the negative branch (scale * alpha * inv), f''(0) = 0.
 */
import type { ActivationParams } from './params';
import type { NumericArray } from './activation-spec';

export interface EluShape {
  scale: number;
  alpha: number;
  /** Multiplies x inside the exponential. */
  inv: number;
}

/** expm1(m) for m <= 0. */
function negExpm1(m: number): number {
  return m > -1 ? Math.expm1(m) : Math.exp(m) - 1;
}

/** exp(m) for m <= 0, from the same call as negExpm1. */
function negExp(m: number): number {
  return m > -1 ? Math.expm1(m) + 1 : Math.exp(m);
}

export function eluValue(x: number, s: EluShape): number {
  return s.scale * Math.max(x, 0) + s.scale * s.alpha * negExpm1(Math.min(x, 0) * s.inv);
}

export function eluDerivative(x: number, s: EluShape): number {
  const pos = +(x > 0);
  return pos * s.scale + (1 - pos) * (s.scale * s.alpha * s.inv) * negExp(Math.min(x, 0) * s.inv);
}

export function eluSecondDerivative(x: number, s: EluShape): number {
  const neg = +(x < 0);
  return neg * (s.scale * s.alpha * s.inv * s.inv) * negExp(Math.min(x, 0) * s.inv);
}

export function eluValueInto(xs: NumericArray, out: NumericArray, s: EluShape): void {
  const scale = s.scale;
  const sa = s.scale * s.alpha;
  const inv = s.inv;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const m = Math.min(x, 0) * inv;
    out[i] = scale * Math.max(x, 0) + sa * (m > -1 ? Math.expm1(m) : Math.exp(m) - 1);
  }
}

export function eluDerivativeInto(xs: NumericArray, out: NumericArray, s: EluShape): void {
  const scale = s.scale;
  const sai = s.scale * s.alpha * s.inv;
  const inv = s.inv;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const m = Math.min(x, 0) * inv;
    const pos = +(x > 0);
    out[i] = pos * scale + (1 - pos) * sai * (m > -1 ? Math.expm1(m) + 1 : Math.exp(m));
  }
}

export function eluBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, s: EluShape): void {
  const scale = s.scale;
  const sa = s.scale * s.alpha;
  const sai = s.scale * s.alpha * s.inv;
  const inv = s.inv;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const m = Math.min(x, 0) * inv;
    let em1: number;
    let e: number;
    if (m > -1) {
      em1 = Math.expm1(m);
      e = em1 + 1;
    } else {
      e = Math.exp(m);
      em1 = e - 1;
    }
    const pos = +(x > 0);
    outValue[i] = scale * Math.max(x, 0) + sa * em1;
    outDerivative[i] = pos * scale + (1 - pos) * sai * e;
  }
}

export function eluSecondDerivativeInto(xs: NumericArray, out: NumericArray, s: EluShape): void {
  const c = s.scale * s.alpha * s.inv * s.inv;
  const inv = s.inv;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const m = Math.min(x, 0) * inv;
    out[i] = +(x < 0) * c * (m > -1 ? Math.expm1(m) + 1 : Math.exp(m));
  }
}

/**
 * The seven rules of an ELU-family activation, given how its shape follows from the parameters:
 * elu, celu and selu differ only in their shape, so they share this table of rules.
 */
export function eluRules(shapeOf: (p: ActivationParams) => EluShape) {
  return {
    value: (x: number, p: ActivationParams) => eluValue(x, shapeOf(p)),
    derivative: (x: number, p: ActivationParams) => eluDerivative(x, shapeOf(p)),
    secondDerivative: (x: number, p: ActivationParams) => eluSecondDerivative(x, shapeOf(p)),
    valueInto: (xs: NumericArray, out: NumericArray, p: ActivationParams) => eluValueInto(xs, out, shapeOf(p)),
    derivativeInto: (xs: NumericArray, out: NumericArray, p: ActivationParams) => eluDerivativeInto(xs, out, shapeOf(p)),
    valueAndDerivativeInto: (xs: NumericArray, v: NumericArray, d: NumericArray, p: ActivationParams) => eluBothInto(xs, v, d, shapeOf(p)),
    secondDerivativeInto: (xs: NumericArray, out: NumericArray, p: ActivationParams) => eluSecondDerivativeInto(xs, out, shapeOf(p)),
  };
}

/** Squareplus: (x + sqrt(x^2 + b)) / 2, an algebraic softplus. */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';

/**
 * With a = |x| and s = sqrt(a^2 + b): f(a) = (a + s)/2 and f(-a) = b / (2 (s + a)) (the same
 * number without the cancellation of x + s for x << 0). Likewise f'(a) = (1 + a/s)/2 and
 * f'(-a) = b / (2 s (s + a)); f'' = b / (2 s^3). Beyond |x| = 1e150, x^2 would overflow: s = |x| there.
 */
function root(a: number, b: number): number {
  return a < 1e150 ? Math.sqrt(a * a + b) : a;
}

function squareplus(x: number, b: number): number {
  const a = Math.abs(x);
  const s = root(a, b);
  if (x >= 0) return 0.5 * (a + s);
  return x < 0 ? (0.5 * b) / (s + a) : x; // NaN propagates
}

function squareplusDerivative(x: number, b: number): number {
  const a = Math.abs(x);
  const s = root(a, b);
  const d = x >= 0 ? 0.5 * (1 + a / s) : (0.5 * b) / (s * (s + a));
  return d === d || x !== x ? d : x > 0 ? 1 : 0;
}

function squareplusSecondDerivative(x: number, b: number): number {
  const s = root(Math.abs(x), b);
  const d2 = (0.5 * b) / (s * s * s);
  return x === x ? d2 : x;
}

const bOf = (p: ActivationParams) => p.b as number;

function loop(xs: NumericArray, out: NumericArray, b: number, rule: 0 | 1 | 2): void {
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = squareplus(xs[i], b);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = squareplusDerivative(xs[i], b);
  else for (let i = 0; i < n; i++) out[i] = squareplusSecondDerivative(xs[i], b);
}

/*
 * The checked passes (checked-pass.ts) choose the piece by sign without a branch: with pos = +(x >= 0)
 * the numerator and denominator are blended, pos * A + (1 - pos) * B, which is exactly A or B when
 * both are finite (A + 0 * B = A since no A here is -0), so one division serves both pieces:
 *   value       (pos (a + s)/2 + neg b/2) / (pos + neg (s + a))
 *   derivative  q = (pos a + neg b/2) / (s (pos + neg (s + a))), then q (1 - h) + h with h = pos/2,
 *               which is (1 + q)/2 above 0 (halving is exact) and q + 0 = q below
 * Where the guarded rules differ (NaN, +-Infinity, b = 0 at x = 0) the result is not finite, and
 * for |x| >= 1e150 (where `root` takes s = |x|) the term a * 1e159 overflows: the sum catches either
 * and the guarded loop runs.
 */
function valueChecked(xs: NumericArray, out: NumericArray, b: number): boolean {
  const n = xs.length;
  const halfB = 0.5 * b;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const s = Math.sqrt(a * a + b);
    const pos = +(x >= 0);
    const neg = 1 - pos;
    const v = (pos * (0.5 * (a + s)) + neg * halfB) / (pos + neg * (s + a));
    out[i] = v;
    sum += v + a * 1e159;
  }
  return sum - sum === 0;
}

function derivativeChecked(xs: NumericArray, out: NumericArray, b: number): boolean {
  const n = xs.length;
  const halfB = 0.5 * b;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const s = Math.sqrt(a * a + b);
    const pos = +(x >= 0);
    const neg = 1 - pos;
    const q = (pos * a + neg * halfB) / (s * (pos + neg * (s + a)));
    const h = 0.5 * pos;
    const d = q * (1 - h) + h;
    out[i] = d;
    sum += d + a * 1e159;
  }
  return sum - sum === 0;
}

function bothChecked(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, b: number): boolean {
  const n = xs.length;
  const halfB = 0.5 * b;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const s = Math.sqrt(a * a + b);
    const pos = +(x >= 0);
    const neg = 1 - pos;
    const v = (pos * (0.5 * (a + s)) + neg * halfB) / (pos + neg * (s + a));
    const q = (pos * a + neg * halfB) / (s * (pos + neg * (s + a)));
    const h = 0.5 * pos;
    const d = q * (1 - h) + h;
    outValue[i] = v;
    outDerivative[i] = d;
    sum += v + d + a * 1e159;
  }
  return sum - sum === 0;
}

export const squareplusSpec = defineActivation({
  name: 'squareplus',
  params: [{ kind: 'number', name: 'b', default: 4, min: 0, description: 'Curvature at 0: b = 0 gives relu, larger b a wider bend (JAX and Keras default 4).' }],
  value: (x, p) => squareplus(x, bOf(p)),
  derivative: (x, p) => squareplusDerivative(x, bOf(p)),
  secondDerivative: (x, p) => squareplusSecondDerivative(x, bOf(p)),
  valueInto(xs, out, p) {
    const b = bOf(p);
    if (!(disjoint(xs, out) && valueChecked(xs, out, b))) loop(xs, out, b, 0);
  },
  derivativeInto(xs, out, p) {
    const b = bOf(p);
    if (!(disjoint(xs, out) && derivativeChecked(xs, out, b))) loop(xs, out, b, 1);
  },
  valueAndDerivativeInto(xs, outValue, outDerivative, p) {
    const b = bOf(p);
    if (disjoint(xs, outValue, outDerivative) && bothChecked(xs, outValue, outDerivative, b)) return;
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      outValue[i] = squareplus(x, b);
      outDerivative[i] = squareplusDerivative(x, b);
    }
  },
  secondDerivativeInto: (xs, out, p) => loop(xs, out, bOf(p), 2),
  doc: {
    displayName: 'Squareplus',
    summary:
      'Squareplus is a softplus-like smooth ReLU built from a square root instead of exp and log, so it is cheaper and never overflows; b sets how wide the bend at 0 is.',
    formula: { text: 'squareplus(x) = (x + sqrt(x^2 + b)) / 2', latex: '\\operatorname{squareplus}(x) = \\frac{x + \\sqrt{x^2 + b}}{2}' },
    derivative: {
      text: "squareplus'(x) = (1 + x / sqrt(x^2 + b)) / 2",
      latex: "\\operatorname{squareplus}'(x) = \\frac12\\left(1 + \\frac{x}{\\sqrt{x^2 + b}}\\right)",
    },
    range: '(0, ∞)',
    origin: {
      authors: 'Jonathan T. Barron',
      year: 2021,
      title: 'Squareplus: A Softplus-Like Algebraic Rectifier',
      url: 'https://arxiv.org/abs/2112.11687',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 1,
      slopeAtZero: 0.5,
    },
    kinkConvention: 'none (smooth for b > 0)',
    frameworks: {
      pytorch: { names: [], note: 'Not built in: 0.5 * (x + torch.sqrt(x * x + b)).' },
      tensorflow: { names: ['keras.activations.squareplus', 'tf.keras.activations.squareplus', 'keras.ops.squareplus', '"squareplus"'], note: 'Keras 3, b=4.' },
      jax: { names: ['jax.nn.squareplus'], note: 'b=4.' },
    },
  },
});

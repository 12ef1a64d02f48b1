/** Softplus: log(1 + exp(beta x)) / beta, the identity where beta x > threshold (as in PyTorch). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';

/**
 * With z = beta x and e = exp(-|z|): log(1 + e^z) = max(z, 0) + log1p(e) (no overflow, full
 * accuracy for z << 0), sigmoid(z) = 1/(1 + e) or e/(1 + e) by sign, sigmoid'(z) = e/(1 + e)^2.
 * PyTorch's thresholds: value and slope switch to x, 1 where z > threshold; the second derivative
 * is 0 already where z >= threshold (its double backward), so exactly at z == threshold the slope
 * is sigmoid(threshold) but the curvature 0.
 */
export function softplusValue(x: number, beta: number, threshold: number): number {
  const z = beta * x;
  if (z > threshold) return x;
  return (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))) / beta;
}

export function softplusDerivative(x: number, beta: number, threshold: number): number {
  const z = beta * x;
  const e = Math.exp(-Math.abs(z));
  const pos = +(z >= 0);
  const s = (pos + (1 - pos) * e) / (1 + e);
  return z > threshold ? 1 : s;
}

export function softplusSecondDerivative(x: number, beta: number, threshold: number): number {
  const z = beta * x;
  const e = Math.exp(-Math.abs(z));
  const r = 1 / (1 + e);
  const d2 = beta * e * r * r;
  return z >= threshold ? 0 : d2;
}

const args = (p: ActivationParams): [number, number] => [p.beta as number, p.threshold as number];

function loop(xs: NumericArray, out: NumericArray, p: ActivationParams, rule: 0 | 1 | 2): void {
  const beta = p.beta as number;
  const t = p.threshold as number;
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = softplusValue(xs[i], beta, t);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = softplusDerivative(xs[i], beta, t);
  else for (let i = 0; i < n; i++) out[i] = softplusSecondDerivative(xs[i], beta, t);
}

/*
 * Checked passes (checked-pass.ts): max(z, 0) as 0.5 (z + |z|), without Math.max's branches on
 * random signs: the same number for every finite z below MAX_VALUE / 2 in size (-0 gives +0 in
 * both). Where it is not (z = -Infinity gives NaN, z > MAX_VALUE / 2 gives Infinity) the sum of
 * the outputs is not finite and the guarded loop reruns.
 */
function valueChecked(xs: NumericArray, out: NumericArray, beta: number, t: number): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const z = beta * x;
    const a = Math.abs(z);
    const v = z > t ? x : (0.5 * (z + a) + Math.log1p(Math.exp(-a))) / beta;
    out[i] = v;
    sum += v;
  }
  return sum - sum === 0;
}

function bothChecked(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, beta: number, t: number): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const z = beta * x;
    const a = Math.abs(z);
    const e = Math.exp(-a);
    const pos = +(z >= 0);
    const s = (pos + (1 - pos) * e) / (1 + e);
    const lin = z > t;
    const v = lin ? x : (0.5 * (z + a) + Math.log1p(e)) / beta;
    outValue[i] = v;
    outDerivative[i] = lin ? 1 : s;
    sum += v;
  }
  return sum - sum === 0;
}

export const softplusSpec = defineActivation({
  name: 'softplus',
  aliases: ['smoothrelu'],
  params: [
    { kind: 'number', name: 'beta', default: 1, description: 'Sharpness: log(1 + exp(beta x)) / beta approaches relu as beta grows (PyTorch default 1).' },
    { kind: 'number', name: 'threshold', default: 20, description: 'Where beta * x > threshold the function is x itself (PyTorch default 20; guards overflow in float32).' },
    { kind: 'number', name: 'k', default: 1, aliasOf: 'beta', description: 'Another name for beta (the "sharpness k" of the literature): give beta or k.' },
  ],
  value: (x, p) => softplusValue(x, ...args(p)),
  derivative: (x, p) => softplusDerivative(x, ...args(p)),
  secondDerivative: (x, p) => softplusSecondDerivative(x, ...args(p)),
  valueInto(xs, out, p) {
    if (!(disjoint(xs, out) && valueChecked(xs, out, p.beta as number, p.threshold as number))) loop(xs, out, p, 0);
  },
  derivativeInto: (xs, out, p) => loop(xs, out, p, 1),
  valueAndDerivativeInto(xs, outValue, outDerivative, p) {
    const beta = p.beta as number;
    const t = p.threshold as number;
    if (disjoint(xs, outValue, outDerivative) && bothChecked(xs, outValue, outDerivative, beta, t)) return;
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const z = beta * x;
      const e = Math.exp(-Math.abs(z));
      const pos = +(z >= 0);
      const s = (pos + (1 - pos) * e) / (1 + e);
      const lin = z > t;
      outValue[i] = lin ? x : (Math.max(z, 0) + Math.log1p(e)) / beta;
      outDerivative[i] = lin ? 1 : s;
    }
  },
  secondDerivativeInto: (xs, out, p) => loop(xs, out, p, 2),
  doc: {
    displayName: 'Softplus',
    summary:
      'Softplus is a smooth ReLU, log(1 + e^x), whose derivative is the logistic sigmoid; used where a positive output is needed (variances, rates) and as the building block of mish.',
    formula: {
      text: 'softplus(x) = log(1 + exp(beta * x)) / beta, and x where beta * x > threshold',
      latex: '\\operatorname{softplus}(x) = \\frac{1}{\\beta}\\ln\\bigl(1 + e^{\\beta x}\\bigr)',
    },
    derivative: {
      text: "softplus'(x) = sigmoid(beta * x) (1 where beta * x > threshold)",
      latex: "\\operatorname{softplus}'(x) = \\sigma(\\beta x)",
    },
    range: '(0, ∞)',
    origin: {
      authors: 'Charles Dugas, Yoshua Bengio, François Bélisle, Claude Nadeau, René Garcia',
      year: 2001,
      title: 'Incorporating Second-Order Functional Knowledge for Better Option Pricing',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: Math.LN2,
      slopeAtZero: 0.5,
    },
    kinkConvention:
      'Mathematically smooth. PyTorch\'s threshold switch makes a jump of about 2e-9 in the slope where beta * x = threshold; there, as PyTorch, the value and slope are the smooth ones and the second derivative is 0.',
    frameworks: {
      pytorch: { names: ['torch.nn.Softplus', 'torch.nn.functional.softplus', 'F.softplus'], note: 'beta=1, threshold=20.' },
      tensorflow: {
        names: ['tf.math.softplus', 'tf.nn.softplus', 'tf.keras.activations.softplus', 'keras.activations.softplus', '"softplus"'],
        note: 'No beta and no threshold: the plain log(1 + exp(x)).',
      },
      jax: { names: ['jax.nn.softplus', 'flax.linen.softplus'], note: 'No beta and no threshold (jnp.logaddexp(x, 0)).' },
    },
  },
});

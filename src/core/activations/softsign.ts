/** Softsign: x / (1 + |x|). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';

function softsign(x: number): number {
  const v = x / (1 + Math.abs(x));
  return v === v || x !== x ? v : x > 0 ? 1 : -1; // +-Infinity / Infinity
}

function softsignDerivative(x: number): number {
  const r = 1 / (1 + Math.abs(x));
  return r * r;
}

/** -2 sign(x) / (1 + |x|)^3; at 0 it is -2 * sign(0) = -0, as PyTorch's double backward. */
function softsignSecondDerivative(x: number): number {
  const r = 1 / (1 + Math.abs(x));
  return -2 * Math.sign(x) * r * r * r;
}

function loop(xs: NumericArray, out: NumericArray, rule: 0 | 1 | 2): void {
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = softsign(xs[i]);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = softsignDerivative(xs[i]);
  else for (let i = 0; i < n; i++) out[i] = softsignSecondDerivative(xs[i]);
}

/** Checked passes (checked-pass.ts): x / (1 + |x|) is NaN exactly where the guard in softsign fires. */
function valueChecked(xs: NumericArray, out: NumericArray): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const v = x / (1 + Math.abs(x));
    out[i] = v;
    sum += v;
  }
  return sum === sum;
}

export const softsignSpec = defineActivation({
  name: 'softsign',
  aliases: ['soft_sign'],
  params: [],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "softsign'(0) = 1 (continuous); softsign''(0) = -2 sign(0) = 0, as in PyTorch" }] },
  value: softsign,
  derivative: softsignDerivative,
  secondDerivative: softsignSecondDerivative,
  valueInto(xs, out) {
    if (!(disjoint(xs, out) && valueChecked(xs, out))) loop(xs, out, 0);
  },
  derivativeInto: (xs, out) => loop(xs, out, 1),
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    if (disjoint(xs, outValue, outDerivative)) {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        const r = 1 / (1 + Math.abs(x));
        const v = x / (1 + Math.abs(x));
        outValue[i] = v;
        outDerivative[i] = r * r;
        sum += v;
      }
      if (sum === sum) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const r = 1 / (1 + Math.abs(x));
      const v = x / (1 + Math.abs(x));
      outValue[i] = v === v || x !== x ? v : x > 0 ? 1 : -1;
      outDerivative[i] = r * r;
    }
  },
  secondDerivativeInto: (xs, out) => loop(xs, out, 2),
  doc: {
    displayName: 'Softsign',
    summary:
      'Softsign is a tanh-like squashing function into (-1, 1) that approaches its asymptotes polynomially rather than exponentially, so it saturates more gently.',
    formula: { text: 'softsign(x) = x / (1 + |x|)', latex: '\\operatorname{softsign}(x) = \\frac{x}{1 + |x|}' },
    derivative: { text: "softsign'(x) = 1 / (1 + |x|)^2", latex: "\\operatorname{softsign}'(x) = \\frac{1}{(1 + |x|)^2}" },
    range: '(-1, 1)',
    origin: {
      authors: 'Joseph Turian, James Bergstra, Yoshua Bengio (2009); Xavier Glorot, Yoshua Bengio (2010)',
      year: 2009,
      title: 'Quadratic Features and Deep Architectures for Chunking; Understanding the difficulty of training deep feedforward neural networks',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C1',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1,
    },
    kinkConvention:
      'The slope is continuous; the second derivative jumps from 2 to -2 at 0 and is 0 there (PyTorch: -2 sign(0)). kink="left" gives 2, "right" -2, "mean" 0.',
    frameworks: {
      pytorch: { names: ['torch.nn.Softsign', 'torch.nn.functional.softsign', 'F.softsign'] },
      tensorflow: { names: ['tf.nn.softsign', 'tf.keras.activations.softsign', 'keras.activations.softsign', '"softsign"'] },
      jax: { names: ['jax.nn.soft_sign', 'flax.linen.soft_sign'] },
    },
  },
});

/** ReLU: max(0, x). */
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

/**
 * 0.5 * (x + |x|) is max(0, x) without a data-dependent branch (several times faster than a ternary
 * on random signs in V8), gives +0 for -0 and propagates NaN. It is wrong only where x + |x| is not
 * finite (x = -Infinity, x > MAX_VALUE / 2, NaN), which the rarely taken branch repairs.
 */
export function relu(x: number): number {
  const h = 0.5 * (x + Math.abs(x));
  if (h < Infinity) return h;
  return x === -Infinity ? 0 : x;
}

/** 1 for x > 0, else 0 (PyTorch: relu'(0) = 0); NaN propagates. */
export function reluDerivative(x: number): number {
  const d = +(x > 0);
  return x === x ? d : x;
}

export const reluSpec = defineActivation({
  name: 'relu',
  aliases: ['ramp'],
  params: [],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "relu'(0) = 0, as in PyTorch" }] },
  value: relu,
  derivative: reluDerivative,
  secondDerivative: zeroOrNaN,
  // Each kernel runs a checked pass first (checked-pass.ts): the formula without its guard, summing
  // what it wrote (value) or read (derivative); the guarded loop reruns only if that sum is not finite.
  valueInto(xs, out) {
    const n = xs.length;
    if (disjoint(xs, out)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        const h = 0.5 * (x + Math.abs(x));
        out[i] = h;
        s += h;
      }
      if (s - s === 0) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const h = 0.5 * (x + Math.abs(x));
      out[i] = h < Infinity ? h : x === -Infinity ? 0 : x;
    }
  },
  derivativeInto(xs, out) {
    const n = xs.length;
    if (disjoint(xs, out)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        out[i] = +(x > 0);
        s += x;
      }
      if (s === s) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      // (x > 0) as 0/1 without a data-dependent branch; the NaN test is almost never taken.
      const d = +(x > 0);
      out[i] = x === x ? d : x;
    }
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    if (disjoint(xs, outValue, outDerivative)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        const h = 0.5 * (x + Math.abs(x));
        outValue[i] = h;
        outDerivative[i] = +(x > 0);
        s += h;
      }
      if (s - s === 0) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const h = 0.5 * (x + Math.abs(x));
      const d = +(x > 0);
      outValue[i] = h < Infinity ? h : x === -Infinity ? 0 : x;
      outDerivative[i] = x === x ? d : x;
    }
  },
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'ReLU',
    summary:
      'The rectified linear unit passes positive inputs through and zeroes the rest; cheap and non-saturating for x > 0, it is the default hidden-layer activation of CNNs and MLPs (the rectifier goes back to Fukushima, 1969).',
    formula: { text: 'relu(x) = max(0, x)', latex: '\\operatorname{ReLU}(x) = \\max(0, x)' },
    derivative: {
      text: "relu'(x) = 1 if x > 0, else 0 (0 at x = 0, as in PyTorch)",
      latex: "\\operatorname{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
    },
    range: '[0, ∞)',
    origin: {
      authors: 'Vinod Nair, Geoffrey E. Hinton',
      year: 2010,
      title: 'Rectified Linear Units Improve Restricted Boltzmann Machines',
      url: 'https://mlanthology.org/icml/2010/nair2010icml-rectified/',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention: 'At 0 the derivative is 0 (PyTorch; JAX also defines relu\'(0) = 0). kink="left" gives 0, "right" 1, "mean" 0.5.',
    frameworks: {
      pytorch: { names: ['torch.nn.ReLU', 'torch.nn.functional.relu', 'F.relu', 'torch.relu'] },
      tensorflow: {
        names: ['tf.nn.relu', 'tf.keras.activations.relu', 'keras.activations.relu', 'tf.keras.layers.ReLU', '"relu"'],
        note: 'The Keras function also takes max_value and threshold (and a negative slope) that turn it into relu6 or a leaky ReLU; their defaults give the plain ReLU.',
      },
      jax: { names: ['jax.nn.relu', 'flax.linen.relu'] },
    },
  },
});

/** Sparse plus: 0 for x <= -1, (x + 1)^2 / 4 in between, x for x >= 1 (JAX's sparse_plus). */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';

/** With c = clamp(x, -1, 1): (c + 1)^2 / 4 + max(x - 1, 0) is all three pieces, branch-free. */
function sparsePlus(x: number): number {
  const c = Math.min(Math.max(x, -1), 1);
  return (c + 1) * (c + 1) * 0.25 + Math.max(x - 1, 0);
}

/** (clamp(x, -1, 1) + 1) / 2: 0 at -1 and 1 at 1, continuous. */
function sparsePlusDerivative(x: number): number {
  return (Math.min(Math.max(x, -1), 1) + 1) * 0.5;
}

/** 1/2 strictly inside (-1, 1), 0 elsewhere and at +-1 (PyTorch autograd of JAX's branches). */
function sparsePlusSecondDerivative(x: number): number {
  const d = +(Math.abs(x) < 1) * 0.5;
  return x === x ? d : x;
}

function loop(xs: NumericArray, out: NumericArray, rule: 0 | 1 | 2): void {
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = sparsePlus(xs[i]);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = sparsePlusDerivative(xs[i]);
  else for (let i = 0; i < n; i++) out[i] = sparsePlusSecondDerivative(xs[i]);
}

export const sparsePlusSpec = defineActivation({
  name: 'sparse_plus',
  aliases: ['sparseplus'],
  params: [],
  kinks: {
    points: () => [-1, 1],
    conventions: [
      { x: -1, convention: "sparse_plus'(-1) = 0 (continuous); sparse_plus''(-1) = 0" },
      { x: 1, convention: "sparse_plus'(1) = 1 (continuous); sparse_plus''(1) = 0" },
    ],
  },
  value: sparsePlus,
  derivative: sparsePlusDerivative,
  secondDerivative: sparsePlusSecondDerivative,
  valueInto: (xs, out) => loop(xs, out, 0),
  derivativeInto: (xs, out) => loop(xs, out, 1),
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const c = Math.min(Math.max(x, -1), 1);
      outValue[i] = (c + 1) * (c + 1) * 0.25 + Math.max(x - 1, 0);
      outDerivative[i] = (c + 1) * 0.5;
    }
  },
  secondDerivativeInto: (xs, out) => loop(xs, out, 2),
  doc: {
    displayName: 'Sparse plus',
    summary:
      'Sparse plus is the piecewise-quadratic twin of softplus: exactly 0 below -1 and exactly x above 1, joined by a parabola so the slope is continuous; it pairs with sparsemax and entmax.',
    formula: {
      text: 'sparse_plus(x) = 0 if x <= -1, (x + 1)^2 / 4 if -1 < x < 1, x if x >= 1',
      latex: '\\operatorname{sparse\\_plus}(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\tfrac14 (x + 1)^2 & -1 < x < 1 \\\\ x & x \\ge 1 \\end{cases}',
    },
    derivative: {
      text: "sparse_plus'(x) = 0 if x <= -1, (x + 1) / 2 if -1 < x < 1, 1 if x >= 1",
      latex: "\\operatorname{sparse\\_plus}'(x) = \\operatorname{clamp}\\bigl(\\tfrac{x + 1}{2}, 0, 1\\bigr)",
    },
    range: '[0, ∞)',
    origin: {
      authors: 'Mathieu Blondel, André F. T. Martins, Vlad Niculae (the binary sparsemax of Fenchel–Young losses, section 6.2; named sparse_plus in jaxopt and JAX)',
      year: 2020,
      title: 'Learning with Fenchel-Young Losses',
      url: 'https://arxiv.org/abs/1901.02324',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C1',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0.25,
      slopeAtZero: 0.5,
    },
    kinkConvention:
      'The slope is continuous; the second derivative jumps at ±1 and is 0 there (PyTorch autograd of JAX\'s branches). kink="left" gives 0 at -1 and 1/2 at 1, "right" 1/2 and 0, "mean" 1/4 at both.',
    frameworks: {
      pytorch: { names: [], note: 'Not built in.' },
      tensorflow: { names: ['keras.activations.sparse_plus', 'tf.keras.activations.sparse_plus', 'keras.ops.sparse_plus', '"sparse_plus"'], note: 'Keras 3.' },
      jax: { names: ['jax.nn.sparse_plus'] },
    },
  },
});

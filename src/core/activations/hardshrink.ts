/** Hardshrink: x where |x| > lambd, else 0. */
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';
import { hardshrinkBothInto, hardshrinkValue, hardshrinkValueInto, shrinkDerivative, shrinkDerivativeInto } from './shrink-family';

const lambdOf = (p: ActivationParams) => p.lambd as number;

export const hardshrinkSpec = defineActivation({
  name: 'hardshrink',
  aliases: ['hard_shrink'],
  params: [{ kind: 'number', name: 'lambd', default: 0.5, min: 0, description: 'Half-width of the zeroed interval [-lambd, lambd] (PyTorch default 0.5).' }],
  kinks: {
    points: (p) => [-lambdOf(p), lambdOf(p)],
    conventions: [
      { x: -0.5, convention: "hardshrink'(-lambd) = 0 (the function jumps there), as in PyTorch" },
      { x: 0.5, convention: "hardshrink'(lambd) = 0 (the function jumps there), as in PyTorch" },
    ],
  },
  value: (x, p) => hardshrinkValue(x, lambdOf(p)),
  derivative: (x, p) => shrinkDerivative(x, lambdOf(p)),
  secondDerivative: zeroOrNaN,
  valueInto: (xs, out, p) => hardshrinkValueInto(xs, out, lambdOf(p)),
  derivativeInto: (xs, out, p) => shrinkDerivativeInto(xs, out, lambdOf(p)),
  valueAndDerivativeInto: (xs, v, d, p) => hardshrinkBothInto(xs, v, d, lambdOf(p)),
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Hardshrink',
    summary:
      'Hard shrinkage (hard thresholding) zeroes small inputs and keeps large ones unchanged; it comes from wavelet denoising and sparse coding.',
    formula: { text: 'hardshrink(x) = x if |x| > lambd, else 0', latex: '\\operatorname{hardshrink}(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}' },
    derivative: {
      text: "hardshrink'(x) = 1 if |x| > lambd, else 0 (0 at ±lambd, as in PyTorch)",
      latex: "\\operatorname{hardshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
    },
    range: '(-∞, ∞)',
    origin: {
      authors: 'David L. Donoho, Iain M. Johnstone',
      year: 1994,
      title: 'Ideal spatial adaptation by wavelet shrinkage',
      url: 'https://doi.org/10.1093/biomet/81.3.425',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C-1',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention:
      'The function jumps at ±lambd; the derivative there is 0 (PyTorch). kink="left" gives 1 at -lambd and 0 at lambd, "right" 0 and 1, "mean" 0.5 at both.',
    frameworks: {
      pytorch: { names: ['torch.nn.Hardshrink', 'torch.nn.functional.hardshrink', 'F.hardshrink'] },
      tensorflow: { names: ['keras.activations.hard_shrink', 'tf.keras.activations.hard_shrink', 'keras.ops.hard_shrink'], note: 'Keras 3; the parameter is called threshold (default 0.5).' },
      jax: { names: [], note: 'Not in jax.nn: write jnp.where(jnp.abs(x) > lambd, x, 0).' },
    },
  },
});

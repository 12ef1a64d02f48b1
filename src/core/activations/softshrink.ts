/** Softshrink: x - lambd above lambd, x + lambd below -lambd, 0 in between. */
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';
import { shrinkDerivative, shrinkDerivativeInto, softshrinkBothInto, softshrinkValue, softshrinkValueInto } from './shrink-family';

const lambdOf = (p: ActivationParams) => p.lambd as number;

export const softshrinkSpec = defineActivation({
  name: 'softshrink',
  aliases: ['soft_shrink'],
  params: [{ kind: 'number', name: 'lambd', default: 0.5, min: 0, description: 'How far inputs are moved towards 0; [-lambd, lambd] maps to 0 (PyTorch default 0.5).' }],
  kinks: {
    points: (p) => [-lambdOf(p), lambdOf(p)],
    conventions: [
      { x: -0.5, convention: "softshrink'(-lambd) = 0, as in PyTorch" },
      { x: 0.5, convention: "softshrink'(lambd) = 0, as in PyTorch" },
    ],
  },
  value: (x, p) => softshrinkValue(x, lambdOf(p)),
  derivative: (x, p) => shrinkDerivative(x, lambdOf(p)),
  secondDerivative: zeroOrNaN,
  valueInto: (xs, out, p) => softshrinkValueInto(xs, out, lambdOf(p)),
  derivativeInto: (xs, out, p) => shrinkDerivativeInto(xs, out, lambdOf(p)),
  valueAndDerivativeInto: (xs, v, d, p) => softshrinkBothInto(xs, v, d, lambdOf(p)),
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Softshrink',
    summary:
      'Soft shrinkage (soft thresholding) moves every input towards 0 by lambd and zeroes the small ones; it is the proximal operator of the L1 norm, used in ISTA/LISTA and sparse coding.',
    formula: {
      text: 'softshrink(x) = x - lambd if x > lambd, x + lambd if x < -lambd, else 0',
      latex: '\\operatorname{softshrink}(x) = \\operatorname{sign}(x)\\,\\max(|x| - \\lambda, 0)',
    },
    derivative: {
      text: "softshrink'(x) = 1 if |x| > lambd, else 0 (0 at ±lambd, as in PyTorch)",
      latex: "\\operatorname{softshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
    },
    range: '(-∞, ∞)',
    origin: {
      authors: 'David L. Donoho',
      year: 1995,
      title: 'De-noising by soft-thresholding',
      url: 'https://doi.org/10.1109/18.382009',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention: 'At ±lambd the derivative is 0 (PyTorch). kink="left" gives 1 at -lambd and 0 at lambd, "right" 0 and 1, "mean" 0.5 at both.',
    frameworks: {
      pytorch: { names: ['torch.nn.Softshrink', 'torch.nn.functional.softshrink', 'F.softshrink'], note: 'PyTorch returns 0 for NaN input; we propagate NaN.' },
      tensorflow: { names: ['keras.activations.soft_shrink', 'tf.keras.activations.soft_shrink', 'keras.ops.soft_shrink'], note: 'Keras 3; the parameter is called threshold (default 0.5).' },
      jax: { names: [], note: 'Not in jax.nn: write jnp.sign(x) * jnp.maximum(jnp.abs(x) - lambd, 0).' },
    },
  },
});

/** Hardtanh: x clamped to [min_val, max_val]. */
import {
  clampBothInto,
  clampDerivative,
  clampDerivativeInto,
  clampValue,
  clampValueInto,
} from './clamp-family';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

const lo = (p: ActivationParams) => p.min_val as number;
const hi = (p: ActivationParams) => p.max_val as number;

export const hardtanhSpec = defineActivation({
  name: 'hardtanh',
  aliases: ['hard_tanh'],
  params: [
    { kind: 'number', name: 'min_val', default: -1, description: 'Lower clamp (PyTorch default -1).' },
    { kind: 'number', name: 'max_val', default: 1, description: 'Upper clamp (PyTorch default 1); must exceed min_val.' },
  ],
  kinks: {
    points: (p) => [lo(p), hi(p)],
    conventions: [
      { x: -1, convention: "hardtanh'(min_val) = 0, as in PyTorch" },
      { x: 1, convention: "hardtanh'(max_val) = 0, as in PyTorch" },
    ],
  },
  value: (x, p) => clampValue(x, lo(p), hi(p)),
  derivative: (x, p) => clampDerivative(x, lo(p), hi(p)),
  secondDerivative: zeroOrNaN,
  valueInto: (xs, out, p) => clampValueInto(xs, out, lo(p), hi(p)),
  derivativeInto: (xs, out, p) => clampDerivativeInto(xs, out, lo(p), hi(p)),
  valueAndDerivativeInto: (xs, v, d, p) => clampBothInto(xs, v, d, lo(p), hi(p)),
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Hardtanh',
    summary:
      'Hardtanh is the piecewise-linear tanh: the identity between min_val and max_val and constant outside; cheap to compute and common in quantised and low-power networks.',
    formula: {
      text: 'hardtanh(x) = min(max(x, min_val), max_val)',
      latex: '\\operatorname{hardtanh}(x) = \\min\\bigl(\\max(x, a), b\\bigr)',
    },
    derivative: {
      text: "hardtanh'(x) = 1 if min_val < x < max_val, else 0 (0 at both corners, as in PyTorch)",
      latex: "\\operatorname{hardtanh}'(x) = \\begin{cases} 1 & a < x < b \\\\ 0 & \\text{otherwise} \\end{cases}",
    },
    range: '[-1, 1]',
    origin: {
      authors: 'Ronan Collobert',
      year: 2004,
      title: 'Large Scale Machine Learning (PhD thesis, Université Paris VI)',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C0',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1,
    },
    kinkConvention: 'At min_val and max_val the derivative is 0 (PyTorch: the open interval). kink="left" gives 0 at min_val and 1 at max_val, "right" 1 and 0, "mean" 0.5 at both.',
    frameworks: {
      pytorch: { names: ['torch.nn.Hardtanh', 'torch.nn.functional.hardtanh', 'F.hardtanh'] },
      tensorflow: { names: ['keras.activations.hard_tanh', 'tf.keras.activations.hard_tanh', 'keras.ops.hard_tanh'], note: 'Keras 3 only, fixed to [-1, 1]; otherwise tf.clip_by_value.' },
      jax: { names: ['jax.nn.hard_tanh', 'flax.linen.hard_tanh'], note: 'Fixed to [-1, 1].' },
    },
  },
});

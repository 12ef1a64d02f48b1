/** ReLU6: min(max(0, x), 6). */
import { clampBothInto, clampDerivative, clampDerivativeInto, clampValue, clampValueInto } from './clamp-family';
import { defineActivation } from './define-activation';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

export const relu6Spec = defineActivation({
  name: 'relu6',
  params: [],
  kinks: {
    points: () => [0, 6],
    conventions: [
      { x: 0, convention: "relu6'(0) = 0, as in PyTorch" },
      { x: 6, convention: "relu6'(6) = 0, as in PyTorch" },
    ],
  },
  value: (x) => clampValue(x, 0, 6),
  derivative: (x) => clampDerivative(x, 0, 6),
  secondDerivative: zeroOrNaN,
  valueInto: (xs, out) => clampValueInto(xs, out, 0, 6),
  derivativeInto: (xs, out) => clampDerivativeInto(xs, out, 0, 6),
  valueAndDerivativeInto: (xs, v, d) => clampBothInto(xs, v, d, 0, 6),
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'ReLU6',
    summary:
      'ReLU6 is a ReLU capped at 6, which keeps activations in a small fixed range that survives low-precision arithmetic; used in MobileNet v1/v2.',
    formula: { text: 'relu6(x) = min(max(0, x), 6)', latex: '\\operatorname{ReLU6}(x) = \\min\\bigl(\\max(0, x), 6\\bigr)' },
    derivative: {
      text: "relu6'(x) = 1 if 0 < x < 6, else 0 (0 at both corners, as in PyTorch)",
      latex: "\\operatorname{ReLU6}'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}",
    },
    range: '[0, 6]',
    origin: {
      authors: 'Alex Krizhevsky',
      year: 2010,
      title: 'Convolutional Deep Belief Networks on CIFAR-10',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention: 'At 0 and 6 the derivative is 0 (PyTorch). kink="left" gives 0 at 0 and 1 at 6, "right" 1 and 0, "mean" 0.5 at both.',
    frameworks: {
      pytorch: { names: ['torch.nn.ReLU6', 'torch.nn.functional.relu6', 'F.relu6'] },
      tensorflow: { names: ['tf.nn.relu6', 'keras.activations.relu6', 'tf.keras.activations.relu6', '"relu6"'] },
      jax: { names: ['jax.nn.relu6', 'flax.linen.relu6'] },
    },
  },
});

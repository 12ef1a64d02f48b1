/** Hard sigmoid: relu6(x + 3) / 6. */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

const SIXTH = 1 / 6;

function hardsigmoid(x: number): number {
  return Math.min(Math.max(x + 3, 0), 6) / 6;
}

/**
 * 1/6 strictly inside (-3, 3), 0 outside and at both corners (PyTorch). PyTorch's float64 kernel
 * multiplies by a float32 1/6 (0.1666666716337204); we return the exact 1/6 (a 3e-8 relative difference).
 */
function hardsigmoidDerivative(x: number): number {
  const d = +(Math.abs(x) < 3) * SIXTH;
  return x === x ? d : x;
}

export const hardsigmoidSpec = defineActivation({
  name: 'hardsigmoid',
  aliases: ['hard_sigmoid'],
  params: [],
  kinks: {
    points: () => [-3, 3],
    conventions: [
      { x: -3, convention: "hardsigmoid'(-3) = 0, as in PyTorch" },
      { x: 3, convention: "hardsigmoid'(3) = 0, as in PyTorch" },
    ],
  },
  value: hardsigmoid,
  derivative: hardsigmoidDerivative,
  secondDerivative: zeroOrNaN,
  valueInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.min(Math.max(xs[i] + 3, 0), 6) / 6;
  },
  derivativeInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const d = +(Math.abs(x) < 3) * SIXTH;
      out[i] = x === x ? d : x;
    }
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const d = +(Math.abs(x) < 3) * SIXTH;
      outValue[i] = Math.min(Math.max(x + 3, 0), 6) / 6;
      outDerivative[i] = x === x ? d : x;
    }
  },
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Hard sigmoid',
    summary:
      'The hard sigmoid is a piecewise-linear stand-in for the logistic sigmoid, cheap on mobile hardware; used for the gates of MobileNetV3\'s squeeze-and-excitation blocks.',
    formula: { text: 'hardsigmoid(x) = relu6(x + 3) / 6 = min(max(x/6 + 1/2, 0), 1)', latex: '\\operatorname{hardsigmoid}(x) = \\frac{\\operatorname{ReLU6}(x + 3)}{6}' },
    derivative: {
      text: "hardsigmoid'(x) = 1/6 if -3 < x < 3, else 0 (0 at both corners, as in PyTorch; PyTorch's float64 uses float32 1/6 = 0.16666667163, we use the exact 1/6)",
      latex: "\\operatorname{hardsigmoid}'(x) = \\begin{cases} 1/6 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}",
    },
    range: '[0, 1]',
    origin: {
      authors: 'Andrew Howard, Mark Sandler, Grace Chu, Liang-Chieh Chen, Bo Chen, Mingxing Tan, Weijun Wang, Yukun Zhu, Ruoming Pang, Vijay Vasudevan, Quoc V. Le, Hartwig Adam',
      year: 2019,
      title: 'Searching for MobileNetV3',
      url: 'https://arxiv.org/abs/1905.02244',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0.5,
      slopeAtZero: 1 / 6,
    },
    kinkConvention: 'At -3 and 3 the derivative is 0 (PyTorch). kink="left" gives 0 at -3 and 1/6 at 3, "right" 1/6 and 0, "mean" 1/12 at both.',
    frameworks: {
      pytorch: { names: ['torch.nn.Hardsigmoid', 'torch.nn.functional.hardsigmoid', 'F.hardsigmoid'], note: 'Its float64 backward uses a float32 1/6.' },
      tensorflow: {
        names: ['keras.activations.hard_sigmoid', 'tf.keras.activations.hard_sigmoid', '"hard_sigmoid"'],
        note: 'Keras 3 uses relu6(x + 3) / 6; tf.keras 2 (TensorFlow up to 2.15) used clip(0.2 x + 0.5, 0, 1), a different function.',
      },
      jax: { names: ['jax.nn.hard_sigmoid', 'flax.linen.hard_sigmoid'] },
    },
  },
});

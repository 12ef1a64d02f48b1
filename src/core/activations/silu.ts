/** SiLU: x * sigmoid(x) (PyTorch's silu, without a beta; see swish for x * sigmoid(beta x)). */
import { defineActivation } from './define-activation';
import { swishBothInto, swishDerivative, swishDerivativeInto, swishSecondDerivative, swishSecondDerivativeInto, swishValue, swishValueInto } from './swish-family';

export const siluSpec = defineActivation({
  name: 'silu',
  params: [],
  value: (x) => swishValue(x, 1),
  derivative: (x) => swishDerivative(x, 1),
  secondDerivative: (x) => swishSecondDerivative(x, 1),
  valueInto: (xs, out) => swishValueInto(xs, out, 1),
  derivativeInto: (xs, out) => swishDerivativeInto(xs, out, 1),
  valueAndDerivativeInto: (xs, v, d) => swishBothInto(xs, v, d, 1),
  secondDerivativeInto: (xs, out) => swishSecondDerivativeInto(xs, out, 1),
  doc: {
    displayName: 'SiLU',
    summary:
      'The sigmoid-weighted linear unit multiplies its input by its own sigmoid: a smooth, non-monotonic ReLU alternative used in EfficientNet, YOLOv5+ and the SwiGLU feed-forward blocks of LLaMA-style Transformers.',
    formula: { text: 'silu(x) = x * sigmoid(x) = x / (1 + exp(-x))', latex: '\\operatorname{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}' },
    derivative: {
      text: "silu'(x) = sigmoid(x) * (1 + x * (1 - sigmoid(x)))",
      latex: "\\operatorname{SiLU}'(x) = \\sigma(x)\\,\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
    },
    range: '[-0.28, ∞)',
    origin: {
      authors: 'Dan Hendrycks, Kevin Gimpel (2016, as the SiLU); Stefan Elfwing, Eiji Uchibe, Kenji Doya (2017); Prajit Ramachandran, Barret Zoph, Quoc V. Le (2017, as swish)',
      year: 2016,
      title: 'Gaussian Error Linear Units (GELUs); Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning; Searching for Activation Functions',
      url: 'https://arxiv.org/abs/1702.03118',
    },
    properties: {
      monotonic: false,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: true,
      valueAtZero: 0,
      slopeAtZero: 0.5,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.SiLU', 'torch.nn.functional.silu', 'F.silu'] },
      tensorflow: {
        names: ['tf.nn.silu', 'tf.nn.swish', 'tf.keras.activations.silu', 'keras.activations.silu', 'tf.keras.activations.swish', '"silu"', '"swish"'],
        note: 'tf.nn.silu takes beta=1.0 (x * sigmoid(beta * x)): that is our swish.',
      },
      jax: { names: ['jax.nn.silu', 'jax.nn.swish', 'flax.linen.silu', 'flax.linen.swish'] },
    },
  },
});

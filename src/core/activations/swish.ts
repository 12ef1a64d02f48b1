/** Swish with a beta: x * sigmoid(beta * x) (TensorFlow's silu(beta)); beta = 1 is SiLU. */
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { swishBothInto, swishDerivative, swishDerivativeInto, swishSecondDerivative, swishSecondDerivativeInto, swishValue, swishValueInto } from './swish-family';

const betaOf = (p: ActivationParams) => p.beta as number;

export const swishSpec = defineActivation({
  name: 'swish',
  params: [{ kind: 'number', name: 'beta', default: 1, description: 'Sharpness of the gate: 1 is SiLU, large beta approaches ReLU, 0 gives x/2.' }],
  value: (x, p) => swishValue(x, betaOf(p)),
  derivative: (x, p) => swishDerivative(x, betaOf(p)),
  secondDerivative: (x, p) => swishSecondDerivative(x, betaOf(p)),
  valueInto: (xs, out, p) => swishValueInto(xs, out, betaOf(p)),
  derivativeInto: (xs, out, p) => swishDerivativeInto(xs, out, betaOf(p)),
  valueAndDerivativeInto: (xs, v, d, p) => swishBothInto(xs, v, d, betaOf(p)),
  secondDerivativeInto: (xs, out, p) => swishSecondDerivativeInto(xs, out, betaOf(p)),
  doc: {
    displayName: 'Swish',
    summary:
      'Swish gates its input by a sigmoid of beta times itself; found by automated search over activation functions, it interpolates between x/2 (beta = 0), SiLU (beta = 1) and ReLU (beta → ∞).',
    formula: { text: 'swish(x) = x * sigmoid(beta * x)', latex: '\\operatorname{swish}_\\beta(x) = x\\,\\sigma(\\beta x)' },
    derivative: {
      text: "swish'(x) = sigmoid(beta x) + beta x * sigmoid(beta x) * (1 - sigmoid(beta x))",
      latex: "\\operatorname{swish}_\\beta'(x) = \\sigma(\\beta x) + \\beta x\\,\\sigma(\\beta x)\\,\\bigl(1 - \\sigma(\\beta x)\\bigr)",
    },
    range: '[-0.28, ∞)',
    origin: {
      authors: 'Prajit Ramachandran, Barret Zoph, Quoc V. Le',
      year: 2017,
      title: 'Searching for Activation Functions',
      url: 'https://arxiv.org/abs/1710.05941',
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
      pytorch: { names: [], note: 'No beta in PyTorch: torch.nn.SiLU is swish with beta = 1; write x * torch.sigmoid(beta * x).' },
      tensorflow: { names: ['tf.nn.silu', 'tf.nn.swish'], note: 'tf.nn.silu(features, beta=1.0); the Keras swish/silu take no beta.' },
      jax: { names: [], note: 'jax.nn.swish is SiLU (no beta); write x * jax.nn.sigmoid(beta * x).' },
    },
  },
});

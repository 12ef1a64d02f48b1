/** The hyperbolic tangent. */
import { defineActivation } from './define-activation';

/**
 * tanh'(x) = 1 - tanh(x)^2 = sech(x)^2 = 4e / (1 + e)^2 with e = exp(-2|x|). The last form keeps
 * full relative accuracy in the tails, where 1 - tanh^2 cancels to 0 long before the true value does.
 */
export function tanhDerivative(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  const r = 1 / (1 + e);
  return 4 * e * r * r;
}

/** tanh''(x) = -2 tanh(x) sech(x)^2. */
export function tanhSecondDerivative(x: number): number {
  return -2 * Math.tanh(x) * tanhDerivative(x);
}

export const tanhSpec = defineActivation({
  name: 'tanh',
  params: [],
  value: (x) => Math.tanh(x),
  derivative: tanhDerivative,
  secondDerivative: tanhSecondDerivative,
  valueInto(xs, out) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.tanh(xs[i]);
  },
  derivativeInto(xs, out) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = tanhDerivative(xs[i]);
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    // Math.tanh for the value: deriving it from the derivative's exp would lose digits near 0.
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      outValue[i] = Math.tanh(x);
      outDerivative[i] = tanhDerivative(x);
    }
  },
  secondDerivativeInto(xs, out) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = tanhSecondDerivative(xs[i]);
  },
  doc: {
    displayName: 'Tanh',
    summary:
      'The hyperbolic tangent is a zero-centred sigmoid with range (-1, 1); recommended over the logistic sigmoid for hidden layers in classic MLPs, and still used in RNN/LSTM cell outputs.',
    formula: {
      text: 'tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))',
      latex: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    },
    derivative: { text: "tanh'(x) = 1 - tanh(x)^2", latex: "\\tanh'(x) = 1 - \\tanh^2(x)" },
    range: '(-1, 1)',
    origin: {
      authors: 'Yann LeCun, Léon Bottou, Genevieve B. Orr, Klaus-Robert Müller',
      year: 1998,
      title: 'Efficient BackProp',
      url: 'https://doi.org/10.1007/3-540-49430-8_2',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C∞',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.Tanh', 'torch.tanh', 'torch.nn.functional.tanh', 'F.tanh'] },
      tensorflow: { names: ['tf.math.tanh', 'tf.nn.tanh', 'tf.tanh', 'tf.keras.activations.tanh', 'keras.activations.tanh', '"tanh"'] },
      jax: { names: ['jax.numpy.tanh', 'jnp.tanh', 'flax.linen.tanh'] },
    },
  },
});

/** The logistic sigmoid 1 / (1 + e^-x). Its stable rules are shared by silu, swish, softplus, logsigmoid, gelu (tanh form). */
import { defineActivation } from './define-activation';

/**
 * With e = exp(-|x|) (never overflows), sigmoid(x) = 1 / (1 + e) for x >= 0 and e / (1 + e) below:
 * no overflow at x = -1000 and no cancellation. The sign selection is arithmetic, not a branch.
 */
export function logistic(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const r = 1 / (1 + e);
  const pos = +(x >= 0);
  return r * (pos + (1 - pos) * e);
}

/** sigmoid'(x) = sigmoid(x) * sigmoid(-x) = e / (1 + e)^2 with e = exp(-|x|): symmetric, no cancellation. */
export function logisticDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const r = 1 / (1 + e);
  return e * r * r;
}

/** sigmoid''(x) = sigmoid'(x) (1 - 2 sigmoid(x)) = -sigmoid'(x) tanh(x / 2), without the cancellation of 1 - 2 sigmoid. */
export function logisticSecondDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const r = 1 / (1 + e);
  return -e * r * r * Math.tanh(0.5 * x);
}

export const sigmoidSpec = defineActivation({
  name: 'sigmoid',
  aliases: ['logistic', 'expit'],
  params: [],
  value: logistic,
  derivative: logisticDerivative,
  secondDerivative: logisticSecondDerivative,
  valueInto(xs, out) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = logistic(xs[i]);
  },
  derivativeInto(xs, out) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = logisticDerivative(xs[i]);
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const e = Math.exp(-Math.abs(x));
      const r = 1 / (1 + e);
      const pos = +(x >= 0);
      outValue[i] = r * (pos + (1 - pos) * e);
      outDerivative[i] = e * r * r;
    }
  },
  secondDerivativeInto(xs, out) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = logisticSecondDerivative(xs[i]);
  },
  doc: {
    displayName: 'Sigmoid',
    summary:
      'The logistic function squashes any real number into (0, 1); today it is used for gates (LSTM, GRU), attention-free gating and binary outputs, rarely in hidden layers because it saturates.',
    formula: { text: 'sigmoid(x) = 1 / (1 + exp(-x))', latex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}' },
    derivative: {
      text: "sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x))",
      latex: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)",
    },
    range: '(0, 1)',
    origin: {
      authors: 'David E. Rumelhart, Geoffrey E. Hinton, Ronald J. Williams',
      year: 1986,
      title: 'Learning representations by back-propagating errors',
      url: 'https://doi.org/10.1038/323533a0',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0.5,
      slopeAtZero: 0.25,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.Sigmoid', 'torch.sigmoid', 'torch.nn.functional.sigmoid', 'F.sigmoid', 'torch.special.expit'] },
      tensorflow: { names: ['tf.math.sigmoid', 'tf.nn.sigmoid', 'tf.sigmoid', 'tf.keras.activations.sigmoid', 'keras.activations.sigmoid', '"sigmoid"'] },
      jax: { names: ['jax.nn.sigmoid', 'jax.scipy.special.expit', 'flax.linen.sigmoid'] },
    },
  },
});

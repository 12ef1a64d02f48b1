/** The exponential activation: e^x. */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';

export const exponentialSpec = defineActivation({
  name: 'exponential',
  params: [],
  value: Math.exp,
  derivative: Math.exp,
  secondDerivative: Math.exp,
  valueInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.exp(xs[i]);
  },
  derivativeInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.exp(xs[i]);
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(xs[i]);
      outValue[i] = e;
      outDerivative[i] = e;
    }
  },
  secondDerivativeInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.exp(xs[i]);
  },
  doc: {
    displayName: 'Exponential',
    summary:
      'The exponential activation e^x gives strictly positive outputs that grow without bound; used for rates and scales (Poisson regression, predicted variances) rather than in hidden layers.',
    formula: { text: 'exponential(x) = exp(x)', latex: '\\exp(x) = e^{x}' },
    derivative: { text: "exponential'(x) = exp(x)", latex: "\\exp'(x) = e^{x}" },
    range: '(0, ∞)',
    origin: {
      authors: 'John A. Nelder, Robert W. M. Wedderburn (the log link of generalised linear models, whose inverse is exp)',
      year: 1972,
      title: 'Generalized Linear Models',
      url: 'https://doi.org/10.2307/2344614',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 1,
      slopeAtZero: 1,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.exp'], note: 'No activation module; overflows to inf above x ≈ 709.78 in float64.' },
      tensorflow: { names: ['tf.math.exp', 'tf.keras.activations.exponential', 'keras.activations.exponential', '"exponential"'] },
      jax: { names: ['jax.numpy.exp', 'jnp.exp'] },
    },
  },
});

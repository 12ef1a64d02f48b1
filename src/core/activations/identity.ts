/** The identity (linear) activation: x. */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

function one(x: number): number {
  return x === x ? 1 : x;
}

export const identitySpec = defineActivation({
  name: 'identity',
  aliases: ['linear'],
  params: [],
  value: (x) => x,
  derivative: one,
  secondDerivative: zeroOrNaN,
  valueInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = xs[i];
  },
  derivativeInto(xs: NumericArray, out: NumericArray) {
    const n = xs.length;
    // A checked pass (checked-pass.ts): ones, and the guarded loop only if some x was NaN.
    if (disjoint(xs, out)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        out[i] = 1;
        s += xs[i];
      }
      if (s === s) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      out[i] = x === x ? 1 : x;
    }
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    if (disjoint(xs, outValue, outDerivative)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        outValue[i] = x;
        outDerivative[i] = 1;
        s += x;
      }
      if (s === s) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      outValue[i] = x;
      outDerivative[i] = x === x ? 1 : x;
    }
  },
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Identity',
    summary:
      'The identity passes its input through unchanged: the "no activation" of regression output layers, and the baseline against which every nonlinearity is compared.',
    formula: { text: 'identity(x) = x', latex: '\\operatorname{id}(x) = x' },
    derivative: { text: "identity'(x) = 1", latex: "\\operatorname{id}'(x) = 1" },
    range: '(-∞, ∞)',
    origin: {
      authors: 'Frank Rosenblatt (linear units of the perceptron); Bernard Widrow, Marcian E. Hoff (ADALINE, a linear unit trained by gradient descent)',
      year: 1960,
      title: 'Adaptive Switching Circuits',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.Identity'] },
      tensorflow: { names: ['tf.keras.activations.linear', 'keras.activations.linear', '"linear"', 'tf.identity'], note: 'Keras layers default to activation=None, which is linear.' },
      jax: { names: ['jax.nn.identity'] },
    },
  },
});

/** Tanhshrink: x - tanh(x). */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';
import { tanhDerivative } from './tanh';

/**
 * Coefficients of x - tanh(x) = sum c_k x^(2k+3), k = 0.., from the Bernoulli-number series of
 * tanh (c_k = -2^(2n) (2^(2n) - 1) B_2n / (2n)!, n = k + 2); used for |x| < 0.25, where x - tanh(x)
 * would cancel (at x = 1e-6 every digit). At 0.25 the 10 terms are exact to 1e-17 relative and the
 * direct difference loses less than 6 bits.
 */
const SERIES = [
  0.3333333333333333, -0.13333333333333333, 0.05396825396825397, -0.021869488536155203, 0.008863235529902197,
  -0.003592128036572481, 0.0014558343870513183, -0.000590027440945586, 0.00023912911424355248, -9.691537956929451e-5,
];

function tanhshrink(x: number): number {
  if (Math.abs(x) >= 0.25) return x - Math.tanh(x); // also +-Infinity (x - 1) and NaN
  const u = x * x;
  let s = SERIES[9];
  for (let k = 8; k >= 0; k--) s = s * u + SERIES[k];
  return x * u * s;
}

/** 1 - sech^2(x) = tanh(x)^2: no cancellation. */
function tanhshrinkDerivative(x: number): number {
  const t = Math.tanh(x);
  return t * t;
}

/** 2 tanh(x) sech^2(x), with sech^2 in its tail-accurate form. */
function tanhshrinkSecondDerivative(x: number): number {
  return 2 * Math.tanh(x) * tanhDerivative(x);
}

function loop(xs: NumericArray, out: NumericArray, rule: 0 | 1 | 2): void {
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = tanhshrink(xs[i]);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = tanhshrinkDerivative(xs[i]);
  else for (let i = 0; i < n; i++) out[i] = tanhshrinkSecondDerivative(xs[i]);
}

export const tanhshrinkSpec = defineActivation({
  name: 'tanhshrink',
  aliases: ['tanh_shrink'],
  params: [],
  value: tanhshrink,
  derivative: tanhshrinkDerivative,
  secondDerivative: tanhshrinkSecondDerivative,
  valueInto: (xs, out) => loop(xs, out, 0),
  derivativeInto: (xs, out) => loop(xs, out, 1),
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const t = Math.tanh(x);
      outValue[i] = Math.abs(x) >= 0.25 ? x - t : tanhshrink(x);
      outDerivative[i] = t * t;
    }
  },
  secondDerivativeInto: (xs, out) => loop(xs, out, 2),
  doc: {
    displayName: 'Tanhshrink',
    summary:
      'Tanhshrink subtracts tanh from the identity: nearly flat (cubic) around 0 and parallel to x far away, it is used for shrinkage in sparse coding and denoising networks.',
    formula: { text: 'tanhshrink(x) = x - tanh(x)', latex: '\\operatorname{tanhshrink}(x) = x - \\tanh(x)' },
    derivative: { text: "tanhshrink'(x) = tanh(x)^2", latex: "\\operatorname{tanhshrink}'(x) = \\tanh^2(x)" },
    range: '(-∞, ∞)',
    origin: {
      authors: 'Ronan Collobert, Koray Kavukcuoglu, Clément Farabet (TanhShrink in the nn package of Torch7, which PyTorch took over)',
      year: 2011,
      title: 'Torch7: A Matlab-like Environment for Machine Learning',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: true,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.Tanhshrink', 'torch.nn.functional.tanhshrink', 'F.tanhshrink'] },
      tensorflow: { names: ['keras.activations.tanh_shrink', 'tf.keras.activations.tanh_shrink', 'keras.ops.tanh_shrink'], note: 'Keras 3 only.' },
      jax: { names: [], note: 'Not in jax.nn: write x - jnp.tanh(x).' },
    },
  },
});

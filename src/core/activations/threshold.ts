/** Threshold: x where x > threshold, else value (PyTorch's torch.nn.Threshold). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

function thresholdValue(x: number, t: number, v: number): number {
  return x > t || x !== x ? x : v;
}

/** 1 where x > threshold, else 0 (also at the threshold, as PyTorch). */
function thresholdDerivative(x: number, t: number): number {
  const d = +(x > t);
  return x === x ? d : x;
}

/**
 * The blend above * x + (1 - above) * v equals thresholdValue for every finite x when v is finite
 * and not -0 (below, 0 * x + v is v) and no -0 can lie above t (t >= 0 or NaN; above, x + 0 * v is
 * x except for x = -0). Infinite or NaN inputs are caught by the checked pass.
 */
function blendIsExact(t: number, v: number): boolean {
  return !(t < 0) && v - v === 0 && !Object.is(v, -0);
}

const tOf = (p: ActivationParams) => p.threshold as number;
const vOf = (p: ActivationParams) => p.value as number;

export const thresholdSpec = defineActivation({
  name: 'threshold',
  params: [
    { kind: 'number', name: 'threshold', default: 0, description: 'Inputs at or below it are replaced (PyTorch requires it; our default 0 with value 0 gives relu).' },
    { kind: 'number', name: 'value', default: 0, description: 'What inputs at or below the threshold become (PyTorch requires it; default here 0).' },
  ],
  kinks: { points: (p) => [tOf(p)], conventions: [{ x: 0, convention: "threshold'(threshold) = 0, as in PyTorch" }] },
  value: (x, p) => thresholdValue(x, tOf(p), vOf(p)),
  derivative: (x, p) => thresholdDerivative(x, tOf(p)),
  secondDerivative: zeroOrNaN,
  valueInto(xs: NumericArray, out: NumericArray, p) {
    const t = tOf(p);
    const v = vOf(p);
    const n = xs.length;
    if (blendIsExact(t, v) && disjoint(xs, out)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        const above = +(x > t);
        out[i] = above * x + (1 - above) * v;
        s += x;
      }
      if (s - s === 0) return; // every x finite (checked-pass.ts)
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      out[i] = x > t || x !== x ? x : v;
    }
  },
  derivativeInto(xs: NumericArray, out: NumericArray, p) {
    const t = tOf(p);
    const n = xs.length;
    if (disjoint(xs, out)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        out[i] = +(x > t);
        s += x;
      }
      if (s === s) return; // no NaN among the inputs
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const d = +(x > t);
      out[i] = x === x ? d : x;
    }
  },
  valueAndDerivativeInto(xs, outValue, outDerivative, p) {
    const t = tOf(p);
    const v = vOf(p);
    const n = xs.length;
    if (blendIsExact(t, v) && disjoint(xs, outValue, outDerivative)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        const above = +(x > t);
        outValue[i] = above * x + (1 - above) * v;
        outDerivative[i] = above;
        s += x;
      }
      if (s - s === 0) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const d = +(x > t);
      outValue[i] = x > t || x !== x ? x : v;
      outDerivative[i] = x === x ? d : x;
    }
  },
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Threshold',
    summary:
      'Threshold passes inputs above a threshold unchanged and replaces the rest by a constant; with threshold 0 and value 0 it is ReLU, otherwise it jumps at the threshold.',
    formula: {
      text: 'threshold(x) = x if x > threshold, else value',
      latex: '\\operatorname{threshold}(x) = \\begin{cases} x & x > t \\\\ v & x \\le t \\end{cases}',
    },
    derivative: {
      text: "threshold'(x) = 1 if x > threshold, else 0 (0 at the threshold, as in PyTorch)",
      latex: "\\operatorname{threshold}'(x) = \\begin{cases} 1 & x > t \\\\ 0 & x \\le t \\end{cases}",
    },
    range: '[0, ∞)',
    origin: {
      authors: 'Ronan Collobert, Koray Kavukcuoglu, Clément Farabet (Threshold in the nn package of Torch7, which PyTorch took over)',
      year: 2011,
      title: 'Torch7: A Matlab-like Environment for Machine Learning',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention:
      'At the threshold the derivative is 0 (PyTorch); with value != threshold the function jumps there. kink="left" gives 0, "right" 1, "mean" 0.5. Properties and range are for the defaults (threshold 0, value 0).',
    frameworks: {
      pytorch: { names: ['torch.nn.Threshold', 'torch.nn.functional.threshold', 'F.threshold'], note: 'threshold and value have no defaults in PyTorch.' },
      tensorflow: {
        names: ['keras.activations.threshold', 'tf.keras.activations.threshold', 'keras.ops.threshold'],
        note: 'Keras 3: threshold(x, threshold, default_value).',
      },
      jax: { names: [], note: 'Not in jax.nn: write jnp.where(x > threshold, x, value).' },
    },
  },
});

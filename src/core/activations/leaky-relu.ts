/** Leaky ReLU: x for x >= 0, negative_slope * x below. Its rules and kernels also serve prelu and rrelu (eval mode). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

/**
 * max(0, x) + slope * min(0, x), with max/min written as 0.5 * (x +- |x|): branch-free (-0 maps
 * to +0). Where that is not finite (NaN, +-Infinity, |x| > MAX_VALUE / 2) a rarely taken branch
 * computes the plain definition instead.
 */
export function leakyRelu(x: number, slope: number): number {
  const a = Math.abs(x);
  const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
  if (v - v === 0) return v;
  return x > 0 || x !== x ? x : slope * x;
}

/** 1 for x > 0, slope for x <= 0 (PyTorch: leaky_relu'(0) = negative_slope). */
export function leakyReluDerivative(x: number, slope: number): number {
  const pos = +(x > 0);
  const d = pos + (1 - pos) * slope;
  return x === x ? d : x;
}

/*
 * The kernels run a checked pass first (checked-pass.ts): the branch-free formula without its guard,
 * summing what it wrote (value) or read (derivative: only a NaN x needs the guard); the guarded loop
 * reruns only when that sum is not finite.
 */
export function leakyReluInto(xs: NumericArray, out: NumericArray, slope: number): void {
  const n = xs.length;
  if (disjoint(xs, out)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const a = Math.abs(x);
      const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
      out[i] = v;
      s += v;
    }
    if (s - s === 0) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
    out[i] = v - v === 0 ? v : x > 0 || x !== x ? x : slope * x;
  }
}

export function leakyReluDerivativeInto(xs: NumericArray, out: NumericArray, slope: number): void {
  const n = xs.length;
  if (disjoint(xs, out)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const pos = +(x > 0);
      out[i] = pos + (1 - pos) * slope;
      s += x;
    }
    if (s === s) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const pos = +(x > 0);
    const d = pos + (1 - pos) * slope;
    out[i] = x === x ? d : x;
  }
}

export function leakyReluBothInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, slope: number): void {
  const n = xs.length;
  if (disjoint(xs, outValue, outDerivative)) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const a = Math.abs(x);
      const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
      const pos = +(x > 0);
      outValue[i] = v;
      outDerivative[i] = pos + (1 - pos) * slope;
      s += v;
    }
    if (s - s === 0) return;
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
    const pos = +(x > 0);
    const d = pos + (1 - pos) * slope;
    outValue[i] = v - v === 0 ? v : x > 0 || x !== x ? x : slope * x;
    outDerivative[i] = x === x ? d : x;
  }
}

const slopeOf = (p: ActivationParams) => p.negative_slope as number;

/**
 * The seven rules of a leaky-ReLU-shaped activation, given where its negative slope comes from:
 * leaky_relu (negative_slope) and prelu (weight) differ only in that, so they share this table.
 */
export function leakyReluRules(slopeFrom: (p: ActivationParams) => number) {
  return {
    value: (x: number, p: ActivationParams) => leakyRelu(x, slopeFrom(p)),
    derivative: (x: number, p: ActivationParams) => leakyReluDerivative(x, slopeFrom(p)),
    secondDerivative: zeroOrNaN,
    valueInto: (xs: NumericArray, out: NumericArray, p: ActivationParams) => leakyReluInto(xs, out, slopeFrom(p)),
    derivativeInto: (xs: NumericArray, out: NumericArray, p: ActivationParams) => leakyReluDerivativeInto(xs, out, slopeFrom(p)),
    valueAndDerivativeInto: (xs: NumericArray, v: NumericArray, d: NumericArray, p: ActivationParams) => leakyReluBothInto(xs, v, d, slopeFrom(p)),
    secondDerivativeInto: zeroOrNaNInto,
  };
}

export const leakyReluSpec = defineActivation({
  name: 'leaky_relu',
  aliases: ['leakyrelu', 'lrelu'],
  params: [{ kind: 'number', name: 'negative_slope', default: 0.01, description: 'Slope for x < 0 (PyTorch default 0.01).' }],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "leaky_relu'(0) = negative_slope, as in PyTorch" }] },
  ...leakyReluRules(slopeOf),
  doc: {
    displayName: 'Leaky ReLU',
    summary:
      'A ReLU whose negative side keeps a small slope, so units never stop receiving gradient ("dying ReLU"); used in GAN discriminators, YOLO-style detectors and acoustic models.',
    formula: {
      text: 'leaky_relu(x) = x if x >= 0, else negative_slope * x',
      latex: '\\operatorname{LeakyReLU}(x) = \\begin{cases} x & x \\ge 0 \\\\ \\alpha x & x < 0 \\end{cases}',
    },
    derivative: {
      text: "leaky_relu'(x) = 1 if x > 0, else negative_slope (negative_slope at x = 0, as in PyTorch)",
      latex: "\\operatorname{LeakyReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}",
    },
    range: '(-∞, ∞)',
    origin: {
      authors: 'Andrew L. Maas, Awni Y. Hannun, Andrew Y. Ng',
      year: 2013,
      title: 'Rectifier Nonlinearities Improve Neural Network Acoustic Models',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0.01,
    },
    kinkConvention: 'At 0 the derivative is negative_slope (PyTorch). kink="left" gives negative_slope, "right" 1, "mean" their average.',
    frameworks: {
      pytorch: { names: ['torch.nn.LeakyReLU', 'torch.nn.functional.leaky_relu', 'F.leaky_relu'] },
      tensorflow: {
        names: ['tf.nn.leaky_relu', 'tf.keras.layers.LeakyReLU', 'keras.layers.LeakyReLU', 'keras.activations.leaky_relu', '"leaky_relu"'],
        note: 'Different default slopes: tf.nn.leaky_relu alpha=0.2; the layer tf.keras.layers.LeakyReLU alpha=0.3 (tf.keras 2), keras.layers.LeakyReLU negative_slope=0.3 (Keras 3); keras.activations.leaky_relu negative_slope=0.2 (Keras 3).',
      },
      jax: { names: ['jax.nn.leaky_relu', 'flax.linen.leaky_relu'], note: 'negative_slope=0.01, as in PyTorch.' },
    },
  },
});

/** Leaky ReLU: x for x >= 0, negative_slope * x below. */
import type { ActivationSpec, NumericArray } from './activation-spec';
import { defaultParams, paramDocs, type ActivationParams, type ParamSpec } from './params';

const PARAMS: ParamSpec[] = [
  {
    kind: 'number',
    name: 'negative_slope',
    default: 0.01,
    description: 'Slope for x < 0 (PyTorch default 0.01).',
  },
];
const DEFAULTS = defaultParams(PARAMS);

/**
 * max(0, x) + slope * min(0, x), with max/min written as 0.5 * (x +- |x|): branch-free (-0 maps
 * to +0). Where that is not finite (NaN, +-Infinity, |x| > MAX_VALUE / 2) a rarely taken branch
 * computes the plain definition instead.
 */
function leakyRelu(x: number, slope: number): number {
  const a = Math.abs(x);
  const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
  if (v - v === 0) return v;
  return x > 0 || x !== x ? x : slope * x;
}

/** 1 for x > 0, negative_slope for x <= 0 (PyTorch: leaky_relu'(0) = negative_slope). */
function leakyReluDerivative(x: number, slope: number): number {
  const pos = +(x > 0);
  const d = pos + (1 - pos) * slope;
  return x === x ? d : x;
}

function slopeOf(params: ActivationParams | undefined): number {
  return (params ?? DEFAULTS).negative_slope as number;
}

export const leakyReluSpec: ActivationSpec = {
  name: 'leaky_relu',
  aliases: ['leakyrelu', 'lrelu'],
  params: PARAMS,
  defaults: DEFAULTS,
  kinks: [{ x: 0, convention: "leaky_relu'(0) = negative_slope, as in PyTorch" }],
  value: (x, params) => leakyRelu(x, slopeOf(params)),
  derivative: (x, params) => leakyReluDerivative(x, slopeOf(params)),
  valueInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void {
    const slope = slopeOf(params);
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const a = Math.abs(x);
      const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
      out[i] = v - v === 0 ? v : x > 0 || x !== x ? x : slope * x;
    }
  },
  derivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void {
    const slope = slopeOf(params);
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const pos = +(x > 0);
      const d = pos + (1 - pos) * slope;
      out[i] = x === x ? d : x;
    }
  },
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
    params: paramDocs(PARAMS),
    range: '(-∞, ∞)',
    origin: {
      authors: 'Andrew L. Maas, Awni Y. Hannun, Andrew Y. Ng',
      year: 2013,
      title: 'Rectifier Nonlinearities Improve Neural Network Acoustic Models',
    },
  },
};

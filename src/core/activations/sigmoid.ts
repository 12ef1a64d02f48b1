/** The logistic sigmoid 1 / (1 + e^-x). */
import type { ActivationSpec, NumericArray } from './activation-spec';
import { defaultParams, paramDocs, type ParamSpec } from './params';

const PARAMS: ParamSpec[] = [];

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

export const sigmoidSpec: ActivationSpec = {
  name: 'sigmoid',
  aliases: ['logistic', 'expit'],
  params: PARAMS,
  defaults: defaultParams(PARAMS),
  kinks: [],
  value: logistic,
  derivative: logisticDerivative,
  valueInto(xs: NumericArray, out: NumericArray): void {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = logistic(xs[i]);
  },
  derivativeInto(xs: NumericArray, out: NumericArray): void {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = logisticDerivative(xs[i]);
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
    params: paramDocs(PARAMS),
    range: '(0, 1)',
    origin: {
      authors: 'David E. Rumelhart, Geoffrey E. Hinton, Ronald J. Williams',
      year: 1986,
      title: 'Learning representations by back-propagating errors',
      url: 'https://doi.org/10.1038/323533a0',
    },
  },
};

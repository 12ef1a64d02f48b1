/** The hyperbolic tangent. */
import type { ActivationSpec, NumericArray } from './activation-spec';
import { defaultParams, paramDocs, type ParamSpec } from './params';

const PARAMS: ParamSpec[] = [];

/**
 * tanh'(x) = 1 - tanh(x)^2 = sech(x)^2 = 4e / (1 + e)^2 with e = exp(-2|x|). The last form keeps
 * full relative accuracy in the tails, where 1 - tanh^2 cancels to 0 long before the true value does.
 */
function tanhDerivative(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  const r = 1 / (1 + e);
  return 4 * e * r * r;
}

export const tanhSpec: ActivationSpec = {
  name: 'tanh',
  aliases: [],
  params: PARAMS,
  defaults: defaultParams(PARAMS),
  kinks: [],
  value: (x) => Math.tanh(x),
  derivative: tanhDerivative,
  valueInto(xs: NumericArray, out: NumericArray): void {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.tanh(xs[i]);
  },
  derivativeInto(xs: NumericArray, out: NumericArray): void {
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = tanhDerivative(xs[i]);
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
    params: paramDocs(PARAMS),
    range: '(-1, 1)',
    origin: {
      authors: 'Yann LeCun, Léon Bottou, Genevieve B. Orr, Klaus-Robert Müller',
      year: 1998,
      title: 'Efficient BackProp',
      url: 'https://doi.org/10.1007/3-540-49430-8_2',
    },
  },
};

/** Log-sigmoid: log(sigmoid(x)) = -softplus(-x). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import { logisticDerivative } from './sigmoid';

/** min(x, 0) - log1p(exp(-|x|)): no overflow, no cancellation, exact tails (x for x << 0, -e^-x for x >> 0). */
function logSigmoid(x: number): number {
  return Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
}

/** sigmoid(-x), from e = exp(-|x|). */
function logSigmoidDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const pos = +(x >= 0);
  return (pos * e + (1 - pos)) / (1 + e);
}

function logSigmoidSecondDerivative(x: number): number {
  return -logisticDerivative(x);
}

function loop(xs: NumericArray, out: NumericArray, rule: 0 | 1 | 2): void {
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = logSigmoid(xs[i]);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = logSigmoidDerivative(xs[i]);
  else for (let i = 0; i < n; i++) out[i] = logSigmoidSecondDerivative(xs[i]);
}

/*
 * Checked passes (checked-pass.ts): min(x, 0) as 0.5 (x - |x|), without Math.min's branches on
 * random signs. It is the same number for every finite x below MAX_VALUE / 2 in size (-0 included);
 * where it is not (x = +Infinity gives NaN, x < -MAX_VALUE / 2 gives -Infinity) the sum of the
 * outputs is not finite and the guarded loop reruns.
 */
function valueChecked(xs: NumericArray, out: NumericArray): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const v = 0.5 * (x - a) - Math.log1p(Math.exp(-a));
    out[i] = v;
    sum += v;
  }
  return sum - sum === 0;
}

function bothChecked(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const e = Math.exp(-a);
    const pos = +(x >= 0);
    const v = 0.5 * (x - a) - Math.log1p(e);
    outValue[i] = v;
    outDerivative[i] = (pos * e + (1 - pos)) / (1 + e);
    sum += v;
  }
  return sum - sum === 0;
}

export const logsigmoidSpec = defineActivation({
  name: 'logsigmoid',
  aliases: ['log_sigmoid'],
  params: [],
  value: logSigmoid,
  derivative: logSigmoidDerivative,
  secondDerivative: logSigmoidSecondDerivative,
  valueInto(xs, out) {
    if (!(disjoint(xs, out) && valueChecked(xs, out))) loop(xs, out, 0);
  },
  derivativeInto: (xs, out) => loop(xs, out, 1),
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    if (disjoint(xs, outValue, outDerivative) && bothChecked(xs, outValue, outDerivative)) return;
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const e = Math.exp(-Math.abs(x));
      const pos = +(x >= 0);
      outValue[i] = Math.min(x, 0) - Math.log1p(e);
      outDerivative[i] = (pos * e + (1 - pos)) / (1 + e);
    }
  },
  secondDerivativeInto: (xs, out) => loop(xs, out, 2),
  doc: {
    displayName: 'LogSigmoid',
    summary:
      'The logarithm of the logistic sigmoid, computed without overflow; it appears in binary cross-entropy on logits, in word2vec-style negative sampling and in preference losses such as DPO.',
    formula: { text: 'logsigmoid(x) = log(1 / (1 + exp(-x))) = -softplus(-x)', latex: '\\log\\sigma(x) = -\\ln\\bigl(1 + e^{-x}\\bigr)' },
    derivative: { text: "logsigmoid'(x) = 1 - sigmoid(x) = sigmoid(-x)", latex: "\\frac{d}{dx}\\log\\sigma(x) = 1 - \\sigma(x)" },
    range: '(-∞, 0)',
    origin: {
      authors: 'David E. Rumelhart, Geoffrey E. Hinton, Ronald J. Williams (the logistic unit); its log is the log-likelihood of logistic regression',
      year: 1986,
      title: 'Learning representations by back-propagating errors',
      url: 'https://doi.org/10.1038/323533a0',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: true,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: -Math.LN2,
      slopeAtZero: 0.5,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.LogSigmoid', 'torch.nn.functional.logsigmoid', 'F.logsigmoid'] },
      tensorflow: { names: ['tf.math.log_sigmoid', 'keras.activations.log_sigmoid', 'tf.keras.activations.log_sigmoid', '"log_sigmoid"'] },
      jax: { names: ['jax.nn.log_sigmoid', 'flax.linen.log_sigmoid'] },
    },
  },
});

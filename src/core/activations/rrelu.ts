/**
 * RReLU: a leaky ReLU whose negative slope is drawn uniformly from [lower, upper] per element
 * while training, and is the mean (lower + upper) / 2 otherwise (PyTorch's eval mode, the default).
 */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';
import { leakyRelu, leakyReluBothInto, leakyReluDerivative, leakyReluDerivativeInto, leakyReluInto } from './leaky-relu';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';
import { SeededRng } from '../random/seeded-rng';

const lower = (p: ActivationParams) => p.lower as number;
const upper = (p: ActivationParams) => p.upper as number;
const training = (p: ActivationParams) => p.training === true;
const evalSlope = (p: ActivationParams) => (lower(p) + upper(p)) / 2;
/** The scalar rules use the first draw of the seeded stream. */
const firstSlope = (p: ActivationParams) => lower(p) + (upper(p) - lower(p)) * new SeededRng(p.seed as number).nextFloat();
const slopeOf = (p: ActivationParams) => (training(p) ? firstSlope(p) : evalSlope(p));

/** Training mode: element i gets slope lower + (upper - lower) * u_i, u_i the i-th uniform draw of the seed's stream. */
function randomInto(xs: NumericArray, outValue: NumericArray | null, outDerivative: NumericArray | null, p: ActivationParams): void {
  const rng = new SeededRng(p.seed as number);
  const lo = lower(p);
  const width = upper(p) - lo;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const slope = lo + width * rng.nextFloat();
    if (outValue !== null) outValue[i] = leakyRelu(x, slope);
    if (outDerivative !== null) outDerivative[i] = leakyReluDerivative(x, slope);
  }
}

export const rreluSpec = defineActivation({
  name: 'rrelu',
  params: [
    { kind: 'number', name: 'lower', default: 1 / 8, description: 'Lower bound of the random negative slope (PyTorch default 1/8).' },
    { kind: 'number', name: 'upper', default: 1 / 3, description: 'Upper bound of the random negative slope (PyTorch default 1/3).' },
    {
      kind: 'boolean',
      name: 'training',
      default: false,
      description: 'false: the deterministic slope (lower + upper) / 2 (PyTorch eval mode); true: a random slope per element, drawn from the seed.',
    },
    { kind: 'number', name: 'seed', default: 0, integer: true, description: 'Seed of the random slopes when training=true: the same seed gives the same slopes.' },
  ],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "rrelu'(0) = the negative slope ((lower + upper) / 2 in eval mode), as in PyTorch" }] },
  random: training,
  value: (x, p) => leakyRelu(x, slopeOf(p)),
  derivative: (x, p) => leakyReluDerivative(x, slopeOf(p)),
  secondDerivative: zeroOrNaN,
  valueInto: (xs, out, p) => (training(p) ? randomInto(xs, out, null, p) : leakyReluInto(xs, out, evalSlope(p))),
  derivativeInto: (xs, out, p) => (training(p) ? randomInto(xs, null, out, p) : leakyReluDerivativeInto(xs, out, evalSlope(p))),
  valueAndDerivativeInto: (xs, v, d, p) => (training(p) ? randomInto(xs, v, d, p) : leakyReluBothInto(xs, v, d, evalSlope(p))),
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'RReLU',
    summary:
      'The randomised leaky ReLU draws a random negative slope per element during training (a regulariser) and uses the average slope at inference; it was first used in Kaggle\'s National Data Science Bowl (plankton classification).',
    formula: {
      text: 'rrelu(x) = x if x >= 0, else a * x; a ~ U(lower, upper) when training, a = (lower + upper) / 2 otherwise',
      latex: '\\operatorname{RReLU}(x) = \\begin{cases} x & x \\ge 0 \\\\ a x & x < 0 \\end{cases}, \\quad a \\sim \\mathcal U(l, u) \\text{ (training)},\\ a = \\tfrac{l + u}{2} \\text{ (eval)}',
    },
    derivative: {
      text: "rrelu'(x) = 1 if x > 0, else a (a at x = 0, as in PyTorch)",
      latex: "\\operatorname{RReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}",
    },
    range: '(-∞, ∞)',
    origin: {
      authors: 'Bing Xu, Naiyan Wang, Tianqi Chen, Mu Li',
      year: 2015,
      title: 'Empirical Evaluation of Rectified Activations in Convolutional Network',
      url: 'https://arxiv.org/abs/1505.00853',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0.22916666666666666,
    },
    kinkConvention: 'At 0 the derivative is the negative slope (PyTorch). kink="left" gives the slope, "right" 1, "mean" their average.',
    frameworks: {
      pytorch: {
        names: ['torch.nn.RReLU', 'torch.nn.functional.rrelu', 'F.rrelu'],
        note: 'F.rrelu defaults to training=False; the module torch.nn.RReLU follows the model\'s train()/eval() mode; the random slopes come from torch\'s generator, not a seed keyword.',
      },
      tensorflow: { names: [], note: 'Not in TensorFlow core or Keras (TensorFlow Addons had tfa.activations.rrelu).' },
      jax: { names: [], note: 'Not in jax.nn.' },
    },
  },
});

/** Noisy ReLU: max(0, x + N(0, sigma^2)), the noise drawn from a seeded stream (one draw per element). */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { relu, reluDerivative } from './relu';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';
import { SeededRng } from '../random/seeded-rng';

const sigmaOf = (p: ActivationParams) => p.sigma as number;
/** The scalar rules use the first normal draw of the seeded stream. */
const firstNoise = (p: ActivationParams) => sigmaOf(p) * new SeededRng(p.seed as number).nextNormal();

function noisyInto(xs: NumericArray, outValue: NumericArray | null, outDerivative: NumericArray | null, p: ActivationParams): void {
  const rng = new SeededRng(p.seed as number);
  const sigma = sigmaOf(p);
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const y = xs[i] + sigma * rng.nextNormal();
    if (outValue !== null) outValue[i] = relu(y);
    if (outDerivative !== null) outDerivative[i] = reluDerivative(y);
  }
}

export const noisyReluSpec = defineActivation({
  name: 'noisy_relu',
  aliases: ['noisyrelu'],
  params: [
    { kind: 'number', name: 'sigma', default: 1, min: 0, description: 'Standard deviation of the Gaussian noise added before the rectifier (0 gives relu).' },
    { kind: 'number', name: 'seed', default: 0, integer: true, description: 'Seed of the noise: the same seed gives the same noise, element by element.' },
  ],
  random: (p) => sigmaOf(p) !== 0,
  value: (x, p) => relu(x + firstNoise(p)),
  derivative: (x, p) => reluDerivative(x + firstNoise(p)),
  secondDerivative: zeroOrNaN,
  valueInto: (xs, out, p) => noisyInto(xs, out, null, p),
  derivativeInto: (xs, out, p) => noisyInto(xs, null, out, p),
  valueAndDerivativeInto: (xs, v, d, p) => noisyInto(xs, v, d, p),
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Noisy ReLU',
    summary:
      'The noisy ReLU adds Gaussian noise before rectifying, the rectified-Gaussian unit of restricted Boltzmann machines; here the noise is seeded, so results are reproducible.',
    formula: { text: 'noisy_relu(x) = max(0, x + n), n ~ N(0, sigma^2)', latex: '\\max\\bigl(0, x + \\mathcal N(0, \\sigma^2)\\bigr)' },
    derivative: {
      text: "noisy_relu'(x) = 1 if x + n > 0, else 0 (for the same draw n)",
      latex: "\\frac{d}{dx} = \\begin{cases} 1 & x + n > 0 \\\\ 0 & \\text{otherwise} \\end{cases}",
    },
    range: '[0, ∞)',
    origin: {
      authors: 'Vinod Nair, Geoffrey E. Hinton',
      year: 2010,
      title: 'Rectified Linear Units Improve Restricted Boltzmann Machines',
      url: 'https://mlanthology.org/icml/2010/nair2010icml-rectified/',
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
    kinkConvention: 'The kink is at x = -n, a different place for every draw; there the derivative is 0, as relu\'s. (No kink keyword: the kink is not at a fixed x.)',
    frameworks: {
      pytorch: { names: [], note: 'Not built in: torch.relu(x + sigma * torch.randn_like(x)).' },
      tensorflow: { names: [], note: 'Not built in: tf.nn.relu(x + tf.random.normal(tf.shape(x), stddev=sigma)).' },
      jax: { names: [], note: 'Not built in: jax.nn.relu(x + sigma * jax.random.normal(key, x.shape)).' },
    },
  },
});

/** SELU: scale * elu(x, alpha) with the fixed constants of self-normalising networks. */
import { defineActivation } from './define-activation';
import { eluRules, type EluShape } from './elu-family';

/** The constants as PyTorch writes them (doubles of Klambauer et al.'s alpha_01 and lambda_01). */
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;
const SHAPE: EluShape = { scale: SELU_SCALE, alpha: SELU_ALPHA, inv: 1 };

export const seluSpec = defineActivation({
  name: 'selu',
  params: [],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "selu'(0) = scale * alpha ≈ 1.7581 (the negative branch), as in PyTorch" }] },
  ...eluRules(() => SHAPE),
  doc: {
    displayName: 'SELU',
    summary:
      'The scaled exponential linear unit uses fixed constants chosen so that, with LeCun-normal initialisation, activations keep zero mean and unit variance through deep fully connected networks.',
    formula: {
      text: 'selu(x) = scale * (x if x > 0, else alpha * (exp(x) - 1)), alpha ≈ 1.6733, scale ≈ 1.0507',
      latex: '\\operatorname{SELU}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}, \\quad \\alpha \\approx 1.6733,\\ \\lambda \\approx 1.0507',
    },
    derivative: {
      text: "selu'(x) = scale if x > 0, else scale * alpha * exp(x) (scale * alpha ≈ 1.7581 at x = 0, as in PyTorch)",
      latex: "\\operatorname{SELU}'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
    },
    range: '(-1.76, ∞)',
    origin: {
      authors: 'Günter Klambauer, Thomas Unterthiner, Andreas Mayr, Sepp Hochreiter',
      year: 2017,
      title: 'Self-Normalizing Neural Networks',
      url: 'https://arxiv.org/abs/1706.02515',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1.7580993408473766,
    },
    kinkConvention:
      'At 0 the derivative takes the negative branch, scale * alpha ≈ 1.7581 (PyTorch); the right-hand slope is scale ≈ 1.0507. kink="left" gives scale * alpha, "right" scale, "mean" their average.',
    frameworks: {
      pytorch: { names: ['torch.nn.SELU', 'torch.nn.functional.selu', 'F.selu', 'torch.selu'] },
      tensorflow: { names: ['tf.nn.selu', 'tf.keras.activations.selu', 'keras.activations.selu', '"selu"'] },
      jax: { names: ['jax.nn.selu', 'flax.linen.selu'] },
    },
  },
});

/** Softmin: softmax(-x), a probability vector that favours the smallest entries. */
import { defineVectorActivation } from './define-vector-activation';
import { softmaxInto, softmaxJacobian, softmaxVjpInto, softmaxWeights, weightsInGradient } from './softmax-kernel';

export const softminSpec = defineVectorActivation({
  name: 'softmin',
  params: [],
  outputLength: (n) => n,
  valueInto: (xs, out) => softmaxInto(xs, -1, out),
  vjpInto: (xs, gy, gx) => softmaxVjpInto(weightsInGradient(xs, -1, gx), gy, gx, -1),
  jacobian: (xs) => softmaxJacobian(softmaxWeights(xs, -1), -1),
  doc: {
    displayName: 'Softmin',
    summary:
      'Softmin is softmax of the negated input: a probability distribution that puts the most weight on the smallest entries, used for soft nearest-neighbour and cost-based weighting.',
    formula: {
      text: 'softmin(x)_i = exp(-x_i) / sum_j exp(-x_j) = softmax(-x)_i',
      latex: '\\operatorname{softmin}(x)_i = \\frac{e^{-x_i}}{\\sum_j e^{-x_j}}',
    },
    jacobian: {
      text: 'J = -(diag(s) - s s^T) with s = softmin(x): ds_i/dx_j = -s_i (delta_ij - s_j)',
      latex: 'J = -\\bigl(\\operatorname{diag}(s) - s s^{\\top}\\bigr), \\quad s = \\operatorname{softmin}(x)',
    },
    params: [],
    shape: 'n → n',
    range: '[0, 1]',
    origin: {
      authors: 'John S. Bridle',
      year: 1990,
      title:
        'Probabilistic Interpretation of Feedforward Classification Network Outputs, with Relationships to Statistical Pattern Recognition (softmax; softmin is softmax of -x)',
      url: 'https://doi.org/10.1007/978-3-642-76153-9_28',
    },
    properties: {
      normalisation: 'probabilities',
      shift: 'invariant',
      permutation: 'equivariant',
      curvature: 'neither',
      positivelyHomogeneous: false,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C∞',
    },
    frameworks: {
      pytorch: {
        names: ['torch.nn.Softmin', 'torch.nn.functional.softmin', 'F.softmin'],
        note: 'dim has no usable default: F.softmin(x) / nn.Softmin() without dim pick one implicitly (deprecated, with a warning: dim=1 for a 2-D batch). dim=-1 is what this lab uses.',
      },
      tensorflow: { names: [], note: 'Not built in: tf.nn.softmax(-x) (axis=-1 by default).' },
      jax: { names: [], note: 'Not built in: jax.nn.softmax(-x) (axis=-1 by default).' },
    },
    chart: { input: ['x', 0], output: 0, caption: 'softmin([x, 0])[0] = sigmoid(-x): the two-class case' },
  },
});

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
  },
});

/** log_softmax: x_i - logsumexp(x), the logarithm of softmax without forming tiny probabilities. */
import { defineVectorActivation } from './define-vector-activation';
import { logSoftmaxInto, logSoftmaxJacobian, logSoftmaxVjpInto, softmaxWeights, weightsInGradient } from './softmax-kernel';

export const logSoftmaxSpec = defineVectorActivation({
  name: 'log_softmax',
  aliases: ['logsoftmax'],
  params: [],
  outputLength: (n) => n,
  valueInto: (xs, out) => logSoftmaxInto(xs, 1, out),
  vjpInto: (xs, gy, gx) => logSoftmaxVjpInto(weightsInGradient(xs, 1, gx), gy, gx),
  jacobian: (xs) => logSoftmaxJacobian(softmaxWeights(xs, 1)),
  doc: {
    displayName: 'LogSoftmax',
    summary:
      'Log-softmax gives the log-probabilities of a softmax directly, accurate even where the probabilities underflow; paired with the negative log-likelihood it is the cross-entropy loss of classifiers.',
    formula: {
      text: 'log_softmax(x)_i = x_i - log(sum_j exp(x_j)) = (x_i - max x) - log1p(sum_{j != top} exp(x_j - max x))',
      latex: '\\log\\operatorname{softmax}(x)_i = x_i - \\log\\sum_j e^{x_j}',
    },
    jacobian: {
      text: 'J = I - 1 s^T with s = softmax(x): d y_i/dx_j = delta_ij - s_j',
      latex: 'J = I - \\mathbf{1} s^{\\top}, \\quad \\frac{\\partial y_i}{\\partial x_j} = \\delta_{ij} - s_j',
    },
    params: [],
    shape: 'n → n',
    range: '(-∞, 0]',
    origin: {
      authors: 'John S. Bridle',
      year: 1990,
      title:
        'Probabilistic Interpretation of Feedforward Classification Network Outputs, with Relationships to Statistical Pattern Recognition (the log of softmax)',
      url: 'https://doi.org/10.1007/978-3-642-76153-9_28',
    },
    properties: {
      normalisation: 'log-probabilities',
      shift: 'invariant',
      permutation: 'equivariant',
      curvature: 'concave',
      positivelyHomogeneous: false,
      boundedBelow: false,
      boundedAbove: true,
      smoothness: 'C∞',
    },
    frameworks: {
      pytorch: {
        names: ['torch.nn.LogSoftmax', 'torch.log_softmax', 'torch.nn.functional.log_softmax', 'F.log_softmax', 'torch.special.log_softmax'],
        note: 'dim has no usable default: torch.log_softmax requires it, and F.log_softmax(x) / nn.LogSoftmax() without dim pick one implicitly (deprecated, with a warning: dim=1 for a 2-D batch). dim=-1 is what TensorFlow, JAX and this lab use.',
      },
      tensorflow: {
        names: ['tf.nn.log_softmax', 'tf.math.log_softmax', 'tf.keras.activations.log_softmax'],
        note: 'axis=-1 (the last axis) by default, where PyTorch needs dim.',
      },
      jax: { names: ['jax.nn.log_softmax', 'flax.linen.log_softmax'], note: 'axis=-1 (the last axis) by default, where PyTorch needs dim.' },
    },
    chart: { input: ['x', 0], output: 0, caption: 'log_softmax([x, 0])[0] = logsigmoid(x): the two-class case' },
  },
});

/** Softmax: exp(x_i) / Σ_j exp(x_j), a probability vector. */
import { defineVectorActivation } from './define-vector-activation';
import { softmaxInto, softmaxJacobian, softmaxVjpInto, softmaxWeights, weightsInGradient } from './softmax-kernel';

export const softmaxSpec = defineVectorActivation({
  name: 'softmax',
  params: [],
  outputLength: (n) => n,
  valueInto: (xs, out) => softmaxInto(xs, 1, out),
  vjpInto: (xs, gy, gx) => softmaxVjpInto(weightsInGradient(xs, 1, gx), gy, gx, 1),
  jacobian: (xs) => softmaxJacobian(softmaxWeights(xs, 1), 1),
  doc: {
    displayName: 'Softmax',
    summary:
      'Softmax turns a vector of scores (logits) into a probability distribution that keeps their order; it is the output layer of classifiers and the normalisation inside attention.',
    formula: {
      text: 'softmax(x)_i = exp(x_i) / sum_j exp(x_j)   (computed as exp(x_i - max x) / sum_j exp(x_j - max x))',
      latex: '\\operatorname{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}',
    },
    jacobian: {
      text: 'J = diag(s) - s s^T with s = softmax(x): dS_i/dx_j = s_i (delta_ij - s_j)',
      latex: 'J = \\operatorname{diag}(s) - s s^{\\top}, \\quad \\frac{\\partial s_i}{\\partial x_j} = s_i(\\delta_{ij} - s_j)',
    },
    params: [],
    shape: 'n → n',
    range: '[0, 1]',
    origin: {
      authors: 'John S. Bridle',
      year: 1990,
      title:
        'Probabilistic Interpretation of Feedforward Classification Network Outputs, with Relationships to Statistical Pattern Recognition',
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
        names: ['torch.nn.Softmax', 'torch.softmax', 'torch.nn.functional.softmax', 'F.softmax', 'torch.special.softmax'],
        note: 'dim has no usable default: torch.softmax requires it, and F.softmax(x) / nn.Softmax() without dim pick one implicitly (deprecated, with a warning: dim=1 for a 2-D batch). dim=-1 is what TensorFlow, JAX and this lab use.',
      },
      tensorflow: {
        names: ['tf.nn.softmax', 'tf.math.softmax', 'tf.keras.activations.softmax', 'tf.keras.layers.Softmax', '"softmax"'],
        note: 'axis=-1 (the last axis) by default, where PyTorch needs dim.',
      },
      jax: { names: ['jax.nn.softmax', 'flax.linen.softmax'], note: 'axis=-1 (the last axis) by default, where PyTorch needs dim.' },
    },
    chart: { input: ['x', 0], output: 0, caption: 'softmax([x, 0])[0] = sigmoid(x): the two-class case' },
  },
});

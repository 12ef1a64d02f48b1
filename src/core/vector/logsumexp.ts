/** logsumexp: log Σ exp(x_j), a smooth maximum; one output. */
import { defineVectorActivation, zeroRows } from './define-vector-activation';
import { logSumExp, softmaxWeights } from './softmax-kernel';

export const logSumExpSpec = defineVectorActivation({
  name: 'logsumexp',
  params: [],
  outputLength: () => 1,
  valueInto: (xs, out) => {
    out[0] = logSumExp(xs, 1);
  },
  vjpInto: (xs, gy, gx) => {
    const { s } = softmaxWeights(xs, 1);
    const g = gy[0];
    for (let j = 0; j < s.length; j++) gx[j] = g * s[j];
  },
  jacobian: (xs) => {
    const row = zeroRows(1, xs.length);
    row[0].set(softmaxWeights(xs, 1).s);
    return row;
  },
  doc: {
    displayName: 'LogSumExp',
    summary:
      'LogSumExp is a smooth maximum of a vector, between max(x) and max(x) + log(n); it is the log-partition function behind softmax and log-likelihoods, computed with a max shift so it never overflows.',
    formula: {
      text: 'logsumexp(x) = log(sum_j exp(x_j)) = m + log1p(sum_{j != top} exp(x_j - m)), m = max x; all -inf gives -inf, any +inf gives +inf',
      latex: '\\operatorname{LSE}(x) = \\log\\sum_j e^{x_j} = m + \\log\\sum_j e^{x_j - m}, \\quad m = \\max_j x_j',
    },
    jacobian: {
      text: 'the gradient is softmax(x): d LSE/dx_j = exp(x_j - LSE(x))',
      latex: '\\nabla \\operatorname{LSE}(x) = \\operatorname{softmax}(x)',
    },
    params: [],
    shape: 'n → 1',
    range: '[-∞, ∞]',
    origin: {
      authors: 'John S. Bridle',
      year: 1990,
      title:
        'Probabilistic Interpretation of Feedforward Classification Network Outputs, with Relationships to Statistical Pattern Recognition (the normaliser of softmax)',
      url: 'https://doi.org/10.1007/978-3-642-76153-9_28',
    },
    properties: {
      normalisation: 'none',
      shift: 'equivariant',
      permutation: 'invariant',
      curvature: 'convex',
      positivelyHomogeneous: false,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C∞',
    },
    frameworks: {
      pytorch: { names: ['torch.logsumexp', 'torch.special.logsumexp'], note: 'dim is required; keepdim=False by default.' },
      tensorflow: {
        names: ['tf.math.reduce_logsumexp', 'tf.reduce_logsumexp'],
        note: 'axis=None by default: it reduces over every axis (a whole batch to one number), where PyTorch needs dim; keepdims=False.',
      },
      jax: {
        names: ['jax.nn.logsumexp', 'jax.scipy.special.logsumexp', 'flax.linen.logsumexp'],
        note: 'axis=None by default: it reduces over every axis (a whole batch to one number), where PyTorch needs dim; b= weights the terms.',
      },
    },
    chart: { input: ['x', 0], output: 0, caption: 'logsumexp([x, 0]) = softplus(x): a smooth max(x, 0)' },
  },
});

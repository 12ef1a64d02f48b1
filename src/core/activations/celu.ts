/** CELU: x for x > 0, alpha * (e^(x/alpha) - 1) below: an ELU whose derivative is continuous for every alpha. */
import { defineActivation } from './define-activation';
import { eluRules, type EluShape } from './elu-family';
import type { ActivationParams } from './params';

const shape = (p: ActivationParams): EluShape => ({ scale: 1, alpha: p.alpha as number, inv: 1 / (p.alpha as number) });

export const celuSpec = defineActivation({
  name: 'celu',
  params: [{ kind: 'number', name: 'alpha', default: 1, description: 'Scale of the negative branch; the limit for x → -∞ is -alpha (PyTorch default 1; must not be 0).' }],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "celu'(0) = 1 (both sides agree); celu''(0) = 0, as in PyTorch" }] },
  ...eluRules(shape),
  doc: {
    displayName: 'CELU',
    summary:
      'The continuously differentiable exponential linear unit rescales the input of ELU\'s exponential by 1/alpha, so its slope is continuous at 0 for every alpha and it tends to ReLU as alpha → 0.',
    formula: {
      text: 'celu(x) = max(0, x) + min(0, alpha * (exp(x / alpha) - 1))',
      latex: '\\operatorname{CELU}(x) = \\max(0, x) + \\min\\bigl(0, \\alpha\\,(e^{x/\\alpha} - 1)\\bigr)',
    },
    derivative: {
      text: "celu'(x) = 1 if x > 0, else exp(x / alpha)",
      latex: "\\operatorname{CELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
    },
    range: '(-1, ∞)',
    origin: {
      authors: 'Jonathan T. Barron',
      year: 2017,
      title: 'Continuously Differentiable Exponential Linear Units',
      url: 'https://arxiv.org/abs/1704.07483',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C1',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1,
    },
    kinkConvention:
      'The slope is continuous (1 on both sides); the second derivative jumps at 0 from 1/alpha to 0 and is 0 there (PyTorch). kink="left" gives 1/alpha for the second derivative, "right" 0, "mean" their average.',
    frameworks: {
      pytorch: { names: ['torch.nn.CELU', 'torch.nn.functional.celu', 'F.celu', 'torch.celu'] },
      tensorflow: { names: ['keras.activations.celu', 'tf.keras.activations.celu', 'keras.ops.celu', '"celu"'], note: 'Keras 3 only (alpha=1.0); tf.nn has no celu.' },
      jax: { names: ['jax.nn.celu', 'flax.linen.celu'], note: 'alpha=1.0.' },
    },
  },
});

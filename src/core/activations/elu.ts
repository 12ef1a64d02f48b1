/** ELU: x for x > 0, alpha * (e^x - 1) below. */
import { defineActivation } from './define-activation';
import { eluRules, type EluShape } from './elu-family';
import type { ActivationParams } from './params';

const shape = (p: ActivationParams): EluShape => ({ scale: 1, alpha: p.alpha as number, inv: 1 });

export const eluSpec = defineActivation({
  name: 'elu',
  params: [{ kind: 'number', name: 'alpha', default: 1, description: 'The value approached for x → -∞ is -alpha (PyTorch default 1).' }],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "elu'(0) = alpha (the negative branch), as in PyTorch" }] },
  ...eluRules(shape),
  doc: {
    displayName: 'ELU',
    summary:
      'The exponential linear unit is the identity for x > 0 and saturates smoothly to -alpha for x < 0, pushing mean activations towards zero and speeding up learning compared with ReLU.',
    formula: {
      text: 'elu(x) = x if x > 0, else alpha * (exp(x) - 1)',
      latex: '\\operatorname{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    },
    derivative: {
      text: "elu'(x) = 1 if x > 0, else alpha * exp(x) (alpha at x = 0, as in PyTorch)",
      latex: "\\operatorname{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
    },
    range: '(-1, ∞)',
    origin: {
      authors: 'Djork-Arné Clevert, Thomas Unterthiner, Sepp Hochreiter',
      year: 2015,
      title: 'Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)',
      url: 'https://arxiv.org/abs/1511.07289',
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
      'At 0 the derivative takes the negative branch, alpha (PyTorch); with alpha = 1 both sides agree and only the second derivative jumps (0 at 0, as PyTorch). kink="left" gives alpha, "right" 1, "mean" their average.',
    frameworks: {
      pytorch: { names: ['torch.nn.ELU', 'torch.nn.functional.elu', 'F.elu'] },
      tensorflow: {
        names: ['tf.nn.elu', 'tf.keras.activations.elu', 'keras.activations.elu', 'tf.keras.layers.ELU', '"elu"'],
        note: 'tf.nn.elu has no alpha (always 1); the Keras function and layer take alpha=1.0.',
      },
      jax: { names: ['jax.nn.elu', 'flax.linen.elu'], note: 'alpha=1.0.' },
    },
  },
});

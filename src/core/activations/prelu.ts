/** PReLU with a single weight: x for x >= 0, weight * x below (the learnable slope as a keyword). */
import { defineActivation } from './define-activation';
import { leakyReluRules } from './leaky-relu';
import type { ActivationParams } from './params';

const wOf = (p: ActivationParams) => p.weight as number;

export const preluSpec = defineActivation({
  name: 'prelu',
  params: [{ kind: 'number', name: 'weight', default: 0.25, description: 'The slope for x < 0; learned in a network, here a fixed number (PyTorch initialises it to 0.25).' }],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "prelu'(0) = weight, as in PyTorch" }] },
  ...leakyReluRules(wOf),
  doc: {
    displayName: 'PReLU',
    summary:
      'The parametric ReLU is a leaky ReLU whose negative slope is learned (per channel or shared); introduced with the He initialisation for very deep CNNs.',
    formula: {
      text: 'prelu(x) = x if x >= 0, else weight * x',
      latex: '\\operatorname{PReLU}(x) = \\begin{cases} x & x \\ge 0 \\\\ a x & x < 0 \\end{cases}',
    },
    derivative: {
      text: "prelu'(x) = 1 if x > 0, else weight (weight at x = 0, as in PyTorch); d/dweight = min(0, x)",
      latex: "\\operatorname{PReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}",
    },
    range: '(-∞, ∞)',
    origin: {
      authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
      year: 2015,
      title: 'Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification',
      url: 'https://arxiv.org/abs/1502.01852',
    },
    properties: {
      monotonic: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0.25,
    },
    kinkConvention: 'At 0 the derivative is weight (PyTorch). kink="left" gives weight, "right" 1, "mean" their average.',
    frameworks: {
      pytorch: {
        names: ['torch.nn.PReLU', 'torch.nn.functional.prelu', 'F.prelu'],
        note: 'torch.nn.PReLU(num_parameters=1, init=0.25) learns the weight; F.prelu takes it as a tensor.',
      },
      tensorflow: { names: ['tf.keras.layers.PReLU', 'keras.layers.PReLU'], note: 'A layer only; its alpha is initialised to 0 by default, one per unit.' },
      jax: { names: ['flax.linen.PReLU'], note: 'A Flax module, negative_slope_init=0.01.' },
    },
  },
});

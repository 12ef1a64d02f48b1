/** Shifted ReLU: max(-a, x), a ReLU moved down by a so it can output negative values. */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';
import type { ActivationParams } from './params';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

/** 1 for x > -a, 0 below and at the kink (as relu'(0) = 0 in PyTorch). */
function sreluDerivative(x: number, a: number): number {
  const d = +(x > -a);
  return x === x ? d : x;
}

const aOf = (p: ActivationParams) => p.a as number;

export const sreluSpec = defineActivation({
  name: 'srelu',
  aliases: ['shifted_relu'],
  params: [{ kind: 'number', name: 'a', default: 1, description: 'How far the floor is moved below 0: srelu(x) = max(-a, x).' }],
  kinks: { points: (p) => [-aOf(p)], conventions: [{ x: -1, convention: "srelu'(-a) = 0, like relu'(0) in PyTorch" }] },
  value: (x, p) => Math.max(-aOf(p), x),
  derivative: (x, p) => sreluDerivative(x, aOf(p)),
  secondDerivative: zeroOrNaN,
  valueInto(xs: NumericArray, out: NumericArray, p) {
    const floor = -aOf(p);
    const n = xs.length;
    for (let i = 0; i < n; i++) out[i] = Math.max(floor, xs[i]);
  },
  derivativeInto(xs: NumericArray, out: NumericArray, p) {
    const floor = -aOf(p);
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const d = +(x > floor);
      out[i] = x === x ? d : x;
    }
  },
  valueAndDerivativeInto(xs, outValue, outDerivative, p) {
    const floor = -aOf(p);
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const d = +(x > floor);
      outValue[i] = Math.max(floor, x);
      outDerivative[i] = x === x ? d : x;
    }
  },
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Shifted ReLU',
    summary:
      'The shifted ReLU lowers ReLU\'s floor from 0 to -a, so the unit can output negative values and mean activations move towards zero, as ELU does with a hard corner (not the S-shaped ReLU of Jin et al., 2016).',
    formula: { text: 'srelu(x) = max(-a, x)', latex: '\\operatorname{SReLU}(x) = \\max(-a, x)' },
    derivative: {
      text: "srelu'(x) = 1 if x > -a, else 0 (0 at x = -a, like relu'(0) in PyTorch)",
      latex: "\\operatorname{SReLU}'(x) = \\begin{cases} 1 & x > -a \\\\ 0 & x \\le -a \\end{cases}",
    },
    range: '[-1, ∞)',
    origin: {
      authors: 'Djork-Arné Clevert, Thomas Unterthiner, Sepp Hochreiter (as the SReLU baseline, max(-1, x))',
      year: 2015,
      title: 'Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)',
      url: 'https://arxiv.org/abs/1511.07289',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 1,
    },
    kinkConvention: 'At -a the derivative is 0, like relu\'(0) in PyTorch. kink="left" gives 0, "right" 1, "mean" 0.5.',
    frameworks: {
      pytorch: { names: [], note: 'Not built in: torch.clamp(x, min=-a).' },
      tensorflow: { names: [], note: 'Not built in: tf.maximum(x, -a).' },
      jax: { names: [], note: 'Not built in: jnp.maximum(x, -a).' },
    },
  },
});

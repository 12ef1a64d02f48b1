/** The Heaviside step: 1 for x > 0, 0 for x < 0, `values` at 0 (ReLU's derivative with the default 0). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';
import { zeroOrNaN, zeroOrNaNInto } from './piecewise-helpers';

function heaviside(x: number, at0: number): number {
  const v = +(x > 0) + +(x === 0) * at0;
  return x === x ? v : x;
}

export const heavisideSpec = defineActivation({
  name: 'heaviside',
  aliases: ['step'],
  params: [{ kind: 'number', name: 'values', default: 0, description: 'The value at x = 0 (as torch.heaviside\'s values); 0 makes it relu\'s derivative, 0.5 the symmetric step.' }],
  kinks: { points: () => [0], conventions: [{ x: 0, convention: "heaviside'(0) = 0 (the step's derivative is 0 on both sides)" }] },
  value: (x, p) => heaviside(x, p.values as number),
  derivative: zeroOrNaN,
  secondDerivative: zeroOrNaN,
  valueInto(xs: NumericArray, out: NumericArray, p) {
    const at0 = p.values as number;
    const n = xs.length;
    // A checked pass (checked-pass.ts): the step without its NaN guard, rerun guarded only if some x was NaN.
    if (disjoint(xs, out)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        out[i] = +(x > 0) + +(x === 0) * at0;
        s += x;
      }
      if (s === s) return;
    }
    for (let i = 0; i < n; i++) out[i] = heaviside(xs[i], at0);
  },
  derivativeInto: zeroOrNaNInto,
  valueAndDerivativeInto(xs, outValue, outDerivative, p) {
    const at0 = p.values as number;
    const n = xs.length;
    if (disjoint(xs, outValue, outDerivative)) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        outValue[i] = +(x > 0) + +(x === 0) * at0;
        outDerivative[i] = 0;
        s += x;
      }
      if (s === s) return;
    }
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      outValue[i] = heaviside(x, at0);
      outDerivative[i] = x === x ? 0 : x;
    }
  },
  secondDerivativeInto: zeroOrNaNInto,
  doc: {
    displayName: 'Heaviside step',
    summary:
      'The Heaviside step is 1 for positive inputs and 0 for negative ones: the threshold unit of McCulloch–Pitts neurons and the perceptron, and the derivative of ReLU.',
    formula: {
      text: 'heaviside(x) = 1 if x > 0, values if x = 0, 0 if x < 0',
      latex: 'H(x) = \\begin{cases} 1 & x > 0 \\\\ v & x = 0 \\\\ 0 & x < 0 \\end{cases}',
    },
    derivative: {
      text: "heaviside'(x) = 0 for x != 0 (a Dirac delta at 0, which gradient-based training cannot use); we return 0 everywhere",
      latex: "H'(x) = 0 \\quad (x \\ne 0)",
    },
    range: '[0, 1]',
    origin: {
      authors: 'Warren S. McCulloch, Walter Pitts',
      year: 1943,
      title: 'A logical calculus of the ideas immanent in nervous activity',
      url: 'https://doi.org/10.1007/BF02478259',
    },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C-1',
      zeroCentred: false,
      selfGated: false,
      valueAtZero: 0,
      slopeAtZero: 0,
    },
    kinkConvention: 'The function jumps at 0; the derivative is 0 on both sides, and we return 0 at 0 too (PyTorch has no gradient for torch.heaviside), under every kink convention.',
    frameworks: {
      pytorch: { names: ['torch.heaviside'], note: 'torch.heaviside(input, values) requires the value at 0 as a tensor.' },
      tensorflow: { names: [], note: 'Not built in: tf.cast(x > 0, x.dtype).' },
      jax: { names: ['jax.numpy.heaviside', 'jnp.heaviside'], note: 'jnp.heaviside(x1, x2), x2 the value at 0.' },
    },
  },
});

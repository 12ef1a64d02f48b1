/** Maxout: the maximum over each group of k consecutive entries. */
import type { ActivationParams, ParamSpec } from '../activations/params';
import { defineVectorActivation, zeroRows } from './define-vector-activation';
import type { VectorArray } from './vector-activation-spec';

const PARAMS: ParamSpec[] = [
  {
    kind: 'number',
    name: 'k',
    default: 2,
    min: 1,
    integer: true,
    description: 'The group size (number of pieces per unit): a positive integer that divides the input length.',
  },
];

function groupSize(params: ActivationParams): number {
  return params.k as number;
}

/**
 * The index of the first maximal entry of xs[start .. start + k): the entry torch's max routes the
 * gradient to. A NaN wins (the max of a group with a NaN is NaN, as in torch), the first NaN first.
 */
function argmaxOfGroup(xs: VectorArray, start: number, k: number): number {
  let best = start;
  let v = xs[start];
  for (let j = start + 1; j < start + k && v === v; j++) {
    const x = xs[j];
    if (x > v || x !== x) {
      best = j;
      v = x;
    }
  }
  return best;
}

export const maxoutSpec = defineVectorActivation({
  name: 'maxout',
  params: PARAMS,
  outputLength: (n, params) => {
    const k = groupSize(params);
    if (!Number.isInteger(k) || k < 1) return { problem: `k must be a positive integer, got ${k}` };
    if (n % k !== 0) return { problem: `the input length ${n} is not a multiple of k = ${k} (groups of k consecutive entries)` };
    return n / k;
  },
  valueInto: (xs, out, params) => {
    const k = groupSize(params);
    const groups = xs.length / k;
    // Math.max propagates NaN: the value of the first maximal entry (except that a group of -0 and
    // +0 gives +0). Pairs (k = 2, the usual maxout) skip the inner loop: the same Math.max, the same
    // numbers, without the loop's bookkeeping per group of two.
    if (k === 2) {
      for (let g = 0; g < groups; g++) out[g] = Math.max(xs[2 * g], xs[2 * g + 1]);
      return;
    }
    for (let g = 0; g < groups; g++) {
      const start = g * k;
      let v = xs[start];
      for (let j = start + 1; j < start + k; j++) v = Math.max(v, xs[j]);
      out[g] = v;
    }
  },
  vjpInto: (xs, gy, gx, params) => {
    const k = groupSize(params);
    const groups = xs.length / k;
    for (let j = 0; j < xs.length; j++) gx[j] = 0;
    for (let g = 0; g < groups; g++) gx[argmaxOfGroup(xs, g * k, k)] = gy[g];
  },
  jacobian: (xs, params) => {
    const k = groupSize(params);
    const groups = xs.length / k;
    const rows = zeroRows(groups, xs.length);
    for (let g = 0; g < groups; g++) rows[g][argmaxOfGroup(xs, g * k, k)] = 1;
    return rows;
  },
  doc: {
    displayName: 'Maxout',
    summary:
      'A maxout unit outputs the largest of k linear pieces, here the maximum over each group of k consecutive entries; it learns a convex piecewise-linear activation and was designed to pair with dropout.',
    formula: {
      text: 'maxout(x)_g = max(x[g*k], ..., x[g*k + k - 1]) for g = 0 .. n/k - 1  (n must be a multiple of k)',
      latex: '\\operatorname{maxout}(x)_g = \\max_{0 \\le j < k} x_{gk + j}',
    },
    jacobian: {
      text: 'd y_g/d x_j = 1 for the FIRST maximal entry j of group g, else 0 (ties: the whole gradient goes to the first maximum, as in PyTorch)',
      latex: '\\frac{\\partial y_g}{\\partial x_j} = \\begin{cases} 1 & j = \\text{first } \\arg\\max \\text{ of group } g \\\\ 0 & \\text{otherwise} \\end{cases}',
    },
    params: [{ name: 'k', default: 2, description: PARAMS[0].description }],
    shape: 'n → n/k',
    range: '(-∞, ∞)',
    origin: {
      authors: 'Ian J. Goodfellow, David Warde-Farley, Mehdi Mirza, Aaron Courville, Yoshua Bengio',
      year: 2013,
      title: 'Maxout Networks',
      url: 'https://arxiv.org/abs/1302.4389',
    },
    properties: {
      normalisation: 'none',
      shift: 'equivariant',
      permutation: 'invariant within groups',
      curvature: 'convex',
      positivelyHomogeneous: true,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C0',
    },
    frameworks: {
      pytorch: {
        names: [],
        note: 'Not built in: x.unflatten(-1, (-1, k)).max(dim=-1).values takes the maximum over groups of k consecutive entries of the last axis.',
      },
      tensorflow: {
        names: ['tfa.layers.Maxout'],
        note: 'TensorFlow Addons (no longer maintained): Maxout(num_units, axis=-1) takes the number of outputs n/k, not the group size k.',
      },
      jax: { names: [], note: 'Not built in: x.reshape(*x.shape[:-1], -1, k).max(axis=-1).' },
    },
    chart: { input: ['x', 0], output: 0, caption: 'maxout([x, 0])[0] = max(x, 0) = relu(x), with k = 2 (a larger k pads the group with zeros: the same curve)' },
  },
});

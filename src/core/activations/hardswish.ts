/** Hard swish: x * relu6(x + 3) / 6 (JAX and Keras call it hard_silu). */
import type { NumericArray } from './activation-spec';
import { disjoint } from './checked-pass';
import { defineActivation } from './define-activation';

/** x * clamp(x + 3, 0, 6) / 6; at -Infinity (-inf * 0) the limit -0. */
function hardswish(x: number): number {
  const v = (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
  return v === v || x !== x ? v : -0;
}

/**
 * 0 below -3, (2x + 3)/6 on [-3, 3), 1 from 3 on: PyTorch takes the middle piece at -3 (-0.5) and
 * the identity at 3 (1). Branch-free: m clamps x to [-3, 3] so (2m + 3)/6 stays finite at +-Infinity.
 */
function hardswishDerivative(x: number): number {
  const lo = +(x >= -3);
  const hi = +(x >= 3);
  const m = Math.min(Math.max(x, -3), 3);
  return hi + lo * (1 - hi) * ((2 * m + 3) / 6);
}

/** 1/3 strictly inside (-3, 3), 0 elsewhere and at the corners (PyTorch). */
function hardswishSecondDerivative(x: number): number {
  const d = +(Math.abs(x) < 3) / 3;
  return x === x ? d : x;
}

function loop(xs: NumericArray, out: NumericArray, rule: 0 | 1 | 2): void {
  const n = xs.length;
  if (rule === 0) for (let i = 0; i < n; i++) out[i] = hardswish(xs[i]);
  else if (rule === 1) for (let i = 0; i < n; i++) out[i] = hardswishDerivative(xs[i]);
  else for (let i = 0; i < n; i++) out[i] = hardswishSecondDerivative(xs[i]);
}

/**
 * Checked passes (checked-pass.ts). For finite x the weight lo (1 - hi) is 1 only on [-3, 3), where
 * m = x, and elsewhere 0 * ((2x + 3)/6) is a zero of the same sign as 0 * ((2m + 3)/6): so x can
 * stand for m. Non-finite inputs (and the -Infinity * 0 of the value) give a NaN the sum catches.
 */
function derivativeChecked(xs: NumericArray, out: NumericArray): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const lo = +(x >= -3);
    const hi = +(x >= 3);
    const d = hi + lo * (1 - hi) * ((2 * x + 3) / 6);
    out[i] = d;
    sum += d;
  }
  return sum - sum === 0;
}

function bothChecked(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray): boolean {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const v = (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
    const lo = +(x >= -3);
    const hi = +(x >= 3);
    const d = hi + lo * (1 - hi) * ((2 * x + 3) / 6);
    outValue[i] = v;
    outDerivative[i] = d;
    sum += v + d;
  }
  return sum - sum === 0;
}

export const hardswishSpec = defineActivation({
  name: 'hardswish',
  aliases: ['hard_swish', 'hard_silu'],
  params: [],
  kinks: {
    points: () => [-3, 3],
    conventions: [
      { x: -3, convention: "hardswish'(-3) = -0.5 (the middle piece), as in PyTorch" },
      { x: 3, convention: "hardswish'(3) = 1 (the identity piece), as in PyTorch" },
    ],
  },
  value: hardswish,
  derivative: hardswishDerivative,
  secondDerivative: hardswishSecondDerivative,
  valueInto: (xs, out) => loop(xs, out, 0),
  derivativeInto(xs, out) {
    if (!(disjoint(xs, out) && derivativeChecked(xs, out))) loop(xs, out, 1);
  },
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    if (disjoint(xs, outValue, outDerivative) && bothChecked(xs, outValue, outDerivative)) return;
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const v = (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
      outValue[i] = v === v || x !== x ? v : -0;
      outDerivative[i] = hardswishDerivative(x);
    }
  },
  secondDerivativeInto: (xs, out) => loop(xs, out, 2),
  doc: {
    displayName: 'Hard swish',
    summary:
      'Hard swish replaces the sigmoid gate of swish by the piecewise-linear hard sigmoid, keeping most of swish\'s accuracy at a fraction of the cost; used throughout MobileNetV3.',
    formula: { text: 'hardswish(x) = x * relu6(x + 3) / 6', latex: '\\operatorname{hardswish}(x) = x\\,\\frac{\\operatorname{ReLU6}(x + 3)}{6}' },
    derivative: {
      text: "hardswish'(x) = 0 if x < -3, (2x + 3)/6 if -3 <= x < 3, 1 if x >= 3 (as in PyTorch)",
      latex: "\\operatorname{hardswish}'(x) = \\begin{cases} 0 & x < -3 \\\\ (2x + 3)/6 & -3 \\le x < 3 \\\\ 1 & x \\ge 3 \\end{cases}",
    },
    range: '[-0.375, ∞)',
    origin: {
      authors: 'Andrew Howard, Mark Sandler, Grace Chu, Liang-Chieh Chen, Bo Chen, Mingxing Tan, Weijun Wang, Yukun Zhu, Ruoming Pang, Vijay Vasudevan, Quoc V. Le, Hartwig Adam',
      year: 2019,
      title: 'Searching for MobileNetV3',
      url: 'https://arxiv.org/abs/1905.02244',
    },
    properties: {
      monotonic: false,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: true,
      valueAtZero: 0,
      slopeAtZero: 0.5,
    },
    kinkConvention:
      'At -3 the derivative is -0.5 (the middle piece) and at 3 it is 1 (the identity piece), as PyTorch; the second derivative is 0 at both. kink="left" gives 0 at -3 and 1.5 at 3, "right" -0.5 and 1, "mean" -0.25 and 1.25.',
    frameworks: {
      pytorch: { names: ['torch.nn.Hardswish', 'torch.nn.functional.hardswish', 'F.hardswish'] },
      tensorflow: { names: ['keras.activations.hard_silu', 'keras.activations.hard_swish', 'tf.keras.activations.hard_silu', '"hard_silu"'], note: 'Keras 3.' },
      jax: { names: ['jax.nn.hard_silu', 'jax.nn.hard_swish', 'flax.linen.hard_silu', 'flax.linen.hard_swish'] },
    },
  },
});

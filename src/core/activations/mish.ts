/** Mish: x * tanh(softplus(x)). */
import type { NumericArray } from './activation-spec';
import { defineActivation } from './define-activation';

/**
 * With w = exp(-|x|) (never overflows) and g = (1 + e^x)^2, tanh(softplus(x)) = (g - 1)/(g + 1)
 * and sech^2(softplus(x)) = 4g/(g + 1)^2, written without cancellation on each side:
 *   x <= 0 (w = e^x):  n = w (2 + w),  t = n / (n + 2),            q = 4 (1 + n) / (n + 2)^2
 *   x >  0 (w = e^-x): m = 1 + 2w + 2w^2, t = (1 + 2w) / m,        q = 4 (1 + w)^2 w^2 / m^2
 * and the logistic s = sigmoid(x), c = sigmoid(-x). Both sides are finite for every w in [0, 1],
 * so the sign selects arithmetically (no data-dependent branch). Then
 *   mish   = x t
 *   mish'  = t + x q s
 *   mish'' = q s (2 - 2 x t s + x c)
 */
let T = 0;
let Q = 0;
let S = 0;
let C = 0;

/** Sets T, Q, S, C for x (module-level results: no array allocated per element). */
function parts(x: number): void {
  const w = Math.exp(-Math.abs(x));
  const pos = +(x > 0);
  const n = w * (2 + w);
  const m = 1 + 2 * w + 2 * w * w;
  T = pos * ((1 + 2 * w) / m) + (1 - pos) * (n / (n + 2));
  Q = pos * ((4 * (1 + w) * (1 + w) * w * w) / (m * m)) + (1 - pos) * ((4 * (1 + n)) / ((n + 2) * (n + 2)));
  const r = 1 / (1 + w);
  S = pos * r + (1 - pos) * w * r; // sigmoid(x)
  C = pos * w * r + (1 - pos) * r; // sigmoid(-x)
}

function mish(x: number): number {
  parts(x);
  const v = x * T;
  return v === v || x !== x ? v : x > 0 ? x : -0;
}

function mishDerivative(x: number): number {
  parts(x);
  const d = T + x * Q * S;
  return d === d || x !== x ? d : x > 0 ? 1 : 0;
}

function mishSecondDerivative(x: number): number {
  parts(x);
  const d2 = Q * S * (2 - 2 * x * T * S + x * C);
  return d2 === d2 || x !== x ? d2 : 0;
}

/*
 * The array kernels inline the same arithmetic as parts() with local variables: module-level
 * results and a call per element cost V8 about 2x here (docs/benchmarks.md). The value kernel computes
 * only T. Results are bit-identical to the scalar rules (same expressions, same order).
 */
function valueLoop(xs: NumericArray, out: NumericArray): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const w = Math.exp(-Math.abs(x));
    const pos = +(x > 0);
    const nn = w * (2 + w);
    const m = 1 + 2 * w + 2 * w * w;
    const t = pos * ((1 + 2 * w) / m) + (1 - pos) * (nn / (nn + 2));
    const v = x * t;
    out[i] = v === v || x !== x ? v : x > 0 ? x : -0;
  }
}

function derivativeLoop(xs: NumericArray, out: NumericArray): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const w = Math.exp(-Math.abs(x));
    const pos = +(x > 0);
    const nn = w * (2 + w);
    const m = 1 + 2 * w + 2 * w * w;
    const t = pos * ((1 + 2 * w) / m) + (1 - pos) * (nn / (nn + 2));
    const q = pos * ((4 * (1 + w) * (1 + w) * w * w) / (m * m)) + (1 - pos) * ((4 * (1 + nn)) / ((nn + 2) * (nn + 2)));
    const r = 1 / (1 + w);
    const sg = pos * r + (1 - pos) * w * r;
    const d = t + x * q * sg;
    out[i] = d === d || x !== x ? d : x > 0 ? 1 : 0;
  }
}

function secondDerivativeLoop(xs: NumericArray, out: NumericArray): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = mishSecondDerivative(xs[i]);
}

export const mishSpec = defineActivation({
  name: 'mish',
  params: [],
  value: mish,
  derivative: mishDerivative,
  secondDerivative: mishSecondDerivative,
  valueInto: valueLoop,
  derivativeInto: derivativeLoop,
  valueAndDerivativeInto(xs, outValue, outDerivative) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const w = Math.exp(-Math.abs(x));
      const pos = +(x > 0);
      const nn = w * (2 + w);
      const m = 1 + 2 * w + 2 * w * w;
      const t = pos * ((1 + 2 * w) / m) + (1 - pos) * (nn / (nn + 2));
      const q = pos * ((4 * (1 + w) * (1 + w) * w * w) / (m * m)) + (1 - pos) * ((4 * (1 + nn)) / ((nn + 2) * (nn + 2)));
      const r = 1 / (1 + w);
      const sg = pos * r + (1 - pos) * w * r;
      const v = x * t;
      const d = t + x * q * sg;
      outValue[i] = v === v || x !== x ? v : x > 0 ? x : -0;
      outDerivative[i] = d === d || x !== x ? d : x > 0 ? 1 : 0;
    }
  },
  secondDerivativeInto: secondDerivativeLoop,
  doc: {
    displayName: 'Mish',
    summary:
      'Mish gates its input by tanh of softplus: smooth, non-monotonic and unbounded above like swish, with a slightly deeper negative dip; popularised by YOLOv4.',
    formula: {
      text: 'mish(x) = x * tanh(softplus(x)) = x * tanh(log(1 + exp(x)))',
      latex: '\\operatorname{Mish}(x) = x \\tanh\\bigl(\\ln(1 + e^{x})\\bigr)',
    },
    derivative: {
      text: "mish'(x) = tanh(softplus(x)) + x * sech(softplus(x))^2 * sigmoid(x)",
      latex: "\\operatorname{Mish}'(x) = \\tanh(\\operatorname{sp}(x)) + x\\,\\operatorname{sech}^2(\\operatorname{sp}(x))\\,\\sigma(x)",
    },
    range: '[-0.31, ∞)',
    origin: {
      authors: 'Diganta Misra',
      year: 2019,
      title: 'Mish: A Self Regularized Non-Monotonic Activation Function',
      url: 'https://arxiv.org/abs/1908.08681',
    },
    properties: {
      monotonic: false,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: true,
      valueAtZero: 0,
      slopeAtZero: 0.6,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.Mish', 'torch.nn.functional.mish', 'F.mish'] },
      tensorflow: { names: ['keras.activations.mish', 'tf.keras.activations.mish', '"mish"'], note: 'In Keras (not tf.nn).' },
      jax: { names: ['jax.nn.mish'] },
    },
  },
});

/** GELU: x * Phi(x), Phi the standard normal CDF; exact (erf) or PyTorch's tanh approximation. */
import { erfc } from '../math/erf';
import { defineActivation } from './define-activation';
import type { ParamSpec } from './params';
import { logistic, logisticDerivative } from './sigmoid';

const PARAMS: ParamSpec[] = [
  {
    kind: 'choice',
    name: 'approximate',
    default: 'none',
    choices: ['none', 'tanh'],
    description: '"none" for the exact x * Phi(x) (with erf); "tanh" for the tanh approximation (as in PyTorch).',
  },
];

const INV_SQRT_2PI = 0.3989422804014327; // 1 / sqrt(2 pi)
const SQRT_2_OVER_PI = 0.7978845608028654; // sqrt(2 / pi)
const TANH_CUBIC = 0.044715;

/** Phi(x) = erfc(-x / sqrt 2) / 2: accurate relative to its size also far in the left tail. */
function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

/** x * Phi(x), with the limits at +-Infinity (where Infinity * 0 would give NaN). */
export function geluExact(x: number): number {
  const v = x * normalCdf(x);
  if (v === v || x !== x) return v;
  return x > 0 ? x : -0;
}

/** Phi(x) + x phi(x). */
export function geluExactDerivative(x: number): number {
  const d = normalCdf(x) + x * (INV_SQRT_2PI * Math.exp(-0.5 * x * x));
  if (d === d || x !== x) return d;
  return x > 0 ? 1 : 0;
}

/** x/2 (1 + tanh(a)) = x sigmoid(2a), a = sqrt(2/pi) (x + 0.044715 x^3): the sigmoid form is stable for x << 0. */
export function geluTanh(x: number): number {
  const a2 = 2 * SQRT_2_OVER_PI * (x + TANH_CUBIC * x * x * x);
  const v = x * logistic(a2);
  if (v === v || x !== x) return v;
  return x > 0 ? x : -0;
}

/** sigmoid(2a) + x sigmoid'(2a) 2a'. */
export function geluTanhDerivative(x: number): number {
  const a2 = 2 * SQRT_2_OVER_PI * (x + TANH_CUBIC * x * x * x);
  const da2 = 2 * SQRT_2_OVER_PI * (1 + 3 * TANH_CUBIC * x * x);
  const d = logistic(a2) + x * logisticDerivative(a2) * da2;
  if (d === d || x !== x) return d;
  return x > 0 ? 1 : 0;
}

/** gelu''(x) = phi(x) (2 - x^2); its limit 0 at +-Infinity. */
export function geluExactSecondDerivative(x: number): number {
  const d2 = INV_SQRT_2PI * Math.exp(-0.5 * x * x) * (2 - x * x);
  return d2 === d2 || x !== x ? d2 : 0;
}

/**
 * With z = 2a: y = x s(z), y' = s(z) + x s'(z) z', y'' = s'(z) (2 z' + x (z'' - tanh(z/2) z'^2)),
 * using s''(z) = -s'(z) tanh(z/2) (no 1 - 2 s(z) cancellation).
 */
export function geluTanhSecondDerivative(x: number): number {
  const a = SQRT_2_OVER_PI * (x + TANH_CUBIC * x * x * x);
  const dz = 2 * SQRT_2_OVER_PI * (1 + 3 * TANH_CUBIC * x * x);
  const d2z = 12 * SQRT_2_OVER_PI * TANH_CUBIC * x;
  const d2 = logisticDerivative(2 * a) * (2 * dz + x * (d2z - Math.tanh(a) * dz * dz));
  return d2 === d2 || x !== x ? d2 : 0;
}

export const geluSpec = defineActivation({
  name: 'gelu',
  params: PARAMS,
  value: (x, p) => (p.approximate === 'tanh' ? geluTanh(x) : geluExact(x)),
  derivative: (x, p) => (p.approximate === 'tanh' ? geluTanhDerivative(x) : geluExactDerivative(x)),
  secondDerivative: (x, p) => (p.approximate === 'tanh' ? geluTanhSecondDerivative(x) : geluExactSecondDerivative(x)),
  valueInto(xs, out, p) {
    const n = xs.length;
    if (p.approximate === 'tanh') for (let i = 0; i < n; i++) out[i] = geluTanh(xs[i]);
    else for (let i = 0; i < n; i++) out[i] = geluExact(xs[i]);
  },
  derivativeInto(xs, out, p) {
    const n = xs.length;
    if (p.approximate === 'tanh') for (let i = 0; i < n; i++) out[i] = geluTanhDerivative(xs[i]);
    else for (let i = 0; i < n; i++) out[i] = geluExactDerivative(xs[i]);
  },
  valueAndDerivativeInto(xs, outValue, outDerivative, p) {
    const n = xs.length;
    if (p.approximate === 'tanh') {
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        outValue[i] = geluTanh(x);
        outDerivative[i] = geluTanhDerivative(x);
      }
      return;
    }
    // One erfc for both: Phi(x) is shared by the value x Phi(x) and the derivative Phi(x) + x phi(x).
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const cdf = normalCdf(x);
      const v = x * cdf;
      const d = cdf + x * (INV_SQRT_2PI * Math.exp(-0.5 * x * x));
      outValue[i] = v === v || x !== x ? v : x > 0 ? x : -0;
      outDerivative[i] = d === d || x !== x ? d : x > 0 ? 1 : 0;
    }
  },
  secondDerivativeInto(xs, out, p) {
    const n = xs.length;
    if (p.approximate === 'tanh') for (let i = 0; i < n; i++) out[i] = geluTanhSecondDerivative(xs[i]);
    else for (let i = 0; i < n; i++) out[i] = geluExactSecondDerivative(xs[i]);
  },
  doc: {
    displayName: 'GELU',
    summary:
      'The Gaussian error linear unit weights its input by the probability that a standard normal variable is below it; the default activation of Transformers (BERT, GPT-2, ViT).',
    formula: {
      text: 'gelu(x) = x * Phi(x) = x/2 * (1 + erf(x / sqrt(2)));  approximate="tanh": x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))',
      latex:
        '\\operatorname{GELU}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt 2}\\right)',
    },
    derivative: {
      text: "gelu'(x) = Phi(x) + x * phi(x), phi(x) = exp(-x^2/2) / sqrt(2 pi)",
      latex: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x), \\quad \\varphi(x) = \\frac{e^{-x^2/2}}{\\sqrt{2\\pi}}",
    },
    range: '[-0.17, ∞)',
    origin: {
      authors: 'Dan Hendrycks, Kevin Gimpel',
      year: 2016,
      title: 'Gaussian Error Linear Units (GELUs)',
      url: 'https://arxiv.org/abs/1606.08415',
    },
    properties: {
      monotonic: false,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C∞',
      zeroCentred: false,
      selfGated: true,
      valueAtZero: 0,
      slopeAtZero: 0.5,
    },
    kinkConvention: 'none (smooth)',
    frameworks: {
      pytorch: { names: ['torch.nn.GELU', 'torch.nn.functional.gelu', 'F.gelu'], note: 'approximate="none" (erf) by default; "tanh" selects the approximation.' },
      tensorflow: {
        names: ['tf.nn.gelu', 'tf.keras.activations.gelu', 'keras.activations.gelu', '"gelu"'],
        note: 'approximate=False (erf) by default, a boolean: approximate=True is PyTorch\'s approximate="tanh".',
      },
      jax: {
        names: ['jax.nn.gelu', 'flax.linen.gelu'],
        note: 'approximate=True by default: JAX\'s default is the tanh approximation; pass approximate=False for PyTorch\'s default.',
      },
    },
  },
});

/** GELU: x * Phi(x), Phi the standard normal CDF; exact (erf) or PyTorch's tanh approximation. */
import { erfc } from '../math/erf';
import type { ActivationSpec, NumericArray } from './activation-spec';
import { defaultParams, paramDocs, type ActivationParams, type ParamSpec } from './params';
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
const DEFAULTS = defaultParams(PARAMS);

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
  const phi = INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  const d = normalCdf(x) + x * phi;
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

function usesTanh(params: ActivationParams | undefined): boolean {
  return (params ?? DEFAULTS).approximate === 'tanh';
}

export const geluSpec: ActivationSpec = {
  name: 'gelu',
  aliases: [],
  params: PARAMS,
  defaults: DEFAULTS,
  kinks: [],
  value: (x, params) => (usesTanh(params) ? geluTanh(x) : geluExact(x)),
  derivative: (x, params) => (usesTanh(params) ? geluTanhDerivative(x) : geluExactDerivative(x)),
  valueInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void {
    const n = xs.length;
    if (usesTanh(params)) for (let i = 0; i < n; i++) out[i] = geluTanh(xs[i]);
    else for (let i = 0; i < n; i++) out[i] = geluExact(xs[i]);
  },
  derivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void {
    const n = xs.length;
    if (usesTanh(params)) for (let i = 0; i < n; i++) out[i] = geluTanhDerivative(xs[i]);
    else for (let i = 0; i < n; i++) out[i] = geluExactDerivative(xs[i]);
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
    params: paramDocs(PARAMS),
    range: '[-0.17, ∞)',
    origin: {
      authors: 'Dan Hendrycks, Kevin Gimpel',
      year: 2016,
      title: 'Gaussian Error Linear Units (GELUs)',
      url: 'https://arxiv.org/abs/1606.08415',
    },
  },
};

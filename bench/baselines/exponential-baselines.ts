/**
 * TEXTBOOK loops (the informational `textbook*` column, not the same results as the registry; the
 * timed baselines are in same-formula-*.ts), except exponential, whose textbook formula is the
 * registry's bit for bit and is timed as is.
 * Baselines for the activations built on exp: the ELU family, softplus, exponential, softsign and
 * squareplus. One Math.exp / Math.expm1 per element, no branches on the sign (min/max instead).
 */
import { num, type ElementwiseBaseline, type Floats } from './baseline-types';

/** max(x, 0) + α expm1(min(x, 0)); slope 1 above 0, α e^x at and below. */
function eluValue(xs: Floats, out: Floats, scale: number, alpha: number): void {
  for (let i = 0; i < xs.length; i++) out[i] = scale * (Math.max(xs[i], 0) + alpha * Math.expm1(Math.min(xs[i], 0)));
}

function eluDerivative(xs: Floats, out: Floats, scale: number, alpha: number): void {
  for (let i = 0; i < xs.length; i++) {
    const pos = +(xs[i] > 0);
    out[i] = scale * (pos + (1 - pos) * alpha * Math.exp(Math.min(xs[i], 0)));
  }
}

export const elu: ElementwiseBaseline = {
  value: (xs, out, p) => eluValue(xs, out, 1, num(p, 'alpha')),
  derivative: (xs, out, p) => eluDerivative(xs, out, 1, num(p, 'alpha')),
};

/** Klambauer et al.'s constants, to the digits of the paper's derivation. */
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;

export const selu: ElementwiseBaseline = {
  value: (xs, out) => eluValue(xs, out, SELU_SCALE, SELU_ALPHA),
  derivative: (xs, out) => eluDerivative(xs, out, SELU_SCALE, SELU_ALPHA),
};

/** max(x, 0) + α expm1(min(x, 0) / α); slope e^(x/α) below 0. */
export const celu: ElementwiseBaseline = {
  value(xs, out, p) {
    const a = num(p, 'alpha');
    for (let i = 0; i < xs.length; i++) out[i] = Math.max(xs[i], 0) + a * Math.expm1(Math.min(xs[i], 0) / a);
  },
  derivative(xs, out, p) {
    const a = num(p, 'alpha');
    for (let i = 0; i < xs.length; i++) {
      const pos = +(xs[i] > 0);
      out[i] = pos + (1 - pos) * Math.exp(Math.min(xs[i], 0) / a);
    }
  },
};

/** log(1 + e^(βx)) / β, and x where βx > threshold; written as max(z, 0) + log1p(e^-|z|). */
export const softplus: ElementwiseBaseline = {
  value(xs, out, p) {
    const beta = num(p, 'beta');
    const t = num(p, 'threshold');
    for (let i = 0; i < xs.length; i++) {
      const z = beta * xs[i];
      out[i] = z > t ? xs[i] : (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))) / beta;
    }
  },
  derivative(xs, out, p) {
    const beta = num(p, 'beta');
    const t = num(p, 'threshold');
    for (let i = 0; i < xs.length; i++) {
      const z = beta * xs[i];
      out[i] = z > t ? 1 : 1 / (1 + Math.exp(-z));
    }
  },
};

export const exponential: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.exp(xs[i]);
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.exp(xs[i]);
  },
};

export const softsign: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] / (1 + Math.abs(xs[i]));
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const d = 1 + Math.abs(xs[i]);
      out[i] = 1 / (d * d);
    }
  },
};

/** (x + sqrt(x^2 + b)) / 2; slope (1 + x / sqrt(x^2 + b)) / 2. */
export const squareplus: ElementwiseBaseline = {
  value(xs, out, p) {
    const b = num(p, 'b');
    for (let i = 0; i < xs.length; i++) out[i] = 0.5 * (xs[i] + Math.sqrt(xs[i] * xs[i] + b));
  },
  derivative(xs, out, p) {
    const b = num(p, 'b');
    for (let i = 0; i < xs.length; i++) out[i] = 0.5 * (1 + xs[i] / Math.sqrt(xs[i] * xs[i] + b));
  },
};

/**
 * TEXTBOOK loops (the informational `textbook*` column, not the same results as the registry; the
 * timed baselines are in same-formula-*.ts).
 * Baselines for the sigmoid and tanh family: sigmoid, logsigmoid, tanh, tanhshrink, silu, swish,
 * mish and both forms of GELU. The formulas as a textbook writes them, with Math.exp / Math.tanh.
 * GELU's exact form needs erf, which JavaScript lacks: the one library call taken from the core is
 * its erfc (a math primitive like Math.exp; the GELU formula around it is written here).
 */
import { erfc } from '../../src/core/math/erf';
import { num, type ElementwiseBaseline, type Floats } from './baseline-types';

export const sigmoid: ElementwiseBaseline = {
  value(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = 1 / (1 + Math.exp(-xs[i]));
  },
  derivative(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) {
      const s = 1 / (1 + Math.exp(-xs[i]));
      out[i] = s * (1 - s);
    }
  },
};

/** log sigmoid(x) = min(x, 0) - log1p(e^-|x|); slope sigmoid(-x). */
export const logsigmoid: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.min(xs[i], 0) - Math.log1p(Math.exp(-Math.abs(xs[i])));
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = 1 / (1 + Math.exp(xs[i]));
  },
};

export const tanh: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.tanh(xs[i]);
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const t = Math.tanh(xs[i]);
      out[i] = 1 - t * t;
    }
  },
};

export const tanhshrink: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] - Math.tanh(xs[i]);
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const t = Math.tanh(xs[i]);
      out[i] = t * t;
    }
  },
};

/** x sigmoid(βx); slope s + βx s (1 - s). */
function swishValue(xs: Floats, out: Floats, beta: number): void {
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] / (1 + Math.exp(-beta * xs[i]));
}

function swishDerivative(xs: Floats, out: Floats, beta: number): void {
  for (let i = 0; i < xs.length; i++) {
    const s = 1 / (1 + Math.exp(-beta * xs[i]));
    out[i] = s + beta * xs[i] * s * (1 - s);
  }
}

export const silu: ElementwiseBaseline = {
  value: (xs, out) => swishValue(xs, out, 1),
  derivative: (xs, out) => swishDerivative(xs, out, 1),
};

export const swish: ElementwiseBaseline = {
  value: (xs, out, p) => swishValue(xs, out, num(p, 'beta')),
  derivative: (xs, out, p) => swishDerivative(xs, out, num(p, 'beta')),
};

/** x tanh(softplus(x)); slope tanh(sp) + x (1 - tanh(sp)^2) sigmoid(x). */
export const mish: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] * Math.tanh(Math.log1p(Math.exp(xs[i])));
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const e = Math.exp(x);
      const t = Math.tanh(Math.log1p(e));
      out[i] = t + (x * (1 - t * t) * e) / (1 + e);
    }
  },
};

const INV_SQRT2 = 0.7071067811865476;
const INV_SQRT_2PI = 0.3989422804014327;
const TANH_K = 0.7978845608028654; // sqrt(2 / pi)

/** x Phi(x) = x/2 erfc(-x/sqrt 2); slope Phi(x) + x phi(x). */
function geluErfValue(xs: Floats, out: Floats): void {
  for (let i = 0; i < xs.length; i++) out[i] = 0.5 * xs[i] * erfc(-xs[i] * INV_SQRT2);
}

function geluErfDerivative(xs: Floats, out: Floats): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[i] = 0.5 * erfc(-x * INV_SQRT2) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }
}

/** x/2 (1 + tanh(k (x + 0.044715 x^3))). */
function geluTanhValue(xs: Floats, out: Floats): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[i] = 0.5 * x * (1 + Math.tanh(TANH_K * (x + 0.044715 * x * x * x)));
  }
}

function geluTanhDerivative(xs: Floats, out: Floats): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const t = Math.tanh(TANH_K * (x + 0.044715 * x * x * x));
    out[i] = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * TANH_K * (1 + 3 * 0.044715 * x * x);
  }
}

export const gelu: ElementwiseBaseline = {
  value: (xs, out, p) => (p.approximate === 'tanh' ? geluTanhValue(xs, out) : geluErfValue(xs, out)),
  derivative: (xs, out, p) => (p.approximate === 'tanh' ? geluTanhDerivative(xs, out) : geluErfDerivative(xs, out)),
};

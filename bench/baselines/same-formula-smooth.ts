/**
 * Same-formula baselines for the smooth activations whose registry rule is an accurate or
 * overflow-free form rather than the textbook formula: the ELU family (expm1 above m = -1, exp
 * below), sigmoid/logsigmoid/softplus′/tanh′ from e = exp(-|z|) (no overflow, no 1 - s cancelling),
 * tanhshrink's series below |x| = 0.25 (x - tanh x cancels there), mish's cancellation-free tanh of
 * softplus, and GELU with the limits at ±Infinity. The registry's numbers bit for bit; written from
 * the formulas as plain loops (erfc is the one call into the core, as in sigmoid-baselines.ts).
 */
import { erfc } from '../../src/core/math/erf';
import { num, type ElementwiseBaseline, type Floats } from './baseline-types';

/** scale (max(x, 0) + α (e^(min(x, 0)/α') - 1)), the e^m - 1 by expm1 above m = -1. */
function eluValue(xs: Floats, out: Floats, scale: number, alpha: number, inv: number): void {
  const sa = scale * alpha;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const m = Math.min(x, 0) * inv;
    out[i] = scale * Math.max(x, 0) + sa * (m > -1 ? Math.expm1(m) : Math.exp(m) - 1);
  }
}

function eluDerivative(xs: Floats, out: Floats, scale: number, alpha: number, inv: number): void {
  const sai = scale * alpha * inv;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const m = Math.min(x, 0) * inv;
    const pos = +(x > 0);
    out[i] = pos * scale + (1 - pos) * sai * (m > -1 ? Math.expm1(m) + 1 : Math.exp(m));
  }
}

export const eluSame: ElementwiseBaseline = {
  value: (xs, out, p) => eluValue(xs, out, 1, num(p, 'alpha'), 1),
  derivative: (xs, out, p) => eluDerivative(xs, out, 1, num(p, 'alpha'), 1),
};

const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;
export const seluSame: ElementwiseBaseline = {
  value: (xs, out) => eluValue(xs, out, SELU_SCALE, SELU_ALPHA, 1),
  derivative: (xs, out) => eluDerivative(xs, out, SELU_SCALE, SELU_ALPHA, 1),
};

export const celuSame: ElementwiseBaseline = {
  value: (xs, out, p) => eluValue(xs, out, 1, num(p, 'alpha'), 1 / num(p, 'alpha')),
  derivative: (xs, out, p) => eluDerivative(xs, out, 1, num(p, 'alpha'), 1 / num(p, 'alpha')),
};

/** sigmoid = r (1 above 0, e below), r = 1/(1 + e), e = exp(-|x|); slope e r². */
export const sigmoidSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const e = Math.exp(-Math.abs(x));
      const pos = +(x >= 0);
      out[i] = (1 / (1 + e)) * (pos + (1 - pos) * e);
    }
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const e = Math.exp(-Math.abs(xs[i]));
      const r = 1 / (1 + e);
      out[i] = e * r * r;
    }
  },
};

/** min(x, 0) - log1p(e^-|x|); slope sigmoid(-x) = (e above 0, 1 below) / (1 + e). */
export const logsigmoidSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.min(xs[i], 0) - Math.log1p(Math.exp(-Math.abs(xs[i])));
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const e = Math.exp(-Math.abs(x));
      const pos = +(x >= 0);
      out[i] = (pos * e + (1 - pos)) / (1 + e);
    }
  },
};

/** tanh′ = 1 - tanh² = 4 e r², e = exp(-2|x|), r = 1/(1 + e) (no cancellation for large |x|). */
export const tanhSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.tanh(xs[i]);
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const e = Math.exp(-2 * Math.abs(xs[i]));
      const r = 1 / (1 + e);
      out[i] = 4 * e * r * r;
    }
  },
};

/** Taylor coefficients of (x - tanh x) / x³ in powers of x²: 1/3, -2/15, 17/315, ... */
const TANHSHRINK_SERIES = [
  1 / 3, -2 / 15, 17 / 315, -62 / 2835, 1382 / 155925, -21844 / 6081075, 929569 / 638512875, -6404582 / 10854718875,
  443861162 / 1856156927625, -18888466084 / 194896477400625,
];

/** x - tanh x, and below |x| = 0.25 (where that cancels) x³ times the series in x². */
export const tanhshrinkSame: ElementwiseBaseline = {
  value(xs, out) {
    const c = TANHSHRINK_SERIES;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      if (Math.abs(x) >= 0.25 || x !== x) {
        out[i] = x - Math.tanh(x);
        continue;
      }
      const u = x * x;
      let s = c[9];
      for (let k = 8; k >= 0; k--) s = s * u + c[k];
      out[i] = x * u * s;
    }
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const t = Math.tanh(xs[i]);
      out[i] = t * t;
    }
  },
};

/** Slope of softplus: sigmoid(βx) from e = exp(-|βx|), and 1 beyond the threshold. */
export const softplusSame: ElementwiseBaseline = {
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
      const e = Math.exp(-Math.abs(z));
      const pos = +(z >= 0);
      const s = (pos + (1 - pos) * e) / (1 + e);
      out[i] = z > t ? 1 : s;
    }
  },
};

/**
 * mish = x tanh(softplus(x)). With w = e^-|x|: tanh(softplus(x)) = (1 + 2w)/(1 + 2w + 2w²) above 0
 * and n/(n + 2), n = w(2 + w), below; its slope times sigmoid(x) gives the derivative's second term.
 */
function mishLoop(xs: Floats, out: Floats, derivative: boolean): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const w = Math.exp(-Math.abs(x));
    const pos = +(x > 0);
    const n = w * (2 + w);
    const m = 1 + 2 * w + 2 * w * w;
    const t = pos * ((1 + 2 * w) / m) + (1 - pos) * (n / (n + 2));
    if (!derivative) {
      const v = x * t;
      out[i] = v === v || x !== x ? v : x > 0 ? x : -0;
      continue;
    }
    const q = pos * ((4 * (1 + w) * (1 + w) * w * w) / (m * m)) + (1 - pos) * ((4 * (1 + n)) / ((n + 2) * (n + 2)));
    const r = 1 / (1 + w);
    const s = pos * r + (1 - pos) * w * r;
    const d = t + x * q * s;
    out[i] = d === d || x !== x ? d : x > 0 ? 1 : 0;
  }
}

export const mishSame: ElementwiseBaseline = {
  value: (xs, out) => mishLoop(xs, out, false),
  derivative: (xs, out) => mishLoop(xs, out, true),
};

const INV_SQRT_2PI = 0.3989422804014327;
const SQRT_2_OVER_PI = 0.7978845608028654;

/** x Φ(x), Φ(x) = erfc(-x/√2)/2; slope Φ + x φ. Limits x / 0 and 1 / 0 at ±Infinity. */
function geluErf(xs: Floats, out: Floats, derivative: boolean): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const cdf = 0.5 * erfc(-x * Math.SQRT1_2);
    if (!derivative) {
      const v = x * cdf;
      out[i] = v === v || x !== x ? v : x > 0 ? x : -0;
    } else {
      const d = cdf + x * (INV_SQRT_2PI * Math.exp(-0.5 * x * x));
      out[i] = d === d || x !== x ? d : x > 0 ? 1 : 0;
    }
  }
}

/** x sigmoid(2a), a = √(2/π)(x + 0.044715 x³) (= x/2 (1 + tanh a)), with the overflow-free sigmoid. */
function geluTanh(xs: Floats, out: Floats, derivative: boolean): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const a2 = 2 * SQRT_2_OVER_PI * (x + 0.044715 * x * x * x);
    const e = Math.exp(-Math.abs(a2));
    const r = 1 / (1 + e);
    const pos = +(a2 >= 0);
    const s = r * (pos + (1 - pos) * e);
    if (!derivative) {
      const v = x * s;
      out[i] = v === v || x !== x ? v : x > 0 ? x : -0;
    } else {
      const da2 = 2 * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x);
      const d = s + x * (e * r * r) * da2;
      out[i] = d === d || x !== x ? d : x > 0 ? 1 : 0;
    }
  }
}

export const geluSame: ElementwiseBaseline = {
  value: (xs, out, p) => (p.approximate === 'tanh' ? geluTanh(xs, out, false) : geluErf(xs, out, false)),
  derivative: (xs, out, p) => (p.approximate === 'tanh' ? geluTanh(xs, out, true) : geluErf(xs, out, true)),
};

/**
 * TEXTBOOK loops (the informational `textbook*` column, not the same results as the registry; the
 * timed baselines are in same-formula-*.ts).
 * Baselines for the piecewise-linear activations: relu and its leaky variants, relu6, hardtanh,
 * the shrinks, threshold, identity. Written branch-free (|x|, min/max, a comparison as 0/1), the
 * obvious fast JS for random signs: V8 mispredicts a `x > 0 ? x : 0` branch on such data.
 */
import { num, type ElementwiseBaseline, type Floats, type BaselineParams } from './baseline-types';

export const relu: ElementwiseBaseline = {
  value(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = 0.5 * (xs[i] + Math.abs(xs[i]));
  },
  derivative(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = +(xs[i] > 0);
  },
};

export const relu6: ElementwiseBaseline = {
  value(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.min(Math.max(xs[i], 0), 6);
  },
  derivative(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = +(xs[i] > 0) * +(xs[i] < 6);
  },
};

/** max(x, 0) + slope * min(x, 0) = ((1 + s) x + (1 - s) |x|) / 2. */
function leakyValue(xs: Floats, out: Floats, slope: number): void {
  const a = 0.5 * (1 + slope);
  const b = 0.5 * (1 - slope);
  for (let i = 0; i < xs.length; i++) out[i] = a * xs[i] + b * Math.abs(xs[i]);
}

function leakyDerivative(xs: Floats, out: Floats, slope: number): void {
  const rise = 1 - slope;
  for (let i = 0; i < xs.length; i++) out[i] = slope + rise * +(xs[i] > 0);
}

export const leakyRelu: ElementwiseBaseline = {
  value: (xs, out, p) => leakyValue(xs, out, num(p, 'negative_slope')),
  derivative: (xs, out, p) => leakyDerivative(xs, out, num(p, 'negative_slope')),
};

export const prelu: ElementwiseBaseline = {
  value: (xs, out, p) => leakyValue(xs, out, num(p, 'weight')),
  derivative: (xs, out, p) => leakyDerivative(xs, out, num(p, 'weight')),
};

/** rrelu in eval mode: a leaky relu with the mean slope (lower + upper) / 2. */
const rreluSlope = (p: BaselineParams) => (num(p, 'lower') + num(p, 'upper')) / 2;
export const rrelu: ElementwiseBaseline = {
  value: (xs, out, p) => leakyValue(xs, out, rreluSlope(p)),
  derivative: (xs, out, p) => leakyDerivative(xs, out, rreluSlope(p)),
};

export const hardtanh: ElementwiseBaseline = {
  value(xs, out, p) {
    const lo = num(p, 'min_val');
    const hi = num(p, 'max_val');
    for (let i = 0; i < xs.length; i++) out[i] = Math.min(Math.max(xs[i], lo), hi);
  },
  derivative(xs, out, p) {
    const lo = num(p, 'min_val');
    const hi = num(p, 'max_val');
    for (let i = 0; i < xs.length; i++) out[i] = +(xs[i] > lo) * +(xs[i] < hi);
  },
};

export const hardshrink: ElementwiseBaseline = {
  value(xs, out, p) {
    const l = num(p, 'lambd');
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] * +(Math.abs(xs[i]) > l);
  },
  derivative(xs, out, p) {
    const l = num(p, 'lambd');
    for (let i = 0; i < xs.length; i++) out[i] = +(Math.abs(xs[i]) > l);
  },
};

/** x - clamp(x, -λ, λ). */
export const softshrink: ElementwiseBaseline = {
  value(xs, out, p) {
    const l = num(p, 'lambd');
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] - Math.min(Math.max(xs[i], -l), l);
  },
  derivative(xs, out, p) {
    const l = num(p, 'lambd');
    for (let i = 0; i < xs.length; i++) out[i] = +(Math.abs(xs[i]) > l);
  },
};

/** x > t ? x : v, as a blend of the two with a 0/1 weight. */
export const threshold: ElementwiseBaseline = {
  value(xs, out, p) {
    const t = num(p, 'threshold');
    const v = num(p, 'value');
    for (let i = 0; i < xs.length; i++) {
      const above = +(xs[i] > t);
      out[i] = above * xs[i] + (1 - above) * v;
    }
  },
  derivative(xs, out, p) {
    const t = num(p, 'threshold');
    for (let i = 0; i < xs.length; i++) out[i] = +(xs[i] > t);
  },
};

export const identity: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i];
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = 1;
  },
};

/** The step: 1 above 0, `values` at 0, 0 below; slope 0. */
export const heaviside: ElementwiseBaseline = {
  value(xs, out, p) {
    const atZero = num(p, 'values');
    for (let i = 0; i < xs.length; i++) out[i] = +(xs[i] > 0) + atZero * +(xs[i] === 0);
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = 0;
  },
};

/** The shifted relu max(-a, x); slope 1 above -a. */
export const srelu: ElementwiseBaseline = {
  value(xs, out, p) {
    const floor = -num(p, 'a');
    for (let i = 0; i < xs.length; i++) out[i] = Math.max(xs[i], floor);
  },
  derivative(xs, out, p) {
    const floor = -num(p, 'a');
    for (let i = 0; i < xs.length; i++) out[i] = +(xs[i] > floor);
  },
};

/**
 * Same-formula baselines for the piecewise activations (relu family, clamps, shrinks, threshold,
 * hard sigmoid/swish, softsign): the registry's numbers bit for bit, NaN, ±Infinity and -0 included.
 * Plain loops written from the formulas: a comparison used as 0/1 picks a piece, and a NaN input is
 * passed through by a guard in the same loop (`x === x ? d : x`): a derivative reads x so that NaN
 * propagates, which the textbook loops (kept as `textbook`) do not do.
 */
import { num, type BaselineParams, type ElementwiseBaseline, type Floats } from './baseline-types';

/** 1 where x > t, NaN for NaN. */
function stepAbove(xs: Floats, out: Floats, t: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[i] = x === x ? +(x > t) : x;
  }
}

/** max(x, 0) = (x + |x|)/2; at -Infinity that is NaN, the limit is 0. */
export const reluSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const h = 0.5 * (x + Math.abs(x));
      out[i] = h < Infinity ? h : x === -Infinity ? 0 : x;
    }
  },
  derivative: (xs, out) => stepAbove(xs, out, 0),
};

/** max(x, 0) + slope min(x, 0), both halves from |x|; slope + (1 - slope) [x > 0]. */
function leakyValue(xs: Floats, out: Floats, slope: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const v = 0.5 * (x + a) + slope * (0.5 * (x - a));
    out[i] = v - v === 0 ? v : x > 0 || x !== x ? x : slope * x;
  }
}

function leakyDerivative(xs: Floats, out: Floats, slope: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const pos = +(x > 0);
    out[i] = x === x ? pos + (1 - pos) * slope : x;
  }
}

export const leakyReluSame: ElementwiseBaseline = {
  value: (xs, out, p) => leakyValue(xs, out, num(p, 'negative_slope')),
  derivative: (xs, out, p) => leakyDerivative(xs, out, num(p, 'negative_slope')),
};

export const preluSame: ElementwiseBaseline = {
  value: (xs, out, p) => leakyValue(xs, out, num(p, 'weight')),
  derivative: (xs, out, p) => leakyDerivative(xs, out, num(p, 'weight')),
};

const rreluSlope = (p: BaselineParams) => (num(p, 'lower') + num(p, 'upper')) / 2;
export const rreluSame: ElementwiseBaseline = {
  value: (xs, out, p) => leakyValue(xs, out, rreluSlope(p)),
  derivative: (xs, out, p) => leakyDerivative(xs, out, rreluSlope(p)),
};

function clampValue(xs: Floats, out: Floats, lo: number, hi: number): void {
  for (let i = 0; i < xs.length; i++) out[i] = Math.min(Math.max(xs[i], lo), hi);
}

function clampDerivative(xs: Floats, out: Floats, lo: number, hi: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[i] = x === x ? +(x > lo) * +(x < hi) : x;
  }
}

export const relu6Same: ElementwiseBaseline = {
  value: (xs, out) => clampValue(xs, out, 0, 6),
  derivative: (xs, out) => clampDerivative(xs, out, 0, 6),
};

export const hardtanhSame: ElementwiseBaseline = {
  value: (xs, out, p) => clampValue(xs, out, num(p, 'min_val'), num(p, 'max_val')),
  derivative: (xs, out, p) => clampDerivative(xs, out, num(p, 'min_val'), num(p, 'max_val')),
};

/** 1 where |x| > λ, NaN for NaN. */
function shrinkDerivative(xs: Floats, out: Floats, l: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[i] = x === x ? +(Math.abs(x) > l) : x;
  }
}

/** x where |x| > λ, else +0 (the `+ 0` turns x * 0 = -0 for negative x into 0). */
export const hardshrinkSame: ElementwiseBaseline = {
  value(xs, out, p) {
    const l = num(p, 'lambd');
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] * +(Math.abs(xs[i]) > l) + 0;
  },
  derivative: (xs, out, p) => shrinkDerivative(xs, out, num(p, 'lambd')),
};

export const softshrinkSame: ElementwiseBaseline = {
  value(xs, out, p) {
    const l = num(p, 'lambd');
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] - Math.min(Math.max(xs[i], -l), l);
  },
  derivative: (xs, out, p) => shrinkDerivative(xs, out, num(p, 'lambd')),
};

/** x above t, else v (NaN stays NaN), as a 0/1 blend; ±Infinity make the blend NaN and take the guard. */
export const thresholdSame: ElementwiseBaseline = {
  value(xs, out, p) {
    const t = num(p, 'threshold');
    const v = num(p, 'value');
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const above = +(x > t);
      const r = above * x + (1 - above) * v;
      out[i] = r - r === 0 ? r : x > t || x !== x ? x : v;
    }
  },
  derivative: (xs, out, p) => stepAbove(xs, out, num(p, 'threshold')),
};

export const sreluSame: ElementwiseBaseline = {
  value(xs, out, p) {
    const floor = -num(p, 'a');
    for (let i = 0; i < xs.length; i++) out[i] = Math.max(floor, xs[i]);
  },
  derivative: (xs, out, p) => stepAbove(xs, out, -num(p, 'a')),
};

/** clamp(x + 3, 0, 6) / 6; slope 1/6 inside (-3, 3). */
export const hardsigmoidSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.min(Math.max(xs[i] + 3, 0), 6) / 6;
  },
  derivative(xs, out) {
    const sixth = 1 / 6;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === x ? +(Math.abs(x) < 3) * sixth : x;
    }
  },
};

/** x clamp(x + 3, 0, 6) / 6 (-0 at -Infinity); slope (2m + 3)/6 with m = clamp(x, -3, 3) on [-3, 3), 1 from 3. */
export const hardswishSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const v = (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
      out[i] = v === v || x !== x ? v : -0;
    }
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const lo = +(x >= -3);
      const hi = +(x >= 3);
      const m = Math.min(Math.max(x, -3), 3);
      out[i] = hi + lo * (1 - hi) * ((2 * m + 3) / 6);
    }
  },
};

/** x / (1 + |x|) (±1 at ±Infinity); slope r², r = 1 / (1 + |x|). */
export const softsignSame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const v = x / (1 + Math.abs(x));
      out[i] = v === v || x !== x ? v : x > 0 ? 1 : -1;
    }
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const r = 1 / (1 + Math.abs(xs[i]));
      out[i] = r * r;
    }
  },
};

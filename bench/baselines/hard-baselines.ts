/**
 * TEXTBOOK loops (informational `textbook*` column; the timed baselines are same-formula-*.ts), except
 * sparse_plus, whose textbook formula is the registry's bit for bit and is timed as is. Baselines for the piecewise-polynomial activations: hardsigmoid, hardswish, sparse_plus. */
import type { ElementwiseBaseline, Floats } from './baseline-types';

/** clamp(x / 6 + 1/2, 0, 1). */
export const hardsigmoid: ElementwiseBaseline = {
  value(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = Math.min(Math.max(xs[i] / 6 + 0.5, 0), 1);
  },
  derivative(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = (+(xs[i] > -3) * +(xs[i] < 3)) / 6;
  },
};

/** x * clamp(x + 3, 0, 6) / 6; slope 0 below -3, (2x + 3)/6 on [-3, 3), 1 from 3 (PyTorch's corners). */
export const hardswish: ElementwiseBaseline = {
  value(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = (xs[i] * Math.min(Math.max(xs[i] + 3, 0), 6)) / 6;
  },
  derivative(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const low = +(x < -3);
      const high = +(x >= 3);
      out[i] = (1 - low - high) * ((2 * x + 3) / 6) + high;
    }
  },
};

/** 0 for x <= -1, (x + 1)^2 / 4 between, x from 1: with c = clamp(x, -1, 1), (c + 1)^2/4 + max(x - 1, 0). */
export const sparsePlus: ElementwiseBaseline = {
  value(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) {
      const c = Math.min(Math.max(xs[i], -1), 1) + 1;
      out[i] = 0.25 * c * c + Math.max(xs[i] - 1, 0);
    }
  },
  derivative(xs: Floats, out: Floats) {
    for (let i = 0; i < xs.length; i++) out[i] = 0.5 * (Math.min(Math.max(xs[i], -1), 1) + 1);
  },
};

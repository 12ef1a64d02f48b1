/**
 * Same-formula baselines: plain loops that compute exactly the registry's numbers (bit for bit, NaN,
 * ±Infinity and -0 included) for the activations whose registry rule is not the textbook formula:
 *   squareplus   the cancellation-free negative side b / (2 (s + |x|)), s = sqrt(x² + b), and s = |x|
 *                beyond |x| = 1e150 (x² would overflow)
 *   silu, swish  the overflow-free sigmoid from e = exp(-|z|), z = βx; the limits at ±Infinity
 *   identity′    1, but NaN for NaN (the derivative reads x)
 *   heaviside    the step with NaN propagated; its derivative 0, NaN for NaN
 * Written from the math (the formulas in the registry's doc comments), not by calling the core: one
 * loop per formula, branch-free on the sign (a comparison used as 0/1 picks a piece; both pieces are
 * finite, so pos * A + neg * B is A or B exactly), and the cases where a piece is not finite
 * (NaN, ±Infinity, |x| >= 1e150) handled per element by a guard in the same loop.
 * The old textbook loops stay beside them (their `textbook` field) as an informational column.
 */
import { num, type ElementwiseBaseline, type Floats } from './baseline-types';

/** (x + s)/2 above 0, b/(2 (s + |x|)) below: one division serves both (the upper piece over 1). */
function squareplusValue(xs: Floats, out: Floats, b: number): void {
  const halfB = 0.5 * b;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const s = a < 1e150 ? Math.sqrt(a * a + b) : a;
    const pos = +(x >= 0);
    const neg = 1 - pos;
    const v = (pos * (0.5 * (a + s)) + neg * halfB) / (pos + neg * (s + a));
    // NaN only where the blend met inf * 0 (x = ±Infinity, or x + s overflowing) or for a NaN x:
    // then the piece itself (b / inf = 0 below; above, (a + s) / 2, Infinity once a + s overflows).
    out[i] = v === v ? v : x !== x ? x : x > 0 ? 0.5 * (a + s) : 0;
  }
}

/** (1 + |x|/s)/2 above 0, b/(2 s (s + |x|)) below, with q the quotient of either piece. */
function squareplusDerivative(xs: Floats, out: Floats, b: number): void {
  const halfB = 0.5 * b;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    const s = a < 1e150 ? Math.sqrt(a * a + b) : a;
    const pos = +(x >= 0);
    const neg = 1 - pos;
    const q = (pos * a + neg * halfB) / (s * (pos + neg * (s + a)));
    const d = pos * (0.5 + 0.5 * q) + neg * q;
    out[i] = d === d ? d : x !== x ? x : x > 0 ? 1 : 0;
  }
}

export const squareplusSame: ElementwiseBaseline = {
  value: (xs, out, p) => squareplusValue(xs, out, num(p, 'b')),
  derivative: (xs, out, p) => squareplusDerivative(xs, out, num(p, 'b')),
};

/** x sigmoid(z) = x g / (1 + e), g = 1 above 0 and e below, e = exp(-|z|). */
function swishValue(xs: Floats, out: Floats, beta: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const z = beta * x;
    const e = Math.exp(-Math.abs(z));
    const pos = +(z >= 0);
    const v = (x * (pos + (1 - pos) * e)) / (1 + e);
    // inf * 0 at x = ±Infinity: the limits x (z > 0) and ∓0.
    out[i] = v === v || x !== x ? v : z > 0 ? x : x > 0 ? 0 : -0;
  }
}

/** s + z s (1 - s) with s = r g, s (1 - s) = e r², r = 1 / (1 + e). */
function swishDerivative(xs: Floats, out: Floats, beta: number): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const z = beta * x;
    const e = Math.exp(-Math.abs(z));
    const r = 1 / (1 + e);
    const pos = +(z >= 0);
    const d = r * (pos + (1 - pos) * e) + z * (e * r * r);
    out[i] = d === d || x !== x ? d : z > 0 ? 1 : 0;
  }
}

export const siluSame: ElementwiseBaseline = {
  value: (xs, out) => swishValue(xs, out, 1),
  derivative: (xs, out) => swishDerivative(xs, out, 1),
};

export const swishSame: ElementwiseBaseline = {
  value: (xs, out, p) => swishValue(xs, out, num(p, 'beta')),
  derivative: (xs, out, p) => swishDerivative(xs, out, num(p, 'beta')),
};

export const identitySame: ElementwiseBaseline = {
  value(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i];
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === x ? 1 : x;
    }
  },
};

export const heavisideSame: ElementwiseBaseline = {
  value(xs, out, p) {
    const atZero = num(p, 'values');
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === x ? +(x > 0) + atZero * +(x === 0) : x;
    }
  },
  derivative(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === x ? 0 : x;
    }
  },
};

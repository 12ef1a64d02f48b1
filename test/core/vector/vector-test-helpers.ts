/** Helpers for the vector-activation tests: the fixture's agreement rule, a seeded RNG, finite differences. */
import type { VectorActivationSpec } from '../../../src/core/vector/vector-activation-spec';
import type { ActivationParams } from '../../../src/core/activations/params';

/** docs/reference-fixtures.md's rule for one number: equal, or within 1e-12 relative or 1e-300 absolute. */
export function near(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return a === b || Math.abs(a - b) <= Math.max(1e-300, 1e-12 * Math.abs(b));
}

/** Agrees with torch, or with the exact value when there is one. */
export function agrees(got: number, torch: number, exact: number | null): boolean {
  return near(got, torch) || (exact !== null && near(got, exact));
}

/** mulberry32: a small seeded generator, so random tests are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomVector(rand: () => number, n: number, scale: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = (2 * rand() - 1) * scale;
  return xs;
}

/**
 * The Jacobian by central differences, column by column: (f(x + h e_j) - f(x - h e_j)) / 2h,
 * h scaled to |x_j|. Independent of the closed forms under test (it only calls `value`).
 */
export function finiteDifferenceJacobian(spec: VectorActivationSpec, xs: Float64Array, params?: ActivationParams): number[][] {
  const m = spec.outputLength(xs.length, params);
  const rows: number[][] = Array.from({ length: m }, () => new Array<number>(xs.length).fill(0));
  for (let j = 0; j < xs.length; j++) {
    const h = 1e-5 * Math.max(1, Math.abs(xs[j]));
    const plus = Float64Array.from(xs);
    const minus = Float64Array.from(xs);
    plus[j] += h;
    minus[j] -= h;
    const yp = spec.value(plus, params);
    const ym = spec.value(minus, params);
    for (let i = 0; i < m; i++) rows[i][j] = (yp[i] - ym[i]) / (plus[j] - minus[j]);
  }
  return rows;
}

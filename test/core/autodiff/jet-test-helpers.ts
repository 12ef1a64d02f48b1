/** Shared by the autodiff tests: tolerance checks, a seeded random source, finite differences. */
import * as assert from 'assert';

/** |actual - expected| <= rel * max(1, |expected|); equal non-finite values (Infinity, NaN) also pass. */
export function assertClose(actual: number, expected: number, rel: number, what: string): void {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    assert.ok(Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)), `${what}: got ${actual}, expected ${expected}`);
    return;
  }
  const err = Math.abs(actual - expected);
  assert.ok(err <= rel * Math.max(1, Math.abs(expected)), `${what}: got ${actual}, expected ${expected} (error ${err.toExponential(2)}, tolerance ${rel})`);
}

/** A small seeded generator (mulberry32), so failures reproduce. */
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

/**
 * f'(x) by a fourth-order central difference (Richardson extrapolation of two central differences):
 * error O(h^4) + rounding O(eps |f| / h), about 1e-10 relative for smooth f with h = 1e-3 (|x| <= 1).
 */
export function finiteDifference(f: (x: number) => number, x: number): number {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const d1 = (f(x + h) - f(x - h)) / (2 * h);
  const d2 = (f(x + 2 * h) - f(x - 2 * h)) / (4 * h);
  return (4 * d1 - d2) / 3;
}

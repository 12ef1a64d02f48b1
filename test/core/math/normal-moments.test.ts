/**
 * The N(0, 1) statistics of compare/describe against closed forms (X ~ N(0, 1), φ and Φ its
 * density and CDF; the numbers from Python's math module where a closed form needs erfc):
 * relu: mean 1/√(2π), E[relu(X)²] = 1/2; tanh and identity: mean 0, identity std 1; sigmoid mean
 * 1/2 (σ(x) + σ(-x) = 1); selu: mean 0 and std 1 (what its constants were chosen for);
 * exp: lognormal mean e^(1/2), std √(e² - e); |X - a|: 2φ(a) + a(2Φ(a) - 1) (a kink away from every
 * split point); a threshold at 0.7: P(f = 0) = Φ(0.7).
 */
import * as assert from 'assert';
import { GAUSS_KRONROD_15, normalMoments } from '../../../src/core/math/normal-moments';
import type { CompareValue } from '../../../src/lang/runtime/values';
import { last } from '../../lang/lang-helpers';

/** The N(0,1) columns (zero share as a fraction, mean, std) of compare's row for each source. */
function stats(source: string): { zeroShare: number; mean: number; std: number } {
  const c = last(source) as CompareValue;
  const row = c.properties.rows[0];
  return { zeroShare: Number(String(row[5]).replace('%', '')) / 100, mean: row[6] as number, std: row[7] as number };
}

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} within ${tolerance}`);
}

describe('lang/normal-moments', () => {
  it('the Gauss–Kronrod rule integrates polynomials exactly: Kronrod to degree 22, Gauss to 13', () => {
    const { nodes, kronrod, gauss } = GAUSS_KRONROD_15;
    for (let k = 0; k <= 22; k++) {
      const exact = k % 2 === 1 ? 0 : 2 / (k + 1);
      const sum = (w: number[]) => w.reduce((s, wi, i) => s + wi * nodes[i] ** k, 0);
      near(sum(kronrod), exact, 1e-15, `Kronrod x^${k}`);
      if (k <= 13) near(sum(gauss), exact, 1e-15, `Gauss x^${k}`);
    }
    assert.ok(Math.abs(gauss.reduce((s, w, i) => s + w * nodes[i] ** 14, 0) - 2 / 15) > 1e-6, 'Gauss is not exact at degree 14');
  });

  const cases: Array<{ name: string; source: string; mean: number; std?: number; zeroShare?: number; tolerance: number }> = [
    { name: 'relu', source: 'compare(relu)', mean: 1 / Math.sqrt(2 * Math.PI), std: Math.sqrt(0.5 - 1 / (2 * Math.PI)), zeroShare: 0.5, tolerance: 1e-12 },
    { name: 'tanh', source: 'compare(tanh)', mean: 0, zeroShare: 0, tolerance: 1e-12 },
    { name: 'identity', source: 'compare(identity)', mean: 0, std: 1, zeroShare: 0, tolerance: 1e-12 },
    { name: 'sigmoid', source: 'compare(sigmoid)', mean: 0.5, zeroShare: 0, tolerance: 1e-12 },
    { name: 'selu (the review case)', source: 'compare(selu)', mean: 0, std: 1, zeroShare: 0, tolerance: 1e-9 },
    { name: 'exp, a user function: the lognormal', source: 'compare(x -> exp(x))', mean: Math.exp(0.5), std: Math.sqrt(Math.E ** 2 - Math.E), tolerance: 1e-11 },
    { name: 'a kink between the split points: |X - 0.3|', source: 'compare(x -> abs(x - 0.3))', mean: 0.8335224842344198, tolerance: 1e-11 },
    { name: 'a jump to 0 between the split points: mean φ(0.7), P(f = 0) = Φ(0.7)', source: 'compare(x -> where(x < 0.7, 0, x))', mean: 0.31225393336676127, zeroShare: 0.758036347776927, tolerance: 1e-10 },
    { name: 'hardtanh with moved kinks', source: 'compare(hardtanh(min_val=-0.5, max_val=0.5))', mean: 0, zeroShare: 0, tolerance: 1e-12 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = stats(c.source);
      near(s.mean, c.mean, c.tolerance, 'mean');
      if (c.std !== undefined) near(s.std, c.std, c.tolerance, 'std');
      if (c.zeroShare !== undefined) near(s.zeroShare, c.zeroShare, 5e-5, 'zero share (shown as a percentage to 4 digits)');
    });
  }

  it('selu shows exactly mean 0 and std 1 in the table text', () => {
    const c = last('compare(selu)') as CompareValue;
    assert.deepStrictEqual(c.properties.rows[0].slice(6), [0, 1]);
  });

  it('E[relu(X)²] = 1/2 and the zero share to full precision, directly', () => {
    const relu = (xs: Float64Array) => xs.map((x) => Math.max(0, x));
    const m = normalMoments(relu, [0]);
    near(m.std ** 2 + m.mean ** 2, 0.5, 1e-14, 'E[relu²]');
    near(m.zeroShare, 0.5, 1e-14, 'P(relu = 0)');
    const square = normalMoments((xs) => xs.map((x) => x * x));
    near(square.mean, 1, 1e-14, 'E[X²]');
    near(square.std, Math.sqrt(2), 1e-14, 'sd(X²)');
  });

  it('refines only where needed: a smooth function costs a few thousand evaluations, a kink without a split point stays bounded', () => {
    assert.ok(normalMoments((xs) => xs.map(Math.tanh)).evaluations < 5000);
    const kinked = normalMoments((xs) => xs.map((x) => Math.abs(x - 0.3)));
    assert.ok(kinked.evaluations < 100_000, String(kinked.evaluations));
  });

  it('NaN values give NaN, not a hang', () => {
    const m = normalMoments((xs) => xs.map((x) => (x > 1 ? NaN : x)));
    assert.ok(Number.isNaN(m.mean) && Number.isNaN(m.std));
  });
});

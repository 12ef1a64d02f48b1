import * as assert from 'assert';
import { SeededRng } from '../../../src/core/random/seeded-rng';

/**
 * Expected outputs come from an independent Python implementation of xoshiro128** (following
 * Blackman and Vigna's reference C code) with the same splitmix32 seeding:
 *
 *   M = 0xffffffff; rotl = lambda x, k: ((x << k) | (x >> (32 - k))) & M
 *   seeding: sm = low32(seed) ^ (int32(high32(seed)) * 0x6c078965 mod 2^32); four times:
 *     sm = (sm + 0x9e3779b9) & M; z = sm; z = ((z ^ z >> 16) * 0x85ebca6b) & M
 *     z = ((z ^ z >> 13) * 0xc2b2ae35) & M; state.append(z ^ z >> 16)
 *   step: r = rotl(s1 * 5 & M, 7) * 9 & M; t = s1 << 9 & M; s2 ^= s0; s3 ^= s1; s1 ^= s2;
 *     s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
 */
const KNOWN: Array<[number, number[]]> = [
  [0, [3809008728, 1133695204, 53579671, 2891528803, 139681546, 2203266335]],
  [42, [2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290]],
  [-7, [1865494883, 1807435912, 1821120074, 41063631, 1539821026, 575101844]],
  [2 ** 40 + 3, [1560859707, 4242177860, 583192296, 3219374161, 3199556122, 1694887288]],
];

describe('core/random/seeded-rng', () => {
  for (const [seed, expected] of KNOWN) {
    it(`seed ${seed}: the first 32-bit outputs match the Python reference`, () => {
      const rng = new SeededRng(seed);
      assert.deepStrictEqual(expected.map(() => rng.nextUint32()), expected);
    });
  }

  it('floats (53 bits from two outputs) and the Box–Muller pair match the Python reference', () => {
    const a = new SeededRng(42);
    assert.strictEqual(a.nextFloat(), 0.6606157208001621);
    assert.strictEqual(a.nextFloat(), 0.1117019639532224);
    const b = new SeededRng(42);
    assert.ok(Math.abs(b.nextNormal() - 1.1226591822802088) < 1e-15);
    assert.ok(Math.abs(b.nextNormal() - 0.9491474351894811) < 1e-15);
  });

  it('is deterministic given the seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const r = new SeededRng(seed);
      return Array.from({ length: 20 }, () => r.nextFloat());
    };
    assert.deepStrictEqual(draw(7), draw(7));
    assert.notDeepStrictEqual(draw(7), draw(8));
  });

  it('rejects seeds that are not whole numbers', () => {
    assert.throws(() => new SeededRng(1.5), /whole number/);
    assert.throws(() => new SeededRng(NaN), /whole number/);
  });

  it('uniform floats lie in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = new SeededRng(123);
    const n = 200000;
    let sum = 0;
    let sq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      sum += u;
      sq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / n;
    const variance = sq / n - mean * mean;
    assert.ok(min >= 0 && max < 1);
    // Standard error of the mean is sqrt(1/12 / n) ~ 6.5e-4: allow 5 of them.
    assert.ok(Math.abs(mean - 0.5) < 5 * Math.sqrt(1 / 12 / n), `mean ${mean}`);
    assert.ok(Math.abs(variance - 1 / 12) < 2e-3, `variance ${variance}`);
  });

  it('normals have mean, variance and tail mass of N(mean, sd)', () => {
    const rng = new SeededRng(2024);
    const n = 200000;
    let sum = 0;
    let sq = 0;
    let beyond2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.nextNormal(3, 2);
      sum += z;
      sq += (z - 3) ** 2;
      if (Math.abs(z - 3) > 4) beyond2++;
    }
    assert.ok(Math.abs(sum / n - 3) < 5 * (2 / Math.sqrt(n)), `mean ${sum / n}`);
    assert.ok(Math.abs(sq / n - 4) < 0.05, `variance ${sq / n}`);
    // P(|Z| > 2) = 0.0455 (erfc(sqrt 2)); binomial standard error ~ 4.7e-4.
    assert.ok(Math.abs(beyond2 / n - 0.04550026389635842) < 3e-3, `tail ${beyond2 / n}`);
  });

  it('uniform integers from nextUint32 fill all 16 buckets of the top 4 bits evenly', () => {
    const rng = new SeededRng(99);
    const counts = new Array(16).fill(0);
    const n = 160000;
    for (let i = 0; i < n; i++) counts[rng.nextUint32() >>> 28]++;
    // Chi-square with 15 degrees of freedom: the 99.9% quantile is 37.7.
    const chi2 = counts.reduce((s, c) => s + (c - n / 16) ** 2 / (n / 16), 0);
    assert.ok(chi2 < 37.7, `chi-square ${chi2}`);
  });
});

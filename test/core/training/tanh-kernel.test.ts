/**
 * The training engine's tanh (src/core/training/tanh-kernel.ts): its error against exact values
 * (mpmath, test/core/fixtures/tanh-reference.json), against Math.tanh (an independent
 * implementation), its special values and symmetry, and the WebAssembly SIMD twin bit for bit
 * (Object.is, so -0 and NaN count) on every tail length and across every range boundary.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { LARGE, SMALL, TINY, tanhValueAndSlope } from '../../../src/core/training/tanh-kernel';
import { DenseArena, wasmSimdAvailable } from '../../../src/core/training/wasm/dense-arena';

interface Fixture { rows: [number, number, number][] }
const FIXTURE: Fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'core', 'fixtures', 'tanh-reference.json'), 'utf8'));

/** The spacing of doubles at |v| (the distance to the next one away from zero). */
function ulp(v: number): number {
  const a = Math.abs(v);
  const f = new Float64Array([a]);
  const bits = new BigUint64Array(f.buffer);
  bits[0] += 1n;
  return f[0] - a;
}

function tanhOf(xs: Float64Array): { post: Float64Array; slope: Float64Array } {
  const post = new Float64Array(xs.length);
  const slope = new Float64Array(xs.length);
  tanhValueAndSlope(xs, post, slope, xs.length);
  return { post, slope };
}

const SPECIALS = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1e-310, -2.2250738585072014e-308, 1e-300, 1e300, -1e300, 19.06, 20, -20, 40, 1e-8, -1e-8];

/** Values that reach every range and both sides of each boundary. */
function mixedInputs(count: number, seed: number): Float64Array {
  const rng = new SeededRng(seed);
  const xs = new Float64Array(count);
  const edges = [TINY, SMALL, LARGE, 19.061547465398498, 20];
  for (let i = 0; i < count; i++) {
    const u = rng.nextUniform(0, 1);
    const sign = rng.nextUniform(0, 1) < 0.5 ? -1 : 1;
    if (i < SPECIALS.length) xs[i] = SPECIALS[i];
    else if (u < 0.1) xs[i] = sign * edges[i % edges.length] * (1 + (rng.nextUniform(0, 1) - 0.5) * 1e-15);
    else if (u < 0.4) xs[i] = sign * rng.nextUniform(0, 1);
    else if (u < 0.8) xs[i] = sign * rng.nextUniform(0, 25);
    else xs[i] = sign * 10 ** rng.nextUniform(-300, 0);
  }
  return xs;
}

describe('training tanh kernel', () => {
  /** Worst and mean error in ulps against the exact values, of `values[i]` for the fixture's x. */
  function errors(values: ArrayLike<number>): { worst: number; at: number; mean: number } {
    const rows = FIXTURE.rows;
    let worst = 0;
    let at = 0;
    let sum = 0;
    for (let i = 0; i < rows.length; i++) {
      const [x, nearest, remainder] = rows[i];
      const err = Math.abs((values[i] - nearest) - remainder) / ulp(nearest);
      sum += err;
      if (err > worst) { worst = err; at = x; }
    }
    return { worst, at, mean: sum / rows.length };
  }

  it('is within 2 ulp of the exact tanh at every fixture point, and on average no further than Math.tanh', () => {
    const rows = FIXTURE.rows;
    assert.ok(rows.length > 4000, `fixture has ${rows.length} rows`);
    const ours = errors(tanhOf(Float64Array.from(rows, (r) => r[0])).post);
    const math = errors(rows.map((r) => Math.tanh(r[0])));
    assert.ok(ours.worst < 2, `worst error ${ours.worst.toFixed(3)} ulp at x = ${ours.at}`);
    assert.ok(ours.worst <= math.worst + 0.01, `worst ${ours.worst.toFixed(3)} ulp; Math.tanh's ${math.worst.toFixed(3)}`);
    assert.ok(ours.mean <= math.mean, `mean ${ours.mean.toFixed(4)} ulp; Math.tanh's ${math.mean.toFixed(4)}`);
  });

  it('is within 3 ulp of Math.tanh on 200,000 mixed inputs, and exact where tanh rounds to 0 or ±1', () => {
    const xs = mixedInputs(200000, 11);
    const { post } = tanhOf(xs);
    for (let i = 0; i < xs.length; i++) {
      const m = Math.tanh(xs[i]);
      if (Number.isNaN(m)) { assert.ok(Number.isNaN(post[i]), `tanh(${xs[i]})`); continue; }
      const err = Math.abs(post[i] - m) / ulp(m);
      if (err > 3) assert.fail(`tanh(${xs[i]}) = ${post[i]}, Math.tanh gives ${m} (${err} ulp)`);
      if (Math.abs(xs[i]) > 19.1 || Math.abs(xs[i]) < 1e-9) assert.ok(Object.is(post[i], m), `tanh(${xs[i]}) = ${post[i]}, expected ${m}`);
    }
  });

  it('keeps the special values: tanh(±0) = ±0, tanh(±inf) = ±1, NaN stays NaN; the slope is 1 - tanh²', () => {
    const xs = Float64Array.from(SPECIALS);
    const { post, slope } = tanhOf(xs);
    assert.ok(Object.is(post[0], 0) && Object.is(post[1], -0));
    assert.ok(Number.isNaN(post[2]) && Number.isNaN(slope[2]));
    assert.deepStrictEqual([post[3], post[4], slope[3], slope[4]], [1, -1, 0, 0]);
    assert.ok(Object.is(post[5], 5e-324) && Object.is(post[6], -5e-324));
    for (let i = 0; i < xs.length; i++) if (!Number.isNaN(post[i])) assert.ok(Object.is(slope[i], 1 - post[i] * post[i]), `slope at ${xs[i]}`);
  });

  it('is odd and monotone: tanh(-x) = -tanh(x) bit for bit, non-decreasing over sorted inputs, |tanh| <= 1', () => {
    const xs = mixedInputs(50000, 12).map(Math.abs).filter((x) => !Number.isNaN(x)).sort();
    const { post } = tanhOf(xs);
    const { post: negated } = tanhOf(xs.map((x) => -x));
    for (let i = 0; i < xs.length; i++) {
      assert.ok(Object.is(negated[i], -post[i]), `tanh(-${xs[i]}) = ${negated[i]}, tanh(${xs[i]}) = ${post[i]}`);
      assert.ok(post[i] <= 1, `tanh(${xs[i]}) = ${post[i]}`);
      if (i > 0) assert.ok(post[i] >= post[i - 1], `tanh(${xs[i]}) = ${post[i]} < tanh(${xs[i - 1]}) = ${post[i - 1]}`);
    }
  });

  describe('WebAssembly SIMD twin', () => {
    before(function () {
      if (!wasmSimdAvailable()) this.skip();
    });

    function compare(xs: Float64Array, n: number): void {
      const arena = DenseArena.create(3 * xs.length + 64, 1)!;
      const pre = arena.alloc(xs.length), post = arena.alloc(xs.length), slope = arena.alloc(xs.length);
      pre.set(xs);
      post.fill(7); slope.fill(7);
      arena.tanhValueAndSlope(pre, post, slope, n);
      const js = { post: new Float64Array(xs.length).fill(7), slope: new Float64Array(xs.length).fill(7) };
      tanhValueAndSlope(xs, js.post, js.slope, n);
      for (let i = 0; i < xs.length; i++) {
        if (!Object.is(post[i], js.post[i]) || !Object.is(slope[i], js.slope[i])) {
          assert.fail(`n=${n}, element ${i} (x = ${xs[i]}): wasm gives ${post[i]}, ${slope[i]}; plain JS ${js.post[i]}, ${js.slope[i]}`);
        }
      }
    }

    it('bit-identical to the plain-JS loop on 300,000 mixed inputs', () => {
      compare(mixedInputs(300000, 13), 300000);
    });

    it('bit-identical on every length 0..40 (eight at a time, pairs, a last single) and writes nothing past n', () => {
      const xs = mixedInputs(48, 14);
      for (let n = 0; n <= 40; n++) compare(xs, n);
    });

    it('falls back to the plain-JS loop for arrays outside the arena (same results)', () => {
      const arena = DenseArena.create(64, 1)!;
      const xs = mixedInputs(21, 15);
      const post = new Float64Array(21), slope = new Float64Array(21);
      arena.tanhValueAndSlope(xs, post, slope, 21);
      const js = tanhOf(xs);
      assert.deepStrictEqual([...post], [...js.post]);
      assert.deepStrictEqual([...slope], [...js.slope]);
    });
  });
});

/**
 * The WebAssembly SIMD dense kernels against the plain-JS kernels, bit for bit (Object.is on every
 * element, so -0 and NaN count): many random shapes, odd sizes 1, 3, 17 and batch remainders, and the narrow shapes the kernels specialise (row lanes for 1
 * or 2 outputs, unrolled k for 1 or 2 inputs, one row).
 */
import * as assert from 'assert';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { JS_DENSE_KERNELS } from '../../../src/core/training/dense-backend';
import { DenseArena, wasmSimdAvailable } from '../../../src/core/training/wasm/dense-arena';

const SIZES = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33, 64];

function fill(a: Float64Array, rng: SeededRng, specials: boolean): void {
  for (let i = 0; i < a.length; i++) {
    const u = rng.nextUniform(0, 1);
    a[i] = specials && u < 0.03 ? [0, -0, 1e300, -1e-310, NaN, Infinity][i % 6] : rng.nextNormal(0, 1) * (u < 0.5 ? 1 : 1e-3);
  }
}

function assertSame(actual: Float64Array, expected: Float64Array, what: string): void {
  assert.strictEqual(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) assert.fail(`${what}: element ${i} is ${actual[i]}, plain JS gives ${expected[i]}`);
  }
}

/** One shape: the three kernels through the arena (wasm) and on ordinary arrays (JS), same inputs. */
function compare(n: number, inputs: number, rows: number, rng: SeededRng, specials: boolean): void {
  const wOff = 3;
  const bOff = wOff + rows * inputs + 1;
  const pLen = bOff + rows + 2;
  const arena = DenseArena.create(2 * pLen + n * (2 * inputs + 2 * rows) + 64, rows * inputs)!;
  const p = arena.alloc(pLen), G = arena.alloc(pLen), X = arena.alloc(n * inputs), Z = arena.alloc(n * rows), dZ = arena.alloc(n * rows), dX = arena.alloc(n * inputs);
  fill(p, rng, specials); fill(G, rng, specials); fill(X, rng, specials); fill(dZ, rng, specials); fill(Z, rng, false); fill(dX, rng, false);
  const [jp, jG, jX, jZ, jdZ, jdX] = [p, G, X, Z, dZ, dX].map((a) => new Float64Array(a));
  const shape = `n=${n} inputs=${inputs} rows=${rows}`;
  arena.forward(X, p, p, Z, n, inputs, rows, wOff, bOff);
  JS_DENSE_KERNELS.forward(jX, jp, jp, jZ, n, inputs, rows, wOff, bOff);
  assertSame(Z, jZ, `forward ${shape}`);
  arena.weightGradient(X, dZ, G, n, inputs, rows, wOff, bOff);
  JS_DENSE_KERNELS.weightGradient(jX, jdZ, jG, n, inputs, rows, wOff, bOff);
  assertSame(G, jG, `weight gradient ${shape}`);
  arena.inputGradient(dZ, p, dX, n, inputs, rows, wOff);
  JS_DENSE_KERNELS.inputGradient(jdZ, jp, jdX, n, inputs, rows, wOff);
  assertSame(dX, jdX, `input gradient ${shape}`);
}

describe('dense kernels: WebAssembly SIMD vs plain JS', () => {
  before(function () {
    if (!wasmSimdAvailable()) this.skip();
  });

  it('is available on this Node (WebAssembly.validate accepts the SIMD module)', () => {
    assert.ok(wasmSimdAvailable());
  });

  it('bit-identical on every shape of sizes 1..64 (odd sizes, batch remainders)', () => {
    const rng = new SeededRng(7);
    for (const n of [1, 2, 3, 5, 17, 32]) for (const inputs of SIZES) for (const rows of SIZES) compare(n, inputs, rows, rng, false);
  });

  it('bit-identical with zeros, -0, tiny, huge, NaN and infinite entries', () => {
    const rng = new SeededRng(8);
    for (const n of [1, 3, 17]) for (const inputs of [1, 3, 8, 17]) for (const rows of [1, 3, 9, 17]) compare(n, inputs, rows, rng, true);
  });

  it('bit-identical on the narrow shapes (1 or 2 outputs, 1 or 2 inputs, one row, long batches, remainders)', function () {
    this.timeout(60000);
    const rng = new SeededRng(10);
    const shapes = [[2, 16], [16, 1], [1, 16], [16, 2], [1, 1], [2, 1], [1, 2], [2, 2], [3, 1], [3, 2], [1, 9], [2, 13], [2, 17], [1, 23], [5, 3], [16, 16]];
    let t = 0;
    for (const n of [8, 9, 12, 15, 16, 17, 23, 64, 101, 1000]) for (const [inputs, rows] of shapes) compare(n, inputs, rows, rng, t++ % 3 === 0);
  });

  it('bit-identical on 200 random shapes (up to 130 wide, 260 rows)', function () {
    this.timeout(60000);
    const rng = new SeededRng(9);
    for (let t = 0; t < 200; t++) {
      const pick = (m: number) => 1 + Math.floor(rng.nextUniform(0, m));
      compare(pick(260), pick(130), pick(130), rng, t % 5 === 0);
    }
  });

  it('falls back to plain JS for arrays outside the arena (same results)', () => {
    const arena = DenseArena.create(64, 16)!;
    const rng = new SeededRng(3);
    const X = new Float64Array(6), p = new Float64Array(4 * 3 + 4), Z = new Float64Array(8), jZ = new Float64Array(8);
    fill(X, rng, false); fill(p, rng, false);
    arena.forward(X, p, p, Z, 2, 3, 4, 0, 12);
    JS_DENSE_KERNELS.forward(X, p, p, jZ, 2, 3, 4, 0, 12);
    assertSame(Z, jZ, 'fallback forward');
  });
});

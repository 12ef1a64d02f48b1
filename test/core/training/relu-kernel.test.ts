/**
 * The training engine's relu layer kernel (src/core/training/relu-kernel.ts) against the catalogue's
 * relu (activations/relu.ts, PyTorch's kink convention), and its WebAssembly SIMD twin against it,
 * bit for bit (Object.is: -0, NaN and the infinities count), on every tail length.
 */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { reluValueAndSlope } from '../../../src/core/training/relu-kernel';
import { DenseArena, wasmSimdAvailable } from '../../../src/core/training/wasm/dense-arena';

const SPECIALS = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1e300, -1e300, 1, -1];

function inputs(count: number, seed: number): Float64Array {
  const rng = new SeededRng(seed);
  return Float64Array.from({ length: count }, (_, i) => (i < SPECIALS.length ? SPECIALS[i] : rng.nextNormal(0, 1) * 10 ** rng.nextUniform(-5, 5)));
}

function assertSame(actual: Float64Array, expected: Float64Array, xs: Float64Array, what: string): void {
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) assert.fail(`${what} at x = ${xs[i]}: ${actual[i]}, expected ${expected[i]}`);
  }
}

describe('training relu kernel', () => {
  it("gives the catalogue relu's values and PyTorch-convention slopes bit for bit", () => {
    const xs = inputs(5000, 1);
    const post = new Float64Array(xs.length), slope = new Float64Array(xs.length);
    reluValueAndSlope(xs, post, slope, xs.length);
    const v = new Float64Array(xs.length), d = new Float64Array(xs.length);
    getActivation('relu')!.valueAndDerivativeInto!(xs, v, d, {});
    assertSame(post, v, xs, 'value');
    assertSame(slope, d, xs, 'slope');
    assert.ok(Object.is(post[1], 0) && post[4] === 0 && Number.isNaN(slope[2]) && slope[0] === 0 && slope[9] === 1);
  });

  it('is the kernel a relu layer runs as, but not with another kink convention', () => {
    assert.strictEqual(fromActivationSpec(getActivation('relu')!).kernel, 'relu');
    assert.strictEqual(fromActivationSpec(getActivation('relu')!, { kink: 'right' }).kernel, undefined);
    assert.strictEqual(fromActivationSpec(getActivation('leaky_relu')!).kernel, undefined);
  });

  describe('WebAssembly SIMD twin', () => {
    before(function () {
      if (!wasmSimdAvailable()) this.skip();
    });

    it('bit-identical to the plain loop on every length 0..24 and on 20,000 inputs, writing nothing past n', () => {
      const all = inputs(20000, 2);
      for (const [xs, lengths] of [[all.subarray(0, 24), Array.from({ length: 25 }, (_, n) => n)], [all, [20000]]] as const) {
        const arena = DenseArena.create(3 * xs.length + 64, 1)!;
        for (const n of lengths) {
          const pre = arena.alloc(xs.length), post = arena.alloc(xs.length).fill(7), slope = arena.alloc(xs.length).fill(7);
          pre.set(xs);
          arena.reluValueAndSlope(pre, post, slope, n);
          const jp = new Float64Array(xs.length).fill(7), js = new Float64Array(xs.length).fill(7);
          reluValueAndSlope(xs, jp, js, n);
          assertSame(post, jp, xs, `wasm value, n=${n}`);
          assertSame(slope, js, xs, `wasm slope, n=${n}`);
        }
      }
    });
  });
});

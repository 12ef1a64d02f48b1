import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';

const rrelu = getActivation('rrelu')!;
const noisy = getActivation('noisy_relu')!;

function grid(n: number, a: number, b: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
}

describe('core/activations random activations (seeded)', () => {
  it('rrelu is deterministic by default (eval mode) and random only with training=true', () => {
    assert.strictEqual(rrelu.isRandom(), false);
    assert.strictEqual(rrelu.isRandom({ training: true }), true);
    assert.strictEqual(rrelu.value(-2), -2 * (1 / 8 + 1 / 3) / 2);
  });

  it('rrelu training: per-element slopes in [lower, upper], the same for value and derivative, repeatable by seed', () => {
    const params = { lower: 0.1, upper: 0.3, training: true, seed: 5, kink: 'pytorch' };
    const xs = new Float64Array(20000).fill(-2);
    const v = new Float64Array(xs.length);
    const d = new Float64Array(xs.length);
    rrelu.valueInto(xs, v, params);
    rrelu.derivativeInto(xs, d, params);
    let mean = 0;
    for (let i = 0; i < xs.length; i++) {
      assert.ok(d[i] >= 0.1 && d[i] < 0.3, `slope ${d[i]}`);
      assert.ok(Math.abs(v[i] - -2 * d[i]) < 1e-15, 'value = slope * x');
      mean += d[i] / xs.length;
    }
    // Uniform on [0.1, 0.3]: mean 0.2, standard error 0.2/sqrt(12 * 20000) ~ 4e-4.
    assert.ok(Math.abs(mean - 0.2) < 2e-3, `mean slope ${mean}`);
    const v2 = new Float64Array(xs.length);
    const d2 = new Float64Array(xs.length);
    rrelu.valueAndDerivativeInto(xs, v2, d2, params);
    assert.deepStrictEqual([...v2], [...v]);
    assert.deepStrictEqual([...d2], [...d]);
    rrelu.valueInto(xs, v2, { ...params, seed: 6 });
    assert.notDeepStrictEqual([...v2], [...v]);
    assert.strictEqual(rrelu.derivative(-2, params), d[0], 'the scalar rule uses the first draw');
    assert.strictEqual(rrelu.value(3, params), 3, 'positive inputs are unchanged');
  });

  it('noisy_relu with sigma=0 is relu', () => {
    const relu = getActivation('relu')!;
    for (const x of [-3, -1e-9, 0, 1e-9, 2.5]) {
      assert.strictEqual(noisy.value(x, { sigma: 0 }), relu.value(x));
      assert.strictEqual(noisy.derivative(x, { sigma: 0 }), relu.derivative(x));
    }
    assert.strictEqual(noisy.isRandom({ sigma: 0 }), false);
  });

  it('noisy_relu: the noise is N(0, sigma^2), value and derivative agree element by element, repeatable by seed', () => {
    const params = { sigma: 0.5, seed: 11 };
    const xs = new Float64Array(40000).fill(10); // far above 0: the output is x + noise
    const v = new Float64Array(xs.length);
    const d = new Float64Array(xs.length);
    noisy.valueAndDerivativeInto(xs, v, d, params);
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < xs.length; i++) {
      sum += v[i] - 10;
      sq += (v[i] - 10) ** 2;
      assert.strictEqual(d[i], 1);
    }
    assert.ok(Math.abs(sum / xs.length) < 5 * (0.5 / Math.sqrt(xs.length)), `mean noise ${sum / xs.length}`);
    assert.ok(Math.abs(sq / xs.length - 0.25) < 0.01, `noise variance ${sq / xs.length}`);

    const at = grid(5000, -1, 1);
    const a = new Float64Array(at.length);
    const b = new Float64Array(at.length);
    noisy.valueInto(at, a, params);
    noisy.derivativeInto(at, b, params);
    for (let i = 0; i < at.length; i++) assert.strictEqual(b[i], +(a[i] > 0), `derivative 1 exactly where the output is positive (x = ${at[i]})`);
    const again = new Float64Array(at.length);
    noisy.valueInto(at, again, params);
    assert.deepStrictEqual([...again], [...a]);
    noisy.valueInto(at, again, { ...params, seed: 12 });
    assert.notDeepStrictEqual([...again], [...a]);
  });
});

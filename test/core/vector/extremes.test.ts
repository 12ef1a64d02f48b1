import * as assert from 'assert';
import { getVectorActivation } from '../../../src/core/vector/registry';
import { VectorActivationError } from '../../../src/core/vector/vector-error';

const f64 = (xs: number[]) => Float64Array.from(xs);
const spec = (name: string) => getVectorActivation(name)!;
const value = (name: string, xs: number[], params?: Record<string, number>) => Array.from(spec(name).value(f64(xs), params));
const allNaN = (xs: ArrayLike<number>) => Array.from(xs).every((v) => Number.isNaN(v));

describe('core/vector at extremes, with NaN and infinities, and on bad input', () => {
  it('softmax family: finite and exact at [-1000, 0, 1000] and [1e300, -1e300]', () => {
    // exp(-1000) underflows to 0 in double, so these are the exact doubles.
    assert.deepStrictEqual(value('softmax', [-1000, 0, 1000]), [0, 0, 1]);
    assert.deepStrictEqual(value('softmin', [-1000, 0, 1000]), [1, 0, 0]);
    assert.deepStrictEqual(value('log_softmax', [-1000, 0, 1000]), [-2000, -1000, 0]);
    assert.deepStrictEqual(value('logsumexp', [-1000, 0, 1000]), [1000]);
    assert.deepStrictEqual(value('softmax', [1e300, -1e300]), [1, 0]);
    assert.deepStrictEqual(value('logsumexp', [1e308, 1e308]), [1e308 + Math.LN2]);
    assert.deepStrictEqual(value('logsumexp', [-745, -745]), [-745 + Math.LN2]);
  });

  it('logsumexp: all -inf gives -inf, an empty vector -inf, any +inf gives +inf, NaN propagates', () => {
    assert.deepStrictEqual(value('logsumexp', [-Infinity, -Infinity]), [-Infinity]);
    assert.deepStrictEqual(value('logsumexp', []), [-Infinity]);
    assert.deepStrictEqual(value('logsumexp', [1, Infinity, -Infinity]), [Infinity]);
    assert.deepStrictEqual(value('logsumexp', [-Infinity, 0]), [0]);
    assert.ok(Number.isNaN(value('logsumexp', [Infinity, NaN, 1])[0]));
    // The gradient at a single +inf is the one-hot limit of softmax.
    assert.deepStrictEqual(Array.from(spec('logsumexp').jacobian(f64([Infinity, 3]))[0]), [1, 0]);
  });

  it('softmax with +inf entries: they share the weight (the limit), -inf entries get 0', () => {
    assert.deepStrictEqual(value('softmax', [Infinity, 1, -Infinity]), [1, 0, 0]);
    assert.deepStrictEqual(value('softmax', [Infinity, 1, Infinity, 2]), [0.5, 0, 0.5, 0]);
    assert.deepStrictEqual(value('softmin', [-Infinity, 1, 2]), [1, 0, 0]);
    assert.deepStrictEqual(value('log_softmax', [Infinity, 1, Infinity]), [-Math.LN2, -Infinity, -Math.LN2]);
    assert.deepStrictEqual(value('softmax', [-Infinity, 0]), [0, 1]);
    assert.deepStrictEqual(value('log_softmax', [-Infinity, 0]), [-Infinity, 0]);
  });

  it('softmax of all -inf has no mass: NaN, as in torch', () => {
    assert.ok(allNaN(value('softmax', [-Infinity, -Infinity])));
    assert.ok(allNaN(value('log_softmax', [-Infinity, -Infinity])));
  });

  it('NaN anywhere makes the whole softmax, log_softmax, softmin and their Jacobians NaN', () => {
    for (const name of ['softmax', 'log_softmax', 'softmin']) {
      const xs = [1, NaN, 3];
      assert.ok(allNaN(value(name, xs)), name);
      assert.ok(spec(name).jacobian(f64(xs)).every(allNaN), name + ' Jacobian');
      assert.ok(allNaN(spec(name).vjp(f64(xs), f64([1, 0, 0]))), name + ' vjp');
    }
  });

  it('glu: stable at ±1000 and NaN stays in its own output', () => {
    assert.deepStrictEqual(value('glu', [2, -3, 1000, -1000]), [2, -0]);
    const y = value('glu', [NaN, 1, 0, 0]);
    assert.ok(Number.isNaN(y[0]));
    assert.strictEqual(y[1], 0.5);
    const j = spec('glu').jacobian(f64([5, 1000]));
    assert.deepStrictEqual(Array.from(j[0]), [1, 0]);
  });

  it('maxout: the gradient goes to the FIRST maximal entry of each group; a NaN wins its group', () => {
    assert.deepStrictEqual(value('maxout', [3, 3, 1, 2, 2, 2], { k: 3 }), [3, 2]);
    assert.deepStrictEqual(
      spec('maxout').jacobian(f64([3, 3, 1, 2, 2, 2]), { k: 3 }).map((r) => Array.from(r)),
      [
        [1, 0, 0, 0, 0, 0],
        [0, 0, 0, 1, 0, 0],
      ],
    );
    const y = value('maxout', [1, NaN, 5, 2], { k: 2 });
    assert.ok(Number.isNaN(y[0]));
    assert.strictEqual(y[1], 5);
    assert.deepStrictEqual(Array.from(spec('maxout').vjp(f64([1, NaN, 5, 2]), f64([7, 9]), { k: 2 })), [0, 7, 9, 0]);
    assert.deepStrictEqual(value('maxout', [-Infinity, -Infinity, Infinity, 1], { k: 2 }), [-Infinity, Infinity]);
  });

  it('maxout: a length that is not a multiple of k, or a bad k, is a clear error', () => {
    assert.throws(
      () => spec('maxout').value(f64([1, 2, 3, 4, 5]), { k: 2 }),
      (e: unknown) => e instanceof VectorActivationError && e.activation === 'maxout' && /length 5 is not a multiple of k = 2/.test(e.message),
    );
    assert.throws(() => spec('maxout').value(f64([1, 2]), { k: 1.5 }), /maxout: k must be a positive integer, got 1.5/);
    assert.throws(() => spec('maxout').value(f64([1, 2]), { k: 0 }), /positive integer, got 0/);
    assert.throws(() => spec('maxout').outputLength(7, { k: 3 }), /length 7 is not a multiple of k = 3/);
    assert.strictEqual(spec('maxout').outputLength(6), 3, 'k defaults to 2');
  });

  it('glu: an odd length is a clear error', () => {
    assert.throws(
      () => spec('glu').value(f64([1, 2, 3])),
      (e: unknown) => e instanceof VectorActivationError && /glu: the input length must be even .* length 3/.test(e.message),
    );
    assert.throws(() => spec('glu').jacobian(f64([1])), /must be even/);
  });

  it('wrong output and gradient sizes are clear errors', () => {
    assert.throws(() => spec('softmax').valueInto(f64([1, 2, 3]), new Float64Array(2)), /softmax: the output has room for 2 entries, 3 needed/);
    assert.throws(() => spec('glu').vjp(f64([1, 2, 3, 4]), f64([1])), /glu: the output gradient has 1 entries, but the output of a length-4 input has 2/);
    assert.throws(() => spec('softmax').vjpInto(f64([1, 2]), f64([1, 1]), new Float64Array(1)), /input gradient has room for 1 entries, 2 needed/);
    assert.throws(() => spec('softmax').value([1, 2] as unknown as Float64Array), /must be a Float64Array or Float32Array/);
  });

  it('empty vectors: empty outputs (logsumexp: -inf)', () => {
    for (const name of ['softmax', 'log_softmax', 'softmin', 'glu', 'maxout']) assert.deepStrictEqual(value(name, []), [], name);
  });
});

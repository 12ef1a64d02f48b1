/**
 * The 1-D slices the charts of the vector activations draw, against closed forms written here from
 * Math alone (sigmoid, softplus, silu, relu and their derivatives), with the slice each caption names.
 */
import * as assert from 'assert';
import { getVectorActivation, listVectorActivations } from '../../../src/core/vector/registry';
import { vectorChartFunction } from '../../../src/core/vector/vector-chart-slice';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

/** name → [the caption's closed form, its derivative, what the caption must say]. */
const CLOSED_FORMS: Record<string, [(x: number) => number, (x: number) => number, RegExp]> = {
  softmax: [sigmoid, (x) => sigmoid(x) * (1 - sigmoid(x)), /^softmax\(\[x, 0\]\)\[0\] = sigmoid\(x\)/],
  log_softmax: [(x) => -softplus(-x), (x) => 1 - sigmoid(x), /^log_softmax\(\[x, 0\]\)\[0\] = logsigmoid\(x\)/],
  softmin: [(x) => sigmoid(-x), (x) => -sigmoid(x) * (1 - sigmoid(x)), /^softmin\(\[x, 0\]\)\[0\] = sigmoid\(-x\)/],
  logsumexp: [softplus, sigmoid, /^logsumexp\(\[x, 0\]\) = softplus\(x\)/],
  glu: [(x) => x * sigmoid(x), (x) => sigmoid(x) * (1 + x * (1 - sigmoid(x))), /^glu\(\[x, x\]\)\[0\] = x \* sigmoid\(x\) = silu\(x\)/],
  maxout: [(x) => Math.max(x, 0), (x) => (x >= 0 ? 1 : 0), /^maxout\(\[x, 0\]\)\[0\] = max\(x, 0\) = relu\(x\)/],
};

function grid(): Float64Array {
  return Float64Array.from({ length: 161 }, (_, i) => -4 + i * 0.05);
}

describe('core/vector chart slices', () => {
  it('every vector activation has a closed form here (a new one needs its own row)', () => {
    assert.deepStrictEqual(listVectorActivations().map((s) => s.name).sort(), Object.keys(CLOSED_FORMS).sort());
  });

  for (const [name, [f, df, caption]] of Object.entries(CLOSED_FORMS)) {
    it(`${name}: value and derivative along the slice match the caption's closed form`, () => {
      const slice = vectorChartFunction(getVectorActivation(name)!);
      assert.match(slice.caption, caption);
      const xs = grid();
      const ys = new Float64Array(xs.length);
      const dys = new Float64Array(xs.length);
      slice.valueInto(xs, ys);
      slice.derivativeInto(xs, dys);
      for (let i = 0; i < xs.length; i++) {
        assert.ok(Math.abs(ys[i] - f(xs[i])) <= 1e-14 * Math.max(1, Math.abs(f(xs[i]))), `${name}(${xs[i]}) = ${ys[i]}, closed form ${f(xs[i])}`);
        assert.ok(Math.abs(dys[i] - df(xs[i])) <= 1e-14, `${name}'(${xs[i]}) = ${dys[i]}, closed form ${df(xs[i])}`);
      }
    });
  }

  it('maxout with k = 3 pads the slice to [x, 0, 0]: the same relu curve', () => {
    const slice = vectorChartFunction(getVectorActivation('maxout')!);
    assert.strictEqual(slice.inputText({ k: 3 }), '[x, 0, 0]');
    assert.strictEqual(slice.inputText(), '[x, 0]');
    const xs = Float64Array.from([-2, -0.5, 0.5, 3]);
    const ys = new Float64Array(4);
    const dys = new Float64Array(4);
    slice.valueInto(xs, ys, { k: 3 });
    slice.derivativeInto(xs, dys, { k: 3 });
    assert.deepStrictEqual([...ys], [0, 0, 0.5, 3]);
    assert.deepStrictEqual([...dys], [0, 0, 1, 1]);
  });

  it('works on Float32Array samples too (what a renderer may pass)', () => {
    const slice = vectorChartFunction(getVectorActivation('softmax')!);
    const xs = Float32Array.from([0, 1]);
    const ys = new Float32Array(2);
    slice.valueInto(xs, ys);
    assert.strictEqual(ys[0], Math.fround(0.5));
    assert.strictEqual(ys[1], Math.fround(sigmoid(1)));
  });
});

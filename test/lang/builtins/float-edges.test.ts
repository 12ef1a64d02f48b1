/** Issue 11: sequences at the edges of float64 are computed without overflow; a range that cannot be sampled is a clear error. */
import * as assert from 'assert';
import { linspaceItems, rangeCount } from '../../../src/lang/builtins/sequence-builtins';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { parseProgram } from '../../../src/lang/syntax/parser';
import { KernelSession } from '../../../src/kernel/session';
import { chartPayload } from '../../../src/kernel/output-items';
import type { PlotValue, Value } from '../../../src/lang/runtime/values';

function value(source: string): Value {
  const evaluator = new Evaluator();
  let last: Value | undefined;
  for (const s of parseProgram(source).statements) last = evaluator.execute(s);
  return last!;
}
const items = (source: string) => {
  const v = value(source);
  assert.strictEqual(v.kind, 'vector');
  return Array.from((v as { items: Float64Array }).items);
};

describe('lang/builtins: sequences at the edges of float64 (issue 11)', () => {
  const exact: Array<{ name: string; source: string; expected: number[] }> = [
    { name: 'linspace(-1e308, 1e308, 5)', source: 'linspace(-1e308, 1e308, 5)', expected: [-1e308, -5e307, 0, 5e307, 1e308] },
    { name: 'linspace(1e308, -1e308, 3)', source: 'linspace(1e308, -1e308, 3)', expected: [1e308, 0, -1e308] },
    { name: 'linspace(-1.7e308, 1.7e308, 3)', source: 'linspace(-1.7e308, 1.7e308, 3)', expected: [-1.7e308, 0, 1.7e308] },
    { name: 'ordinary linspace unchanged: linspace(-4, 4, 9)', source: 'linspace(-4, 4, 9)', expected: [-4, -3, -2, -1, 0, 1, 2, 3, 4] },
    { name: 'ordinary linspace unchanged: linspace(0, 1, 5)', source: 'linspace(0, 1, 5)', expected: [0, 0.25, 0.5, 0.75, 1] },
    { name: 'range(-1e308, 1e308, 1e308): two items, b excluded', source: 'range(-1e308, 1e308, 1e308)', expected: [-1e308, 0] },
    { name: 'range(1e308, -1e308, -1e308)', source: 'range(1e308, -1e308, -1e308)', expected: [1e308, 0] },
    { name: 'range(-1e308, 1e308, 5e307)', source: 'range(-1e308, 1e308, 5e307)', expected: [-1e308, -5e307, 0, 5e307] },
    { name: 'ordinary range unchanged', source: 'range(0, 1, 0.25)', expected: [0, 0.25, 0.5, 0.75] },
  ];
  for (const c of exact) {
    it(c.name, () => assert.deepStrictEqual(items(c.source), c.expected));
  }

  it('range(-1e308, 1e308, 1e307): 20 finite items, each within an ulp of a + i·step', () => {
    const xs = items('range(-1e308, 1e308, 1e307)');
    assert.strictEqual(xs.length, 20);
    assert.strictEqual(rangeCount(-1e308, 1e308, 1e307), 20);
    // a + i·step exactly, in integers (every double this large is an integer).
    const a = BigInt(-1e308);
    const step = BigInt(1e307);
    xs.forEach((x, i) => {
      const exactValue = a + BigInt(i) * step;
      const err = BigInt(x) - exactValue;
      const abs = err < 0n ? -err : err;
      const scale = exactValue < 0n ? -exactValue : exactValue;
      assert.ok(abs * 2n ** 52n <= 2n * (scale === 0n ? 1n : scale) || abs < BigInt(1e292), `item ${i}: ${x}`);
    });
  });

  it('linspace(0, 1e303, 1e6): every item finite, within an ulp of 1e303·i/999999 (checked exactly in integers)', () => {
    const xs = linspaceItems(0, 1e303, 1_000_000);
    const b = BigInt(1e303);
    const last = 999_999n;
    for (let i = 0; i < xs.length; i += 997) {
      assert.ok(Number.isFinite(xs[i]), `item ${i}`);
      if (i === 0) continue;
      const got = BigInt(xs[i]) * last; // exact: xs[i] is an integer
      const want = b * BigInt(i);
      const err = got > want ? got - want : want - got;
      assert.ok(err * 2n ** 52n <= 2n * want, `item ${i}: ${xs[i]}`);
    }
    assert.strictEqual(xs[xs.length - 1], 1e303);
  });

  describe('display ranges', () => {
    it('plot(relu, range=[-1e308, 1e308], samples=5): a clear error at the range (its width overflows)', () => {
      assert.throws(() => value('plot(relu, range=[-1e308, 1e308], samples=5)'), /^LangError: plot: range \[-1e\+308, 1e\+308\] cannot be sampled: its width is beyond the largest number/);
    });
    it('plot(relu, range=[-8e307, 8e307], samples=5): finite x everywhere, no null in the payload', () => {
      const plot = value('plot(relu, range=[-8e307, 8e307], samples=5)') as PlotValue;
      const payload = chartPayload(plot);
      assert.ok(payload.x.every((x) => typeof x === 'number' && Number.isFinite(x)), JSON.stringify(payload.x));
      assert.deepStrictEqual([payload.x[0], payload.x[payload.x.length - 1]], [-8e307, 8e307]);
    });
    it('compare and describe refuse the same range', () => {
      assert.throws(() => value('compare(relu, gelu, range=[-1e308, 1e308])'), /cannot be sampled/);
    });
  });

  describe('-0 prints the same in text and JSON', () => {
    const cases: Array<{ name: string; source: string; text: string; json: unknown }> = [
      { name: 'negative zero', source: '-0', text: '-0', json: '-0' },
      { name: 'a product giving -0', source: '0 * -1', text: '-0', json: '-0' },
      { name: 'positive zero', source: '0', text: '0', json: 0 },
      { name: 'a vector with -0', source: '[0, -0, 1] * 1', text: '[0, -0, 1]', json: [0, '-0', 1] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const result = new KernelSession().executeSync(c.source);
        const items = result.outputs[0].items;
        assert.strictEqual(items.find((i) => i.mime === 'text/plain')?.data, c.text);
        assert.deepStrictEqual(items.find((i) => i.mime === 'application/json')?.data, c.json);
        assert.deepStrictEqual(JSON.parse(JSON.stringify(items.find((i) => i.mime === 'application/json')?.data)), c.json, 'survives JSON');
      });
    }
  });
});

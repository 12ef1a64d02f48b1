/**
 * A derivative that cannot be had never fails a display: plot, table, compare and describe draw or
 * list the function itself and say in a note why its derivative is missing, whether d refuses the
 * function outright (d(relu, 2)′) or only fails once it runs (x -> mean(x), x -> [x][0]). A limit
 * met while computing a derivative (too much work) still stops the statement.
 */
import * as assert from 'assert';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import type { CompareValue, DescribeValue, PlotValue, TableValue } from '../../../src/lang/runtime/values';
import { errorOf, last } from '../lang-helpers';

const cases = [
  { fn: 'x -> mean(x)', why: /cannot differentiate through mean: it has no derivative rule/, values: (x: number) => x },
  { fn: 'x -> [x][0]', why: /this vector depends on the variable/, values: (x: number) => x },
  { fn: 'x -> sum([x, 2 * x])', why: /this vector depends on the variable/, values: (x: number) => 3 * x },
];

describe('lang: displays note a derivative that cannot be had', () => {
  for (const c of cases) {
    it(`plot(${c.fn}) draws the function, with a note for its derivative`, () => {
      const p = last(`plot(${c.fn}, samples=5)`) as PlotValue;
      assert.strictEqual(p.kind, 'plot');
      assert.deepStrictEqual(p.series.map((s) => s.order), [0]);
      assert.deepStrictEqual([...p.series[0].y], [...p.x].map(c.values));
      assert.strictEqual(p.notes.length, 1);
      assert.ok(p.notes[0].startsWith(`${c.fn}′ not shown: `), p.notes[0]);
      assert.match(p.notes[0], c.why);
    });

    it(`table(${c.fn}) lists the values, with a note for the derivative column`, () => {
      const t = last(`table(${c.fn}, at=[-1, 2])`) as TableValue;
      assert.strictEqual(t.kind, 'table');
      assert.deepStrictEqual(t.columns, ['x', `(${c.fn})(x)`]);
      assert.deepStrictEqual(t.rows, [[-1, c.values(-1)], [2, c.values(2)]]);
      assert.match(t.notes[0], c.why);
    });

    it(`compare(${c.fn}, relu) and describe(${c.fn}) keep the function and note the derivative`, () => {
      const cmp = last(`compare(${c.fn}, relu)`) as CompareValue;
      assert.strictEqual(cmp.kind, 'compare');
      assert.deepStrictEqual(cmp.plot.series.map((s) => `${s.label}:${s.order}`), [`${c.fn}:0`, 'relu:0', 'relu:1']);
      assert.ok(cmp.plot.notes.some((n) => c.why.test(n)), cmp.plot.notes.join('\n'));
      const desc = last(`describe(${c.fn})`) as DescribeValue;
      assert.strictEqual(desc.kind, 'describe');
      assert.ok(desc.plot && desc.plot.series.some((s) => s.order === 0));
      assert.ok(desc.plot.notes.some((n) => c.why.test(n)), desc.plot.notes.join('\n'));
    });
  }

  it('plot(x -> [x][0] * x, derivative=2): f′ and f″ are both missing, each with its note', () => {
    const p = last('plot(x -> [x][0] * x, derivative=2, samples=3)') as PlotValue;
    assert.deepStrictEqual(p.series.map((s) => s.order), [0]);
    assert.strictEqual(p.notes.length, 2);
    assert.ok(p.notes[0].startsWith('x -> [x][0] * x′ not shown') && p.notes[1].startsWith('x -> [x][0] * x″ not shown'), p.notes.join('\n'));
  });

  it('only the derivative of order 3 of relu is missing in plot(d(relu), derivative=2): d(relu)″ is d(relu, 3)', () => {
    const p = last('plot(d(relu), derivative=2, samples=3)') as PlotValue;
    assert.deepStrictEqual(p.series.map((s) => s.order), [0, 1]);
    assert.match(p.notes[0], /^d\(relu\)″ not shown: .*third derivatives of relu are not available/);
  });

  it('a limit met while computing the derivative still stops the statement', () => {
    // The value is one call on the whole vector (a few steps); the derivative runs point by point.
    const source = 'f(x) = x * tanh(x) * sigmoid(x)\nplot(f, samples=2000)';
    const ok = last(source, new Evaluator({ maxSteps: 200_000 })) as PlotValue;
    assert.deepStrictEqual(ok.series.map((s) => s.order), [0, 1]);
    const error = errorOf(source, { maxSteps: 5_000 });
    assert.match(error.message, /^too much work: more than 5,000 steps in one statement/);
    assert.deepStrictEqual([error.span.line, error.span.column], [2, 1]);
  });
});

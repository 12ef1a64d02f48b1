/**
 * The session's kink convention (the setting activationLab.derivatives.kinkConvention): the
 * derivative at a kink when a call gives no kink= keyword, in calls, d(...), and the derivative
 * series of plot, table and compare. References are the one-sided slopes of the closed forms:
 * relu = max(0, x) has slope 0 left of 0 and 1 right of it; leaky_relu(negative_slope=0.2) has 0.2
 * and 1; PyTorch autograd gives relu'(0) = 0 and leaky_relu'(0) = negative_slope (docs/reference-fixtures.md).
 */
import * as assert from 'assert';
import type { KinkConvention } from '../../src/core/activations/kink';
import { KernelSession } from '../../src/kernel/session';
import { Evaluator } from '../../src/lang/runtime/evaluator';
import type { PlotValue, TableValue } from '../../src/lang/runtime/values';
import { last } from '../lang/lang-helpers';

/** The number a one-statement cell shows (its application/json item). */
function numberFrom(session: KernelSession, source: string): number {
  const result = session.executeSync(source);
  assert.ok(result.ok, `${source}: ${result.error?.message}`);
  const item = result.outputs[result.outputs.length - 1].items.find((i) => i.mime === 'application/json');
  assert.ok(item, `${source} shows a JSON item`);
  assert.strictEqual(typeof item.data, 'number');
  return item.data as number;
}

interface ConventionCase {
  convention: KinkConvention;
  relu: number;
  leaky: number;
}

const CASES: ConventionCase[] = [
  { convention: 'pytorch', relu: 0, leaky: 0.2 },
  { convention: 'left', relu: 0, leaky: 0.2 },
  { convention: 'right', relu: 1, leaky: 1 },
  { convention: 'mean', relu: 0.5, leaky: 0.6 },
];

describe('kernel: the kink convention of a session (activationLab.derivatives.kinkConvention)', () => {
  for (const c of CASES) {
    describe(`kinkConvention "${c.convention}"`, () => {
      const session = new KernelSession({ kinkConvention: c.convention });
      it(`d(relu)(0) is ${c.relu}`, () => assert.strictEqual(numberFrom(session, 'd(relu)(0)'), c.relu));
      it(`d(leaky_relu)(0, negative_slope=0.2) is ${c.leaky}`, () => assert.ok(Math.abs(numberFrom(session, 'd(leaky_relu)(0, negative_slope=0.2)') - c.leaky) < 1e-15));
      it('reaches activations bound with keywords, user functions, lambdas and second derivatives', () => {
        assert.ok(Math.abs(numberFrom(session, 'lr = leaky_relu(negative_slope=0.2)\nd(lr)(0)') - c.leaky) < 1e-15);
        assert.strictEqual(numberFrom(session, 'g(x) = 3 * relu(x)\nd(g)(0)'), 3 * c.relu);
        assert.strictEqual(numberFrom(session, 'd(x -> relu(x))(0)'), c.relu);
        assert.strictEqual(numberFrom(session, 'd(relu, 2)(1)'), 0);
      });
      it('an explicit kink= keyword wins over the setting', () => {
        assert.strictEqual(numberFrom(session, 'd(relu)(0, kink="right")'), 1);
        assert.strictEqual(numberFrom(session, 'd(relu(kink="left"))(0)'), 0);
        assert.strictEqual(numberFrom(session, 'd(relu)(0, kink="mean")'), 0.5);
      });
      it('values do not change, and away from the kink nothing does', () => {
        assert.strictEqual(numberFrom(session, 'relu(0)'), 0);
        assert.strictEqual(numberFrom(session, 'd(relu)(-0.5)'), 0);
        assert.strictEqual(numberFrom(session, 'd(relu)(0.5)'), 1);
      });
      it('the derivative series of plot, table and compare use it', () => {
        const evaluator = new Evaluator({ kinkConvention: c.convention });
        const plot = last('plot(relu, range=[-1, 1], samples=3)', evaluator) as PlotValue;
        // A chart leaves a gap where the slope jumps, whatever the convention (plot-gaps.ts), for relu
        // and for a user function built on it alike; the table shows the convention's value.
        const slope = plot.series.find((s) => s.order === 1);
        assert.deepStrictEqual([...slope!.y], [0, NaN, 1]);
        const table = last('table(relu, at=[0])', evaluator) as TableValue;
        assert.deepStrictEqual(table.rows[0], [0, 0, c.relu]);
        // The label stays "relu": the setting is not a keyword the user wrote.
        assert.deepStrictEqual(plot.labels, ['relu']);
        const userPlot = last('plot(x -> 2 * relu(x), range=[-1, 1], samples=3)', evaluator) as PlotValue;
        assert.deepStrictEqual([...userPlot.series.find((s) => s.order === 1)!.y], [0, NaN, 2]);
        const userTable = last('table(x -> 2 * relu(x), at=[0])', evaluator) as TableValue;
        assert.deepStrictEqual(userTable.rows[0], [0, 0, 2 * c.relu]);
      });
    });
  }

  it('a session without the option is PyTorch’s', () => {
    assert.strictEqual(numberFrom(new KernelSession(), 'd(relu)(0)'), 0);
  });
});

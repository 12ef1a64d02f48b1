import * as assert from 'assert';
import { derivativeSeriesName } from '../../../src/lang/builtins/plot';
import { KernelSession } from '../../../src/kernel/session';
import type { ChartPayloadV1 } from '../../../src/shared/chart-payload';
import { MIME_CHART } from '../../../src/shared/mime-types';

describe('plot: what each derivative series is called', () => {
  it('f′ for a function, and what it is for a derivative of one', () => {
    assert.strictEqual(derivativeSeriesName('f', 1), 'f′');
    assert.strictEqual(derivativeSeriesName('f', 2), 'f″');
    assert.strictEqual(derivativeSeriesName('d(f)', 1), 'd(f)′ = f″');
    assert.strictEqual(derivativeSeriesName('d(f)', 2), 'd(f)″ = f‴');
    assert.strictEqual(derivativeSeriesName('d(d(f))', 2), 'd(d(f))″ = f⁽⁴⁾');
    // Not one balanced pair: left as asked.
    assert.strictEqual(derivativeSeriesName('d(f)(x) + d(g)', 1), 'd(f)(x) + d(g)′');
  });

  it('f(x) = x^3; plot(f, d(f)): the f′ panel says f′ and d(f)′ = f″, the f panel keeps the labels', () => {
    const r = new KernelSession().executeSync('f(x) = x^3\nplot(f, d(f))');
    assert.ok(r.ok, JSON.stringify(r.error));
    const chart = r.outputs[0].items.find((i) => i.mime === MIME_CHART)?.data as ChartPayloadV1;
    assert.deepStrictEqual(chart.series.map((s) => [s.label, s.order, s.name]), [['f', 0, undefined], ['f', 1, 'f′'], ['d(f)', 0, undefined], ['d(f)', 1, 'd(f)′ = f″']]);
  });
});

import * as assert from 'assert';
import { KernelSession } from '../../../src/kernel/session';
import { sliderValues } from '../../../src/lang/builtins/slider';
import { validateChartPayload, type ChartPayloadV1 } from '../../../src/shared/chart-payload';
import { MIME_CHART } from '../../../src/shared/mime-types';

function chartOf(source: string): ChartPayloadV1 {
  const r = new KernelSession().executeSync(source);
  assert.ok(r.ok, JSON.stringify(r.error));
  const payload = r.outputs[0].items.find((i) => i.mime === MIME_CHART)?.data as ChartPayloadV1;
  assert.ok(validateChartPayload(JSON.parse(JSON.stringify(payload))).ok);
  return payload;
}

describe('slider: a parameter to drag in a plot', () => {
  it('has 21 positions from min to max, or one per step with max included', () => {
    const v = sliderValues(0, 0.5);
    assert.strictEqual(v.length, 21);
    assert.deepStrictEqual([v[0], v[10], v[20]], [0, 0.25, 0.5]);
    assert.deepStrictEqual(sliderValues(0, 1, 0.25), [0, 0.25, 0.5, 0.75, 1]);
    assert.deepStrictEqual(sliderValues(0, 1, 0.3), [0, 0.3, 0.6, 0.9, 1]);
  });

  it('plot(leaky_relu, slider("negative_slope", 0, 0.5)): every position\'s curve and derivative', () => {
    const p = chartOf('plot(leaky_relu, slider("negative_slope", 0, 0.5), samples=5)');
    assert.ok(p.slider);
    assert.strictEqual(p.slider.name, 'negative_slope');
    assert.strictEqual(p.slider.frames.length, 21);
    // The default 0.01 is nearest position 0 (0), which the static chart shows.
    assert.strictEqual(p.slider.initial, 0);
    const at = (k: number) => p.slider!.frames[k];
    const xm4 = at(10).x.indexOf(-4);
    assert.strictEqual(at(10).y[0][xm4], -4 * 0.25, 'value at x = -4 with slope 0.25');
    assert.strictEqual(at(20).y[1][xm4], 0.5, 'derivative at x = -4 with slope 0.5');
    assert.deepStrictEqual(p.series.map((s) => s.label), ['leaky_relu', 'leaky_relu']);
  });

  it('a user function\'s keyword parameter can be dragged too; a function without it stays put', () => {
    const p = chartOf('f(x, a=1) = a * x\nplot(f, relu, slider("a", 0, 2, step=1), samples=3)');
    assert.deepStrictEqual(p.slider!.values, [0, 1, 2]);
    assert.strictEqual(p.slider!.initial, 1);
    const last = p.slider!.frames[2];
    assert.deepStrictEqual(last.y[0], [-8, 0, 8]);
    assert.deepStrictEqual(last.y[2], p.slider!.frames[0].y[2], 'relu is the same at every position');
  });

  it('says what is wrong: no function takes the parameter, min not below max, too many positions', () => {
    const s = new KernelSession();
    assert.match(s.executeSync('plot(gelu, slider("nope", 0, 1))').error!.message, /no plotted function takes a parameter 'nope'/);
    assert.match(s.executeSync('slider("a", 1, 0)').error!.message, /min must be below max/);
    assert.match(s.executeSync('slider("a", 0, 1, step=0.001)').error!.message, /at most 101/);
    assert.match(s.executeSync('slider(1, 0, 1)').error!.message, /name must be/);
  });
});

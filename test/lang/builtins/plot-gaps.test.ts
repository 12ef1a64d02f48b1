/**
 * Charts leave a gap where a series jumps at a kink of the function (plot-gaps.ts), checked on the
 * chart payload the renderer receives (null = gap). The jumps are those of the closed forms:
 * relu′ steps from 0 to 1 at 0 while relu is continuous; heaviside steps at 0; threshold(x) = x for
 * x > t, else v, jumps by t - v at t; elu with alpha = 1 has a continuous slope and a second
 * derivative that drops from 1 to 0 at 0; hardtanh's kinks move with min_val and max_val; a user
 * function's jumps are found by bisection (relu(x - 0.123)′ at 0.123, a where step at 0.3) while a
 * steep continuous rise (tanh(1000 x)) gets none.
 */
import * as assert from 'assert';
import { chartPayload } from '../../../src/kernel/output-items';
import type { PlotValue } from '../../../src/lang/runtime/values';
import { last } from '../lang-helpers';

interface Payload {
  x: number[];
  series: Array<{ label: string; order: number; y: Array<number | null> }>;
}

function payloadOf(source: string): Payload {
  const v = last(source);
  assert.strictEqual(v.kind, 'plot');
  return chartPayload(v as PlotValue) as unknown as Payload;
}

/** The x of every null of the series of that order. */
function gaps(p: Payload, order: number, label?: string): number[] {
  const s = p.series.find((t) => t.order === order && (label === undefined || t.label === label));
  assert.ok(s, `a series of order ${order}`);
  return s.y.flatMap((y, i) => (y === null ? [p.x[i]] : []));
}

describe('lang: chart gaps at jumps', () => {
  it('relu′ has a gap at 0 between 0 and 1; relu has none', () => {
    const p = payloadOf('plot(relu)');
    assert.deepStrictEqual(gaps(p, 1), [0]);
    assert.deepStrictEqual(gaps(p, 0), []);
    const i = p.x.indexOf(0);
    const slope = p.series.find((s) => s.order === 1)!.y;
    assert.deepStrictEqual([slope[i - 1], slope[i + 1]], [0, 1]);
  });

  it('the sample points stay: -4, 1 and 4 are among them, 401 on the default range, increasing', () => {
    const p = payloadOf('plot(relu, gelu, sigmoid, tanh)');
    assert.strictEqual(p.x.length, 401);
    for (const x of [-4, 1, 4]) assert.ok(p.x.includes(x), `${x} is a sample`);
    for (let i = 1; i < p.x.length; i++) assert.ok(p.x[i] > p.x[i - 1]);
    assert.deepStrictEqual(gaps(p, 0, 'gelu'), []);
    assert.deepStrictEqual(gaps(p, 1, 'gelu'), []);
    assert.deepStrictEqual(gaps(p, 1, 'relu'), [0]);
  });

  it('a function that jumps gets a gap in its value: heaviside at 0, threshold(threshold=1, value=-1) at 1', () => {
    assert.deepStrictEqual(gaps(payloadOf('plot(heaviside)'), 0), [0]);
    const t = payloadOf('plot(threshold(threshold=1, value=-1))');
    assert.deepStrictEqual(gaps(t, 0), [1]);
    assert.deepStrictEqual(gaps(t, 1), [1]);
    // threshold with value = threshold is continuous (relu at the defaults): its value has no gap.
    assert.deepStrictEqual(gaps(payloadOf('plot(threshold(threshold=1, value=1))'), 0), []);
  });

  it('a kink between two samples becomes a sample: threshold at 0.123 on 11 points of [-1, 1]', () => {
    const p = payloadOf('plot(threshold(threshold=0.123, value=-1), range=[-1, 1], samples=11)');
    assert.strictEqual(p.x.length, 12);
    assert.ok(p.x.includes(0.123) && p.x.includes(-1) && p.x.includes(1));
    assert.deepStrictEqual(gaps(p, 0), [0.123]);
  });

  it('elu (alpha = 1): f and f′ are continuous at 0, f″ jumps there', () => {
    const p = payloadOf('plot(elu, derivative=2)');
    assert.deepStrictEqual([gaps(p, 0), gaps(p, 1), gaps(p, 2)], [[], [], [0]]);
  });

  it('kinks follow the parameters: hardtanh(min_val=-2, max_val=2.5)′ has gaps at -2 and 2.5', () => {
    assert.deepStrictEqual(gaps(payloadOf('plot(hardtanh(min_val=-2, max_val=2.5))'), 1), [-2, 2.5]);
  });

  it('a derivative function of an activation: plot(d(relu)) has its gap in the value series', () => {
    assert.deepStrictEqual(gaps(payloadOf('plot(d(relu), derivative=false)'), 0), [0]);
  });

  it('a user function: its jumps are found between samples and become samples with a gap', () => {
    // relu(x - 0.123)′ steps from 0 to 1 at 0.123, between samples; the value is continuous there.
    const shifted = payloadOf('plot(x -> relu(x - 0.123), range=[-1, 1], samples=11)');
    assert.ok(shifted.x.includes(0.123), 'the kink is a sample');
    assert.deepStrictEqual([gaps(shifted, 0), gaps(shifted, 1)], [[], [0.123]]);
    // A step written with where: a gap at its edge (found to the last bits of 0.3).
    const step = gaps(payloadOf('plot(x -> where(x > 0.3, 1, 0), derivative=false)'), 0);
    assert.strictEqual(step.length, 1);
    assert.ok(Math.abs(step[0] - 0.3) < 1e-15, String(step[0]));
    // Steep but continuous: tanh(1000 x) rises from -1 to 1 between two samples, and no gap.
    const steep = payloadOf('plot(x -> tanh(1000 * x), range=[-1, 1], samples=6)');
    assert.deepStrictEqual([gaps(steep, 0), gaps(steep, 1)], [[], []]);
    assert.strictEqual(steep.x.length, 6);
    // Smooth functions sample exactly the asked points.
    assert.deepStrictEqual(payloadOf('f(x) = x * sigmoid(x)\nplot(f, derivative=2)').x.length, 401);
  });

  it('compare and describe draw the same gaps', () => {
    const c = last('compare(relu, gelu)');
    assert.ok(c.kind === 'compare');
    const slope = c.plot.series.find((s) => s.label === 'relu' && s.order === 1)!;
    assert.ok(Number.isNaN(slope.y[c.plot.x.indexOf(0)]));
    const d = last('describe(hardshrink)');
    assert.ok(d.kind === 'describe' && d.plot);
    const value = d.plot.series.find((s) => s.order === 0)!;
    assert.deepStrictEqual([-0.5, 0.5].map((k) => Number.isNaN(value.y[d.plot!.x.indexOf(k)])), [true, true]);
  });
});

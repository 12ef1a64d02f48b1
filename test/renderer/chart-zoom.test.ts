import * as assert from 'assert';
import { isFullRange, MIN_SPAN_FRACTION, panRange, zoomRange } from '../../src/renderer/chart-zoom';

const FULL: [number, number] = [-4, 4];
const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) < 1e-9);

describe('renderer chart-zoom', () => {
  it('zooms around the pointer: the x under it stays where it is', () => {
    const z = zoomRange(FULL, FULL, 2, 0.5);
    assert.ok(close(z, [-1, 3]), z.join());
    // 2 was 3/4 of the way along [-4, 4] and still is along [-1, 3].
    assert.strictEqual((2 - z[0]) / (z[1] - z[0]), 0.75);
  });

  it('never zooms out past the sampled range nor in past a thousandth of it', () => {
    assert.deepStrictEqual(zoomRange([-1, 3], FULL, 0, 10), [-4, 4]);
    const tiny = zoomRange(FULL, FULL, 0, 1e-9);
    assert.ok(Math.abs(tiny[1] - tiny[0] - 8 * MIN_SPAN_FRACTION) < 1e-12);
  });

  it('pans by a delta and stops at the ends', () => {
    assert.ok(close(panRange([-1, 1], FULL, 1.5), [0.5, 2.5]));
    assert.ok(close(panRange([-1, 1], FULL, 10), [2, 4]));
    assert.ok(close(panRange([-1, 1], FULL, -10), [-4, -2]));
  });

  it('tells the full view from a zoomed one', () => {
    assert.ok(isFullRange([-4, 4], FULL));
    assert.ok(!isFullRange([-4, 3.9], FULL));
  });
});

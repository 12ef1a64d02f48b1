import * as assert from 'assert';
import { downsampleIndices, downsampleXY } from '../../src/shared/downsample';

describe('downsampling for drawing', () => {
  it('keeps short series as they are', () => {
    assert.deepStrictEqual(downsampleIndices([3, 1, 2], 10), [0, 1, 2]);
  });

  it('keeps first, last, the global extremes and a gap, within the bound', () => {
    const n = 10000;
    const y: Array<number | null> = Array.from({ length: n }, (_, i) => Math.sin(i / 50) + i / n);
    y[4321] = 50; // a spike
    y[7777] = -50; // a dip
    y[1234] = null; // a gap
    const idx = downsampleIndices(y, 1000);
    assert.ok(idx.length <= 1000, `${idx.length} points`);
    assert.strictEqual(idx[0], 0);
    assert.strictEqual(idx[idx.length - 1], n - 1);
    for (const must of [4321, 7777, 1234]) assert.ok(idx.includes(must), `index ${must} kept`);
    for (let i = 1; i < idx.length; i++) assert.ok(idx[i] > idx[i - 1], 'increasing');
    const d = downsampleXY(Array.from({ length: n }, (_, i) => i + 1), y, 1000);
    assert.strictEqual(Math.max(...d.y.filter((v): v is number => v !== null)), 50);
    assert.strictEqual(Math.min(...d.y.filter((v): v is number => v !== null)), -50);
    assert.strictEqual(d.x[0], 1);
    assert.strictEqual(d.x[d.x.length - 1], n);
  });

  it('refuses x and y of different lengths', () => {
    assert.throws(() => downsampleXY([1, 2], [1], 10), /x has 2 values, y has 1/);
  });
});

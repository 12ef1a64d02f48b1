import * as assert from 'assert';
import { SeededRng } from '../../../../src/core/random/seeded-rng';
import { moons } from '../../../../src/core/training/datasets/moons';
import { blobCentres, blobs } from '../../../../src/core/training/datasets/blobs';
import { makeDataset } from '../../../../src/core/training/datasets/make-dataset';
import { column, mean, row, std, throwsDatasetError } from './helpers';

describe('core/training/datasets: moons, blobs, 1-D function fit', () => {
  it('moons, noise 0: outer arc (cos s, sin s) → −1, inner arc (1 − cos s, 0.5 − sin s) → +1, ends included', () => {
    const raw = moons(10, 0, new SeededRng(0));
    const expected: number[][] = [];
    for (let k = 0; k < 5; k++) expected.push([Math.cos((Math.PI * k) / 4), Math.sin((Math.PI * k) / 4)]);
    for (let k = 0; k < 5; k++) expected.push([1 - Math.cos((Math.PI * k) / 4), 0.5 - Math.sin((Math.PI * k) / 4)]);
    for (let i = 0; i < 10; i++) {
      const p = row(raw.inputs, 2, i);
      assert.ok(Math.abs(p[0] - expected[i][0]) < 1e-15 && Math.abs(p[1] - expected[i][1]) < 1e-15, `point ${i}: ${p}`);
      assert.strictEqual(raw.targets[i], i < 5 ? -1 : 1);
    }
  });

  it('moons, noise 0.2: Gaussian noise of standard deviation 0.2 on each coordinate', () => {
    const clean = moons(20000, 0, new SeededRng(1));
    const noisy = moons(20000, 0.2, new SeededRng(1));
    const deltas = Array.from(noisy.inputs, (v, i) => v - clean.inputs[i]);
    assert.ok(Math.abs(mean(deltas)) < 0.005);
    assert.ok(Math.abs(std(deltas) - 0.2) < 0.004, `std ${std(deltas)}`);
  });

  it('blobs: points of class c scatter around the c-th seeded centre with the given std', () => {
    const spec = { n: 30000, classes: 3, std: 0.5, spread: 5, dim: 2 };
    const centres = blobCentres(spec, new SeededRng(7));
    assert.ok(centres.every((c) => c >= -5 && c < 5));
    const raw = blobs(spec, new SeededRng(7));
    for (let c = 0; c < 3; c++) {
      const part = raw.inputs.subarray(c * 20000, (c + 1) * 20000);
      assert.ok(raw.targets.subarray(c * 10000, (c + 1) * 10000).every((t) => t === c));
      for (let j = 0; j < 2; j++) {
        const xs = column(part, 2, j);
        assert.ok(Math.abs(mean(xs) - centres[c * 2 + j]) < 0.02);
        assert.ok(Math.abs(std(xs) - 0.5) < 0.015);
      }
    }
    assert.deepStrictEqual(raw.classNames, ['0', '1', '2']);
  });

  it('blobs with std 0 puts every point on its centre; classes = 2 is binary ±1', () => {
    const raw = blobs({ n: 6, classes: 2, std: 0, spread: 3, dim: 3 }, new SeededRng(2));
    const centres = blobCentres({ n: 6, classes: 2, std: 0, spread: 3, dim: 3 }, new SeededRng(2));
    for (let i = 0; i < 6; i++) assert.deepStrictEqual(row(raw.inputs, 3, i), Array.from(centres.subarray(i < 3 ? 0 : 3, i < 3 ? 3 : 6)));
    assert.deepStrictEqual(Array.from(raw.targets), [-1, -1, -1, 1, 1, 1]);
    assert.strictEqual(raw.task, 'binary');
  });

  it('sine, noise 0: target sin(x) with x uniform on [−π, π]; grid: evenly spaced with both ends', () => {
    const ds = makeDataset('sine', { n: 300, seed: 4 });
    for (let i = 0; i < ds.n; i++) assert.strictEqual(ds.targets[i], Math.sin(ds.inputs[i]));
    assert.ok(Math.min(...ds.inputs) < -3 && Math.max(...ds.inputs) > 3);
    const grid = makeDataset('sine', { n: 5, grid: true, lo: -1, hi: 1, shuffle: false });
    assert.deepStrictEqual(Array.from(grid.source.inputs), [-1, -0.5, 0, 0.5, 1]);
    assert.deepStrictEqual(Array.from(grid.targets), [-1, -0.5, 0, 0.5, 1].map(Math.sin));
  });

  it('sine, noise 0.1: the residual y − sin(x) has standard deviation 0.1', () => {
    const ds = makeDataset('sine', { n: 20000, noise: 0.1, seed: 2 });
    const residual = Array.from(ds.targets, (y, i) => y - Math.sin(ds.inputs[i]));
    assert.ok(Math.abs(std(residual) - 0.1) < 0.003);
  });

  it('function: the callback gives the targets; a non-finite value is an error naming x', () => {
    const ds = makeDataset('function', { fn: (x: number) => 3 * x - 1, n: 20, lo: 0, hi: 2, grid: true });
    for (let i = 0; i < ds.n; i++) assert.strictEqual(ds.targets[i], 3 * ds.inputs[i] - 1);
    throwsDatasetError(() => makeDataset('function', { fn: Math.log, lo: -1, hi: 1, grid: true, n: 3 }), /fn must give a finite number, it gave NaN at x = -1/, { option: 'fn' });
    throwsDatasetError(() => makeDataset('function', {}), /dataset "function" needs the option fn/, { option: 'fn' });
    throwsDatasetError(() => makeDataset('sine', { lo: 2, hi: 1 }), /lo must be less than hi, got lo 2 and hi 1/, { option: 'lo' });
  });
});

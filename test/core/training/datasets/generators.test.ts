import * as assert from 'assert';
import { makeDataset } from '../../../../src/core/training/datasets/make-dataset';
import { listDatasetGenerators } from '../../../../src/core/training/datasets/registry';
import { classCounts } from '../../../../src/core/training/datasets/dataset';
import { bytes } from './helpers';

interface ShapeCase {
  name: string;
  options: Record<string, unknown>;
  n: number;
  d: number;
  task: string;
  classes: number;
  /** Expected rows per class (index order), for classification. */
  counts?: number[];
  /** Bounds of every source coordinate. */
  box?: [number, number];
}

const SHAPES: ShapeCase[] = [
  { name: 'circle', options: {}, n: 500, d: 2, task: 'binary', classes: 2, counts: [250, 250], box: [-5, 5] },
  { name: 'xor', options: {}, n: 500, d: 2, task: 'binary', classes: 2, box: [-5.3, 5.3] },
  { name: 'gauss', options: {}, n: 500, d: 2, task: 'binary', classes: 2, counts: [250, 250] },
  { name: 'spiral', options: {}, n: 500, d: 2, task: 'binary', classes: 2, counts: [250, 250], box: [-5, 5] },
  { name: 'spiral', options: { n: 7, noise: 0.5 }, n: 7, d: 2, task: 'binary', classes: 2, counts: [3, 4], box: [-5.5, 5.5] },
  { name: 'plane', options: {}, n: 1200, d: 2, task: 'regression', classes: 0, box: [-6, 6] },
  { name: 'multi-gauss', options: { noise: 0.3 }, n: 1200, d: 2, task: 'regression', classes: 0, box: [-6, 6] },
  { name: 'moons', options: {}, n: 500, d: 2, task: 'binary', classes: 2, counts: [250, 250], box: [-1, 2] },
  { name: 'moons', options: { n: 101 }, n: 101, d: 2, task: 'binary', classes: 2, counts: [50, 51], box: [-1, 2] },
  { name: 'blobs', options: {}, n: 500, d: 2, task: 'multiclass', classes: 3, counts: [167, 167, 166] },
  { name: 'blobs', options: { classes: 2, n: 301 }, n: 301, d: 2, task: 'binary', classes: 2, counts: [151, 150] },
  { name: 'blobs', options: { classes: 5, dim: 7, n: 50 }, n: 50, d: 7, task: 'multiclass', classes: 5, counts: [10, 10, 10, 10, 10] },
  { name: 'sine', options: {}, n: 200, d: 1, task: 'regression', classes: 0, box: [-Math.PI, Math.PI] },
  { name: 'function', options: { fn: (x: number) => x * x, lo: -2, hi: 3, n: 50 }, n: 50, d: 1, task: 'regression', classes: 0, box: [-2, 3] },
];

describe('core/training/datasets: generator shapes, balance and ranges', () => {
  for (const c of SHAPES) {
    it(`${c.name} ${JSON.stringify(c.options, (_k, v) => (typeof v === 'function' ? 'fn' : v))}: ${c.n} × ${c.d}, ${c.task}`, () => {
      const ds = makeDataset(c.name, { ...c.options, seed: 3 });
      assert.strictEqual(ds.n, c.n);
      assert.strictEqual(ds.d, c.d);
      assert.strictEqual(ds.inputs.length, c.n * c.d);
      assert.strictEqual(ds.targets.length, c.n);
      assert.strictEqual(ds.task, c.task);
      assert.strictEqual(ds.classes, c.classes);
      assert.strictEqual(ds.generator, c.name);
      assert.ok(ds.inputs.every(Number.isFinite) && ds.targets.every(Number.isFinite));
      if (c.task === 'binary') assert.ok(ds.targets.every((t) => t === 1 || t === -1), 'binary targets are ±1');
      if (c.task === 'multiclass') assert.ok(ds.targets.every((t) => Number.isInteger(t) && t >= 0 && t < c.classes));
      if (c.counts) assert.deepStrictEqual(classCounts(ds, ds.task, ds.classes), c.counts);
      if (c.box) {
        const [lo, hi] = c.box;
        assert.ok(ds.source.inputs.every((v) => v >= lo - 1e-12 && v <= hi + 1e-12), `coordinates within [${lo}, ${hi}]`);
      }
    });
  }

  it('the registry defaults match TensorFlow Playground: 500 points to classify, 1,200 to regress, noise 0, half for training', () => {
    const defaults = (name: string, option: string) => listDatasetGenerators().find((g) => g.name === name)!.options.find((o) => o.name === option)!.default;
    for (const name of ['circle', 'xor', 'gauss', 'spiral']) assert.strictEqual(defaults(name, 'n'), 500, name);
    for (const name of ['plane', 'multi-gauss']) assert.strictEqual(defaults(name, 'n'), 1200, name);
    for (const name of ['circle', 'xor', 'gauss', 'spiral', 'plane', 'multi-gauss']) {
      assert.strictEqual(defaults(name, 'noise'), 0, name);
      assert.strictEqual(defaults(name, 'train'), 0.5, name);
    }
  });
});

const SEEDED = listDatasetGenerators().filter((g) => g.origin !== 'user data');

describe('core/training/datasets: seeds', () => {
  for (const g of SEEDED) {
    const extra: Record<string, unknown> = g.name === 'function' ? { fn: Math.cos } : {};
    const noisy = g.options.some((o) => o.name === 'noise') ? { noise: 0.2 } : {};
    it(`${g.name}: the same seed gives bit-identical inputs, targets and split; another seed differs`, () => {
      const a = makeDataset(g.name, { ...extra, ...noisy, seed: 11 });
      const b = makeDataset(g.name, { ...extra, ...noisy, seed: 11 });
      const c = makeDataset(g.name, { ...extra, ...noisy, seed: 12 });
      assert.ok(bytes(a.inputs).equals(bytes(b.inputs)));
      assert.ok(bytes(a.targets).equals(bytes(b.targets)));
      assert.deepStrictEqual(Array.from(a.order), Array.from(b.order));
      assert.ok(!bytes(a.inputs).equals(bytes(c.inputs)), 'another seed gives other inputs');
      assert.notDeepStrictEqual(Array.from(a.order), Array.from(c.order), 'another seed gives another shuffle');
    });
  }

  it('the default seed is 0 and is recorded with the options', () => {
    const a = makeDataset('circle');
    const b = makeDataset('circle', { seed: 0 });
    assert.strictEqual(a.options.seed, 0);
    assert.ok(bytes(a.inputs).equals(bytes(b.inputs)));
  });

  it('records every resolved option (defaults filled in) for export and display', () => {
    const ds = makeDataset('spiral', { n: 100, noise: 0.2, seed: 1 });
    assert.deepStrictEqual(ds.options, { n: 100, noise: 0.2, seed: 1, train: 0.5, shuffle: true, features: null, standardize: false });
  });
});

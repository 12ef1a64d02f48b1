import * as assert from 'assert';
import { makeDataset } from '../../../../src/core/training/datasets/make-dataset';
import { datasetGeneratorNames, getDatasetGenerator, listDatasetGenerators } from '../../../../src/core/training/datasets/registry';
import { classIndexTargets, oneHotTargets, signTargets, zeroOneTargets } from '../../../../src/core/training/datasets/dataset';
import { datasetSummary } from '../../../../src/core/training/datasets/summary';
import { throwsDatasetError } from './helpers';

describe('core/training/datasets: option validation', () => {
  const BAD: Array<[string, Record<string, unknown>, RegExp, string]> = [
    ['circle', { noise: 2 }, /^noise must be between 0 and 1, got 2$/, 'noise'],
    ['circle', { noise: -0.1 }, /^noise must be between 0 and 1, got -0.1$/, 'noise'],
    ['circle', { noise: 'high' }, /^noise must be a number between 0 and 1, got "high"$/, 'noise'],
    ['circle', { noise: NaN }, /^noise must be a number between 0 and 1, got NaN$/, 'noise'],
    ['spiral', { n: 2.5 }, /^n must be a whole number between 2 and 1000000 \(the row limit\), got 2.5$/, 'n'],
    ['spiral', { n: 1 }, /^n must be between 2 and 1000000 \(the row limit\), got 1$/, 'n'],
    ['xor', { train: 0.95 }, /^train must be between 0.1 and 0.9, got 0.95$/, 'train'],
    ['xor', { seed: 1.5 }, /^seed must be a whole number between/, 'seed'],
    ['gauss', { standardize: 'yes' }, /^standardize must be true or false, got "yes"$/, 'standardize'],
    ['gauss', { shuffle: 1 }, /^shuffle must be true or false, got 1$/, 'shuffle'],
    ['blobs', { classes: 1 }, /^classes must be between 2 and 1000, got 1$/, 'classes'],
    ['blobs', { std: -1 }, /^std must be between 0 and 1000, got -1$/, 'std'],
    ['moons', { noise: 11 }, /^noise must be between 0 and 10, got 11$/, 'noise'],
    ['function', { fn: 3 }, /^fn must be a function of one number, got 3$/, 'fn'],
    ['circle', { nosie: 0.1 }, /^dataset "circle" has no option "nosie"; its options are n, noise, seed, train, shuffle, features, standardize$/, 'nosie'],
    ['csv', {}, /^dataset "csv" needs the option text/, 'text'],
    ['spirals', {}, /^unknown dataset "spirals"; the datasets are circle, xor, gauss, spiral, plane, multi-gauss, moons, blobs, sine, function, csv, arrays$/, 'name'],
  ];
  for (const [name, options, message, option] of BAD) {
    it(`${name} ${JSON.stringify(options, (_k, v) => (Number.isNaN(v) ? 'NaN' : v))}: ${message.source.replace(/[\\^$]/g, '').slice(0, 60)}`, () => {
      throwsDatasetError(() => makeDataset(name, options), message, { option });
    });
  }

  it('sizes past the row limit are an error before any work', () => {
    throwsDatasetError(() => makeDataset('spiral', { n: 5000 }, { maxRows: 1000, maxColumns: 10 }), /^n must be between 2 and 1000 \(the row limit\), got 5000$/, { option: 'n' });
    // With the row limit out of the way, the most a generator makes is the bound.
    throwsDatasetError(() => makeDataset('sine', { n: 10_000_001 }, { maxRows: 20_000_000, maxColumns: 10 }), /^n must be between 2 and 10000000 \(the most a generator makes\), got 10000001$/, { option: 'n' });
    throwsDatasetError(() => makeDataset('blobs', { dim: 20 }, { maxRows: 1000, maxColumns: 10 }), /^dim must be at most 10 \(the column limit\), got 20$/, { option: 'dim' });
  });

  it('undefined options count as absent (defaults apply)', () => {
    assert.strictEqual(makeDataset('circle', { noise: undefined }).options.noise, 0);
  });
});

describe('core/training/datasets: registry', () => {
  it('lists every generator with documented options (name, kind, doc, a default or required)', () => {
    assert.deepStrictEqual(datasetGeneratorNames(), listDatasetGenerators().map((g) => g.name));
    for (const g of listDatasetGenerators()) {
      assert.ok(g.doc.length > 10, g.name);
      const names = g.options.map((o) => o.name);
      assert.strictEqual(new Set(names).size, names.length, `${g.name}: option names are unique`);
      for (const required of ['seed', 'train', 'shuffle', 'features', 'standardize']) assert.ok(names.includes(required), `${g.name} has ${required}`);
      for (const o of g.options) {
        assert.ok(o.doc.length > 5, `${g.name}.${o.name} has a doc`);
        if (o.kind === 'number' || o.kind === 'integer') assert.ok(o.min! <= o.max! && (o.default === undefined || (o.default as number) >= o.min! && (o.default as number) <= o.max!), `${g.name}.${o.name} range`);
      }
    }
    assert.strictEqual(getDatasetGenerator('spiral')!.origin, 'tensorflow-playground');
    assert.strictEqual(getDatasetGenerator('nope'), undefined);
  });

  it('every generator builds with its defaults (those with required options given them)', () => {
    const needs: Record<string, Record<string, unknown>> = {
      function: { fn: Math.tanh },
      csv: { text: 'x,y\n1,0\n2,1\n' },
      arrays: { inputs: [[1], [2]], labels: [0, 1] },
    };
    for (const g of listDatasetGenerators()) {
      const ds = makeDataset(g.name, needs[g.name] ?? {});
      assert.ok(ds.n >= 2 && ds.nTrain >= 1 && ds.nTest >= 1, g.name);
      if (g.task !== 'data') assert.strictEqual(ds.task === 'binary' && g.task === 'multiclass' ? 'multiclass' : ds.task, g.task, g.name);
    }
  });
});

describe('core/training/datasets: target views', () => {
  const binary = { targets: Float64Array.of(-1, 1, 1, -1) };
  it('binary: ±1 stored, 0/1 view, class indices, one-hot', () => {
    assert.deepStrictEqual(Array.from(signTargets(binary, 'binary')), [-1, 1, 1, -1]);
    assert.deepStrictEqual(Array.from(zeroOneTargets(binary, 'binary')), [0, 1, 1, 0]);
    assert.deepStrictEqual(Array.from(classIndexTargets(binary, 'binary')), [0, 1, 1, 0]);
    assert.deepStrictEqual(Array.from(oneHotTargets(binary, 'binary', 2)), [1, 0, 0, 1, 0, 1, 1, 0]);
  });

  it('multiclass: indices and one-hot; the 0/1 and ±1 views and regression indices are refused', () => {
    const multi = { targets: Float64Array.of(2, 0, 1) };
    assert.deepStrictEqual(Array.from(classIndexTargets(multi, 'multiclass')), [2, 0, 1]);
    assert.deepStrictEqual(Array.from(oneHotTargets(multi, 'multiclass', 3)), [0, 0, 1, 1, 0, 0, 0, 1, 0]);
    assert.throws(() => zeroOneTargets(multi, 'multiclass'), /only for binary/);
    assert.throws(() => signTargets(multi, 'multiclass'), /only for binary/);
    assert.throws(() => classIndexTargets(multi, 'regression'), /regression/);
  });

  it('the views work on a dataset part', () => {
    const ds = makeDataset('circle', { n: 10, seed: 1 });
    assert.deepStrictEqual(Array.from(zeroOneTargets(ds.train, ds.task)), Array.from(ds.train.targets, (t) => (t > 0 ? 1 : 0)));
  });
});

describe('core/training/datasets: summary', () => {
  it('names the generator, sizes, inputs, task, noise and seed', () => {
    const ds = makeDataset('spiral', { n: 100, noise: 0.2, seed: 1, train: 0.8, standardize: true });
    assert.strictEqual(datasetSummary(ds), 'spiral: 100 points (80 train, 20 test), inputs x1, x2, binary (targets −1/+1: -1 / 1), noise 0.2, standardized, seed 1');
    assert.match(datasetSummary(makeDataset('blobs', { classes: 4 })), /^blobs: 500 points \(250 train, 250 test\), inputs x1, x2, 4 classes, seed 0$/);
  });
});

describe('core/training/datasets: memory bound', () => {
  it('refuses more than 50 million values before allocating them', () => {
    throwsDatasetError(() => makeDataset('blobs', { n: 1_000_000, dim: 100 }, { maxRows: 1_000_000, maxColumns: 1000 }), /^n must be between 2 and 500000 \(points of 100 values each, at most 50000000 values\), got 1000000$/, { option: 'n' });
    throwsDatasetError(() => makeDataset('spiral', { n: 8_000_000, features: 'all' }, { maxRows: 10_000_000, maxColumns: 1000 }), /^n must be between 2 and 7142857 \(points of 7 values each, at most 50000000 values\), got 8000000$/, { option: 'n' });
    // A values limit below MAX_CELLS (the language's vector limit) bounds n in points, and says where it comes from.
    throwsDatasetError(() => makeDataset('circle', { n: 600 }, { maxRows: 1000, maxColumns: 10, maxValues: 1000, maxValuesSource: 'the vector limit' }), /^n must be between 2 and 500 \(points of 2 values each, at most 1000 values: the vector limit\), got 600$/, { option: 'n' });
  });
});

import * as assert from 'assert';
import { makeDataset } from '../../../../src/core/training/datasets/make-dataset';
import { encodeInput } from '../../../../src/core/training/datasets/encode-input';
import { FEATURE_IDS, parseFeatureList } from '../../../../src/core/training/datasets/features';
import { column, mean, row, std, throwsDatasetError } from './helpers';

describe('core/training/datasets: train/test split', () => {
  const SPLITS: Array<[number, number, number]> = [
    // n, train share, expected training rows: floor(n · share), kept within [1, n − 1]
    [500, 0.5, 250],
    [500, 0.1, 50],
    [500, 0.9, 450],
    [333, 0.7, 233],
    [499, 0.5, 249],
    [10, 0.35, 3],
    [3, 0.1, 1],
    [2, 0.9, 1],
  ];
  for (const [n, share, nTrain] of SPLITS) {
    it(`n ${n}, train ${share}: ${nTrain} training rows, ${n - nTrain} test rows, disjoint and covering`, () => {
      const ds = makeDataset('spiral', { n, train: share, seed: 5 });
      assert.strictEqual(ds.nTrain, nTrain);
      assert.strictEqual(ds.nTest, n - nTrain);
      assert.strictEqual(ds.train.n, nTrain);
      assert.strictEqual(ds.test.n, n - nTrain);
      assert.strictEqual(ds.train.inputs.length, nTrain * 2);
      assert.strictEqual(ds.test.targets.length, n - nTrain);
      const trainIds = new Set(Array.from(ds.order.subarray(0, nTrain)));
      const testIds = Array.from(ds.order.subarray(nTrain));
      assert.ok(testIds.every((i) => !trainIds.has(i)), 'disjoint');
      assert.deepStrictEqual([...trainIds, ...testIds].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i), 'a permutation');
    });
  }

  it('train and test are views of the dataset rows: train first, then test', () => {
    const ds = makeDataset('xor', { n: 40, seed: 1, train: 0.25 });
    assert.strictEqual(ds.train.inputs.buffer, ds.inputs.buffer);
    assert.deepStrictEqual(row(ds.test.inputs, 2, 0), row(ds.inputs, 2, 10));
    assert.strictEqual(ds.test.targets[3], ds.targets[13]);
  });

  it('the shuffle mixes the classes (both in the training set) and shuffle=false keeps generation order', () => {
    const ds = makeDataset('spiral', { seed: 2 });
    const positives = Array.from(ds.train.targets).filter((t) => t > 0).length;
    assert.ok(positives > 95 && positives < 155, `${positives} of 250 training points are +1 (about half)`);
    const fixed = makeDataset('spiral', { shuffle: false });
    assert.deepStrictEqual(Array.from(fixed.order), Array.from({ length: 500 }, (_, i) => i));
    assert.ok(fixed.train.targets.every((t) => t === 1) && fixed.test.targets.every((t) => t === -1));
  });

  it('changing the train share moves the cut, not the shuffle', () => {
    const a = makeDataset('circle', { seed: 3, train: 0.3 });
    const b = makeDataset('circle', { seed: 3, train: 0.8 });
    assert.deepStrictEqual(Array.from(a.order), Array.from(b.order));
  });
});

describe('core/training/datasets: input features', () => {
  const x1 = 1.25;
  const x2 = -0.5;
  const VALUES: Array<[string, number]> = [
    ['x1', 1.25],
    ['x2', -0.5],
    ['x1^2', 1.5625],
    ['x2^2', 0.25],
    ['x1*x2', -0.625],
    ['sin(x1)', Math.sin(1.25)],
    ['sin(x2)', Math.sin(-0.5)],
  ];
  for (const [id, expected] of VALUES) {
    it(`${id} of (${x1}, ${x2}) is ${expected}`, () => {
      const ds = makeDataset('arrays', { inputs: [[x1, x2], [0, 0]], labels: [1, -1], features: [id], shuffle: false });
      assert.deepStrictEqual(ds.featureNames, [id]);
      assert.strictEqual(ds.inputs[0], expected);
    });
  }

  const ALIASES: Array<[string[], string[]]> = [
    [['x', 'y'], ['x1', 'x2']],
    [['xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'], ['x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)']],
    [['X_1^2', 'X_1X_2', 'sin(X_2)'], ['x1^2', 'x1*x2', 'sin(x2)']],
    [['sin(x2)', 'x1', 'x1'], ['x1', 'sin(x2)']],
    [['all'], [...FEATURE_IDS]],
  ];
  for (const [given, expected] of ALIASES) {
    it(`${JSON.stringify(given)} → ${JSON.stringify(expected)} (Playground's names, its order, no duplicates)`, () => {
      assert.deepStrictEqual(parseFeatureList(given), expected);
    });
  }

  it('all seven features of a generated set: each column is the feature of the source point', () => {
    const ds = makeDataset('spiral', { n: 50, noise: 0.1, features: 'all', seed: 1 });
    assert.strictEqual(ds.d, 7);
    assert.strictEqual(ds.source.d, 2);
    for (let i = 0; i < ds.n; i++) {
      const [a, b] = row(ds.source.inputs, 2, i);
      assert.deepStrictEqual(row(ds.inputs, 7, i), [a, b, a * a, b * b, a * b, Math.sin(a), Math.sin(b)]);
    }
  });

  it('1-D data takes the x1 features; x2 features and data wider than 2 are errors', () => {
    const ds = makeDataset('sine', { n: 10, features: ['x1', 'x1^2', 'sin(x1)'] });
    for (let i = 0; i < 10; i++) {
      const x = ds.source.inputs[i];
      assert.deepStrictEqual(row(ds.inputs, 3, i), [x, x * x, Math.sin(x)]);
    }
    throwsDatasetError(() => makeDataset('sine', { features: ['x2'] }), /features: x2 needs 2 input columns, this data has 1/, { option: 'features' });
    throwsDatasetError(() => makeDataset('blobs', { dim: 3, features: ['x1'] }), /features apply to data with 1 or 2 input columns .*this data has 3/);
    throwsDatasetError(() => makeDataset('circle', { features: ['x3'] }), /features: unknown feature "x3"; the features are x1, x2, x1\^2/);
    throwsDatasetError(() => makeDataset('circle', { features: [] }), /features must be a non-empty list of feature names/);
  });
});

describe('core/training/datasets: standardisation', () => {
  it('standardize: every training column has mean 0 and std 1; test rows use the training statistics', () => {
    const ds = makeDataset('gauss', { noise: 0.3, features: 'all', standardize: true, seed: 8, train: 0.6 });
    const raw = makeDataset('gauss', { noise: 0.3, features: 'all', seed: 8, train: 0.6 });
    assert.ok(ds.scaling);
    for (let j = 0; j < ds.d; j++) {
      const train = column(ds.train.inputs, ds.d, j);
      assert.ok(Math.abs(mean(train)) < 1e-12, `column ${j} mean ${mean(train)}`);
      assert.ok(Math.abs(std(train) - 1) < 1e-12, `column ${j} std ${std(train)}`);
      const rawTrain = column(raw.train.inputs, raw.d, j);
      const m = mean(rawTrain);
      const s = std(rawTrain);
      for (let i = 0; i < ds.nTest; i++) {
        assert.ok(Math.abs(ds.test.inputs[i * ds.d + j] - (raw.test.inputs[i * raw.d + j] - m) / s) < 1e-12);
      }
      const test = column(ds.test.inputs, ds.d, j);
      assert.ok(Math.abs(mean(test)) > 1e-9, 'the test set is not re-centred on its own statistics');
    }
  });

  it('a constant column is centred and not divided; without standardize there is no scaling', () => {
    const ds = makeDataset('arrays', { inputs: [[1, 5], [2, 5], [3, 5], [4, 5]], labels: [0, 1, 0, 1], standardize: true, shuffle: false });
    assert.deepStrictEqual(column(ds.inputs, 2, 1), [0, 0, 0, 0]);
    assert.strictEqual(makeDataset('circle').scaling, null);
  });

  it('encodeInput applies the same features and scaling to a new point', () => {
    const ds = makeDataset('xor', { noise: 0.2, features: ['x1', 'x1*x2', 'sin(x2)'], standardize: true, seed: 4 });
    for (const i of [0, 7, 499]) {
      const encoded = encodeInput(ds, row(ds.source.inputs, 2, i));
      const expected = row(ds.inputs, 3, i);
      for (let j = 0; j < 3; j++) assert.ok(Math.abs(encoded[j] - expected[j]) < 1e-12);
    }
    throwsDatasetError(() => encodeInput(ds, [1]), /the point has 1 values, this dataset's points have 2 \(x1, x2\)/);
  });
});

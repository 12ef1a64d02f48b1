/**
 * mse on class labels (TensorFlow Playground's setup): r.accuracy and r.test_accuracy are numbers,
 * judged by the same rule as the run summary and compare_training; and predict takes points in the
 * data's raw coordinates, encoded as the training points were (features, standardisation).
 */
import * as assert from 'assert';
import { predict } from '../../../src/core/training/predict';
import { LangError } from '../../../src/lang/syntax/errors';
import { finalAccuracy } from '../../../src/lang/training/run-accuracy';
import { formatRun } from '../../../src/lang/training/format-training';
import { assertClose, assertSameArray, lastValue, runOf } from './training-helpers';

function vectorOf(source: string): Float64Array {
  const v = lastValue(source);
  assert.ok(v.kind === 'vector', `${source} gave ${v.kind}`);
  return v.items;
}

describe('mse on class labels: per-epoch accuracy', () => {
  const PLAYGROUND = 'r = train(mlp([2, 4, 1], activation=tanh, init="playground"), dataset("xor"), loss="mse", optimizer="sgd", epochs=5)\n';

  it('the Playground xor setup: r.accuracy and r.test_accuracy are number vectors, the last as the summary shows', () => {
    const acc = vectorOf(`${PLAYGROUND}r.accuracy`);
    const testAcc = vectorOf(`${PLAYGROUND}r.test_accuracy`);
    assert.strictEqual(acc.length, 5);
    assert.strictEqual(testAcc.length, 5);
    for (const a of [...acc, ...testAcc]) assert.ok(Number.isFinite(a) && a >= 0 && a <= 1, `accuracy ${a}`);
    const r = runOf(`${PLAYGROUND}r`);
    assert.strictEqual(r.encoding, 'sign');
    // The summary's final accuracy (the final parameters) is the last record's: one rule.
    const final = finalAccuracy(r.run, r.encoding, r.loss, r.task);
    assert.strictEqual(acc[4], final.train);
    assert.strictEqual(testAcc[4], final.test);
    const pct = (v: number) => `${(100 * v).toFixed(1).replace(/\.0$/, '')}%`;
    assert.match(formatRun(r), new RegExp(`accuracy: train ${pct(final.train).replace('.', '\\.')}`));
  });

  it('a sigmoid output with mse (0/1 targets), and one-hot rows: the records agree with the final accuracy', () => {
    for (const source of [
      'r = train(mlp([2, 4, 1], activation=tanh, output="sigmoid", seed=2), dataset("circle", n=80), loss="mse", epochs=4)\n',
      'r = train(mlp([2, 6, 3], activation=tanh, output="sigmoid", seed=2), dataset("blobs", classes=3, n=90, seed=4), loss="mse", epochs=4)\n',
    ]) {
      const r = runOf(`${source}r`);
      const last = r.run.epochs[r.run.epochs.length - 1];
      const final = finalAccuracy(r.run, r.encoding, r.loss, r.task);
      assert.ok(Number.isFinite(last.trainAccuracy) && Number.isFinite(last.testAccuracy), source);
      assert.strictEqual(last.trainAccuracy, final.train, source);
      assert.strictEqual(last.testAccuracy, final.test, source);
    }
  });

  it('compare_training shows the records\' accuracy', () => {
    const cmp = lastValue('c = compare_training(tanh, relu, data=dataset("xor", n=80), hidden=[4], loss="mse", epochs=3)\nc');
    assert.ok(cmp.kind === 'training-comparison');
    const acc = vectorOf('c = compare_training(tanh, relu, data=dataset("xor", n=80), hidden=[4], loss="mse", epochs=3)\nc.accuracy');
    assertSameArray(acc, cmp.entries.map((e) => e.run.run.epochs[2].trainAccuracy), 'comparison accuracy');
  });

  it('regression data: the accuracy stays NaN', () => {
    const acc = vectorOf('r = train(mlp([2, 4, 1], activation=tanh), dataset("plane", n=60), loss="mse", epochs=3)\nr.accuracy');
    assert.ok(acc.length === 3 && acc.every(Number.isNaN));
  });
});

describe('predict: points in the data\'s raw coordinates', () => {
  it('a standardized dataset: the network applied to the standardized point', () => {
    const source = 'st = dataset("xor", seed=3, standardize=true)\nr = train(mlp([2, 8, 1], activation=tanh, seed=1), st, epochs=3)\n';
    const r = runOf(`${source}r`);
    const data = r.dataset!;
    // The training rows' mean and population std of the raw columns, recomputed here.
    const raw = data.source.inputs;
    const mean = [0, 1].map((j) => { let s = 0; for (let i = 0; i < data.nTrain; i++) s += raw[2 * i + j]; return s / data.nTrain; });
    const std = [0, 1].map((j) => { let s = 0; for (let i = 0; i < data.nTrain; i++) s += (raw[2 * i + j] - mean[j]) ** 2; return Math.sqrt(s / data.nTrain); });
    assert.ok(Math.abs(mean[0]) > 1e-3 || Math.abs(std[0] - 1) > 1e-3, 'the scaling is not the identity');
    const pts = [3, -2, -4.5, 1.25];
    const scaled = Float64Array.from(pts, (v, i) => (v - mean[i % 2]) / std[i % 2]);
    const expected = predict(r.run.network, scaled);
    const one = lastValue(`${source}predict(r, [3, -2])`);
    assert.ok(one.kind === 'number');
    assertClose([one.value], [expected[0]], 1e-12, 'one point');
    assertClose(vectorOf(`${source}predict(r, [3, -2, -4.5, 1.25])`), expected, 1e-12, 'two points');
    // Not the network on the raw point.
    assert.ok(Math.abs(one.value - predict(r.run.network, Float64Array.of(3, -2))[0]) > 1e-9);
  });

  it('features="x1, x2, x1*x2": predict(r, [3, 3]) is the network on [3, 3, 9]', () => {
    const source = 'xf = dataset("xor", seed=3, features="x1, x2, x1*x2")\nr = train(mlp([3, 4, 1], activation=tanh, init="playground"), xf, loss="mse", optimizer="sgd", lr=0.03, epochs=3)\n';
    const r = runOf(`${source}r`);
    const one = lastValue(`${source}predict(r, [3, 3])`);
    assert.deepStrictEqual(one, { kind: 'number', value: predict(r.run.network, Float64Array.of(3, 3, 9))[0] });
    assertSameArray(vectorOf(`${source}predict(r, [3, 3, -1, 2])`), predict(r.run.network, Float64Array.of(3, 3, 9, -1, 2, -2)), 'two points');
    // The network itself has no encoder: it takes its 3 inputs.
    assertSameArray([(lastValue(`${source}predict(r.network, [3, 3, 9])`) as { value: number }).value], [predict(r.run.network, Float64Array.of(3, 3, 9))[0]], 'r.network');
  });

  it('features and standardisation together: features first, then the training rows\' scaling', () => {
    const source = 'fs = dataset("xor", seed=3, features="x1, x2, x1*x2", standardize=true)\nr = train(mlp([3, 4, 1], activation=tanh, seed=1), fs, epochs=2)\n';
    const r = runOf(`${source}r`);
    const { mean, std } = r.dataset!.scaling!;
    const f = [2, -1, -2];
    const expected = predict(r.run.network, Float64Array.from(f, (v, j) => (v - mean[j]) / std[j]))[0];
    const got = lastValue(`${source}predict(r, [2, -1])`);
    assert.ok(got.kind === 'number');
    assertClose([got.value], [expected], 1e-12, 'prediction');
  });

  it('data.points are the raw points (data.x the encoded ones): predict(r, data.points) equals the network on data.x', () => {
    const source = 'fs = dataset("xor", n=40, seed=3, features="x1, x2, x1*x2", standardize=true)\nr = train(mlp([3, 4, 1], activation=tanh, seed=1), fs, epochs=2)\n';
    const points = lastValue(`${source}fs.points`);
    const x = lastValue(`${source}fs.x`);
    assert.ok(points.kind === 'vector' && x.kind === 'vector');
    assert.strictEqual(points.items.length, 40 * 2);
    assert.strictEqual(x.items.length, 40 * 3);
    const viaPoints = lastValue(`${source}predict(r, fs.points)`);
    const viaNetwork = lastValue(`${source}predict(r.network, fs.x)`);
    assert.ok(viaPoints.kind === 'vector' && viaNetwork.kind === 'vector');
    assertClose([...viaPoints.items], [...viaNetwork.items], 1e-12, 'predictions');
  });

  it('a point of the wrong size: the error names the raw inputs expected', () => {
    const source = 'xf = dataset("xor", seed=3, features="x1, x2, x1*x2")\nr = train(mlp([3, 4, 1]), xf, epochs=1)\n';
    assert.throws(() => lastValue(`${source}predict(r, [3, 3, 9])`), (e: unknown) => e instanceof LangError && /^predict: the run's data has 2 inputs per point \(x1, x2; the network sees them as features x1, x2, x1\*x2\), and 3 numbers are not a whole number of points$/.test(e.message));
    assert.throws(() => lastValue(`${source}predict(r.network, [3, 3])`), (e: unknown) => e instanceof LangError && /^predict: the network takes 3 inputs per point, and 2 numbers/.test(e.message));
    const st = 'st = dataset("xor", seed=3, standardize=true)\nr = train(mlp([2, 4, 1]), st, epochs=1)\n';
    assert.throws(() => lastValue(`${st}predict(r, [1, 2, 3])`), (e: unknown) => e instanceof LangError && /^predict: the run's data has 2 inputs per point \(x1, x2; the network sees them as standardized\), and 3 numbers/.test(e.message));
  });
});

import * as assert from 'assert';
import { getActivation } from '../../src/core/activations/registry';
import { datasetFromArrays, makeDataset, zeroOneTargets, type Dataset } from '../../src/core/training/datasets';
import type { EpochRecord, LayerRecord } from '../../src/core/training/epoch-record';
import { fromActivationSpec } from '../../src/core/training/layer-activation';
import { createNetwork, type Network } from '../../src/core/training/network';
import { train, type TrainingRun } from '../../src/core/training/train';
import { boundaryGrid, planeRange, probabilityOf } from '../../src/kernel/boundary-grid';
import { comparisonPayload, deadShare, stepsToLoss, trainingViewPayload } from '../../src/kernel/training-payload';
import { validateTrainingPayload } from '../../src/shared/training-payload';

const tanh = { kind: 'activation' as const, activation: fromActivationSpec(getActivation('tanh')!) };
const relu = { kind: 'activation' as const, activation: fromActivationSpec(getActivation('relu')!) };

/** 6 points on a plane, expanded with x1^2 and standardised: the grid must be encoded the same way. */
function planeData(): Dataset {
  return datasetFromArrays(
    [[0, 0], [1, 2], [-1, 3], [2, -1], [3, 1], [-2, -2]],
    [0, 1, 0, 1, 1, 0],
    { features: ['x1', 'x2', 'x1^2'], standardize: true, train: 0.5, seed: 4 },
  );
}

function record(epoch: number, steps: number, trainLoss: number, layers: Array<Partial<LayerRecord>>): EpochRecord {
  return {
    epoch, steps, trainLoss, testLoss: trainLoss * 1.5, trainAccuracy: 0.5, testAccuracy: NaN, penalty: 0, meanStepLoss: trainLoss, elapsedMs: epoch,
    layers: layers.map((l) => ({ gradientNorm: 1, weightNorm: 1, preMean: 0, preStd: 1, dead: NaN, sparsity: NaN, saturated: NaN, ...l })),
  };
}

/** A run object around a network with hand-set parameters (no training needed). */
function fakeRun(net: Network, data: Dataset, epochs: EpochRecord[], elapsedMs = 1000): TrainingRun {
  return {
    network: net, initialParameters: new Float64Array(net.parameters), options: { loss: 'bce', optimizer: { kind: 'sgd' }, epochs: 10 },
    train: { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, test: { x: data.test.inputs, y: zeroOneTargets(data.test, 'binary'), n: data.nTest },
    stepLosses: new Float64Array(0), epochs, steps: epochs.length ? epochs[epochs.length - 1].steps : 0, epochsDone: epochs.length ? epochs[epochs.length - 1].epoch : 0,
    stopped: 'completed', message: '', elapsedMs,
  };
}

describe('training payload builders', () => {
  it('computes the boundary grid by hand: features, training-set scaling, tanh layer, sigmoid of the logit', () => {
    const data = planeData();
    const net = createNetwork({ sizes: [3, 2, 1], hidden: tanh, output: 'linear', seed: 1 });
    // layer 0: W (2 x 3) at 0..5, b at 6..7; layer 1: v (1 x 2) at 8..9, c at 10
    net.parameters.set([0.5, -1, 0.25, 1.5, 0.3, -0.7, 0.1, -0.2, 2, -1.5, 0.05]);
    const grid = boundaryGrid(net, 'bce', zeroOneTargets(data.train, 'binary'), data, { nx: 4, ny: 3 });
    // Independent encoding: training rows' source points, population mean and std per feature.
    const src: number[][] = [];
    for (let r = 0; r < data.nTrain; r++) src.push([data.source.inputs[2 * r], data.source.inputs[2 * r + 1]]);
    const feats = (p: number[]) => [p[0], p[1], p[0] * p[0]];
    const cols = src.map(feats);
    const mean = [0, 1, 2].map((j) => cols.reduce((s, c) => s + c[j], 0) / cols.length);
    const std = [0, 1, 2].map((j) => Math.sqrt(cols.reduce((s, c) => s + (c[j] - mean[j]) ** 2, 0) / cols.length) || 1);
    const [x0, x1] = planeRange(data).x;
    const [y0, y1] = planeRange(data).y;
    assert.deepStrictEqual([grid.nx, grid.ny, grid.kind, grid.classes], [4, 3, 'probability', 2]);
    const p = net.parameters;
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 4; i++) {
        const point = [x0 + ((i + 0.5) * (x1 - x0)) / 4, y0 + ((j + 0.5) * (y1 - y0)) / 3];
        const e = feats(point).map((v, k) => (v - mean[k]) / std[k]);
        const h = [0, 1].map((u) => Math.tanh(p[u * 3] * e[0] + p[u * 3 + 1] * e[1] + p[u * 3 + 2] * e[2] + p[6 + u]));
        const z = p[8] * h[0] + p[9] * h[1] + p[10];
        const expected = 1 / (1 + Math.exp(-z));
        assert.ok(Math.abs(grid.values[j * 4 + i] - expected) < 1e-12, `cell (${i}, ${j}): ${grid.values[j * 4 + i]} vs ${expected}`);
      }
    }
  });

  it('reads one output on the targets scale and several as arg-max classes with softmax confidence', () => {
    assert.strictEqual(probabilityOf(0, 'sigmoid'), 0.5);
    assert.strictEqual(probabilityOf(0, 'sign'), 0.5);
    assert.strictEqual(probabilityOf(3, 'sign'), 1);
    assert.strictEqual(probabilityOf(-0.2, 'zero-one'), 0);
    const data = makeDataset('blobs', { n: 60, classes: 3, seed: 2 });
    const net = createNetwork({ sizes: [2, 3], hidden: [], output: 'linear', seed: 1 });
    net.parameters.set([1, 0, 0, 1, -1, -1, 0, 0, 0]);
    const grid = boundaryGrid(net, 'cross_entropy', data.train.targets, data, { nx: 5 });
    assert.strictEqual(grid.kind, 'class');
    assert.strictEqual(grid.classes, 3);
    const [x0, x1] = planeRange(data).x;
    const [y0, y1] = planeRange(data).y;
    const c = 2 * 5 + 3; // cell (3, 2)
    const x = x0 + 3.5 * (x1 - x0) / 5;
    const y = y0 + 2.5 * (y1 - y0) / 5;
    const z = [x, y, -x - y];
    const best = z.indexOf(Math.max(...z));
    assert.strictEqual(grid.values[c], best);
    const expected = Math.exp(z[best]) / z.reduce((s, v) => s + Math.exp(v), 0);
    assert.ok(Math.abs(grid.confidence![c] - expected) < 1e-12);
  });

  it('builds a valid view from a real run: progress, loss series, boundary, health', () => {
    const data = makeDataset('xor', { n: 200, seed: 1 });
    const net = createNetwork({ sizes: [2, 4, 1], hidden: relu, output: 'linear', seed: 3 });
    const run = train(net, { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, { x: data.test.inputs, y: zeroOneTargets(data.test, 'binary'), n: data.nTest }, { loss: 'bce', optimizer: { kind: 'adam', lr: 0.05 }, epochs: 20, batchSize: 20 });
    const payload = trainingViewPayload(run, data, { gridSide: 30 });
    const checked = validateTrainingPayload(JSON.parse(JSON.stringify(payload)));
    assert.ok(checked.ok, checked.ok ? '' : checked.reason);
    assert.strictEqual(payload.progress.epoch, 20);
    assert.strictEqual(payload.progress.state, 'completed');
    assert.strictEqual(payload.progress.etaMs, null);
    assert.deepStrictEqual(payload.loss.map((s) => s.label), ['train', 'test']);
    assert.deepStrictEqual(payload.loss[0].y, run.epochs.map((r) => r.trainLoss));
    assert.strictEqual(payload.boundary!.grid.values.length, 900);
    assert.strictEqual(payload.boundary!.train.x.length, data.nTrain);
    assert.deepStrictEqual(payload.health!.layers, ['layer 1 (relu)', 'output']);
    assert.strictEqual(payload.health!.gradientNorm.length, 2);
    assert.strictEqual(payload.health!.dead.length, 1);
    assert.strictEqual(payload.fit, undefined);
  });

  it('downsamples long series for drawing, keeping first, last and extremes (the run keeps every record)', () => {
    const data = planeData();
    const net = createNetwork({ sizes: [3, 2, 1], hidden: tanh, seed: 1 });
    const epochs = Array.from({ length: 5000 }, (_, i) => record(i + 1, (i + 1) * 3, 1 / (i + 1) + (i === 2500 ? 7 : 0), [{ gradientNorm: i === 4000 ? 1e-9 : 0.1, dead: 0.5 }, {}]));
    const run = fakeRun(net, data, epochs);
    const payload = trainingViewPayload(run, data, { gridSide: 10, state: 'running', epochs: 10000 });
    const train = payload.loss[0];
    assert.ok(train.x.length <= 1000, `${train.x.length} points`);
    assert.strictEqual(train.x[0], 1);
    assert.strictEqual(train.x[train.x.length - 1], 5000);
    assert.ok(train.x.includes(2501), 'the spike is kept');
    assert.ok(payload.health!.gradientNorm[0].y.includes(1e-9), 'the smallest gradient norm is kept');
    assert.strictEqual(run.epochs.length, 5000);
    assert.strictEqual(payload.progress.etaMs, (1000 / 5000) * 5000);
    assert.ok(validateTrainingPayload(JSON.parse(JSON.stringify(payload))).ok);
  });

  it('fits a 1-D dataset: the curve is the network over the encoded x samples', () => {
    const data = makeDataset('sine', { n: 40, seed: 1, standardize: true });
    const net = createNetwork({ sizes: [1, 1], hidden: [], output: 'linear', seed: 1 });
    net.parameters.set([2, 0.5]);
    const run = { ...fakeRun(net, data, [record(1, 1, 0.3, [{}])]), train: { x: data.train.inputs, y: data.train.targets, n: data.nTrain } };
    const payload = trainingViewPayload(run, data);
    assert.strictEqual(payload.boundary, undefined);
    const fit = payload.fit!;
    const x = fit.curve.x[17];
    const expected = 2 * ((x - data.scaling!.mean[0]) / data.scaling!.std[0]) + 0.5;
    assert.ok(Math.abs((fit.curve.y[17] as number) - expected) < 1e-12);
    assert.strictEqual(fit.train.x.length, data.nTrain);
    assert.strictEqual(fit.train.y[0], data.targets[0]);
  });

  it('compares runs: metrics (dead share by units, steps to the target), panels on one shared range', () => {
    const data = planeData();
    const a = createNetwork({ sizes: [3, 4, 2, 1], hidden: relu, seed: 1 });
    const runA = fakeRun(a, data, [record(1, 5, 0.6, [{ dead: 0.5 }, { dead: 0 }, {}]), record(2, 10, 0.3, [{ dead: 0.25 }, { dead: 1 }, {}])], 40);
    const runB = fakeRun(createNetwork({ sizes: [3, 4, 2, 1], hidden: tanh, seed: 1 }), data, [record(1, 5, 0.5, [{ dead: 0 }, { dead: 0 }, {}])], 50);
    assert.strictEqual(deadShare(runA), (0.25 * 4 + 1 * 2) / 6);
    assert.strictEqual(stepsToLoss(runA, 0.5), 10);
    assert.strictEqual(stepsToLoss(runA, 0.1), null);
    const payload = comparisonPayload([{ label: 'relu <b>', run: runA }, { label: 'tanh', run: runB }], data, { gridSide: 8 });
    assert.ok(validateTrainingPayload(JSON.parse(JSON.stringify(payload))).ok);
    assert.strictEqual(payload.targetLoss, 0.5, 'default target: the highest final train loss');
    assert.deepStrictEqual(payload.runs.map((r) => r.metrics.stepsToTarget), [10, 5]);
    assert.strictEqual(payload.runs[0].label, 'relu <b>');
    assert.strictEqual(payload.runs[1].metrics.timeMs, 50);
    assert.deepStrictEqual(payload.runs[0].grid!.xRange, payload.runs[1].grid!.xRange);
    assert.strictEqual(payload.points!.train.x.length, data.nTrain);
    assert.throws(() => comparisonPayload([], data), /at least one run/);
  });
});

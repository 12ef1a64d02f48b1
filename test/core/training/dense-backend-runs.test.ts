/**
 * Whole training runs on both dense backends: the plain-JS kernels and the WebAssembly SIMD ones
 * give bit-identical step losses, epoch records and trained parameters (every optimizer, loss and
 * activation of the PyTorch reference cases, plus wider and odd-sized networks with batch
 * remainders), and the PyTorch float64 fixture passes on each backend.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getActivation } from '../../../src/core/activations/registry';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { DenseBackend, requestedDenseBackend, setDenseBackend } from '../../../src/core/training/dense-backend';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { createNetwork, MlpConfig, Network } from '../../../src/core/training/network';
import { train, TrainingRun, TrainOptions } from '../../../src/core/training/train';
import type { DataSplit } from '../../../src/core/training/training-data';
import { wasmSimdAvailable } from '../../../src/core/training/wasm/dense-arena';
import { repoRoot } from '../numeric-helpers';
import { caseData, caseNetwork, caseOptions, referenceCases } from './reference-cases';

interface FixtureCase { name: string; steps: number[]; losses: number[] }
const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'core', 'fixtures', 'training-reference.json'), 'utf8')) as { cases: FixtureCase[] };

function runOn(backend: DenseBackend, net: Network, data: DataSplit, test: DataSplit | null, options: TrainOptions): TrainingRun {
  const before = requestedDenseBackend();
  setDenseBackend(backend);
  try {
    return train(net, data, test, options);
  } finally {
    setDenseBackend(before);
  }
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  assert.strictEqual(a.length, b.length, `${what}: lengths`);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) assert.fail(`${what}[${i}]: wasm ${a[i]}, js ${b[i]}`);
}

function assertIdentical(w: TrainingRun, j: TrainingRun): void {
  assert.strictEqual(w.stopped, j.stopped);
  assert.strictEqual(w.steps, j.steps);
  sameArray(w.stepLosses, j.stepLosses, 'step losses');
  sameArray(w.network.parameters, j.network.parameters, 'trained parameters');
  assert.strictEqual(w.epochs.length, j.epochs.length);
  w.epochs.forEach((e, k) => {
    const f = j.epochs[k];
    sameArray([e.trainLoss, e.testLoss, e.trainAccuracy, e.testAccuracy, e.penalty, e.meanStepLoss], [f.trainLoss, f.testLoss, f.trainAccuracy, f.testAccuracy, f.penalty, f.meanStepLoss], `epoch ${e.epoch} record`);
    assert.deepStrictEqual(e.layers, f.layers);
  });
}

function points(n: number, inputs: number, seed: number): DataSplit {
  const rng = new SeededRng(seed);
  const x = new Float64Array(n * inputs).map(() => rng.nextUniform(-1.5, 1.5));
  const y = new Float64Array(n).map((_, s) => (x[s * inputs] * x[s * inputs + 1] > 0 ? 1 : 0));
  return { x, y, n };
}

const act = (name: string) => fromActivationSpec(getActivation(name)!);

describe('training runs: wasm SIMD and plain-JS dense backends', () => {
  before(function () {
    if (!wasmSimdAvailable()) this.skip();
  });

  it('the default backend is wasm, and train() returns parameters outside the wasm memory', () => {
    assert.strictEqual(requestedDenseBackend(), 'wasm');
    const run = train(createNetwork({ sizes: [2, 4, 1], hidden: { kind: 'activation', activation: act('tanh') } }), points(10, 2, 1), null, { loss: 'bce', optimizer: { kind: 'sgd', lr: 0.1 }, epochs: 2 });
    assert.ok(run.network.parameters.buffer instanceof ArrayBuffer);
    assert.strictEqual(run.network.parameters.byteOffset, 0);
    assert.strictEqual(run.network.parameters.buffer.byteLength, run.network.parameters.length * 8);
  });

  it('a reused (pooled) arena gives the same bits as a fresh run on plain JS', () => {
    const small: MlpConfig = { sizes: [2, 5, 1], hidden: { kind: 'activation', activation: act('relu') }, seed: 3 };
    const big: MlpConfig = { sizes: [2, 40, 40, 1], hidden: { kind: 'activation', activation: act('tanh') }, seed: 3 };
    const options: TrainOptions = { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 3, batchSize: 9 };
    const data = points(50, 2, 4);
    const j = runOn('js', createNetwork(small), data, null, options);
    for (let k = 0; k < 3; k++) {
      runOn('wasm', createNetwork(big), data, null, options);
      assertIdentical(runOn('wasm', createNetwork(small), data, null, options), j);
    }
  });

  const byName = new Map(fixture.cases.map((c) => [c.name, c]));
  for (const c of referenceCases()) {
    it(`reference case ${c.name}: bit-identical, and within the torch fixture's tolerance on both`, () => {
      const data = caseData(c);
      const w = runOn('wasm', caseNetwork(c), data, null, caseOptions(c));
      const j = runOn('js', caseNetwork(c), data, null, caseOptions(c));
      assertIdentical(w, j);
      const ref = byName.get(c.name)!;
      ref.steps.forEach((step, k) => {
        const err = Math.abs(j.stepLosses[step - 1] - ref.losses[k]) / Math.max(Math.abs(ref.losses[k]), 1e-12);
        assert.ok(err <= (step <= 100 ? 1e-9 : 1e-6), `step ${step}: relative error ${err} against torch`);
      });
    });
  }

  const wide: [string, MlpConfig, TrainOptions, number][] = [
    ['2-17-33-3 tanh, cross-entropy, Adam, batch 23 of 101, test split, records', { sizes: [2, 17, 33, 3], hidden: { kind: 'activation', activation: act('tanh') }, seed: 4 }, { loss: 'cross_entropy', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 4, batchSize: 23 }, 101],
    ['3-64-64-64-1 relu, BCE, SGD momentum, full batch 300, l2, clip_norm', { sizes: [3, 64, 64, 64, 1], hidden: { kind: 'activation', activation: act('relu') }, seed: 5 }, { loss: 'bce', optimizer: { kind: 'sgd', lr: 0.05, momentum: 0.9 }, epochs: 3, l2: 1e-3, clipNorm: 1 }, 300],
    ['5-9-1 maxout 3 then prelu per unit, MSE, RMSprop, batch 7, l1, clip_value', { sizes: [5, 9, 7, 2], hidden: [{ kind: 'maxout', pieces: 3 }, { kind: 'prelu', perUnit: true }], seed: 6 }, { loss: 'mse', optimizer: { kind: 'rmsprop', lr: 0.005 }, epochs: 3, batchSize: 7, l1: 1e-4, clipValue: 0.5 }, 50],
    ['2-1-3-1 gelu, hinge, AdamW, batch 1', { sizes: [2, 1, 3, 1], hidden: { kind: 'activation', activation: act('gelu') }, seed: 7 }, { loss: 'hinge', optimizer: { kind: 'adamw', lr: 0.01 }, epochs: 2, batchSize: 1 }, 30],
    ['2-200-1 sigmoid head, MSE, 2,000 points in chunks (capacity below the batch)', { sizes: [2, 200, 1], hidden: { kind: 'activation', activation: act('tanh') }, output: 'sigmoid', seed: 8 }, { loss: 'mse', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 2 }, 6000],
  ];
  for (const [name, config, options, n] of wide) {
    it(`${name}: bit-identical`, function () {
      this.timeout(60000);
      const inputs = config.sizes[0];
      const outputs = config.sizes[config.sizes.length - 1];
      const data = points(n, inputs, 11);
      if (options.loss === 'cross_entropy') data.y.forEach((_, s) => { data.y[s] = s % outputs; });
      if (options.loss === 'mse' && outputs > 1) {
        const y = new Float64Array(n * outputs).map((_, k) => Math.sin(data.x[Math.floor(k / outputs) * inputs] + k % outputs));
        Object.assign(data, { y });
      }
      if (options.loss === 'hinge') data.y.forEach((v, s) => { data.y[s] = v > 0 ? 1 : -1; });
      const test = points(40, inputs, 12);
      if (options.loss === 'cross_entropy') test.y.fill(0);
      const withTest = options.loss === 'bce' ? test : null;
      const w = runOn('wasm', createNetwork(config), data, withTest, options);
      const j = runOn('js', createNetwork(config), data, withTest, options);
      assert.strictEqual(j.stopped, 'completed');
      assertIdentical(w, j);
    });
  }
});

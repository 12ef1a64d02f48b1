/**
 * Each training built-in's happy path gives the core's own numbers: dataset(...) is makeDataset,
 * mlp(...) is createNetwork, train(...) is train() with the same options and targets, predict(...)
 * is predict().
 */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { makeDataset, zeroOneTargets } from '../../../src/core/training/datasets';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { createNetwork, type MlpConfig } from '../../../src/core/training/network';
import { predict } from '../../../src/core/training/predict';
import { train, type TrainOptions } from '../../../src/core/training/train';
import { assertSameArray, datasetOf, lastValue, networkOf, runOf } from './training-helpers';

const gelu = () => fromActivationSpec(getActivation('gelu')!);

describe('training built-ins give the core\'s numbers', () => {
  const datasetCases: Array<{ name: string; source: string; generator: string; options: Record<string, unknown> }> = [
    { name: 'spiral with noise and seed', source: 'dataset("spiral", n=500, noise=0.2, seed=1)', generator: 'spiral', options: { n: 500, noise: 0.2, seed: 1 } },
    { name: 'split= is train=', source: 'dataset("circle", n=100, split=0.7, seed=2)', generator: 'circle', options: { n: 100, train: 0.7, seed: 2 } },
    { name: 'features as a comma list', source: 'dataset("xor", n=80, features="x1, x2, x1*x2", seed=3)', generator: 'xor', options: { n: 80, features: ['x1', 'x2', 'x1*x2'], seed: 3 } },
    { name: 'standardize', source: 'dataset("gauss", n=60, standardize=true)', generator: 'gauss', options: { n: 60, standardize: true } },
    { name: 'blobs with classes', source: 'dataset("blobs", n=90, classes=4, seed=5)', generator: 'blobs', options: { n: 90, classes: 4, seed: 5 } },
    { name: 'sine', source: 'dataset("sine", n=50, noise=0.1, seed=6)', generator: 'sine', options: { n: 50, noise: 0.1, seed: 6 } },
    { name: 'moons', source: 'dataset("moons", n=40, noise=0.1)', generator: 'moons', options: { n: 40, noise: 0.1 } },
    { name: 'plane', source: 'dataset("plane", n=40)', generator: 'plane', options: { n: 40 } },
    { name: 'multi-gauss', source: 'dataset("multi-gauss", n=40, noise=0.3)', generator: 'multi-gauss', options: { n: 40, noise: 0.3 } },
    { name: 'your columns', source: 'dataset(x1=[1, 2, 3, 4], x2=[0, 1, 0, 1], y=[0, 1, 1, 0], seed=7)', generator: 'arrays', options: { inputs: [[1, 0], [2, 1], [3, 0], [4, 1]], labels: [0, 1, 1, 0], seed: 7 } },
    { name: '1-D vectors', source: 'dataset([1, 2, 3, 4, 5], [0.5, 1, 1.5, 2, 2.5])', generator: 'arrays', options: { inputs: [1, 2, 3, 4, 5], labels: [0.5, 1, 1.5, 2, 2.5] } },
  ];
  for (const c of datasetCases) {
    it(`dataset: ${c.name}`, () => {
      const ours = datasetOf(c.source).dataset;
      const core = makeDataset(c.generator, c.options);
      assertSameArray(ours.inputs, core.inputs, 'inputs');
      assertSameArray(ours.targets, core.targets, 'targets');
      assert.strictEqual(ours.nTrain, core.nTrain);
    });
  }

  it('dataset("function", fn=f) calls the language function', () => {
    const ours = datasetOf('g(x) = x^2\ndataset("function", fn=g, n=20, seed=1)').dataset;
    const core = makeDataset('function', { fn: (x: number) => Math.pow(x, 2), n: 20, seed: 1 });
    assertSameArray(ours.targets, core.targets, 'targets');
  });

  const mlpCases: Array<{ name: string; source: string; config: MlpConfig }> = [
    { name: 'gelu, seed 1', source: 'mlp([2, 16, 16, 1], activation=gelu, seed=1)', config: { sizes: [2, 16, 16, 1], hidden: gelu(), seed: 1 } as unknown as MlpConfig },
    { name: 'he_normal, bias 0.1', source: 'mlp([3, 8, 2], init="he_normal", bias=0.1, seed=4)', config: { sizes: [3, 8, 2], hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('relu')!) }, init: 'kaiming_normal', bias: 0.1, seed: 4 } },
    { name: 'prelu is a learned slope', source: 'mlp([2, 4, 1], activation=prelu)', config: { sizes: [2, 4, 1], hidden: { kind: 'prelu', init: 0.25 } } },
    { name: 'maxout(k=3)', source: 'mlp([2, 4, 1], activation=maxout(k=3), init="xavier_uniform", seed=2)', config: { sizes: [2, 4, 1], hidden: { kind: 'maxout', pieces: 3 }, init: 'xavier_uniform', seed: 2 } },
    { name: 'playground', source: 'mlp([2, 4, 4, 1], tanh, tanh, init="playground", seed=9)', config: { sizes: [2, 4, 4, 1], hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('tanh')!) }, init: 'playground', seed: 9 } },
  ];
  for (const c of mlpCases) {
    it(`mlp: ${c.name}`, () => {
      const config = { ...c.config, hidden: (c.config.hidden as { kind?: string }).kind ? c.config.hidden : { kind: 'activation', activation: c.config.hidden } } as MlpConfig;
      const ours = networkOf(c.source).network;
      const core = createNetwork(config);
      assertSameArray(ours.parameters, core.parameters, 'parameters');
      assert.deepStrictEqual(ours.tensors.map((t) => t.name), core.tensors.map((t) => t.name));
    });
  }

  it('train: the step losses and final weights of the core\'s train()', () => {
    const r = runOf('data = dataset("spiral", n=200, noise=0.2, seed=1)\nnet = mlp([2, 8, 8, 1], activation=gelu, seed=1)\ntrain(net, data, epochs=20, batch=32, optimizer="adam", lr=0.01, seed=3)');
    const data = makeDataset('spiral', { n: 200, noise: 0.2, seed: 1 });
    const net = createNetwork({ sizes: [2, 8, 8, 1], hidden: { kind: 'activation', activation: gelu() }, seed: 1 });
    const options: TrainOptions = { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 20, batchSize: 32, seed: 3 };
    const core = train(net, { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, { x: data.test.inputs, y: zeroOneTargets(data.test, 'binary'), n: data.nTest }, options);
    assertSameArray(r.run.stepLosses, core.stepLosses, 'stepLosses');
    assertSameArray(r.run.network.parameters, core.network.parameters, 'parameters');
    assert.strictEqual(r.run.epochs.length, 20);
    assert.strictEqual(r.run.epochs[19].testAccuracy, core.epochs[19].testAccuracy);
  });

  const lossCases = [
    { name: 'binary, one linear output: bce', source: 'train(mlp([2, 4, 1]), dataset("circle", n=40), epochs=1)', loss: 'bce', encoding: 'zero-one' },
    { name: 'binary, two outputs: cross_entropy', source: 'train(mlp([2, 4, 2]), dataset("circle", n=40), epochs=1)', loss: 'cross_entropy', encoding: 'class-index' },
    { name: 'classes, softmax: cross_entropy', source: 'train(mlp([2, 4, 3], output="softmax"), dataset("blobs", n=40), epochs=1)', loss: 'cross_entropy', encoding: 'class-index' },
    { name: 'regression: mse', source: 'train(mlp([1, 4, 1]), dataset("sine", n=40), epochs=1)', loss: 'mse', encoding: 'values' },
    { name: 'hinge: ±1 targets', source: 'train(mlp([2, 4, 1]), dataset("circle", n=40), epochs=1, loss="hinge")', loss: 'hinge', encoding: 'sign' },
    { name: 'mse on classes, linear: ±1 (Playground)', source: 'train(mlp([2, 4, 1]), dataset("circle", n=40), epochs=1, loss="mse")', loss: 'mse', encoding: 'sign' },
    { name: 'mse on classes, sigmoid: 0/1', source: 'train(mlp([2, 4, 1], output="sigmoid"), dataset("circle", n=40), epochs=1, loss="mse")', loss: 'mse', encoding: 'zero-one' },
  ];
  for (const c of lossCases) {
    it(`train: default and given losses: ${c.name}`, () => {
      const r = runOf(c.source);
      assert.strictEqual(r.loss, c.loss);
      assert.strictEqual(r.encoding, c.encoding);
    });
  }

  const optimizerCases = [
    { name: 'sgd with nesterov momentum', args: 'optimizer="sgd", lr=0.1, momentum=0.9, nesterov=true, weight_decay=0.001', config: { kind: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.001 } },
    { name: 'adamw with betas', args: 'optimizer="adamw", lr=0.005, betas=[0.8, 0.99], eps=1e-7', config: { kind: 'adamw', lr: 0.005, beta1: 0.8, beta2: 0.99, eps: 1e-7 } },
    { name: 'rmsprop', args: 'optimizer="rmsprop", alpha=0.9, momentum=0.5', config: { kind: 'rmsprop', lr: 0.01, alpha: 0.9, momentum: 0.5 } },
    { name: 'rmsprop centered', args: 'optimizer="rmsprop", alpha=0.9, momentum=0.5, centered=true', config: { kind: 'rmsprop', lr: 0.01, alpha: 0.9, momentum: 0.5, centered: true } },
  ];
  for (const c of optimizerCases) {
    it(`train: ${c.name}, l1, l2, clip and full batch`, () => {
      const r = runOf(`train(mlp([2, 6, 1], activation=tanh, seed=2), dataset("moons", n=60, seed=2), epochs=5, batch="full", l1=0.001, l2=0.01, clip=1, ${c.args})`);
      const data = makeDataset('moons', { n: 60, seed: 2 });
      const net = createNetwork({ sizes: [2, 6, 1], hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('tanh')!) }, seed: 2 });
      const core = train(net, { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, null, { loss: 'bce', optimizer: c.config as TrainOptions['optimizer'], epochs: 5, batchSize: 0, seed: 0, l1: 0.001, l2: 0.01, clipNorm: 1 });
      assertSameArray(r.run.stepLosses, core.stepLosses, 'stepLosses');
    });
  }

  it('train: l1_activations is the core\'s activation L1 penalty (same step losses), and it makes relu units sparser', () => {
    const src = (extra: string) => `train(mlp([2, 16, 1], activation=relu, seed=1), dataset("circle", n=200, seed=1), epochs=30${extra})`;
    const r = runOf(src(', l1_activations=0.05'));
    const plain = runOf(src(''));
    const data = makeDataset('circle', { n: 200, seed: 1 });
    const net = createNetwork({ sizes: [2, 16, 1], hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('relu')!) }, seed: 1 });
    const core = train(net, { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, null, { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 30, batchSize: 32, seed: 0, l1Activations: 0.05 });
    assertSameArray(r.run.stepLosses, core.stepLosses, 'stepLosses');
    const last = (x: typeof r) => x.run.epochs[x.run.epochs.length - 1].layers[0].sparsity;
    assert.ok(last(r) > last(plain) + 0.1, `sparsity ${last(r)} with the penalty, ${last(plain)} without`);
  });

  it('predict: one point gives a number, several a vector, as the core computes', () => {
    const source = 'r = train(mlp([2, 8, 1], seed=1), dataset("circle", n=60), epochs=3)\n';
    const r = runOf(`${source}r`);
    const one = lastValue(`${source}predict(r, [0.5, -1])`);
    const two = lastValue(`${source}predict(r, [0.5, -1, 2, 2])`);
    const core = predict(r.run.network, Float64Array.of(0.5, -1, 2, 2));
    assert.deepStrictEqual(one, { kind: 'number', value: core[0] });
    assert.ok(two.kind === 'vector');
    assertSameArray(two.items, core, 'predictions');
  });

  it('train: shuffle=false and record_every as the core\'s options', () => {
    const r = runOf('train(mlp([2, 4, 1], seed=1), dataset("circle", n=60), epochs=6, batch=10, shuffle=false, record_every=3)');
    const data = makeDataset('circle', { n: 60 });
    const net = createNetwork({ sizes: [2, 4, 1], hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('relu')!) }, seed: 1 });
    const core = train(net, { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, null, { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 6, batchSize: 10, shuffle: false, recordEvery: 3 });
    assertSameArray(r.run.stepLosses, core.stepLosses, 'stepLosses');
    assert.deepStrictEqual(r.run.epochs.map((e) => e.epoch), [3, 6]);
  });

  it('train(run, data) goes on from the run\'s weights', () => {
    const r = runOf('s = dataset("circle", n=60)\nr = train(mlp([2, 4, 1]), s, epochs=2)\ntrain(r, s, epochs=1)');
    const first = runOf('s = dataset("circle", n=60)\ntrain(mlp([2, 4, 1]), s, epochs=2)');
    assertSameArray(r.run.initialParameters, first.run.network.parameters, 'initial = trained');
  });
});

// Real trained runs for the training renderer preview (training-renderer-preview.ts): a 2-8-8-1 tanh
// net on the spiral, five activations on the same spiral from the same seed, a 3-class blobs net and a
// 1-D sine fit, all trained with the core and turned into payloads by src/kernel/training-payload.ts.
import { getActivation } from '../../src/core/activations/registry';
import { makeDataset, zeroOneTargets, type Dataset } from '../../src/core/training/datasets';
import { fromActivationSpec } from '../../src/core/training/layer-activation';
import type { LossName } from '../../src/core/training/losses';
import { createNetwork, type OutputHead } from '../../src/core/training/network';
import { train, type TrainOptions, type TrainingRun } from '../../src/core/training/train';
import type { DataSplit } from '../../src/core/training/training-data';
import { comparisonPayload, trainingViewPayload } from '../../src/kernel/training-payload';
import type { TrainingPayload } from '../../src/shared/training-payload';

function splits(data: Dataset, loss: LossName): { train: DataSplit; test: DataSplit } {
  const y = (part: Dataset['train']) => (loss === 'bce' ? zeroOneTargets(part, 'binary') : Float64Array.from(part.targets));
  return {
    train: { x: data.train.inputs, y: y(data.train), n: data.nTrain },
    test: { x: data.test.inputs, y: y(data.test), n: data.nTest },
  };
}

export function trainOn(data: Dataset, activation: string, sizes: number[], loss: LossName, output: OutputHead, epochs: number, lr = 0.03, more: Partial<TrainOptions> = {}): TrainingRun {
  const spec = getActivation(activation);
  if (!spec) throw new Error(`no activation ${activation}`);
  const net = createNetwork({ sizes, hidden: { kind: 'activation', activation: fromActivationSpec(spec) }, output, seed: 7, init: 'xavier_uniform' });
  const s = splits(data, loss);
  return train(net, s.train, s.test, { loss, optimizer: { kind: 'adam', lr }, epochs, batchSize: 10, seed: 1, ...more });
}

export interface PreviewCase {
  name: string;
  payload: TrainingPayload;
}

export function previewCases(): PreviewCase[] {
  const spiral = makeDataset('spiral', { n: 500, noise: 0.1, seed: 3, standardize: true });
  const main = trainOn(spiral, 'tanh', [2, 8, 8, 1], 'bce', 'linear', 200);
  const view = trainingViewPayload(main, spiral, { title: 'spiral · 2-8-8-1 tanh · bce · adam(0.03)' });
  const running = trainingViewPayload(trainOn(spiral, 'tanh', [2, 8, 8, 1], 'bce', 'linear', 40), spiral, { title: 'spiral (live, epoch 40 of 200)', state: 'running', epochs: 200 });
  const activations = ['relu', 'tanh', 'sigmoid', 'gelu', 'mish'];
  const runs = activations.map((a) => ({ label: a === 'mish' ? 'x -> x * tanh(softplus(x)) <mish>' : a, run: trainOn(spiral, a, [2, 8, 8, 8, 1], 'bce', 'linear', 150) }));
  const comparison = comparisonPayload(runs, spiral, { title: 'compare_training(relu, tanh, sigmoid, gelu, mish) on spiral, hidden [8, 8, 8]' });
  const blobs = makeDataset('blobs', { n: 600, classes: 4, std: 1.2, seed: 5 });
  const blobView = trainingViewPayload(trainOn(blobs, 'relu', [2, 16, 4], 'cross_entropy', 'linear', 60, 0.01), blobs, { title: 'blobs (4 classes) · 2-16-4 relu · cross_entropy' });
  const sine = makeDataset('sine', { n: 200, noise: 0.1, seed: 2 });
  const fit = trainingViewPayload(trainOn(sine, 'tanh', [1, 16, 16, 1], 'mse', 'linear', 300, 0.01), sine, { title: 'sine fit · 1-16-16-1 tanh · mse' });
  // 4,000 epochs (full batch): the drawn series are downsampled, the run keeps every record.
  const long = trainingViewPayload(trainOn(spiral, 'relu', [2, 16, 16, 1], 'bce', 'linear', 4000, 0.01, { batchSize: 0 }), spiral, { title: 'spiral · 4,000 epochs · 2-16-16-1 relu · full batch' });
  let polls = 0;
  const stopped = trainOn(spiral, 'sigmoid', [2, 8, 8, 1], 'bce', 'linear', 500, 0.03, { shouldStop: () => ++polls > 2000 });
  const interrupted = trainingViewPayload(stopped, spiral, { title: 'spiral · interrupted' });
  const plane = makeDataset('multi-gauss', { n: 600, seed: 4 });
  const planeView = trainingViewPayload(trainOn(plane, 'tanh', [2, 12, 12, 1], 'mse', 'linear', 80, 0.01), plane, { title: 'multi-gauss regression · 2-12-12-1 tanh · mse' });
  return [
    { name: 'view-spiral', payload: view },
    { name: 'view-regression', payload: planeView },
    { name: 'view-long', payload: long },
    { name: 'view-interrupted', payload: interrupted },
    { name: 'view-running', payload: running },
    { name: 'comparison-5', payload: comparison },
    { name: 'view-blobs', payload: blobView },
    { name: 'view-fit', payload: fit },
  ];
}

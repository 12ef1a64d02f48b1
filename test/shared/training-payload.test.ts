import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { MIME_TRAINING } from '../../src/shared/mime-types';
import { TRAINING_PAYLOAD_LIMITS, validateTrainingPayload, type ComparisonPayloadV1, type TrainingViewPayloadV1 } from '../../src/shared/training-payload';

function goodView(): TrainingViewPayloadV1 {
  return {
    version: 1,
    kind: 'view',
    title: 'spiral',
    progress: { epoch: 2, epochs: 10, steps: 20, trainLoss: 0.5, testLoss: null, trainAccuracy: 0.75, testAccuracy: null, stepsPerSecond: 100, elapsedMs: 200, etaMs: 800, state: 'running', message: '' },
    lossName: 'bce',
    loss: [{ label: 'train', x: [1, 2], y: [0.7, null] }],
    boundary: {
      grid: { kind: 'probability', nx: 2, ny: 2, xRange: [-1, 1], yRange: [-2, 2], values: [0, 0.25, 0.75, 1], classes: 2 },
      train: { x: [0.5], y: [0.5], label: [1] },
      test: { x: [], y: [], label: [] },
      axes: ['x1', 'x2'],
      classNames: ['-1', '1'],
    },
    fit: { curve: { label: 'network', x: [0, 1], y: [0, 1] }, train: { x: [0], y: [0], label: [0] }, test: { x: [1], y: [1], label: [1] }, xLabel: 'x', yLabel: 'y' },
    health: { layers: ['layer 1 (tanh)', 'output'], gradientNorm: [{ label: 'layer 1 (tanh)', x: [1], y: [0.1] }], dead: [], sparsity: [], saturated: [] },
  };
}

function goodComparison(): ComparisonPayloadV1 {
  return {
    version: 1,
    kind: 'comparison',
    title: 'relu vs <tanh>',
    lossName: 'bce',
    targetLoss: 0.3,
    runs: [
      {
        label: 'relu',
        metrics: { finalTrainLoss: 0.1, finalTestLoss: 0.2, trainAccuracy: 1, testAccuracy: 0.9, deadShare: 0.25, stepsToTarget: 40, timeMs: 12, state: 'completed' },
        loss: [{ label: 'train', x: [1], y: [0.1] }],
        grid: { kind: 'class', nx: 1, ny: 2, xRange: [0, 1], yRange: [0, 1], values: [0, 2], classes: 3, confidence: [0.5, 1] },
      },
    ],
    points: { train: { x: [0], y: [0], label: [0] }, test: { x: [], y: [], label: [] }, axes: ['x1', 'x2'], classNames: [] },
  };
}

/** Applies `mutate` to a fresh good payload and returns the validator's reason. */
function reason<T>(make: () => T, mutate: (p: T) => void): string {
  const p = make();
  mutate(p);
  const r = validateTrainingPayload(JSON.parse(JSON.stringify(p)));
  assert.strictEqual(r.ok, false, 'expected the payload to be refused');
  return (r as { reason: string }).reason;
}

describe('training payload validator', () => {
  it('accepts a full view and a comparison', () => {
    assert.deepStrictEqual(validateTrainingPayload(goodView()).ok, true);
    assert.deepStrictEqual(validateTrainingPayload(goodComparison()).ok, true);
    const minimal = goodView();
    delete minimal.boundary;
    delete minimal.fit;
    delete minimal.health;
    assert.strictEqual(validateTrainingPayload(minimal).ok, true);
  });

  it('refuses what is not a payload, another version or kind', () => {
    for (const v of [null, 3, 'x', []]) assert.match((validateTrainingPayload(v) as { reason: string }).reason, /payload must be an object/);
    assert.match(reason(goodView, (p) => ((p as unknown as { version: number }).version = 2)), /unsupported training payload version 2/);
    assert.match(reason(goodView, (p) => ((p as unknown as { kind: string }).kind = 'table')), /kind must be "view" or "comparison"/);
    assert.match(reason(goodView, (p) => ((p as unknown as { title: number }).title = 3)), /title must be a string/);
  });

  it('names each bad progress field', () => {
    assert.match(reason(goodView, (p) => ((p.progress as unknown as { epoch: number }).epoch = -1)), /progress\.epoch must be a whole number/);
    assert.match(reason(goodView, (p) => ((p.progress as unknown as { trainLoss: string }).trainLoss = 'NaN')), /progress\.trainLoss must be a finite number/);
    assert.match(reason(goodView, (p) => ((p.progress as unknown as { state: string }).state = 'done')), /progress\.state must be one of running, completed, interrupted, diverged/);
    assert.match(reason(goodView, (p) => ((p.progress as unknown as { message: null }).message = null)), /progress\.message must be a string/);
    assert.match(reason(goodView, (p) => ((p.progress as unknown as { elapsedMs: null }).elapsedMs = null)), /progress\.elapsedMs must be a finite number/);
  });

  it('checks series: lengths, numbers, nulls, count', () => {
    assert.match(reason(goodView, (p) => p.loss[0].y.push(1)), /loss\[0\]\.y must have 2 entries, has 3/);
    assert.match(reason(goodView, (p) => ((p.loss[0].x as unknown[])[1] = null)), /loss\[0\]\.x\[1\] must be a finite number/);
    assert.match(reason(goodView, (p) => ((p.loss[0].y as unknown[])[0] = 'a')), /loss\[0\]\.y\[0\] must be a finite number or null/);
    assert.match(reason(goodView, (p) => (p.loss = Array.from({ length: TRAINING_PAYLOAD_LIMITS.maxSeries + 1 }, () => ({ label: 't', x: [], y: [] })))), /loss has 17 entries, at most 16/);
    assert.match(reason(goodView, (p) => (p.loss[0] = { label: 't', x: new Array(5001).fill(1), y: new Array(5001).fill(1) })), /loss\[0\]\.x has 5001 entries/);
    assert.match(reason(goodView, (p) => ((p.health as unknown as { dead: null }).dead = null)), /health\.dead must be an array/);
  });

  it('checks the grid: size, ranges, values per kind', () => {
    const grid = (p: TrainingViewPayloadV1) => p.boundary!.grid;
    assert.match(reason(goodView, (p) => (grid(p).nx = 201)), /boundary\.grid\.nx must be at most 200/);
    assert.match(reason(goodView, (p) => (grid(p).nx = 0)), /at least one cell/);
    assert.match(reason(goodView, (p) => (grid(p).nx = 3)), /boundary\.grid\.values must have 6 entries, has 4/);
    assert.match(reason(goodView, (p) => (grid(p).xRange = [1, 1])), /boundary\.grid\.xRange must be \[a, b\] with a < b/);
    assert.match(reason(goodView, (p) => (grid(p).values[2] = 1.5)), /boundary\.grid\.values\[2\] must be a probability in \[0, 1\]/);
    assert.match(reason(goodView, (p) => (grid(p).classes = 3)), /classes must be 2 for a probability grid/);
    assert.match(reason(goodView, (p) => ((grid(p) as unknown as { kind: string }).kind = 'heat')), /boundary\.grid\.kind must be/);
    assert.match(reason(goodView, (p) => ((grid(p) as unknown as { kind: string }).kind = 'value')), /valueRange is needed for a value grid/);
    assert.match(reason(goodComparison, (p) => (p.runs[0].grid!.values[1] = 3)), /runs\[0\]\.grid\.values\[1\] must be a class index 0 … 2/);
    assert.match(reason(goodComparison, (p) => (p.runs[0].grid!.confidence![0] = -0.1)), /runs\[0\]\.grid\.confidence\[0\] must be in \[0, 1\]/);
  });

  it('checks points: lengths and the total bound', () => {
    assert.match(reason(goodView, (p) => p.boundary!.train.label.push(0)), /boundary\.train\.label must have 1 entries, has 2/);
    assert.match(reason(goodView, (p) => ((p.boundary as unknown as { axes: string[] }).axes = ['x1'])), /boundary\.axes must be two axis names/);
    const many = (n: number) => ({ x: new Array(n).fill(0), y: new Array(n).fill(0), label: new Array(n).fill(0) });
    assert.match(reason(goodView, (p) => { p.boundary!.train = many(15000); p.boundary!.test = many(5001); }), /boundary has 20001 train and test points, at most 20000/);
    assert.match(reason(goodView, (p) => (p.fit!.xLabel = 1 as unknown as string)), /fit\.xLabel must be a string/);
  });

  it('checks comparison runs and metrics', () => {
    assert.match(reason(goodComparison, (p) => (p.runs = [])), /runs must hold at least one run/);
    assert.match(reason(goodComparison, (p) => ((p.runs[0].metrics as unknown as { deadShare: string }).deadShare = 'x')), /runs\[0\]\.metrics\.deadShare must be a finite number/);
    assert.match(reason(goodComparison, (p) => ((p.runs[0].metrics as unknown as { state: string }).state = '')), /runs\[0\]\.metrics\.state must be one of/);
    assert.match(reason(goodComparison, (p) => ((p.runs[0] as unknown as { label: null }).label = null)), /runs\[0\]\.label must be a string/);
    assert.match(reason(goodComparison, (p) => (p.runs = new Array(17).fill(p.runs[0]))), /runs has 17 entries, at most 16/);
  });

  it('is a MIME type the renderer declares in package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const renderer = manifest.contributes.notebookRenderer.find((r: { id: string }) => r.id === 'activation-lab.chart-renderer');
    assert.ok(renderer.mimeTypes.includes(MIME_TRAINING), JSON.stringify(renderer.mimeTypes));
    assert.strictEqual(MIME_TRAINING, 'application/vnd.activation-lab.training+json');
  });
});

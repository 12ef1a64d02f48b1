/**
 * Does it learn what the tools people compare us with learn? TF Playground's spiral (generated here,
 * its formula; 500 points, noise 0.2, half for test), 2-16-16-1 GELU, torch default init, Adam lr
 * 0.01, batch 32, 300 epochs: PyTorch float64 reaches 0.98 test accuracy (training-facts.md).
 */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { createNetwork } from '../../../src/core/training/network';
import { train } from '../../../src/core/training/train';
import type { DataSplit } from '../../../src/core/training/training-data';

function spiral(n: number, noise: number, seed: number): { train: DataSplit; test: DataSplit } {
  const rng = new SeededRng(seed);
  const points: [number, number, number][] = [];
  for (const [delta, label] of [[0, 1], [Math.PI, 0]]) {
    for (let i = 0; i < n / 2; i++) {
      const r = (5 * i) / (n / 2);
      const t = (1.75 * 2 * Math.PI * i) / (n / 2) + delta;
      points.push([r * Math.sin(t) + rng.nextUniform(-1, 1) * noise, r * Math.cos(t) + rng.nextUniform(-1, 1) * noise, label]);
    }
  }
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    [points[i], points[j]] = [points[j], points[i]];
  }
  const split = (ps: [number, number, number][]): DataSplit => ({ x: new Float64Array(ps.flatMap((p) => [p[0], p[1]])), y: new Float64Array(ps.map((p) => p[2])), n: ps.length });
  return { train: split(points.slice(0, n / 2)), test: split(points.slice(n / 2)) };
}

describe('learning sanity (TF Playground spiral)', () => {
  it('2-16-16-1 GELU, Adam 0.01, batch 32, 300 epochs: test accuracy >= 0.95', function () {
    this.timeout(30000);
    const data = spiral(500, 0.2, 1);
    const net = createNetwork({ sizes: [2, 16, 16, 1], hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('gelu')!) }, seed: 1 });
    const run = train(net, data.train, data.test, { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 300, batchSize: 32, recordEvery: 50 });
    const last = run.epochs[run.epochs.length - 1];
    assert.ok(last.testAccuracy >= 0.95, `test accuracy ${last.testAccuracy}`);
    assert.ok(last.trainLoss < run.epochs[0].trainLoss);
  });
});

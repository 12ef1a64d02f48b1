/** The per-epoch record against a direct recount with scalar loops on a tiny 2-3-3-1 net (relu, then tanh). */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { createNetwork } from '../../../src/core/training/network';
import { train } from '../../../src/core/training/train';

describe('per-epoch record', () => {
  const relu = fromActivationSpec(getActivation('relu')!);
  const tanh = fromActivationSpec(getActivation('tanh')!);
  const net = createNetwork({ sizes: [2, 3, 3, 1], hidden: [{ kind: 'activation', activation: relu }, { kind: 'activation', activation: tanh }], seed: 5 });
  const p = net.parameters;
  const L0 = net.layers[0];
  const L1 = net.layers[1];
  const L2 = net.layers[2];
  p[L0.biasOffset] = -100; // unit 0 of layer 1 is dead for every input
  p[L1.biasOffset + 2] = 40; // unit 2 of layer 2 is saturated for every input
  const x = new Float64Array([0.5, -1, 1.5, 0.25, -0.75, 0.8, 0, 0, 2, -2, -1.2, -0.3]);
  const y = new Float64Array([1, 0, 1, 0, 1, 0]);
  const n = 6;
  const xt = new Float64Array([0.1, 0.2, -0.4, 0.9]);
  const yt = new Float64Array([1, 0]);

  // direct recount with the parameters unchanged (lr 0)
  const W = (layer: typeof L0, o: number, i: number) => p[layer.weightOffset + o * layer.inputs + i];
  const B = (layer: typeof L0, o: number) => p[layer.biasOffset + o];
  function forward(xs: Float64Array, s: number) {
    const z1 = [0, 1, 2].map((o) => W(L0, o, 0) * xs[2 * s] + W(L0, o, 1) * xs[2 * s + 1] + B(L0, o));
    const a1 = z1.map((z) => Math.max(0, z));
    const z2 = [0, 1, 2].map((o) => W(L1, o, 0) * a1[0] + W(L1, o, 1) * a1[1] + W(L1, o, 2) * a1[2] + B(L1, o));
    const a2 = z2.map(Math.tanh);
    const z3 = W(L2, 0, 0) * a2[0] + W(L2, 0, 1) * a2[1] + W(L2, 0, 2) * a2[2] + B(L2, 0);
    return { z1, a1, z2, a2, z3 };
  }
  const bce = (z: number, t: number) => Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
  const sig = (z: number) => 1 / (1 + Math.exp(-z));

  const run = train(net, { x, y, n }, { x: xt, y: yt, n: 2 }, { loss: 'bce', optimizer: { kind: 'sgd', lr: 0 }, epochs: 1 });
  const rec = run.epochs[0];

  it('train and test loss and accuracy', () => {
    let loss = 0, correct = 0;
    for (let s = 0; s < n; s++) { const z = forward(x, s).z3; loss += bce(z, y[s]); if ((z > 0) === (y[s] > 0.5)) correct++; }
    assert.ok(Math.abs(rec.trainLoss - loss / n) < 1e-15);
    assert.strictEqual(rec.trainAccuracy, correct / n);
    let tl = 0, tc = 0;
    for (let s = 0; s < 2; s++) { const z = forward(xt, s).z3; tl += bce(z, yt[s]); if ((z > 0) === (yt[s] > 0.5)) tc++; }
    assert.ok(Math.abs(rec.testLoss - tl / 2) < 1e-15);
    assert.strictEqual(rec.testAccuracy, tc / 2);
    assert.strictEqual(rec.epoch, 1);
    assert.strictEqual(rec.steps, 1);
  });

  it('pre-activation mean and std, dead units, sparsity, saturation', () => {
    const f = Array.from({ length: n }, (_, s) => forward(x, s));
    const pre1 = f.flatMap((r) => r.z1);
    const mean = pre1.reduce((a, b) => a + b, 0) / pre1.length;
    const std = Math.sqrt(pre1.reduce((a, b) => a + (b - mean) ** 2, 0) / pre1.length);
    assert.ok(Math.abs(rec.layers[0].preMean - mean) < 1e-12 && Math.abs(rec.layers[0].preStd - std) < 1e-9);
    const dead = [0, 1, 2].filter((u) => f.every((r) => r.a1[u] === 0)).length / 3;
    const zeros = f.flatMap((r) => r.a1).filter((v) => v === 0).length / (3 * n);
    assert.ok(dead >= 1 / 3);
    assert.strictEqual(rec.layers[0].dead, dead);
    assert.strictEqual(rec.layers[0].sparsity, zeros);
    assert.strictEqual(rec.layers[0].saturated, dead); // relu' = 0 exactly where the unit is off
    const sat = [0, 1, 2].filter((u) => f.every((r) => Math.abs(1 - r.a2[u] ** 2) < 0.01)).length / 3;
    assert.ok(sat >= 1 / 3);
    assert.strictEqual(rec.layers[1].saturated, sat);
    assert.strictEqual(rec.layers[1].dead, 0);
    assert.ok(Number.isNaN(rec.layers[2].dead) && Number.isNaN(rec.layers[2].sparsity));
  });

  it('weight norm and the full-set gradient norm of the output layer', () => {
    const f = Array.from({ length: n }, (_, s) => forward(x, s));
    let wn = 0;
    for (let i = 0; i < 3; i++) wn += W(L2, 0, i) ** 2;
    assert.ok(Math.abs(rec.layers[2].weightNorm - Math.sqrt(wn)) < 1e-15);
    const g = [0, 1, 2].map((i) => f.reduce((a, r, s) => a + ((sig(r.z3) - y[s]) / n) * r.a2[i], 0));
    assert.ok(Math.abs(rec.layers[2].gradientNorm - Math.hypot(...g)) < 1e-14);
  });
});

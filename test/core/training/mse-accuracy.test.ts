/**
 * The per-epoch record's accuracy for mse on class labels (TensorFlow Playground trains classes
 * with mse) against a direct recount with scalar loops: ±1 labels by the output's sign, 0/1 labels
 * by 0.5 (a linear and a sigmoid output), one-hot rows by the argmax; NaN for real-valued targets.
 */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { countCorrectLabels, inferMseLabels } from '../../../src/core/training/losses';
import { createNetwork, type Network, type OutputHead } from '../../../src/core/training/network';
import { train, type TrainOptions } from '../../../src/core/training/train';

const tanh = fromActivationSpec(getActivation('tanh')!);

function net(outputs: number, head: OutputHead): Network {
  return createNetwork({ sizes: [2, 3, outputs], hidden: { kind: 'activation', activation: tanh }, output: head, seed: 7 });
}

/** The head's outputs of point s, by hand from the parameters. */
function forward(n: Network, p: Float64Array, xs: Float64Array, s: number): number[] {
  const [L0, L1] = n.layers;
  const a1 = [0, 1, 2].map((o) => Math.tanh(p[L0.weightOffset + o * 2] * xs[2 * s] + p[L0.weightOffset + o * 2 + 1] * xs[2 * s + 1] + p[L0.biasOffset + o]));
  const z = Array.from({ length: L1.rows }, (_, o) => a1.reduce((acc, a, i) => acc + p[L1.weightOffset + o * 3 + i] * a, p[L1.biasOffset + o]));
  return n.head === 'sigmoid' ? z.map((v) => 1 / (1 + Math.exp(-v))) : z;
}

type Judge = (out: number[], t: number[]) => boolean;
const bySign: Judge = (o, t) => (o[0] > 0) === (t[0] > 0);
const byHalf: Judge = (o, t) => (o[0] > 0.5) === (t[0] > 0.5);
const byArgmax: Judge = (o, t) => t[o.indexOf(Math.max(...o))] === 1;

function recount(n: Network, p: Float64Array, x: Float64Array, y: Float64Array, judge: Judge): number {
  const k = n.outputs;
  const rows = x.length / 2;
  let correct = 0;
  for (let s = 0; s < rows; s++) if (judge(forward(n, p, x, s), Array.from(y.subarray(s * k, (s + 1) * k)))) correct++;
  return correct / rows;
}

// 12 training and 6 test points on a small grid; the labels: the xor of the signs.
const x = Float64Array.from([0.5, 0.7, -0.4, 0.9, 0.8, -0.6, -0.9, -0.2, 0.1, 0.3, -0.3, 0.6, 0.7, -0.1, -0.6, -0.8, 0.2, -0.5, -0.1, 0.4, 0.9, 0.9, -0.7, 0.2]);
const xt = Float64Array.from([0.3, 0.3, -0.5, 0.5, 0.6, -0.2, -0.3, -0.7, 0.05, -0.9, -0.8, 0.1]);
const sign = (pts: Float64Array) => Float64Array.from({ length: pts.length / 2 }, (_, s) => (pts[2 * s] * pts[2 * s + 1] >= 0 ? 1 : -1));
const zeroOne = (pts: Float64Array) => sign(pts).map((v) => (v > 0 ? 1 : 0));
const oneHot = (pts: Float64Array) => Float64Array.from(Array.from(sign(pts)).flatMap((v) => (v > 0 ? [0, 1] : [1, 0])));

function runOf(n: Network, y: Float64Array, yt: Float64Array, extra: Partial<TrainOptions> = {}) {
  return train(n, { x, y, n: x.length / 2 }, { x: xt, y: yt, n: xt.length / 2 }, { loss: 'mse', optimizer: { kind: 'sgd', lr: 0.1 }, epochs: 4, batchSize: 4, seed: 1, ...extra });
}

describe('mse accuracy on class labels', () => {
  const cases: Array<{ name: string; outputs: number; head: OutputHead; y: (pts: Float64Array) => Float64Array; judge: Judge; labels: string }> = [
    { name: '±1 labels, linear output (Playground): by the sign', outputs: 1, head: 'linear', y: sign, judge: bySign, labels: 'sign' },
    { name: '0/1 labels, linear output: by 0.5', outputs: 1, head: 'linear', y: zeroOne, judge: byHalf, labels: 'zero-one' },
    { name: '0/1 labels, sigmoid output: by 0.5', outputs: 1, head: 'sigmoid', y: zeroOne, judge: byHalf, labels: 'zero-one' },
    { name: 'one-hot rows, 2 outputs: by the argmax', outputs: 2, head: 'linear', y: oneHot, judge: byArgmax, labels: 'one-hot' },
  ];
  for (const c of cases) {
    it(`${c.name}: every record's train and test accuracy as recounted`, () => {
      const n = net(c.outputs, c.head);
      const y = c.y(x);
      const yt = c.y(xt);
      assert.strictEqual(inferMseLabels(n.head, n.outputs, y, yt), c.labels);
      // lr 0: every record is of the initial parameters; then a trained run: its last record is of the final ones.
      const still = runOf(n, y, yt, { optimizer: { kind: 'sgd', lr: 0 } });
      for (const rec of still.epochs) {
        assert.strictEqual(rec.trainAccuracy, recount(n, n.parameters, x, y, c.judge), `train accuracy, epoch ${rec.epoch}`);
        assert.strictEqual(rec.testAccuracy, recount(n, n.parameters, xt, yt, c.judge), `test accuracy, epoch ${rec.epoch}`);
      }
      const trained = runOf(n, y, yt);
      const last = trained.epochs[trained.epochs.length - 1];
      assert.strictEqual(last.trainAccuracy, recount(n, trained.network.parameters, x, y, c.judge));
      assert.strictEqual(last.testAccuracy, recount(n, trained.network.parameters, xt, yt, c.judge));
      // the same with the labels given (as the language passes them)
      const given = runOf(n, y, yt, { mseLabels: c.labels as TrainOptions['mseLabels'] });
      assert.deepStrictEqual(given.epochs.map((e) => [e.trainAccuracy, e.testAccuracy]), trained.epochs.map((e) => [e.trainAccuracy, e.testAccuracy]));
    });
  }

  it('real-valued targets (regression): NaN, and NaN for class-like values when the caller says none', () => {
    const n = net(1, 'linear');
    const y = Float64Array.from({ length: x.length / 2 }, (_, s) => 0.3 * x[2 * s] - x[2 * s + 1]);
    const yt = Float64Array.from({ length: xt.length / 2 }, (_, s) => 0.3 * xt[2 * s] - xt[2 * s + 1]);
    assert.strictEqual(inferMseLabels('linear', 1, y, yt), 'none');
    for (const rec of runOf(n, y, yt).epochs) assert.ok(Number.isNaN(rec.trainAccuracy) && Number.isNaN(rec.testAccuracy));
    for (const rec of runOf(n, sign(x), sign(xt), { mseLabels: 'none' }).epochs) assert.ok(Number.isNaN(rec.trainAccuracy) && Number.isNaN(rec.testAccuracy));
  });

  it('countCorrectLabels: the thresholds and the first argmax', () => {
    assert.strictEqual(countCorrectLabels('sign', Float64Array.of(0.1, -0.1, 0), Float64Array.of(1, 1, -1), 3, 1), 2);
    assert.strictEqual(countCorrectLabels('zero-one', Float64Array.of(0.6, 0.5, 0.4), Float64Array.of(1, 0, 1), 3, 1), 2);
    assert.strictEqual(countCorrectLabels('one-hot', Float64Array.of(1, 1, 0, 2), Float64Array.of(1, 0, 1, 0), 2, 2), 1);
    assert.strictEqual(countCorrectLabels('none', Float64Array.of(1), Float64Array.of(1), 1, 1), 0);
  });
});

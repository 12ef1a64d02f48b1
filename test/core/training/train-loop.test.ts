/** The training loop: determinism, batching, interrupt, divergence, argument and size-limit errors, progress. */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { fromActivationSpec, fromScalarFunctions } from '../../../src/core/training/layer-activation';
import { createNetwork, MlpConfig } from '../../../src/core/training/network';
import { predict, Predictor } from '../../../src/core/training/predict';
import { summarizeRun } from '../../../src/core/training/run-summary';
import { train, TrainOptions } from '../../../src/core/training/train';
import { TrainingArgumentError } from '../../../src/core/training/training-error';

const tanh = fromActivationSpec(getActivation('tanh')!);

function blobs(n: number, seed: number) {
  const rng = new SeededRng(seed);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const c = s % 2;
    x[2 * s] = rng.nextNormal(c ? 1 : -1, 0.7);
    x[2 * s + 1] = rng.nextNormal(c ? 1 : -1, 0.7);
    y[s] = c;
  }
  return { x, y, n };
}

const config: MlpConfig = { sizes: [2, 8, 1], hidden: { kind: 'activation', activation: tanh }, seed: 2 };
const options: TrainOptions = { loss: 'bce', optimizer: { kind: 'adam', lr: 0.02 }, epochs: 20, batchSize: 16 };

const isArg = (argument: string) => (e: unknown) => e instanceof TrainingArgumentError && e.argument === argument;

describe('training loop', () => {
  it('the same seed gives bit-identical runs', () => {
    const a = train(createNetwork(config), blobs(100, 1), null, options);
    const b = train(createNetwork(config), blobs(100, 1), null, options);
    assert.deepStrictEqual(Buffer.from(a.stepLosses.buffer, a.stepLosses.byteOffset, a.stepLosses.byteLength), Buffer.from(b.stepLosses.buffer, b.stepLosses.byteOffset, b.stepLosses.byteLength));
    assert.deepStrictEqual(Array.from(a.network.parameters), Array.from(b.network.parameters));
    const c = train(createNetwork(config), blobs(100, 1), null, { ...options, seed: 9 });
    assert.notDeepStrictEqual(Array.from(a.stepLosses), Array.from(c.stepLosses));
  });

  it('learns, counts steps per batch size, leaves the input network unchanged', () => {
    const net = createNetwork(config);
    const before = Array.from(net.parameters);
    const run = train(net, blobs(100, 1), blobs(50, 2), options);
    assert.deepStrictEqual(Array.from(net.parameters), before);
    assert.strictEqual(run.steps, 20 * 7);
    assert.strictEqual(run.epochs.length, 20);
    assert.ok(run.epochs[19].testAccuracy > 0.85, `test accuracy ${run.epochs[19].testAccuracy}`);
    assert.ok(run.epochs[19].trainLoss < run.epochs[0].trainLoss);
    assert.strictEqual(train(net, blobs(100, 1), null, { ...options, batchSize: 0, epochs: 3 }).steps, 3);
    assert.strictEqual(train(net, blobs(10, 1), null, { ...options, batchSize: 1, epochs: 2 }).steps, 20);
  });

  it('shouldStop after N polls ends the run as interrupted, the run so far kept', () => {
    let polls = 0;
    const run = train(createNetwork(config), blobs(100, 1), null, { ...options, shouldStop: () => ++polls > 30 });
    assert.strictEqual(run.stopped, 'interrupted');
    assert.strictEqual(run.steps, 30);
    assert.strictEqual(run.stepLosses.length, 30);
    assert.strictEqual(run.epochs.length, 4);
    assert.ok(run.message.includes('interrupted'));
  });

  it('polls within a big step (chunks, and between layers where a layer call is long)', () => {
    let polls = 0;
    const big: MlpConfig = { sizes: [2, 64, 64, 1], hidden: { kind: 'activation', activation: tanh }, seed: 1 };
    train(createNetwork(big), blobs(2000, 1), null, { ...options, batchSize: 0, epochs: 1, recordEvery: 0, shouldStop: () => { polls++; return false; } });
    assert.ok(polls >= 8, `${polls} polls`);
  });

  it('keeps at least 16 rows per chunk for wide nets (one-row chunks re-read every weight per row), polling between layers', () => {
    let polls = 0;
    const wide: MlpConfig = { sizes: [2, 600, 600, 600, 1], hidden: { kind: 'activation', activation: tanh }, seed: 1 };
    const run = train(createNetwork(wide), blobs(64, 1), null, { ...options, batchSize: 32, epochs: 1, records: false, shouldStop: () => { polls++; return false; } });
    assert.strictEqual(run.steps, 2);
    // per step: one poll before it; two chunks of 16 rows (one poll between them), each with 3 polls
    // between the forward layers and 3 between the backward ones
    assert.strictEqual(polls, 2 * (1 + 1 + 2 * (3 + 3)), `${polls} polls`);
    let stopAt = 0;
    const stopped = train(createNetwork(wide), blobs(64, 1), null, { ...options, batchSize: 32, epochs: 1, records: false, shouldStop: () => ++stopAt === 4 });
    assert.strictEqual(stopped.stopped, 'interrupted');
    assert.strictEqual(stopped.steps, 0, 'a step interrupted between layers is dropped');
  });

  it('a loss that becomes Infinity or NaN stops the run with the epoch and what to try', () => {
    const run = train(createNetwork({ ...config, hidden: { kind: 'activation', activation: fromActivationSpec(getActivation('identity')!) } }), blobs(100, 1), null,
      { loss: 'mse', optimizer: { kind: 'sgd', lr: 50 }, epochs: 100, batchSize: 0 });
    assert.strictEqual(run.stopped, 'diverged');
    assert.match(run.message, /in epoch \d+ .*lower learning rate.*clip/);
    assert.ok(run.stepLosses.every(Number.isFinite));
  });

  it('a loss that becomes NaN because the activation is undefined there names the layer, the activation and the input', () => {
    const sqrtAct = fromScalarFunctions('sqrt', Math.sqrt, (x) => 0.5 / Math.sqrt(x));
    const run = train(createNetwork({ ...config, hidden: { kind: 'activation', activation: sqrtAct } }), blobs(100, 1), null, { loss: 'mse', optimizer: { kind: 'sgd', lr: 0.01 }, epochs: 3, batchSize: 0 });
    assert.strictEqual(run.stopped, 'diverged');
    assert.match(run.message, /^the loss became NaN in epoch 1 \(step 1\) because the activation of hidden layer 1 \(sqrt\) gives NaN at x = -\d/);
    assert.match(run.message, /use an activation defined for every input$/);
  });

  it('summarizeRun: the last record, steps and how the run ended', () => {
    const run = train(createNetwork(config), blobs(100, 1), blobs(40, 3), options);
    const s = summarizeRun(run);
    assert.strictEqual(s.steps, 140);
    assert.strictEqual(s.epochs, 20);
    assert.strictEqual(s.stopped, 'completed');
    assert.strictEqual(s.testAccuracy, run.epochs[19].testAccuracy);
    assert.strictEqual(s.lastStepLoss, run.stepLosses[139]);
    assert.strictEqual(s.dead.length, 1);
  });

  it('recordEvery: records every k-th epoch and the last', () => {
    const run = train(createNetwork(config), blobs(40, 1), null, { ...options, epochs: 7, recordEvery: 3 });
    assert.deepStrictEqual(run.epochs.map((r) => r.epoch), [3, 6, 7]);
    assert.strictEqual(train(createNetwork(config), blobs(40, 1), null, { ...options, epochs: 3, records: false }).epochs.length, 0);
  });

  it('onProgress gets every epoch record', () => {
    const seen: number[] = [];
    train(createNetwork(config), blobs(40, 1), null, { ...options, epochs: 5, onProgress: (r) => seen.push(r.epoch) });
    assert.deepStrictEqual(seen, [1, 2, 3, 4, 5]);
  });

  it('size limits are checked before any work, naming the argument', () => {
    let polls = 0;
    const stop = () => { polls++; return false; };
    assert.throws(() => train(createNetwork(config), blobs(10, 1), null, { ...options, limits: { maxParameters: 20 }, shouldStop: stop }), /sizes: the network has 33 parameters; accepted: at most 20 parameters/);
    assert.throws(() => train(createNetwork(config), blobs(100, 1), null, { ...options, limits: { maxWorkPerEpoch: 1000 } }), isArg('data'));
    assert.throws(() => train(createNetwork(config), blobs(100, 1), null, { ...options, epochs: 1e6, limits: { maxTotalWork: 1e8 } }), isArg('epochs'));
    assert.throws(() => train(createNetwork(config), blobs(100, 1), null, { ...options, batchSize: 1, epochs: 1000, limits: { maxSteps: 50_000 } }), /epochs: 1000 epochs of 100 steps = 100000 steps; accepted: at most 50000 steps/);
    assert.strictEqual(polls, 0);
  });

  it('bad arguments are TrainingArgumentErrors naming the argument', () => {
    const net = createNetwork(config);
    const d = blobs(10, 1);
    assert.throws(() => train(net, d, null, { ...options, epochs: 0 }), isArg('epochs'));
    assert.throws(() => train(net, d, null, { ...options, batchSize: -1 }), isArg('batch'));
    assert.throws(() => train(net, d, null, { ...options, loss: 'cross_entropy' }), isArg('loss'));
    assert.throws(() => train(net, d, null, { ...options, loss: 'hinge' }), /train data: entry 0 is 0; accepted: labels -1 and \+1/);
    assert.throws(() => train(net, { ...d, n: 11 }, null, options), isArg('train data'));
    assert.throws(() => createNetwork({ ...config, sizes: [2, 0, 1] }), isArg('sizes[1]'));
    assert.throws(() => createNetwork({ ...config, sizes: [2, 4, 4, 1], hidden: [{ kind: 'activation', activation: tanh }] }), isArg('activation'));
    assert.throws(() => fromActivationSpec(getActivation('noisy_relu')!), isArg('activation'));
    assert.throws(() => fromActivationSpec(getActivation('elu')!, { alhpa: 1 }), /elu\(alhpa=...\): alhpa unknown; accepted: alpha/);
  });

  it('fromActivationSpec resolves aliases (softplus k = beta)', () => {
    const a = fromActivationSpec(getActivation('softplus')!, { k: 2 });
    const b = fromActivationSpec(getActivation('softplus')!, { beta: 2 });
    const pre = new Float64Array([-1, 0.5, 3]);
    const [pa, sa, pb, sb] = [new Float64Array(3), new Float64Array(3), new Float64Array(3), new Float64Array(3)];
    a.valueAndSlope(pre, pa, sa, 3);
    b.valueAndSlope(pre, pb, sb, 3);
    assert.deepStrictEqual([Array.from(pa), Array.from(sa)], [Array.from(pb), Array.from(sb)]);
    assert.strictEqual(a.torchExpression, 'F.softplus(x, beta=2.0, threshold=20.0)');
  });

  it('predict and Predictor.predictInto give the head outputs', () => {
    const run = train(createNetwork({ ...config, output: 'sigmoid' }), blobs(100, 1), null, options);
    const pts = new Float64Array([1.5, 1.5, -1.5, -1.5]);
    const p = predict(run.network, pts);
    assert.ok(p[0] > 0.8 && p[1] < 0.2, `${p[0]} ${p[1]}`);
    const out = new Float64Array(2);
    new Predictor(run.network, 1).predictInto(pts, 2, out, true);
    assert.ok(Math.abs(1 / (1 + Math.exp(-out[0])) - p[0]) < 1e-15);
  });
});

/**
 * Live training output: the session's progress listener (throttled by an injected clock), the final
 * update always sent, an assignment that trained keeping the final state as its output, and the
 * worker's 'progress' messages with an interrupt that keeps the run so far.
 */
import * as assert from 'assert';
import * as path from 'path';
import type { CellOutput, CellResult } from '../../../src/kernel/cell-result';
import { LIVE_UPDATE_INTERVAL_MS } from '../../../src/kernel/live-progress';
import { KernelSession } from '../../../src/kernel/session';
import { KernelWorker } from '../../../src/kernel/worker/kernel-worker';
import { MIME_TEXT, MIME_TRAINING } from '../../../src/shared/mime-types';
import type { TrainingPayload } from '../../../src/shared/training-payload';

const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'kernel', 'worker', 'worker-main.js');
const TRAIN = 'data = dataset("circle", n=60, seed=1)\nrun = train(mlp([2, 4, 1]), data, epochs=EPOCHS)';

function payloadOf(outputs: CellOutput[]): TrainingPayload {
  const item = outputs[outputs.length - 1]?.items.find((i) => i.mime === MIME_TRAINING);
  assert.ok(item, 'no training payload');
  return item.data as TrainingPayload;
}

function collect(clockStep: number, intervalMs = LIVE_UPDATE_INTERVAL_MS) {
  let t = 0;
  const updates: Array<{ outputs: CellOutput[]; final: boolean }> = [];
  return { updates, listener: { now: () => (t += clockStep), intervalMs, onProgress: (outputs: CellOutput[], final: boolean) => updates.push({ outputs, final }) } };
}

describe('kernel: live training output', () => {
  const cases = [
    // [clock step per epoch (ms), epochs, updates expected]: one per interval, and the final one.
    { step: 1000, epochs: 6, expected: 7 },
    { step: 50, epochs: 30, expected: 11 },
    { step: 1, epochs: 30, expected: 2 },
  ];
  for (const c of cases) {
    it(`throttles by the clock: ${c.epochs} epochs, ${c.step} ms each → ${c.expected} updates, the last final`, () => {
      const { updates, listener } = collect(c.step);
      const result = new KernelSession().executeSync(TRAIN.replace('EPOCHS', String(c.epochs)), listener);
      assert.ok(result.ok, result.error?.message);
      assert.strictEqual(updates.length, c.expected);
      assert.deepStrictEqual(updates.map((u) => u.final), [...Array(c.expected - 1).fill(false), true]);
      const first = payloadOf(updates[0].outputs);
      const last = payloadOf(updates[updates.length - 1].outputs);
      assert.ok(first.kind === 'view' && last.kind === 'view');
      assert.strictEqual(first.progress.state, 'running');
      assert.strictEqual(last.progress.state, 'completed');
      assert.strictEqual(last.progress.epoch, c.epochs);
    });
  }

  it('a long-enough training on the real clock sends at least 3 updates, the last final (stopped once 4 came)', function () {
    this.timeout(60000);
    const updates: boolean[] = [];
    const session = new KernelSession({ shouldStop: () => updates.length >= 4 });
    const result = session.executeSync(TRAIN.replace('EPOCHS', '1000000'), { onProgress: (_o, final) => updates.push(final) });
    assert.ok(updates.length >= 3, `${updates.length} updates`);
    assert.strictEqual(updates[updates.length - 1], true);
    assert.ok(result.ok, result.error?.message);
    assert.strictEqual((payloadOf(result.outputs) as { progress: { state: string } }).progress.state, 'interrupted');
  });

  it('an assignment that trained shows the final state; without a listener it shows nothing (the CLI)', () => {
    const { listener } = collect(1000);
    const live = new KernelSession().executeSync(TRAIN.replace('EPOCHS', '3'), listener);
    assert.strictEqual(live.outputs.length, 1);
    assert.strictEqual(payloadOf(live.outputs).kind, 'view');
    assert.deepStrictEqual(new KernelSession().executeSync(TRAIN.replace('EPOCHS', '3')).outputs, []);
  });

  it('compare_training is live: every update carries the runs so far, growing', () => {
    const { updates, listener } = collect(1000);
    const result = new KernelSession().executeSync('s = dataset("xor", n=60)\ncompare_training(relu, tanh, data=s, hidden=[4], epochs=3)', listener);
    assert.ok(result.ok, result.error?.message);
    const counts = updates.map((u) => {
      const p = payloadOf(u.outputs);
      assert.strictEqual(p.kind, 'comparison');
      return p.kind === 'comparison' ? p.runs.length : 0;
    });
    // 3 epoch records of relu, then tanh's (its first update carries relu's final run and tanh so far), then the final comparison.
    assert.strictEqual(counts[0], 1);
    assert.strictEqual(counts[counts.length - 1], 2);
    assert.ok(counts.every((n, i) => i === 0 || n >= counts[i - 1]), counts.join(', '));
    assert.ok(counts.filter((n) => n === 2).length >= 3, counts.join(', '));
    assert.strictEqual(updates[updates.length - 1].final, true);
  });

  describe('in the worker thread', function () {
    this.timeout(60000);
    let worker: KernelWorker;
    beforeEach(() => (worker = new KernelWorker(WORKER, {})));
    afterEach(() => worker.terminate('test over'));

    it('posts progress messages, and an interrupt ends the training with the run kept for the next cell', async () => {
      const progress: boolean[] = [];
      let seen!: () => void;
      const third = new Promise<void>((r) => (seen = r));
      const running = worker.run(TRAIN.replace('EPOCHS', '1000000'), {
        progress: (outputs, final) => {
          progress.push(final);
          assert.strictEqual(payloadOf(outputs).kind, 'view');
          if (progress.length === 3) seen();
        },
      });
      await third;
      worker.interrupt();
      const result: CellResult = await running;
      assert.ok(result.ok, result.error?.message);
      assert.strictEqual(progress[progress.length - 1], true, 'the final state is sent');
      const p = payloadOf(result.outputs);
      assert.ok(p.kind === 'view' && p.progress.state === 'interrupted');
      const next = await worker.run('run.stopped\nrun.steps > 0');
      const texts = next.outputs.map((o) => String(o.items.find((i) => i.mime === MIME_TEXT)?.data));
      assert.deepStrictEqual(texts, ['run.stopped  →  "interrupted"', 'run.steps > 0  →  true']);
    });
  });
});

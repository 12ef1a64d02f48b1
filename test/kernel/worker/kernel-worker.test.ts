import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KernelStoppedError, KernelWorker } from '../../../src/kernel/worker/kernel-worker';
import { KernelSession } from '../../../src/kernel/session';
import { capCellResult, MAX_STORED_NUMBERS, truncationNote, type TruncatedVector } from '../../../src/kernel/notebook-value-cap';
import type { CellResult } from '../../../src/kernel/cell-result';
import { MIME_JSON, MIME_TEXT } from '../../../src/shared/mime-types';

/** The compiled worker entry (out/src/kernel/worker/worker-main.js); the extension uses its bundle, dist/kernel-worker.js. */
const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'kernel', 'worker', 'worker-main.js');
/** A cell that takes seconds (about ten here): the 12th derivative through a user function at three million points. */
const LONG_CELL = 'sum(d(x -> x*sigmoid(x), 12)(linspace(-4, 4, 3000000)))';

/** A run with its notices from the worker as promises and, in order, the events seen: waits without a clock. */
function observedRun(worker: KernelWorker, source: string): { result: Promise<CellResult>; started: Promise<void>; interruptSeen: Promise<void>; events: string[] } {
  const events: string[] = [];
  let started!: () => void;
  let interruptSeen!: () => void;
  const startedPromise = new Promise<void>((r) => (started = r));
  const interruptSeenPromise = new Promise<void>((r) => (interruptSeen = r));
  const result = worker.run(source, {
    started: () => (events.push('started'), started()),
    interruptSeen: () => (events.push('interrupt seen'), interruptSeen()),
  });
  const settled = result.then(
    (value) => (events.push('result'), value),
    (error: unknown) => {
      events.push('stopped');
      throw error;
    },
  );
  return { result: settled, started: startedPromise, interruptSeen: interruptSeenPromise, events };
}

function text(result: CellResult, output = 0): string {
  return String(result.outputs[output]?.items.find((i) => i.mime === MIME_TEXT)?.data);
}

describe('kernel/session: interrupting (shouldStop)', () => {
  it('stops the statement running at its line and column; the statements before it keep their effects', () => {
    let polls = 0;
    // Stops at the 5th poll: well inside the second statement (each poll is 1,000 steps; the first statement takes a handful).
    const session = new KernelSession({ shouldStop: () => ++polls >= 5 });
    const result = session.executeSync('a = 7\nf(n) = where(n <= 0, 0, f(n - 1) + f(n - 1))\n  b = f(20)\nc = 1');
    assert.strictEqual(result.ok, false);
    assert.match(result.error?.message ?? '', /^interrupted/);
    assert.deepStrictEqual([result.error?.line, result.error?.column], [3, 3]);
    const names = session.definedNames().map((n) => n.name);
    assert.ok(names.includes('a') && names.includes('f'), names.join(', '));
    assert.ok(!names.includes('b') && !names.includes('c'), names.join(', '));
  });

  it('stops inside d(...)\'s interpreter too (no evaluator step for millions of points), not mistaken for a derivative error', () => {
    let polls = 0;
    const session = new KernelSession({ shouldStop: () => ++polls >= 3 });
    const result = session.executeSync(LONG_CELL);
    assert.strictEqual(result.ok, false);
    assert.match(result.error?.message ?? '', /^interrupted/);
  });

  it('element work polls while it runs: building a vector of a million numbers is stopped in the middle (issue 11)', () => {
    // Always true: the first poll stops. linspace charges its million items a chunk at a time
    // (element-work.ts), so the poll comes inside statement 1; it used to come only after it.
    const session = new KernelSession({ shouldStop: () => true });
    const result = session.executeSync('x = linspace(0, 1, 1000000)\ny = x * x + x');
    assert.strictEqual(result.ok, false);
    assert.match(result.error?.message ?? '', /^interrupted/);
    assert.strictEqual(result.error?.line, 1);
    assert.deepStrictEqual(session.definedNames().map((n) => n.name), []);
  });

  it('never asked to stop: shouldStop is polled and the cell finishes', () => {
    let polls = 0;
    const session = new KernelSession({ shouldStop: () => (polls++, false) });
    const result = session.executeSync('f(n) = where(n <= 0, 1, f(n - 1) + f(n - 1))\nf(12)');
    assert.strictEqual(result.ok, true);
    assert.strictEqual(text(result), String(2 ** 12));
    assert.ok(polls > 0, 'shouldStop was never called');
  });
});

describe('extension/kernel-worker: a notebook kernel in a worker thread', function () {
  this.timeout(30_000);
  let worker: KernelWorker;
  beforeEach(() => {
    worker = new KernelWorker(WORKER, {});
  });
  afterEach(async () => {
    await worker.terminate('test over');
  });

  it('runs cells in one session: a name assigned by one run is read by the next', async () => {
    assert.strictEqual((await worker.run('a = 2\nb = a + 1')).ok, true);
    const result = await worker.run('a * b');
    assert.strictEqual(text(result), '6');
  });

  it('interrupt stops a long cell at the poll that sees it, keeps the names, and the next run is not interrupted', async () => {
    await worker.run('kept = 41');
    const running = observedRun(worker, LONG_CELL);
    await running.started;
    assert.strictEqual(worker.busy, true, 'the long cell finished before the interrupt: it is not long enough for this test');
    worker.interrupt();
    const result = await running.result;
    assert.strictEqual(result.ok, false);
    assert.match(result.error?.message ?? '', /^interrupted/);
    // The worker computing the cell saw the flag and answered with that statement's end (not the cell's own end).
    assert.deepStrictEqual(running.events, ['started', 'interrupt seen', 'result']);
    assert.strictEqual(text(await worker.run('kept + 1')), '42');
  });

  it('the main thread stays free while the worker computes', async () => {
    const running = observedRun(worker, LONG_CELL);
    await running.started;
    // Timers on this thread fire on time although the worker is busy.
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(Date.now() - t0 < 500, `a 50 ms timer took ${Date.now() - t0} ms`);
    worker.interrupt();
    await running.result;
  });

  it('the session settings reach the worker\'s evaluator: trainingLimits (activationLab.training.*) and maxElements', async () => {
    const limited = new KernelWorker(WORKER, { trainingLimits: { maxParameters: 100 }, maxElements: 1000 });
    try {
      const mlp = await limited.run('mlp([2, 64, 1])');
      assert.strictEqual(mlp.ok, false);
      assert.match(mlp.error?.message ?? '', /^mlp: sizes: the network has 257 parameters; accepted: at most 100 parameters \(the setting activationLab\.training\.maxParameters\)$/);
      const data = await limited.run('dataset("circle", n=600)');
      assert.match(data.error?.message ?? '', /^dataset: n must be between 2 and 500 \(points of 2 values each/);
      assert.strictEqual((await limited.run('mlp([2, 4, 1]).parameters')).ok, true);
    } finally {
      await limited.terminate('test over');
    }
  });

  it('terminate rejects the run waiting with the reason, and later runs too', async () => {
    const running = observedRun(worker, LONG_CELL);
    const outcome = running.result.then(
      () => undefined,
      (e: unknown) => e,
    );
    await running.started;
    await worker.terminate('restarted for the test');
    const error = await outcome;
    assert.ok(error instanceof KernelStoppedError, String(error));
    assert.strictEqual(error.message, 'restarted for the test');
    await assert.rejects(worker.run('1'), KernelStoppedError);
    assert.strictEqual(worker.alive, false);
  });

  it('a thread that dies by itself rejects the run waiting, saying so', async () => {
    const script = path.join(os.tmpdir(), `dying-kernel-${process.pid}.js`);
    fs.writeFileSync(script, "require('worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const dying = new KernelWorker(script, {});
    try {
      const error = await dying.run('1').then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof KernelStoppedError, String(error));
      assert.match(error.message, /exited \(code 3\)/);
      assert.strictEqual(dying.alive, false);
    } finally {
      fs.rmSync(script, { force: true });
    }
  });

  it('interrupt with a grace period ends a thread that does not stop, and the run says why', async () => {
    // A kernel stuck in one long operation: it never polls the interrupt flag.
    const script = path.join(os.tmpdir(), `stuck-kernel-${process.pid}.js`);
    fs.writeFileSync(script, "const { parentPort } = require('worker_threads');\nparentPort.on('message', (r) => { parentPort.postMessage({ type: 'started', id: r.id }); for (;;) {} });\n");
    const stuck = new KernelWorker(script, {});
    try {
      const running = observedRun(stuck, '1');
      const outcome = running.result.then(
        () => undefined,
        (e: unknown) => e,
      );
      await running.started;
      const asked = Date.now();
      stuck.interrupt({ ms: 300, reason: 'did not stop' });
      const error = await outcome;
      assert.ok(error instanceof KernelStoppedError, String(error));
      assert.strictEqual(error.message, 'did not stop');
      assert.ok(Date.now() - asked >= 290, `ended after ${Date.now() - asked} ms, before the grace period`);
      assert.strictEqual(stuck.alive, false);
    } finally {
      fs.rmSync(script, { force: true });
    }
  });

  it('a grace period does not end a kernel that stopped in time', async () => {
    const running = observedRun(worker, LONG_CELL);
    await running.started;
    const graceMs = 2000;
    const graceEnds = Date.now() + graceMs;
    worker.interrupt({ ms: graceMs, reason: 'should not happen' });
    assert.match((await running.result).error?.message ?? '', /^interrupted/);
    await worker.run('slow = 1');
    // Past the end of the grace period (a deadline, not a guess at how long stopping takes).
    await new Promise((r) => setTimeout(r, Math.max(0, graceEnds - Date.now()) + 100));
    assert.strictEqual(worker.alive, true);
    assert.strictEqual(text(await worker.run('slow + 1')), '2');
  });

  it(`keeps at most ${MAX_STORED_NUMBERS.toLocaleString('en-US')} numbers of a displayed vector, with its length`, async () => {
    const result = await worker.run('linspace(0, 1, 250001)');
    const json = result.outputs[0].items.find((i) => i.mime === MIME_JSON)?.data as TruncatedVector;
    assert.strictEqual(json.truncated, true);
    assert.strictEqual(json.length, 250001);
    assert.strictEqual(json.items.length, MAX_STORED_NUMBERS);
    assert.strictEqual(json.items[MAX_STORED_NUMBERS - 1], (MAX_STORED_NUMBERS - 1) / 250000);
    // A short vector is left as it is.
    assert.deepStrictEqual((await worker.run('linspace(0, 1, 3)')).outputs[0].items.find((i) => i.mime === MIME_JSON)?.data, [0, 0.5, 1]);
  });
});

describe('kernel/notebook-value-cap', () => {
  it('caps only JSON value items longer than the limit; text, charts and short vectors pass unchanged', () => {
    const long = Array.from({ length: 12 }, (_, i) => i);
    const result: CellResult = {
      ok: true,
      error: null,
      outputs: [{ items: [{ mime: MIME_TEXT, data: 'x'.repeat(50) }, { mime: MIME_JSON, data: long }, { mime: 'application/vnd.activation-lab.chart+json', data: { x: long } }] }],
    };
    const [text, json, chart] = capCellResult(result, 10).outputs[0].items;
    assert.deepStrictEqual(text, result.outputs[0].items[0]);
    // Issue 11: a capped vector carries a note saying how to get the rest.
    assert.deepStrictEqual(json.data, { truncated: true, length: 12, items: long.slice(0, 10), note: truncationNote(10, 12, 10) });
    assert.deepStrictEqual(chart, result.outputs[0].items[2]);
    assert.deepStrictEqual(capCellResult(result, 12).outputs[0].items[1].data, long);
  });
});

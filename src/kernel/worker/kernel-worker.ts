/**
 * One notebook's kernel in its own worker thread (entry: src/kernel/worker/worker-main.ts, bundled as
 * dist/kernel-worker.js), so that however long a cell computes, the extension host — hovers,
 * Interrupt, every other extension — stays responsive. One run at a time (the controller queues).
 *
 * interrupt() sets a flag shared with the worker (SharedArrayBuffer): the evaluator polls it and
 * stops the statement running with an "interrupted" error, keeping every name. terminate() ends the
 * thread at once (restart, a worker that did not stop, a closed notebook): the run waiting for it
 * rejects with a KernelStoppedError carrying the reason. No vscode import (unit-tested under mocha).
 */
import { Worker } from 'worker_threads';
import type { CellOutput, CellResult } from '../cell-result';
import { INTERRUPT_INDEX, type KernelWorkerData, type KernelWorkerSettings, type RunRequest, type WorkerReply } from './worker-protocol';

/** The run did not finish because the kernel was stopped (restarted, replaced, or its thread died). */
export class KernelStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KernelStoppedError';
  }
}

/** Notices of a run's progress from the worker thread: events to wait for instead of a clock. */
export interface RunObserver {
  /** The worker began computing the cell. */
  started?(): void;
  /** The evaluator saw the interrupt at a poll: the statement is ending as "interrupted". */
  interruptSeen?(): void;
  /** A training's outputs so far, a few times a second (final: the end state of one training call). */
  progress?(outputs: CellOutput[], final: boolean): void;
}

interface PendingRun {
  id: number;
  observer: RunObserver;
  resolve(result: CellResult): void;
  reject(error: Error): void;
  /** The grace timers of its interrupts, cleared when the run ends. */
  graceTimers: Array<ReturnType<typeof setTimeout>>;
}

export class KernelWorker {
  private readonly worker: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private pending: PendingRun | undefined;
  private nextId = 1;
  /** Why the thread is gone, once it is: every later run rejects with it. */
  private stopped: KernelStoppedError | undefined;

  constructor(scriptPath: string, settings: KernelWorkerSettings) {
    const workerData: KernelWorkerData = { settings, interruptFlag: this.flag };
    this.worker = new Worker(scriptPath, { workerData });
    this.worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending;
      if (!pending || pending.id !== reply.id) return;
      if (reply.type === 'started') pending.observer.started?.();
      else if (reply.type === 'interrupt-seen') pending.observer.interruptSeen?.();
      else if (reply.type === 'progress') pending.observer.progress?.(reply.outputs, reply.final);
      else {
        this.pending = undefined;
        pending.graceTimers.forEach(clearTimeout);
        pending.resolve(reply.result);
      }
    });
    this.worker.on('error', (error) => this.stop(`the kernel thread failed: ${error.message}`));
    this.worker.on('exit', (code) => this.stop(`the kernel thread exited (code ${code})`));
  }

  /** True while a run is waiting for its result. */
  get busy(): boolean {
    return this.pending !== undefined;
  }

  get alive(): boolean {
    return this.stopped === undefined;
  }

  /** Runs one cell's source in the worker's session; clears any earlier interrupt first. */
  run(source: string, observer: RunObserver = {}): Promise<CellResult> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.pending) return Promise.reject(new Error('the kernel is already running a cell'));
    Atomics.store(this.flag, INTERRUPT_INDEX, 0);
    const id = this.nextId++;
    return new Promise<CellResult>((resolve, reject) => {
      this.pending = { id, observer, resolve, reject, graceTimers: [] };
      const request: RunRequest = { id, source };
      this.worker.postMessage(request);
    });
  }

  /**
   * Asks the running statement to stop (it ends with an "interrupted" error; names are kept). With a
   * grace period: if that same run is still going graceMs later (stuck in one long native operation),
   * the thread is ended and the run rejects with KernelStoppedError(reason).
   */
  interrupt(grace?: { ms: number; reason: string }): void {
    Atomics.store(this.flag, INTERRUPT_INDEX, 1);
    const pending = this.pending;
    if (!grace || !pending) return;
    const timer = setTimeout(() => {
      if (this.pending === pending) void this.terminate(grace.reason).catch(() => undefined);
    }, grace.ms);
    pending.graceTimers.push(timer);
  }

  /** Ends the thread now; a run waiting rejects with KernelStoppedError(reason). Safe to call twice. */
  terminate(reason: string): Promise<void> {
    this.stop(reason);
    return this.worker.terminate().then(() => undefined);
  }

  private stop(reason: string): void {
    if (!this.stopped) this.stopped = new KernelStoppedError(reason);
    const pending = this.pending;
    this.pending = undefined;
    pending?.graceTimers.forEach(clearTimeout);
    pending?.reject(this.stopped);
  }
}

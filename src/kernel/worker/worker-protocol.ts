/**
 * The messages between the extension host and a kernel worker thread (src/kernel/worker/worker-main.ts),
 * one notebook's KernelSession per worker. The host posts a RunRequest and gets back, with the same
 * id, a 'started' notice when the worker begins it, an 'interrupt-seen' notice if an interrupt stops
 * it, and one 'result'. Interrupting does not go through messages (the worker is busy computing): the
 * host sets a shared Int32Array flag that the evaluator polls (Atomics), see KernelWorkerData.
 */
import type { CellResult } from '../cell-result';
import type { KernelSessionOptions } from '../session';

/** The session's settings, as plain data (no function can cross to another thread). */
export type KernelWorkerSettings = Omit<KernelSessionOptions, 'shouldStop'>;

/** What the worker is started with (`new Worker(file, { workerData })`). */
export interface KernelWorkerData {
  settings: KernelWorkerSettings;
  /** Element 0 is 1 while an interrupt is asked for: the evaluator stops at its next poll. */
  interruptFlag: Int32Array;
}

export interface RunRequest {
  id: number;
  source: string;
}

export type WorkerReply =
  | { type: 'started'; id: number }
  /** The evaluator saw the interrupt flag at a poll and is ending the statement. */
  | { type: 'interrupt-seen'; id: number }
  | { type: 'result'; id: number; result: CellResult };

/** Index of the flag in KernelWorkerData.interruptFlag. */
export const INTERRUPT_INDEX = 0;

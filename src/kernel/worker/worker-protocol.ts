/**
 * The messages between the extension host and a kernel worker thread (src/kernel/worker/worker-main.ts),
 * one notebook's KernelSession per worker. The host posts a RunRequest and gets back, with the same
 * id, a 'started' notice when the worker begins it, 'progress' messages while a training runs (the
 * outputs of the value so far, throttled to a few a second: the host replaces the cell's output in
 * place), an 'interrupt-seen' notice if an interrupt stops it, and one 'result'. Interrupting does not go through messages (the worker is busy computing): the
 * host sets a shared Int32Array flag that the evaluator polls (Atomics), see KernelWorkerData.
 */
import type { CellOutput, CellResult } from '../cell-result';
import type { KernelSessionOptions } from '../session';

/** The session's settings, as plain data (no function can cross to another thread). */
export type KernelWorkerSettings = Omit<KernelSessionOptions, 'shouldStop' | 'onTrainingProgress' | 'readDataFile'>;

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
  /** A training's outputs so far (final: the end state of one train/compare_training call). */
  | { type: 'progress'; id: number; outputs: CellOutput[]; final: boolean }
  | { type: 'result'; id: number; result: CellResult };

/** Index of the flag in KernelWorkerData.interruptFlag. */
export const INTERRUPT_INDEX = 0;

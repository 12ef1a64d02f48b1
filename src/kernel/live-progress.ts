/**
 * Live output of a cell while it trains: the session's onTrainingProgress hook (src/lang/training/
 * training-progress.ts) turns the updates the throttle lets through into the outputs of the value so
 * far, for a listener (the worker posts them to the extension host, which replaces the cell's
 * output in place). A skipped update builds nothing. The final update of a training always passes
 * and is remembered, so an assignment `run = train(...)` can keep showing the run it trained.
 */
import type { CellOutput } from './cell-result';
import type { TrainingProgressUpdate } from '../lang/training/training-progress';
import { outputsFor } from './output-items';
import { UpdateThrottle } from './update-throttle';

/**
 * At most one update per 150 ms: between 5 and about 7 updates a second while epochs come faster
 * than that (the output is redrawn in place, so a 10,000-epoch run sends a few per second, not 10,000).
 */
export const LIVE_UPDATE_INTERVAL_MS = 150;

export interface LiveOutputListener {
  /** The outputs of the training value so far; `final` for the end state of one training call. */
  onProgress(outputs: CellOutput[], final: boolean): void;
  /** The clock of the throttle (default performance.now): tests step it by hand. */
  now?: () => number;
  intervalMs?: number;
}

function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export class LiveProgress {
  private readonly throttle: UpdateThrottle;
  /** The outputs of the last final update since clearFinal(), and its value (the statement's result reuses them). */
  lastFinal: CellOutput[] | undefined;
  lastFinalValue: unknown;
  /** Updates sent to the listener. */
  sent = 0;

  constructor(private readonly listener: LiveOutputListener) {
    this.throttle = new UpdateThrottle(listener.now ?? defaultNow, listener.intervalMs ?? LIVE_UPDATE_INTERVAL_MS);
  }

  handle(update: TrainingProgressUpdate): void {
    if (!this.throttle.shouldEmit(update.final)) return;
    const value = update.snapshot();
    const outputs = outputsFor(value);
    if (update.final) {
      this.lastFinal = outputs;
      this.lastFinalValue = value;
    }
    this.sent++;
    this.listener.onProgress(outputs, update.final);
  }

  clearFinal(): void {
    this.lastFinal = undefined;
    this.lastFinalValue = undefined;
  }

  /** The outputs already built for this value by its final update, if it had one. */
  outputsOf(value: unknown): CellOutput[] | undefined {
    return value !== undefined && value === this.lastFinalValue ? this.lastFinal : undefined;
  }
}

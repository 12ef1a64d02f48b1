/**
 * The summary a notebook shows for a run (`run` typed alone in a cell): final losses and
 * accuracies, steps, time, throughput, how it ended, and the last epoch's layer health.
 */
import type { TrainingRun } from './train';

export interface RunSummary {
  stopped: TrainingRun['stopped'];
  message: string;
  epochs: number;
  steps: number;
  seconds: number;
  stepsPerSecond: number;
  /** The last step's loss (batch loss + penalty); NaN before any step. */
  lastStepLoss: number;
  /** From the last epoch record (NaN when there is none). */
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Per hidden layer, from the last record: share of dead and of saturated units. */
  dead: number[];
  saturated: number[];
}

export function summarizeRun(run: TrainingRun): RunSummary {
  const last = run.epochs.length > 0 ? run.epochs[run.epochs.length - 1] : undefined;
  const hidden = last ? last.layers.slice(0, -1) : [];
  const seconds = run.elapsedMs / 1000;
  return {
    stopped: run.stopped,
    message: run.message,
    epochs: run.epochsDone,
    steps: run.steps,
    seconds,
    stepsPerSecond: seconds > 0 ? run.steps / seconds : NaN,
    lastStepLoss: run.steps > 0 ? run.stepLosses[run.steps - 1] : NaN,
    trainLoss: last?.trainLoss ?? NaN,
    testLoss: last?.testLoss ?? NaN,
    trainAccuracy: last?.trainAccuracy ?? NaN,
    testAccuracy: last?.testAccuracy ?? NaN,
    dead: hidden.map((l) => l.dead),
    saturated: hidden.map((l) => l.saturated),
  };
}

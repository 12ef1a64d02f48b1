/**
 * Live updates of a training while it runs (EvaluatorOptions.onTrainingProgress): train(...) and
 * compare_training(...) call the hook after every epoch record with a lazy snapshot of the value so
 * far, and once more with the final value (`final`). The kernel decides which updates to draw
 * (throttled, src/kernel/update-throttle.ts) and only then builds the snapshot, so a skipped update
 * costs nothing. The language knows nothing of payloads or threads.
 */
import type { RunValue, TrainingComparisonValue } from './training-values';

export interface TrainingProgressUpdate {
  /** The value so far: a run (live: true) or a comparison with the runs so far; the final value when `final`. */
  snapshot(): RunValue | TrainingComparisonValue;
  /** The last update of this call: the training ended (completed, interrupted or diverged). */
  final: boolean;
}

export type TrainingProgressHook = (update: TrainingProgressUpdate) => void;

/** How trainCall reports one run's progress: a snapshot builder and whether the run ended. */
export type RunProgress = (snapshot: () => RunValue, final: boolean) => void;

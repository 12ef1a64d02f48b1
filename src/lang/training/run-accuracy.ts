/**
 * How a run's mse targets are class labels (mseLabelsOf: the dataset's task and the target
 * encoding decide, the core judges: countCorrectLabels in src/core/training/losses.ts), and the
 * final accuracy of such a run with the final parameters. The per-epoch record (r.accuracy,
 * r.test_accuracy) is judged by the same core rule: train passes the labels to the core.
 * NaN for regression and for the losses the engine judges itself.
 */
import type { DatasetTask } from '../../core/training/datasets';
import { countCorrectLabels, type LossName, type MseLabels } from '../../core/training/losses';
import { predict } from '../../core/training/predict';
import type { DataSplit } from '../../core/training/training-data';
import type { TrainingRun } from '../../core/training/train';
import type { TargetEncoding } from './training-values';

/** The labels the core judges mse accuracy by: ±1 by the sign, 0/1 by 0.5, one-hot by argmax; 'none' for regression values. */
export function mseLabelsOf(encoding: TargetEncoding, task: DatasetTask): MseLabels {
  if (task === 'regression') return 'none';
  return encoding === 'sign' || encoding === 'zero-one' || encoding === 'one-hot' ? encoding : 'none';
}

export function finalAccuracy(run: TrainingRun, encoding: TargetEncoding, loss: LossName, task: DatasetTask): { train: number; test: number } {
  const labels = mseLabelsOf(encoding, task);
  if (loss !== 'mse' || labels === 'none' || run.steps === 0) return { train: NaN, test: NaN };
  return { train: accuracyOn(run, run.train, labels), test: run.test && run.test.n > 0 ? accuracyOn(run, run.test, labels) : NaN };
}

function accuracyOn(run: TrainingRun, split: DataSplit, labels: MseLabels): number {
  const net = run.network;
  const out = predict(net, split.x, split.n);
  return countCorrectLabels(labels, out, split.y, split.n, net.outputs) / split.n;
}

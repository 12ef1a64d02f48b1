/**
 * The final accuracy of a run whose loss judges none (mse on class labels, as TensorFlow Playground
 * trains): the output's sign (±1 targets), 0.5 (0/1 targets) or argmax (one-hot) against the label,
 * with the final parameters. NaN for regression and for the losses the engine judges itself.
 */
import type { DatasetTask } from '../../core/training/datasets';
import type { LossName } from '../../core/training/losses';
import { predict } from '../../core/training/predict';
import type { DataSplit } from '../../core/training/training-data';
import type { TrainingRun } from '../../core/training/train';
import type { TargetEncoding } from './training-values';

export function finalAccuracy(run: TrainingRun, encoding: TargetEncoding, loss: LossName, task: DatasetTask): { train: number; test: number } {
  if (loss !== 'mse' || task === 'regression' || run.steps === 0) return { train: NaN, test: NaN };
  return { train: accuracyOn(run, run.train, encoding), test: run.test && run.test.n > 0 ? accuracyOn(run, run.test, encoding) : NaN };
}

function accuracyOn(run: TrainingRun, split: DataSplit, encoding: TargetEncoding): number {
  const net = run.network;
  const out = predict(net, split.x, split.n);
  const k = net.outputs;
  let correct = 0;
  for (let r = 0; r < split.n; r++) {
    if (encoding === 'one-hot') {
      let best = 0;
      for (let j = 1; j < k; j++) if (out[r * k + j] > out[r * k + best]) best = j;
      if (split.y[r * k + best] === 1) correct++;
    } else {
      const cut = encoding === 'zero-one' ? 0.5 : 0;
      if ((out[r] > cut) === (split.y[r] > cut)) correct++;
    }
  }
  return correct / split.n;
}

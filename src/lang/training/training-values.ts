/**
 * The language's training values: small wrappers of the core's objects (src/core/training), so a
 * cell can keep a dataset, a network or a finished run under a name and read from it later.
 * - dataset: a core Dataset (dataset("spiral"), dataset(inputs, labels), csv("file.csv")).
 * - network: a core Network with its initial parameters (mlp([2, 16, 1], ...)); train() trains a copy.
 * - run: a core TrainingRun with the loss and the way targets were encoded, so predict() and the
 *   record readers (run.loss, dead(run), ...) know what the numbers mean.
 */
import type { Dataset } from '../../core/training/datasets';
import type { LossName } from '../../core/training/losses';
import type { Network } from '../../core/training/network';
import type { TrainingRun } from '../../core/training/train';

export interface DatasetValue {
  kind: 'dataset';
  dataset: Dataset;
  /** How it was made, for display: "spiral", "csv data.csv", "arrays". */
  label: string;
}

export interface NetworkValue {
  kind: 'network';
  network: Network;
  /** One label per hidden layer: "gelu", "prelu (learned)", "maxout(k=3)", "f". */
  hiddenLabels: string[];
}

/** How the run's targets were made from the dataset's labels. */
export type TargetEncoding = 'values' | 'zero-one' | 'sign' | 'class-index' | 'one-hot';

export interface RunValue {
  kind: 'run';
  run: TrainingRun;
  loss: LossName;
  encoding: TargetEncoding;
  /** The dataset's task and class names, for predict and display. */
  task: Dataset['task'];
  classNames: readonly string[];
  hiddenLabels: string[];
  /** Accuracy of the final parameters judged by the output's sign / argmax when the loss judges none (mse on classes); else NaN. */
  finalAccuracy: { train: number; test: number };
}

/** export(run, "pytorch"): a program's text, shown as it is (not as a quoted string). */
export interface ScriptValue {
  kind: 'script';
  language: 'python';
  text: string;
}

export type TrainingValue = DatasetValue | NetworkValue | RunValue | ScriptValue;

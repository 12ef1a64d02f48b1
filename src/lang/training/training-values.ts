/**
 * The language's training values: small wrappers of the core's objects (src/core/training), so a
 * cell can keep a dataset, a network or a finished run under a name and read from it later.
 * - dataset: a core Dataset (dataset("spiral"), dataset(inputs, labels), csv("file.csv")).
 * - network: a core Network with its initial parameters (mlp([2, 16, 1], ...)); train() trains a copy.
 * - run: a core TrainingRun with the loss and the way targets were encoded, so predict() and the
 *   record readers (run.loss, dead(run), ...) know what the numbers mean, and the dataset it was
 *   trained on (the decision boundary is drawn over it).
 * - training panel: boundary(run), health(run), losses(run): one part of a run's view on its own.
 * - training comparison: compare_training(relu, tanh, ..., data=): one run per activation.
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
  /** The dataset trained on (for the boundary and the fitted curve). */
  dataset?: Dataset;
  /** A snapshot while it trains (a live update), not a finished run. */
  live?: boolean;
}

/** The parts of a run's view that can be drawn on their own. */
export type TrainingPart = 'boundary' | 'health' | 'loss';

/** boundary(run), health(run), losses(run): one part of the run's view. */
export interface TrainingPanelValue {
  kind: 'training-panel';
  part: TrainingPart;
  source: RunValue;
}

/** compare_training(...): the same network and data trained with each activation. */
export interface TrainingComparisonValue {
  kind: 'training-comparison';
  entries: Array<{ label: string; run: RunValue }>;
  dataset: Dataset;
  /** The "steps to" level asked for (target_loss=); default: the highest final train loss. */
  targetLoss?: number;
  /** Activations not trained yet (while live), by label. */
  pending?: string[];
  live?: boolean;
}

/** export(run, "pytorch"): a program's text, shown as it is (not as a quoted string). */
export interface ScriptValue {
  kind: 'script';
  language: 'python';
  text: string;
}

export type TrainingValue = DatasetValue | NetworkValue | RunValue | ScriptValue | TrainingPanelValue | TrainingComparisonValue;

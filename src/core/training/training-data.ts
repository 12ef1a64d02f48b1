/** A data split as the engine reads it: n samples, inputs row-major (n x inputs), targets per sample. */
import type { LossName } from './losses';
import { checkTargets } from './losses';
import { TrainingArgumentError } from './training-error';

export interface DataSplit {
  /** n x inputs, row-major. */
  readonly x: Float64Array;
  /** n x outputs for mse / bce / hinge; n class labels (0 .. outputs-1) for cross_entropy. */
  readonly y: Float64Array;
  readonly n: number;
}

/** Checks shapes and values of a split before any work. */
export function checkSplit(argument: string, split: DataSplit, inputs: number, outputs: number, loss: LossName, allowEmpty: boolean): void {
  if (split === null || typeof split !== 'object' || !(split.x instanceof Float64Array) || !(split.y instanceof Float64Array)) {
    throw new TrainingArgumentError(argument, 'not a data split', '{ x: Float64Array (n x inputs), y: Float64Array, n }');
  }
  const n = split.n;
  if (!Number.isInteger(n) || n < (allowEmpty ? 0 : 1)) throw new TrainingArgumentError(argument, `n is ${n}`, allowEmpty ? 'a whole number of samples' : 'at least one sample');
  if (split.x.length !== n * inputs) throw new TrainingArgumentError(argument, `${split.x.length} input values for ${n} samples`, `${inputs} inputs per sample (${n * inputs})`);
  for (let i = 0; i < split.x.length; i++) {
    if (!Number.isFinite(split.x[i])) throw new TrainingArgumentError(argument, `input ${i % inputs} of sample ${Math.floor(i / inputs)} is ${split.x[i]}`, 'finite numbers');
  }
  checkTargets(argument, loss, split.y, n, outputs);
}

/**
 * Label encoding for the user's data (arrays or CSV), shared by both readers.
 *
 * - Strings are class names: sorted (by code unit, so the order does not depend on the rows'
 *   order), 2 names → binary (the first name is −1, the second +1), more → multiclass (indices).
 * - Numbers with task "auto": exactly the two values {−1, 1} or {0, 1} → binary (0 → −1);
 *   anything else → regression. task "binary": any two distinct values, the smaller → −1.
 *   task "multiclass": the distinct values sorted ascending → class indices.
 */
import { DatasetTask } from './dataset';
import { DatasetError } from './dataset-error';

export type LabelTask = 'auto' | DatasetTask;
export const LABEL_TASKS: readonly LabelTask[] = ['auto', 'binary', 'multiclass', 'regression'];

export interface EncodedLabels {
  readonly targets: Float64Array;
  readonly task: DatasetTask;
  readonly classes: number;
  readonly classNames: readonly string[];
}

/** The largest number of classes accepted. */
export const MAX_CLASSES = 1000;

function classes(values: readonly (string | number)[], names: string[], task: DatasetTask, option: string): EncodedLabels {
  if (names.length < 2) {
    throw new DatasetError(`${option}: ${task === 'binary' ? 'binary' : 'class'} labels need at least 2 classes, found only ${JSON.stringify(names[0])}`, option);
  }
  if (task === 'binary' && names.length !== 2) {
    throw new DatasetError(`${option}: binary labels need exactly 2 classes, found ${names.length} (${preview(names)})`, option);
  }
  if (names.length > MAX_CLASSES) {
    throw new DatasetError(`${option}: at most ${MAX_CLASSES} classes are accepted, found ${names.length}`, option);
  }
  const index = new Map(names.map((name, i) => [name, i]));
  const targets = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = index.get(String(values[i]))!;
    targets[i] = task === 'binary' ? (c === 0 ? -1 : 1) : c;
  }
  return { targets, task, classes: names.length, classNames: names };
}

function preview(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((s) => JSON.stringify(s)).join(', ');
  return names.length > 5 ? `${shown}, …` : shown;
}

/**
 * Encodes labels that are all numbers or all strings (a reader turns a column with any
 * non-number into strings). `where(i)` names row i for an error, e.g. "line 7".
 */
export function encodeLabels(values: readonly (string | number)[], task: LabelTask, option: string, where: (i: number) => string): EncodedLabels {
  const numeric = values.every((v) => typeof v === 'number');
  if (!numeric) {
    if (task === 'regression') {
      const i = values.findIndex((v) => typeof v !== 'number');
      throw new DatasetError(`${option}: regression needs numeric labels, ${where(i)} has ${JSON.stringify(values[i])}`, option);
    }
    const names = [...new Set(values.map(String))].sort();
    return classes(values, names, names.length === 2 || task === 'binary' ? 'binary' : 'multiclass', option);
  }
  const nums = values as readonly number[];
  const distinct = [...new Set(nums)].sort((a, b) => a - b);
  if (task === 'regression' || (task === 'auto' && !isSignOrBit(distinct))) {
    return { targets: Float64Array.from(nums), task: 'regression', classes: 0, classNames: [] };
  }
  const resolved: DatasetTask = task === 'auto' ? 'binary' : task;
  return classes(nums, distinct.map(String), resolved, option);
}

function isSignOrBit(sorted: readonly number[]): boolean {
  return sorted.length === 2 && (sorted[0] === -1 || sorted[0] === 0) && sorted[1] === 1;
}

/**
 * The Dataset type of the compute core and its target views.
 *
 * Layout: `inputs` is row-major, n rows × d columns, so feature j of row i is `inputs[i * d + j]`.
 * Rows are stored in their shuffled order with the training rows first: rows [0, nTrain) are the
 * training set and rows [nTrain, n) the test set, so `train` and `test` are views (subarrays) that
 * share memory with `inputs` and `targets`, and a trainer reads them contiguously.
 *
 * Targets by task:
 * - binary: −1 or +1 (TensorFlow Playground's convention); `zeroOneTargets` gives the 0/1 view
 *   (for cross-entropy), `classIndexTargets` the class indices 0/1. Class 0 is −1.
 * - multiclass: class indices 0 … classes − 1 (as doubles).
 * - regression: real values.
 */

export type DatasetTask = 'binary' | 'multiclass' | 'regression';

/** A run of rows of a dataset: views sharing memory with the dataset's arrays. */
export interface DatasetPart {
  readonly n: number;
  readonly d: number;
  /** n × d, row-major. */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
}

/** The columns before feature expansion and standardisation (what a point "is", e.g. for plots). */
export interface DatasetSource {
  readonly d: number;
  /** n × d, row-major, in the same row order as the dataset. */
  readonly inputs: Float64Array;
  readonly names: readonly string[];
}

/** Per-column mean and standard deviation of the training rows, as subtracted and divided. */
export interface DatasetScaling {
  readonly mean: Float64Array;
  readonly std: Float64Array;
}

export interface Dataset {
  /** The generator or source: "circle", "spiral", …, "arrays", "csv". */
  readonly generator: string;
  /** Every option with its resolved value (defaults filled in), for export and display. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly task: DatasetTask;
  /** 2 for binary, k for multiclass, 0 for regression. */
  readonly classes: number;
  /** The name of each class (index order); empty for regression. Binary: [name of −1, name of +1]. */
  readonly classNames: readonly string[];
  readonly n: number;
  readonly d: number;
  /** n × d, row-major, after feature expansion and standardisation: what a network sees. */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** One name per input column, e.g. ["x1", "x2", "x1^2"]. */
  readonly featureNames: readonly string[];
  /** The expansion applied to the source columns, or null when the columns are the source's. */
  readonly features: readonly string[] | null;
  readonly scaling: DatasetScaling | null;
  readonly nTrain: number;
  readonly nTest: number;
  readonly train: DatasetPart;
  readonly test: DatasetPart;
  readonly source: DatasetSource;
  /** For each stored row, its index in generation (or file) order. */
  readonly order: Uint32Array;
}

/** What a generator or a user-data reader produces, before shuffling, splitting and features. */
export interface RawData {
  readonly n: number;
  readonly d: number;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly task: DatasetTask;
  readonly classes: number;
  readonly classNames: readonly string[];
  readonly names: readonly string[];
}

/** Binary targets as 0/1 (−1 → 0, +1 → 1). Throws for other tasks. */
export function zeroOneTargets(data: { readonly targets: Float64Array }, task: DatasetTask): Float64Array {
  if (task !== 'binary') throw new TypeError(`0/1 targets exist only for binary data, this is ${task}`);
  const out = new Float64Array(data.targets.length);
  for (let i = 0; i < out.length; i++) out[i] = data.targets[i] > 0 ? 1 : 0;
  return out;
}

/** Binary targets as ±1 (a copy of the stored targets). Throws for other tasks. */
export function signTargets(data: { readonly targets: Float64Array }, task: DatasetTask): Float64Array {
  if (task !== 'binary') throw new TypeError(`±1 targets exist only for binary data, this is ${task}`);
  return Float64Array.from(data.targets);
}

/** Class indices 0 … k − 1 for binary (−1 → 0, +1 → 1) and multiclass data. Throws for regression. */
export function classIndexTargets(data: { readonly targets: Float64Array }, task: DatasetTask): Uint32Array {
  if (task === 'regression') throw new TypeError('class indices do not exist for regression data');
  const out = new Uint32Array(data.targets.length);
  for (let i = 0; i < out.length; i++) out[i] = task === 'binary' ? (data.targets[i] > 0 ? 1 : 0) : data.targets[i];
  return out;
}

/** One-hot targets, n × classes row-major, for binary and multiclass data. */
export function oneHotTargets(data: { readonly targets: Float64Array }, task: DatasetTask, classes: number): Float64Array {
  const idx = classIndexTargets(data, task);
  const out = new Float64Array(idx.length * classes);
  for (let i = 0; i < idx.length; i++) out[i * classes + idx[i]] = 1;
  return out;
}

/** How many rows of each class (index order); for regression an empty array. */
export function classCounts(data: { readonly targets: Float64Array }, task: DatasetTask, classes: number): number[] {
  if (task === 'regression') return [];
  const counts = new Array<number>(classes).fill(0);
  for (const c of classIndexTargets(data, task)) counts[c]++;
  return counts;
}

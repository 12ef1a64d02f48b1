/**
 * Option specs shared by the generators (size, noise, seed) and by every dataset (split, shuffle,
 * features, standardisation), with TensorFlow Playground's defaults.
 */
import { OptionSpec } from './option-spec';

/** Row and column limits (the language layer passes its setting); past them is an error before any work. */
export interface DatasetLimits {
  readonly maxRows: number;
  readonly maxColumns: number;
  /**
   * The most numbers the inputs of one dataset may hold (points × values per point); default and
   * at most MAX_CELLS. The language passes its vector limit (EvaluatorOptions.maxElements).
   */
  readonly maxValues?: number;
  /** Where maxValues comes from, for the error ("the setting activationLab.kernel.maxElements"). */
  readonly maxValuesSource?: string;
}

export const DEFAULT_LIMITS: DatasetLimits = { maxRows: 1_000_000, maxColumns: 1_000 };

/** The most values (rows × columns) one dataset may hold: 50 million doubles, 400 MB. */
export const MAX_CELLS = 50_000_000;

/** The largest n any generator accepts (the row limit and the values limit may be lower: makeDataset's pointBound). */
export const MAX_GENERATED_ROWS = 10_000_000;

export function sizeSpec(defaultN: number): OptionSpec {
  return { name: 'n', kind: 'integer', default: defaultN, min: 2, max: MAX_GENERATED_ROWS, doc: `number of points (default ${defaultN})` };
}

/** Playground's noise: the slider's 0–50 % divided by 100; we accept up to 1. */
export function noiseSpec(doc: string, max = 1): OptionSpec {
  return { name: 'noise', kind: 'number', default: 0, min: 0, max, doc };
}

export const SEED_SPEC: OptionSpec = {
  name: 'seed',
  kind: 'integer',
  default: 0,
  min: -Number.MAX_SAFE_INTEGER,
  max: Number.MAX_SAFE_INTEGER,
  doc: 'seed of the generator and of the shuffle: the same seed gives the same data, bit for bit',
};

/** The options every dataset takes, generated or the user's. */
export const PIPELINE_SPECS: readonly OptionSpec[] = [
  { name: 'train', kind: 'number', default: 0.5, min: 0.1, max: 0.9, doc: 'share of the points used for training, the rest for testing (Playground: 10–90 %, default 50 %)' },
  { name: 'shuffle', kind: 'boolean', default: true, doc: 'shuffle the points once (seeded) before splitting; false keeps their order' },
  { name: 'features', kind: 'features', default: null, doc: 'input features computed from x1, x2: x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2), or "all" (default: the data\'s own columns)' },
  { name: 'standardize', kind: 'boolean', default: false, doc: 'scale every input column to mean 0 and standard deviation 1, with the training rows\' statistics' },
];

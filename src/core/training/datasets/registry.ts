/**
 * The dataset registry: name → generator with its option specs (names, defaults, ranges, docs),
 * for `makeDataset` and for the language layer's completion and docs.
 */
import { SeededRng } from '../../random/seeded-rng';
import { blobs } from './blobs';
import { DEFAULT_LIMITS, DatasetLimits, MAX_CELLS, noiseSpec, PIPELINE_SPECS, SEED_SPEC, sizeSpec } from './common-options';
import { DatasetTask, RawData } from './dataset';
import { DatasetError } from './dataset-error';
import { readArrays } from './from-arrays';
import { readCsv } from './from-csv';
import { functionFit } from './function-fit';
import { LABEL_TASKS, LabelTask } from './labels';
import { moons } from './moons';
import { OptionSpec, ResolvedOptions } from './option-spec';
import { circle, gauss, spiral, xor } from './playground-classify';
import { multiGauss, plane } from './playground-regress';

export interface DatasetGenerator {
  readonly name: string;
  /** One sentence for hovers and docs. */
  readonly doc: string;
  /** The task of the data it makes; "data" when the user's labels decide. */
  readonly task: DatasetTask | 'data';
  /** Where its semantics come from. */
  readonly origin: 'tensorflow-playground' | 'scikit-learn' | 'function' | 'user data';
  /** Every option it takes, its own first, then seed and the pipeline options (train, shuffle, features, standardize). */
  readonly options: readonly OptionSpec[];
  /**
   * For a generator with n: the values per point it makes, from the options as given (not yet
   * checked; an invalid value counts as its default), so n's bound is known before any work.
   */
  readonly columns?: (given: Readonly<Record<string, unknown>>) => number;
  readonly create: (options: ResolvedOptions, rng: SeededRng, limits: DatasetLimits) => RawData;
}

type Create = DatasetGenerator['create'];

function entry(name: string, doc: string, task: DatasetGenerator['task'], origin: DatasetGenerator['origin'], own: OptionSpec[], create: Create, columns?: DatasetGenerator['columns']): DatasetGenerator {
  return { name, doc, task, origin, options: [...own, SEED_SPEC, ...PIPELINE_SPECS], create, ...(columns ? { columns } : {}) };
}

const TWO_COLUMNS = (): number => 2;
const ONE_COLUMN = (): number => 1;

/** blobs' dim as given, or its default 2 when it is not a valid dim (its own check reports that). */
function givenDim(given: Readonly<Record<string, unknown>>): number {
  const d = given.dim;
  return typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 1000 ? d : 2;
}

const num = (o: ResolvedOptions, k: string) => o[k] as number;

function playground(name: string, doc: string, task: DatasetTask, n: number, noiseDoc: string, make: (n: number, noise: number, rng: SeededRng) => RawData): DatasetGenerator {
  return entry(name, doc, task, 'tensorflow-playground', [sizeSpec(n), noiseSpec(noiseDoc)], (o, rng) => make(num(o, 'n'), num(o, 'noise'), rng), TWO_COLUMNS);
}

const LABEL_NOISE = 'noise 0–1 (Playground\'s slider / 100): U(−5, 5)·noise is added to the coordinates the label is computed from; the point does not move';
const TARGET_NOISE = 'noise 0–1 (Playground\'s slider / 100): U(−6, 6)·noise is added to the coordinates the target is computed from; the point does not move';

const FIT_OPTIONS: OptionSpec[] = [
  sizeSpec(200),
  noiseSpec('standard deviation of the Gaussian noise added to each target', 10),
  { name: 'lo', kind: 'number', default: -Math.PI, min: -1e6, max: 1e6, doc: 'left end of the x range (default −π)' },
  { name: 'hi', kind: 'number', default: Math.PI, min: -1e6, max: 1e6, doc: 'right end of the x range (default π)' },
  { name: 'grid', kind: 'boolean', default: false, doc: 'x on an even grid with both ends instead of uniform random' },
];

const fit = (fn: (x: number) => number): Create => (o, rng) =>
  functionFit({ n: num(o, 'n'), noise: num(o, 'noise'), lo: num(o, 'lo'), hi: num(o, 'hi'), grid: o.grid as boolean, fn }, rng);

const TASK_SPEC: OptionSpec = { name: 'task', kind: 'choice', default: 'auto', choices: LABEL_TASKS, doc: 'how to read the labels: "auto" (class names → classes; only {0, 1} or {−1, 1} numbers → binary; other numbers → regression), "binary", "multiclass" or "regression"' };

const GENERATORS: readonly DatasetGenerator[] = [
  playground('circle', 'TensorFlow Playground\'s circle: +1 inside radius 2.5, −1 on the ring 3.5–5', 'binary', 500, LABEL_NOISE, circle),
  playground('xor', 'TensorFlow Playground\'s exclusive or: +1 where x1·x2 ≥ 0, points 0.3 away from the axes', 'binary', 500, LABEL_NOISE, xor),
  playground('gauss', 'TensorFlow Playground\'s two Gaussians at (2, 2) (+1) and (−2, −2) (−1)', 'binary', 500, 'noise 0–1 (Playground\'s slider / 100): variance 0.5 + 7·noise (0.5 at 0, 4 at 0.5)', gauss),
  playground('spiral', 'TensorFlow Playground\'s two interleaved spirals of 1.75 turns, radius 5', 'binary', 500, 'noise 0–1 (Playground\'s slider / 100): U(−1, 1)·noise is added to each coordinate (the point moves)', spiral),
  playground('plane', 'TensorFlow Playground\'s plane: target (x1 + x2) / 10 on U(−6, 6)²', 'regression', 1200, TARGET_NOISE, plane),
  playground('multi-gauss', 'TensorFlow Playground\'s six signed Gaussian bumps on U(−6, 6)²', 'regression', 1200, TARGET_NOISE, multiGauss),
  entry('moons', 'two interleaving half circles (scikit-learn\'s make_moons): outer arc −1, inner arc +1', 'binary', 'scikit-learn',
    [sizeSpec(500), noiseSpec('standard deviation of the Gaussian noise added to each coordinate (the point moves)', 10)],
    (o, rng) => moons(num(o, 'n'), num(o, 'noise'), rng), TWO_COLUMNS),
  entry('blobs', 'k Gaussian blobs (like scikit-learn\'s make_blobs) with seeded centres; binary for k = 2, else multiclass', 'multiclass', 'scikit-learn',
    [
      sizeSpec(500),
      { name: 'classes', kind: 'integer', default: 3, min: 2, max: 1000, doc: 'number of blobs (classes)' },
      { name: 'std', kind: 'number', default: 1, min: 0, max: 1000, doc: 'standard deviation of each blob' },
      { name: 'spread', kind: 'number', default: 5, min: 0, max: 1e6, doc: 'centres are uniform in [−spread, spread] on each axis' },
      { name: 'dim', kind: 'integer', default: 2, min: 1, max: 1000, doc: 'number of input columns' },
    ],
    (o, rng, limits) => {
      if (num(o, 'dim') > limits.maxColumns) throw new DatasetError(`dim must be at most ${limits.maxColumns} (the column limit), got ${num(o, 'dim')}`, 'dim');
      if (num(o, 'n') * num(o, 'dim') > MAX_CELLS) throw new DatasetError(`n × dim must be at most ${MAX_CELLS} values, got ${num(o, 'n')} × ${num(o, 'dim')}`, 'dim');
      return blobs({ n: num(o, 'n'), classes: num(o, 'classes'), std: num(o, 'std'), spread: num(o, 'spread'), dim: num(o, 'dim') }, rng);
    }, givenDim),
  entry('sine', '1-D regression: x in [lo, hi] (default [−π, π]), target sin(x) plus Gaussian noise', 'regression', 'function', FIT_OPTIONS, fit(Math.sin), ONE_COLUMN),
  entry('function', '1-D regression: x in [lo, hi], target fn(x) plus Gaussian noise, for a function of yours', 'regression', 'function',
    [...FIT_OPTIONS, { name: 'fn', kind: 'function', doc: 'the function to fit, of one number' }],
    (o, rng) => fit(o.fn as (x: number) => number)(o, rng, DEFAULT_LIMITS), ONE_COLUMN),
  entry('csv', 'your data from CSV text: numeric input columns and a label column', 'data', 'user data',
    [
      { name: 'text', kind: 'string', doc: 'the CSV text (the file\'s contents)' },
      { name: 'label', kind: 'column', default: null, doc: 'the label column: its header name or its number (1 = first); default the last' },
      { name: 'header', kind: 'header', default: 'auto', doc: 'whether the first row is a header: true, false or "auto"' },
      { name: 'delimiter', kind: 'char', default: ',', doc: 'the field separator' },
      TASK_SPEC,
    ],
    (o, _rng, limits) => readCsv({ text: o.text as string, label: o.label as string | number | null, header: o.header as boolean | 'auto', delimiter: o.delimiter as string, task: o.task as LabelTask }, limits)),
  entry('arrays', 'your data from lists: inputs (one row of numbers per point) and labels (one per point)', 'data', 'user data',
    [
      { name: 'inputs', kind: 'matrix', doc: 'one list of numbers per point (or one number per point for 1-D data)' },
      { name: 'labels', kind: 'labels', doc: 'one label per point: numbers or class names' },
      TASK_SPEC,
    ],
    (o, _rng, limits) => readArrays({ inputs: o.inputs as ArrayLike<unknown>, labels: o.labels as ArrayLike<unknown>, task: o.task as LabelTask }, limits)),
];

const BY_NAME = new Map(GENERATORS.map((g) => [g.name, g]));

/** Every generator, in a stable order (Playground's first). */
export function listDatasetGenerators(): readonly DatasetGenerator[] {
  return GENERATORS;
}

/** The generator of that name, or undefined. */
export function getDatasetGenerator(name: string): DatasetGenerator | undefined {
  return BY_NAME.get(name);
}

export function datasetGeneratorNames(): string[] {
  return GENERATORS.map((g) => g.name);
}

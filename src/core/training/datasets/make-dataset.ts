/**
 * `makeDataset(name, options, limits)`: looks the generator up, checks every option against its
 * spec (filling in defaults), checks the size against the limits before any work, then generates
 * with a SeededRng(seed) and runs the pipeline (shuffle, split, features, standardisation).
 */
import { SeededRng } from '../../random/seeded-rng';
import { DEFAULT_LIMITS, DatasetLimits, MAX_CELLS, MAX_GENERATED_ROWS } from './common-options';
import { Dataset } from './dataset';
import { DatasetError } from './dataset-error';
import { buildDataset } from './build-dataset';
import { parseFeatureList } from './features';
import { resolveOptions, type OptionSpec } from './option-spec';
import { datasetGeneratorNames, getDatasetGenerator, type DatasetGenerator } from './registry';

/**
 * The largest n a generator accepts with these options, and why: the fewest of the generators'
 * own cap, the row limit, and the values limit divided by the values per point (the generator's
 * columns, or the features asked for when there are more). Known before any work.
 */
export function pointBound(generator: DatasetGenerator, given: Readonly<Record<string, unknown>>, limits: DatasetLimits = DEFAULT_LIMITS): { max: number; note: string } {
  let width = generator.columns ? generator.columns(given) : 1;
  const f = given.features;
  if (f !== undefined && f !== null) {
    try {
      const list = typeof f === 'string' ? [f] : Array.isArray(f) && f.every((v) => typeof v === 'string') ? (f as string[]) : [];
      if (list.length > 0) width = Math.max(width, parseFeatureList(list).length);
    } catch {
      // A bad feature list is reported by its own check.
    }
  }
  const values = Math.min(limits.maxValues ?? MAX_CELLS, MAX_CELLS);
  const byValues = Math.floor(values / width);
  const fromSetting = limits.maxValues !== undefined && limits.maxValues <= MAX_CELLS && limits.maxValuesSource ? `: ${limits.maxValuesSource}` : '';
  const candidates = [
    { max: MAX_GENERATED_ROWS, note: 'the most a generator makes' },
    { max: limits.maxRows, note: 'the row limit' },
    { max: byValues, note: `points of ${width} value${width === 1 ? '' : 's'} each, at most ${values} values${fromSetting}` },
  ];
  return candidates.reduce((a, b) => (b.max < a.max ? b : a));
}

export function makeDataset(name: string, options: Readonly<Record<string, unknown>> = {}, limits: DatasetLimits = DEFAULT_LIMITS): Dataset {
  const generator = getDatasetGenerator(name);
  if (!generator) {
    throw new DatasetError(`unknown dataset ${JSON.stringify(name)}; the datasets are ${datasetGeneratorNames().join(', ')}`, 'name');
  }
  // n's range is the real bound for these options (pointBound), checked with the other options before any work.
  let specs: readonly OptionSpec[] = generator.options;
  if (specs.some((s) => s.name === 'n')) {
    const bound = pointBound(generator, options, limits);
    specs = specs.map((s) => (s.name === 'n' ? { ...s, max: bound.max, maxNote: bound.note } : s));
  }
  const resolved = resolveOptions(name, specs, options);
  const rng = new SeededRng(resolved.seed as number);
  const raw = generator.create(resolved, rng, limits);
  return buildDataset(name, resolved, raw, rng);
}

/** The user's CSV text as a dataset (options as for makeDataset("csv"), without `text`). */
export function datasetFromCsv(text: string, options: Readonly<Record<string, unknown>> = {}, limits: DatasetLimits = DEFAULT_LIMITS): Dataset {
  return makeDataset('csv', { ...options, text }, limits);
}

/** The user's arrays as a dataset (options as for makeDataset("arrays"), without inputs and labels). */
export function datasetFromArrays(
  inputs: ArrayLike<unknown>,
  labels: ArrayLike<unknown>,
  options: Readonly<Record<string, unknown>> = {},
  limits: DatasetLimits = DEFAULT_LIMITS,
): Dataset {
  return makeDataset('arrays', { ...options, inputs, labels }, limits);
}

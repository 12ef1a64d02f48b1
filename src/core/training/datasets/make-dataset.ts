/**
 * `makeDataset(name, options, limits)`: looks the generator up, checks every option against its
 * spec (filling in defaults), checks the size against the limits before any work, then generates
 * with a SeededRng(seed) and runs the pipeline (shuffle, split, features, standardisation).
 */
import { SeededRng } from '../../random/seeded-rng';
import { DEFAULT_LIMITS, DatasetLimits } from './common-options';
import { Dataset } from './dataset';
import { DatasetError } from './dataset-error';
import { buildDataset } from './build-dataset';
import { resolveOptions } from './option-spec';
import { datasetGeneratorNames, getDatasetGenerator } from './registry';

export function makeDataset(name: string, options: Readonly<Record<string, unknown>> = {}, limits: DatasetLimits = DEFAULT_LIMITS): Dataset {
  const generator = getDatasetGenerator(name);
  if (!generator) {
    throw new DatasetError(`unknown dataset ${JSON.stringify(name)}; the datasets are ${datasetGeneratorNames().join(', ')}`, 'name');
  }
  const resolved = resolveOptions(name, generator.options, options);
  if (typeof resolved.n === 'number' && resolved.n > limits.maxRows) {
    throw new DatasetError(`n must be at most ${limits.maxRows} (the row limit), got ${resolved.n}`, 'n');
  }
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

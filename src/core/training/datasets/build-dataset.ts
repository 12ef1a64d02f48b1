/**
 * The pipeline from raw data to a Dataset: seeded shuffle (continuing the generator's random
 * stream, as Playground does), split, feature expansion, standardisation with training statistics.
 */
import { SeededRng } from '../../random/seeded-rng';
import { Dataset, DatasetPart, RawData } from './dataset';
import { DatasetError } from './dataset-error';
import { MAX_CELLS } from './common-options';
import { checkFeaturesFit, expandFeatures } from './features';
import { ResolvedOptions } from './option-spec';
import { reorderRows, shuffledOrder, trainCount } from './shuffle-split';
import { applyScaling, columnStats } from './standardize';

function part(inputs: Float64Array, targets: Float64Array, d: number, from: number, to: number): DatasetPart {
  return { n: to - from, d, inputs: inputs.subarray(from * d, to * d), targets: targets.subarray(from, to) };
}

/**
 * Builds the dataset from `raw` with the pipeline options in `options` (train, shuffle, features,
 * standardize); `rng` is the generator's random stream (the shuffle continues it).
 */
export function buildDataset(generator: string, options: ResolvedOptions, raw: RawData, rng: SeededRng): Dataset {
  const n = raw.n;
  if (n < 2) throw new DatasetError(`a dataset needs at least 2 rows (one to train on, one to test), got ${n}`);
  const features = options.features as string[] | null;
  if (features) checkFeaturesFit(features, raw.d);
  const width = features ? features.length : raw.d;
  if (n * width > MAX_CELLS) {
    throw new DatasetError(`the dataset would hold ${n} × ${width} values, more than ${MAX_CELLS}; use fewer points or features`, features ? 'features' : null);
  }
  const order = shuffledOrder(n, options.shuffle === false ? null : rng);
  const sourceInputs = reorderRows(raw.inputs, raw.d, order);
  const targets = reorderRows(raw.targets, 1, order);
  const nTrain = trainCount(n, options.train as number);

  const inputs = features ? expandFeatures(features, sourceInputs, n, raw.d) : Float64Array.from(sourceInputs);
  const d = features ? features.length : raw.d;
  let scaling = null;
  if (options.standardize === true) {
    scaling = columnStats(inputs, nTrain, d);
    applyScaling(inputs, d, scaling);
  }
  return {
    generator,
    options,
    task: raw.task,
    classes: raw.classes,
    classNames: raw.classNames,
    n,
    d,
    inputs,
    targets,
    featureNames: features ? features.slice() : raw.names.slice(),
    features: features ? features.slice() : null,
    scaling,
    nTrain,
    nTest: n - nTrain,
    train: part(inputs, targets, d, 0, nTrain),
    test: part(inputs, targets, d, nTrain, n),
    source: { d: raw.d, inputs: sourceInputs, names: raw.names.slice() },
    order,
  };
}

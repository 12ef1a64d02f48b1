/** The training datasets of the compute core: one import for the language layer and the trainer. */
export { DatasetError } from './dataset-error';
export {
  Dataset,
  DatasetPart,
  DatasetScaling,
  DatasetSource,
  DatasetTask,
  RawData,
  classCounts,
  classIndexTargets,
  oneHotTargets,
  signTargets,
  zeroOneTargets,
} from './dataset';
export { DatasetLimits, DEFAULT_LIMITS } from './common-options';
export { OptionKind, OptionSpec, ResolvedOptions, checkOption, resolveOptions } from './option-spec';
export { DatasetGenerator, datasetGeneratorNames, getDatasetGenerator, listDatasetGenerators } from './registry';
export { makeDataset, datasetFromArrays, datasetFromCsv, pointBound } from './make-dataset';
export { encodeInput } from './encode-input';
export { FEATURE_IDS, parseFeatureList, expandFeatures } from './features';
export { circle, gauss, spiral, xor, gaussVariance } from './playground-classify';
export { multiGauss, multiGaussTarget, plane, planeTarget } from './playground-regress';
export { moons } from './moons';
export { blobs } from './blobs';
export { functionFit } from './function-fit';
export { encodeLabels, LabelTask } from './labels';
export { parseNumber } from './parse-number';
export { splitCsv } from './csv-text';
export { datasetSummary } from './summary';

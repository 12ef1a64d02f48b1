/** The training built-ins, for builtins.ts (their signatures are in training-signatures.ts). */
import type { BuiltinFunction } from '../runtime/values';
import { compareTrainingBuiltin } from './compare-training';
import { csvBuiltin, datasetBuiltin } from './dataset-builtin';
import { exportBuiltin } from './export-builtin';
import { healthBuiltins, layersBuiltin } from './layer-health';
import { mlpBuiltin } from './mlp-builtin';
import { predictBuiltin } from './predict-builtin';
import { trainBuiltin } from './train-builtin';
import { panelBuiltins } from './training-panels';

export function trainingBuiltins(): BuiltinFunction[] {
  return [datasetBuiltin, csvBuiltin, mlpBuiltin, trainBuiltin, predictBuiltin, layersBuiltin, exportBuiltin, ...healthBuiltins, ...panelBuiltins, compareTrainingBuiltin];
}

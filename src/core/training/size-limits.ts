/**
 * Size limits checked before any work (these are the defaults; the extension's settings
 * activationLab.training.* reach the language layer as EvaluatorOptions.trainingLimits).
 * Work per epoch counts multiply-adds of the forward pass: training samples x dense weights.
 */
import type { MlpConfig } from './network';
import { countParameters } from './network';
import { TrainingArgumentError } from './training-error';

export interface SizeLimits {
  /** Total parameters of the network. */
  maxParameters: number;
  /** Training samples x dense weights (forward multiply-adds per epoch). */
  maxWorkPerEpoch: number;
  /** Epochs x work per epoch. */
  maxTotalWork: number;
  /** Samples in the training plus the test set. */
  maxSamples: number;
  /** Steps of a run (every step's loss is kept: 8 bytes each). */
  maxSteps: number;
}

export const DEFAULT_SIZE_LIMITS: Readonly<SizeLimits> = Object.freeze({
  maxParameters: 5_000_000,
  maxWorkPerEpoch: 2e10,
  maxTotalWork: 1e13,
  maxSamples: 10_000_000,
  maxSteps: 10_000_000,
});

/** The setting of each limit (package.json contributes.configuration), named in its error. */
export const SIZE_LIMIT_SETTINGS: Readonly<Record<keyof SizeLimits, string>> = Object.freeze({
  maxParameters: 'activationLab.training.maxParameters',
  maxWorkPerEpoch: 'activationLab.training.maxWorkPerEpoch',
  maxTotalWork: 'activationLab.training.maxTotalWork',
  maxSamples: 'activationLab.training.maxSamples',
  maxSteps: 'activationLab.training.maxSteps',
});

const setting = (key: keyof SizeLimits): string => `the setting ${SIZE_LIMIT_SETTINGS[key]}`;

function weightCount(config: MlpConfig): number {
  // parameters minus biases and slopes is close enough for a limit; use the exact weight count
  let w = 0;
  const specs = Array.isArray(config.hidden) ? config.hidden : null;
  for (let l = 0; l < config.sizes.length - 1; l++) {
    const spec = l < config.sizes.length - 2 ? (specs ? specs[l] : config.hidden) : undefined;
    const pieces = spec !== undefined && (spec as { kind: string }).kind === 'maxout' ? (spec as { pieces: number }).pieces : 1;
    w += config.sizes[l] * config.sizes[l + 1] * pieces;
  }
  return w;
}

/** Throws a TrainingArgumentError naming the first limit passed. */
export function checkSizeLimits(config: MlpConfig, trainSamples: number, testSamples: number, epochs: number, limits: Partial<SizeLimits> = {}, batchSize = trainSamples): void {
  const lim = { ...DEFAULT_SIZE_LIMITS, ...limits };
  const params = countParameters(config);
  if (params > lim.maxParameters) {
    throw new TrainingArgumentError('sizes', `the network has ${params} parameters`, `at most ${lim.maxParameters} parameters (${setting('maxParameters')})`);
  }
  if (trainSamples + testSamples > lim.maxSamples) {
    throw new TrainingArgumentError('data', `${trainSamples + testSamples} samples`, `at most ${lim.maxSamples} samples (${setting('maxSamples')})`);
  }
  const work = trainSamples * weightCount(config);
  if (work > lim.maxWorkPerEpoch) {
    throw new TrainingArgumentError('data', `${trainSamples} training samples x ${weightCount(config)} weights = ${work} multiply-adds per epoch`, `at most ${lim.maxWorkPerEpoch} per epoch (fewer samples or a smaller network; ${setting('maxWorkPerEpoch')})`);
  }
  if (work * epochs > lim.maxTotalWork) {
    throw new TrainingArgumentError('epochs', `${epochs} epochs of ${work} multiply-adds`, `at most ${lim.maxTotalWork} multiply-adds in all (fewer epochs; ${setting('maxTotalWork')})`);
  }
  const steps = Math.ceil(trainSamples / Math.max(1, Math.min(batchSize, trainSamples))) * epochs;
  if (steps > lim.maxSteps) {
    throw new TrainingArgumentError('epochs', `${epochs} epochs of ${steps / epochs} steps = ${steps} steps`, `at most ${lim.maxSteps} steps (fewer epochs or a larger batch; ${setting('maxSteps')})`);
  }
}

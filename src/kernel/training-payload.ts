/**
 * Pure builders of the training payloads (src/shared/training-payload.ts) from the core's objects:
 * `trainingViewPayload(run, dataset)` — progress, loss curves, the decision boundary (2-D data) or the
 * fitted curve (1-D data), per-layer health — and `comparisonPayload(runs, dataset)`. Series are
 * downsampled here for drawing (min/max buckets, first and last kept); the run keeps every number.
 */
import type { Dataset } from '../core/training/datasets';
import type { EpochRecord } from '../core/training/epoch-record';
import type { Network } from '../core/training/network';
import { Predictor } from '../core/training/predict';
import type { TrainingRun } from '../core/training/train';
import { encodeInput } from '../core/training/datasets';
import { deadShare, highestFinalTrainLoss, stepsToLoss } from '../lang/training/comparison-metrics';
import { downsampleXY } from '../shared/downsample';
import {
  TRAINING_PAYLOAD_LIMITS,
  TRAINING_PAYLOAD_VERSION,
  type ComparisonPayloadV1,
  type ComparisonRun,
  type FunctionFit,
  type LayerHealth,
  type TrainingProgress,
  type TrainingState,
  type TrainingViewPayloadV1,
  type XYSeries,
} from '../shared/training-payload';
import { boundaryGrid, fitPoints, hasPlane, planePoints, planeRange } from './boundary-grid';

/** Points per drawn series unless asked otherwise. */
export const DEFAULT_SERIES_POINTS = 1000;
/** Samples of a fitted 1-D curve. */
export const FIT_SAMPLES = 200;
/** Cells per side of each comparison panel. */
export const COMPARISON_GRID_SIDE = 50;

export interface TrainingViewOptions {
  title?: string;
  /** "running" while a live run reports; default the run's own stop reason. */
  state?: TrainingState;
  /** Epochs asked for (default the run's options.epochs). */
  epochs?: number;
  gridSide?: number;
  maxSeriesPoints?: number;
  /** Draw the per-layer health charts (default true). */
  health?: boolean;
}

/** null for what JSON cannot hold (NaN, ±Infinity). */
export function jsonOrNull(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/** A downsampled series over the epoch records. */
function epochSeries(label: string, records: readonly EpochRecord[], y: (r: EpochRecord) => number, maxPoints: number): XYSeries {
  const d = downsampleXY(records.map((r) => r.epoch), records.map((r) => jsonOrNull(y(r))), maxPoints);
  return { label, x: d.x, y: d.y };
}

/** The train (and, with a test set, test) loss per epoch. */
export function lossSeries(run: TrainingRun, maxPoints = DEFAULT_SERIES_POINTS, prefix = ''): XYSeries[] {
  const out = [epochSeries(`${prefix}train`, run.epochs, (r) => r.trainLoss, maxPoints)];
  if (run.test !== null && run.test.n > 0) out.push(epochSeries(`${prefix}test`, run.epochs, (r) => r.testLoss, maxPoints));
  return out;
}

/** "layer 1 (tanh)", "layer 2 (prelu)", "output". */
export function layerNames(net: Network): string[] {
  return net.layers.map((l, i) => {
    if (l.kind === 'output') return 'output';
    const what = l.kind === 'activation' ? l.activation?.name ?? 'activation' : l.kind === 'maxout' ? `maxout(k=${l.pieces})` : 'prelu';
    return `layer ${i + 1} (${what})`;
  });
}

export function layerHealth(run: TrainingRun, maxPoints = DEFAULT_SERIES_POINTS): LayerHealth {
  const names = layerNames(run.network).slice(0, TRAINING_PAYLOAD_LIMITS.maxSeries);
  const hidden = names.map((_, l) => l).filter((l) => run.network.layers[l].kind !== 'output');
  const metric = (layers: number[], pick: (r: EpochRecord, l: number) => number): XYSeries[] =>
    layers.map((l) => epochSeries(names[l], run.epochs, (r) => pick(r, l), maxPoints));
  return {
    layers: names,
    gradientNorm: metric(names.map((_, l) => l), (r, l) => r.layers[l]?.gradientNorm ?? NaN),
    dead: metric(hidden, (r, l) => r.layers[l]?.dead ?? NaN),
    sparsity: metric(hidden, (r, l) => r.layers[l]?.sparsity ?? NaN),
    saturated: metric(hidden, (r, l) => r.layers[l]?.saturated ?? NaN),
  };
}

export function progressOf(run: TrainingRun, state: TrainingState = run.stopped, epochs = run.options.epochs): TrainingProgress {
  const last = run.epochs.length > 0 ? run.epochs[run.epochs.length - 1] : undefined;
  const seconds = run.elapsedMs / 1000;
  const perEpoch = run.epochsDone > 0 ? run.elapsedMs / run.epochsDone : NaN;
  return {
    epoch: run.epochsDone,
    epochs,
    steps: run.steps,
    trainLoss: jsonOrNull(last?.trainLoss),
    testLoss: jsonOrNull(last?.testLoss),
    trainAccuracy: jsonOrNull(last?.trainAccuracy),
    testAccuracy: jsonOrNull(last?.testAccuracy),
    stepsPerSecond: seconds > 0 ? jsonOrNull(run.steps / seconds) : null,
    elapsedMs: jsonOrNull(run.elapsedMs) ?? 0,
    etaMs: state === 'running' ? jsonOrNull(perEpoch * Math.max(0, epochs - run.epochsDone)) : null,
    state,
    message: run.message,
  };
}

/** The network's output along a 1-D dataset's input range, encoded like the data. */
export function functionFit(net: Network, data: Dataset, samples = FIT_SAMPLES, maxPoints = TRAINING_PAYLOAD_LIMITS.maxPoints): FunctionFit {
  const [lo, hi] = planeRange(data).x;
  const xs = Array.from({ length: samples }, (_, i) => lo + ((hi - lo) * i) / (samples - 1));
  const encoded = new Float64Array(samples * data.d);
  xs.forEach((x, i) => encodeInput(data, [x], encoded.subarray(i * data.d, (i + 1) * data.d)));
  const out = new Float64Array(samples * net.outputs);
  new Predictor(net, samples).predictInto(encoded, samples, out);
  const y = xs.map((_, i) => jsonOrNull(out[i * net.outputs]));
  const pts = fitPoints(data, maxPoints);
  return { curve: { label: 'network', x: xs, y }, train: pts.train, test: pts.test, xLabel: data.source.names[0] ?? 'x', yLabel: 'y' };
}

function isFit(net: Network, data: Dataset | undefined): data is Dataset {
  return data !== undefined && data.source.d === 1 && data.d === net.inputs && data.task === 'regression' && net.outputs === 1;
}

/** One run's training view (see the file comment). */
export function trainingViewPayload(run: TrainingRun, dataset?: Dataset, options: TrainingViewOptions = {}): TrainingViewPayloadV1 {
  const maxPoints = options.maxSeriesPoints ?? DEFAULT_SERIES_POINTS;
  const payload: TrainingViewPayloadV1 = {
    version: TRAINING_PAYLOAD_VERSION,
    kind: 'view',
    title: options.title ?? `training (${run.options.loss}, ${layerNames(run.network).slice(0, -1).join(', ') || 'no hidden layers'})`,
    progress: progressOf(run, options.state, options.epochs),
    lossName: run.options.loss,
    loss: lossSeries(run, maxPoints),
  };
  if (hasPlane(run.network, dataset)) {
    const side = options.gridSide;
    const pts = planePoints(dataset, TRAINING_PAYLOAD_LIMITS.maxPoints);
    payload.boundary = {
      grid: boundaryGrid(run.network, run.options.loss, run.train.y, dataset, side ? { nx: side } : {}),
      train: pts.train,
      test: pts.test,
      axes: [dataset.source.names[0] ?? 'x1', dataset.source.names[1] ?? 'x2'],
      classNames: dataset.classNames.slice(),
    };
  } else if (isFit(run.network, dataset)) {
    payload.fit = functionFit(run.network, dataset);
  }
  if (options.health !== false && run.epochs.length > 0) payload.health = layerHealth(run, maxPoints);
  return payload;
}

export { deadShare, stepsToLoss };

export interface ComparisonOptions {
  title?: string;
  /** The "steps to" level; default the highest final train loss of the runs (a level every run reached). */
  targetLoss?: number;
  gridSide?: number;
  maxSeriesPoints?: number;
  state?: TrainingState;
}

/** The default "steps to" level: the highest final train loss among the runs that have one. */
export function defaultTargetLoss(runs: ReadonlyArray<{ run: TrainingRun }>): number | null {
  return highestFinalTrainLoss(runs.map(({ run }) => run));
}

/** Several runs of the same network and data with different activations, side by side. */
export function comparisonPayload(runs: ReadonlyArray<{ label: string; run: TrainingRun }>, dataset?: Dataset, options: ComparisonOptions = {}): ComparisonPayloadV1 {
  if (runs.length === 0) throw new RangeError('a comparison needs at least one run');
  if (runs.length > TRAINING_PAYLOAD_LIMITS.maxRuns) throw new RangeError(`a comparison draws at most ${TRAINING_PAYLOAD_LIMITS.maxRuns} runs, got ${runs.length}`);
  const maxPoints = options.maxSeriesPoints ?? DEFAULT_SERIES_POINTS;
  const targetLoss = options.targetLoss ?? defaultTargetLoss(runs);
  const side = options.gridSide ?? COMPARISON_GRID_SIDE;
  const plane = dataset !== undefined && runs.every(({ run }) => hasPlane(run.network, dataset)) ? dataset : undefined;
  const range = plane ? planeRange(plane) : undefined;
  const entries: ComparisonRun[] = runs.map(({ label, run }) => {
    const last = run.epochs[run.epochs.length - 1];
    const entry: ComparisonRun = {
      label,
      metrics: {
        finalTrainLoss: jsonOrNull(last?.trainLoss),
        finalTestLoss: jsonOrNull(last?.testLoss),
        trainAccuracy: jsonOrNull(last?.trainAccuracy),
        testAccuracy: jsonOrNull(last?.testAccuracy),
        deadShare: deadShare(run),
        stepsToTarget: targetLoss === null ? null : stepsToLoss(run, targetLoss),
        timeMs: jsonOrNull(run.elapsedMs) ?? 0,
        state: options.state ?? run.stopped,
      },
      loss: lossSeries(run, maxPoints),
    };
    if (plane && range) entry.grid = boundaryGrid(run.network, run.options.loss, run.train.y, plane, { nx: side, xRange: range.x, yRange: range.y });
    return entry;
  });
  const payload: ComparisonPayloadV1 = {
    version: TRAINING_PAYLOAD_VERSION,
    kind: 'comparison',
    title: options.title ?? `comparison of ${runs.map((r) => r.label).join(', ')}`,
    lossName: runs[0].run.options.loss,
    targetLoss: jsonOrNull(targetLoss ?? undefined),
    runs: entries,
  };
  if (plane) {
    const pts = planePoints(plane, TRAINING_PAYLOAD_LIMITS.maxPoints);
    payload.points = { train: pts.train, test: pts.test, axes: [plane.source.names[0] ?? 'x1', plane.source.names[1] ?? 'x2'], classNames: plane.classNames.slice() };
  }
  return payload;
}

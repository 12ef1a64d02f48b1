/**
 * The versioned payloads of `application/vnd.activation-lab.training+json`: a training view (one run:
 * progress line, loss curves, decision boundary or 1-D fit, per-layer health) and a comparison (several
 * runs of the same network and data with different activations). Written by the kernel
 * (src/kernel/training-payload.ts), validated and drawn by the renderer. JSON has no NaN: a number that
 * is not finite travels as null (a gap in a line, "—" in text).
 *
 * Series are already downsampled for drawing (the run keeps every number). Bump
 * TRAINING_PAYLOAD_VERSION on any incompatible change; the renderer keeps reading every version sent.
 */
export const TRAINING_PAYLOAD_VERSION = 1;

/** Bounds the validator enforces (a payload over them is refused, not drawn slowly). */
export const TRAINING_PAYLOAD_LIMITS = {
  /** Cells per side of a boundary grid. */
  maxGridSide: 200,
  /** Series per chart (loss lines, layers per health metric). */
  maxSeries: 16,
  /** Points of one series. */
  maxSeriesPoints: 5000,
  /** Train + test points of a scatter. */
  maxPoints: 20000,
  /** Runs of a comparison. */
  maxRuns: 16,
} as const;

export type TrainingState = 'running' | 'completed' | 'interrupted' | 'diverged';
export const TRAINING_STATES: readonly TrainingState[] = ['running', 'completed', 'interrupted', 'diverged'];

/** One line: x and y of the same length; y null where not finite (a gap). */
export interface XYSeries {
  label: string;
  x: number[];
  y: Array<number | null>;
}

/** The progress line. Losses and accuracies null when unknown (no test set, regression). */
export interface TrainingProgress {
  /** Epochs done. */
  epoch: number;
  /** Epochs asked for. */
  epochs: number;
  steps: number;
  trainLoss: number | null;
  testLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  stepsPerSecond: number | null;
  elapsedMs: number;
  /** Time left; null when not running or not known yet. */
  etaMs: number | null;
  state: TrainingState;
  /** Empty when completed normally; what happened otherwise. */
  message: string;
}

/** Points of a scatter: class index (classification) or target value (regression) per point. */
export interface PointSet {
  x: number[];
  y: number[];
  label: number[];
}

/**
 * The network's output over the input plane. values[j * nx + i] is cell (i, j): cell centres at
 * x = x0 + (i + 0.5)(x1 − x0)/nx, y = y0 + (j + 0.5)(y1 − y0)/ny, so row j = 0 is the bottom row.
 * - probability: the probability of class 1 in [0, 1] (0.5 is the boundary);
 * - class: the predicted class index 0 … classes − 1, with `confidence` (its probability, in [0, 1]) if known;
 * - value: a regression output, coloured over `valueRange` (lo, hi).
 */
export interface BoundaryGrid {
  kind: 'probability' | 'class' | 'value';
  nx: number;
  ny: number;
  xRange: [number, number];
  yRange: [number, number];
  values: number[];
  /** 2 for probability, k for class, 0 for value. */
  classes: number;
  confidence?: number[];
  valueRange?: [number, number];
}

export interface DecisionBoundary {
  grid: BoundaryGrid;
  train: PointSet;
  test: PointSet;
  /** Axis names, e.g. ["x1", "x2"]. */
  axes: [string, string];
  /** Class names (index order); empty for regression. */
  classNames: string[];
}

/** A network with one input: its output over the input range over the data points. */
export interface FunctionFit {
  /** The fitted curve, x increasing. */
  curve: XYSeries;
  train: PointSet;
  test: PointSet;
  xLabel: string;
  yLabel: string;
}

/** Per-layer series over epochs, one metric per small chart. */
export interface LayerHealth {
  /** One name per layer, e.g. "layer 1 (tanh)". */
  layers: string[];
  /** Per layer: 2-norm of the weight gradient (drawn on a log scale). */
  gradientNorm: XYSeries[];
  /** Per hidden layer: share of units that are 0 for every training sample, in [0, 1]. */
  dead: XYSeries[];
  /** Per hidden layer: share of exact zeros among all outputs. */
  sparsity: XYSeries[];
  /** Per hidden layer: share of units with |f'| < 0.01 for every sample. */
  saturated: XYSeries[];
}

export interface TrainingViewPayloadV1 {
  version: 1;
  kind: 'view';
  title: string;
  progress: TrainingProgress;
  /** The loss name, e.g. "bce", for the axis and the tooltip. */
  lossName: string;
  /** Per-epoch train and (if any) test loss, x = epoch. */
  loss: XYSeries[];
  boundary?: DecisionBoundary;
  fit?: FunctionFit;
  health?: LayerHealth;
}

export interface ComparisonMetrics {
  finalTrainLoss: number | null;
  finalTestLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** Share of dead hidden units at the end, in [0, 1]. */
  deadShare: number | null;
  /** Steps until the full-set train loss first was ≤ targetLoss; null when never. */
  stepsToTarget: number | null;
  timeMs: number;
  state: TrainingState;
}

export interface ComparisonRun {
  /** The activation, e.g. "relu" or "x -> x * tanh(softplus(x))" (user text: escape it). */
  label: string;
  metrics: ComparisonMetrics;
  /** Train loss per epoch (and test loss, if any). */
  loss: XYSeries[];
  /** The run's own small boundary grid (points are the comparison's, shared). */
  grid?: BoundaryGrid;
}

export interface ComparisonPayloadV1 {
  version: 1;
  kind: 'comparison';
  title: string;
  lossName: string;
  /** The loss level of the "steps to" column. */
  targetLoss: number | null;
  runs: ComparisonRun[];
  /** Points drawn on every run's boundary panel. */
  points?: { train: PointSet; test: PointSet; axes: [string, string]; classNames: string[] };
}

export type TrainingPayload = TrainingViewPayloadV1 | ComparisonPayloadV1;

export type Checked<T> = { ok: true; payload: T } | { ok: false; reason: string };

/** Thrown inside the validator only; turned into { ok: false, reason }. */
class Invalid extends Error {}

const fail = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}`);
};

function obj(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Record<string, unknown>;
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value as string;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
  return value as number;
}

function finiteOrNull(value: unknown, path: string): void {
  if (value !== null) finite(value, path);
}

function count(value: unknown, path: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, 'must be a whole number ≥ 0');
  if ((value as number) > max) fail(path, `must be at most ${max}`);
  return value as number;
}

function array(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  if ((value as unknown[]).length > max) fail(path, `has ${(value as unknown[]).length} entries, at most ${max} are drawn`);
  return value as unknown[];
}

function numbers(value: unknown, path: string, length: number | null, max: number, nullable: boolean): unknown[] {
  const a = array(value, path, max);
  if (length !== null && a.length !== length) fail(path, `must have ${length} entries, has ${a.length}`);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (nullable && v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${path}[${i}]`, nullable ? 'must be a finite number or null' : 'must be a finite number');
  }
  return a;
}

function range(value: unknown, path: string): void {
  const a = numbers(value, path, 2, 2, false) as number[];
  if (!(a[0] < a[1])) fail(path, 'must be [a, b] with a < b');
}

function series(value: unknown, path: string): void {
  const s = obj(value, path);
  str(s.label, `${path}.label`);
  const x = numbers(s.x, `${path}.x`, null, TRAINING_PAYLOAD_LIMITS.maxSeriesPoints, false);
  numbers(s.y, `${path}.y`, x.length, TRAINING_PAYLOAD_LIMITS.maxSeriesPoints, true);
}

function seriesList(value: unknown, path: string): void {
  array(value, path, TRAINING_PAYLOAD_LIMITS.maxSeries).forEach((s, i) => series(s, `${path}[${i}]`));
}

function pointSet(value: unknown, path: string): number {
  const p = obj(value, path);
  const x = numbers(p.x, `${path}.x`, null, TRAINING_PAYLOAD_LIMITS.maxPoints, false);
  numbers(p.y, `${path}.y`, x.length, TRAINING_PAYLOAD_LIMITS.maxPoints, false);
  numbers(p.label, `${path}.label`, x.length, TRAINING_PAYLOAD_LIMITS.maxPoints, false);
  return x.length;
}

function points(train: unknown, test: unknown, path: string): void {
  const n = pointSet(train, `${path}.train`) + pointSet(test, `${path}.test`);
  if (n > TRAINING_PAYLOAD_LIMITS.maxPoints) fail(path, `has ${n} train and test points, at most ${TRAINING_PAYLOAD_LIMITS.maxPoints} are drawn`);
}

function axes(value: unknown, path: string): void {
  const a = array(value, path, 2);
  if (a.length !== 2) fail(path, 'must be two axis names');
  a.forEach((s, i) => str(s, `${path}[${i}]`));
}

function strings(value: unknown, path: string): void {
  array(value, path, 1000).forEach((s, i) => str(s, `${path}[${i}]`));
}

function grid(value: unknown, path: string): void {
  const g = obj(value, path);
  if (g.kind !== 'probability' && g.kind !== 'class' && g.kind !== 'value') fail(`${path}.kind`, 'must be "probability", "class" or "value"');
  const side = TRAINING_PAYLOAD_LIMITS.maxGridSide;
  const nx = count(g.nx, `${path}.nx`, side);
  const ny = count(g.ny, `${path}.ny`, side);
  if (nx < 1 || ny < 1) fail(path, 'must have at least one cell (nx, ny ≥ 1)');
  range(g.xRange, `${path}.xRange`);
  range(g.yRange, `${path}.yRange`);
  const values = numbers(g.values, `${path}.values`, nx * ny, side * side, false) as number[];
  const classes = count(g.classes, `${path}.classes`, 64);
  if (g.kind === 'probability') {
    if (classes !== 2) fail(`${path}.classes`, 'must be 2 for a probability grid');
    const i = values.findIndex((v) => v < 0 || v > 1);
    if (i >= 0) fail(`${path}.values[${i}]`, 'must be a probability in [0, 1]');
  } else if (g.kind === 'class') {
    if (classes < 2) fail(`${path}.classes`, 'must be at least 2 for a class grid');
    const i = values.findIndex((v) => !Number.isInteger(v) || v < 0 || v >= classes);
    if (i >= 0) fail(`${path}.values[${i}]`, `must be a class index 0 … ${classes - 1}`);
  } else {
    if (g.valueRange === undefined) fail(`${path}.valueRange`, 'is needed for a value grid');
    range(g.valueRange, `${path}.valueRange`);
  }
  if (g.confidence !== undefined) {
    const c = numbers(g.confidence, `${path}.confidence`, nx * ny, side * side, false) as number[];
    const i = c.findIndex((v) => v < 0 || v > 1);
    if (i >= 0) fail(`${path}.confidence[${i}]`, 'must be in [0, 1]');
  }
}

function progress(value: unknown, path: string): void {
  const p = obj(value, path);
  count(p.epoch, `${path}.epoch`);
  count(p.epochs, `${path}.epochs`);
  count(p.steps, `${path}.steps`);
  for (const k of ['trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy', 'stepsPerSecond', 'etaMs']) finiteOrNull(p[k] ?? null, `${path}.${k}`);
  finite(p.elapsedMs, `${path}.elapsedMs`);
  if (!TRAINING_STATES.includes(p.state as TrainingState)) fail(`${path}.state`, `must be one of ${TRAINING_STATES.join(', ')}`);
  str(p.message, `${path}.message`);
}

function view(v: Record<string, unknown>): void {
  progress(v.progress, 'progress');
  str(v.lossName, 'lossName');
  seriesList(v.loss, 'loss');
  if (v.boundary !== undefined) {
    const b = obj(v.boundary, 'boundary');
    grid(b.grid, 'boundary.grid');
    points(b.train, b.test, 'boundary');
    axes(b.axes, 'boundary.axes');
    strings(b.classNames, 'boundary.classNames');
  }
  if (v.fit !== undefined) {
    const f = obj(v.fit, 'fit');
    series(f.curve, 'fit.curve');
    points(f.train, f.test, 'fit');
    str(f.xLabel, 'fit.xLabel');
    str(f.yLabel, 'fit.yLabel');
  }
  if (v.health !== undefined) {
    const h = obj(v.health, 'health');
    strings(h.layers, 'health.layers');
    for (const k of ['gradientNorm', 'dead', 'sparsity', 'saturated']) seriesList(h[k], `health.${k}`);
  }
}

function metrics(value: unknown, path: string): void {
  const m = obj(value, path);
  for (const k of ['finalTrainLoss', 'finalTestLoss', 'trainAccuracy', 'testAccuracy', 'deadShare', 'stepsToTarget']) finiteOrNull(m[k] ?? null, `${path}.${k}`);
  finite(m.timeMs, `${path}.timeMs`);
  if (!TRAINING_STATES.includes(m.state as TrainingState)) fail(`${path}.state`, `must be one of ${TRAINING_STATES.join(', ')}`);
}

function comparison(v: Record<string, unknown>): void {
  str(v.lossName, 'lossName');
  finiteOrNull(v.targetLoss ?? null, 'targetLoss');
  const runs = array(v.runs, 'runs', TRAINING_PAYLOAD_LIMITS.maxRuns);
  if (runs.length === 0) fail('runs', 'must hold at least one run');
  runs.forEach((r, i) => {
    const run = obj(r, `runs[${i}]`);
    str(run.label, `runs[${i}].label`);
    metrics(run.metrics, `runs[${i}].metrics`);
    seriesList(run.loss, `runs[${i}].loss`);
    if (run.grid !== undefined) grid(run.grid, `runs[${i}].grid`);
  });
  if (v.points !== undefined) {
    const p = obj(v.points, 'points');
    points(p.train, p.test, 'points');
    axes(p.axes, 'points.axes');
    strings(p.classNames, 'points.classNames');
  }
}

/** Narrows unknown JSON to a training payload this code can draw, or says what is wrong with it. */
export function validateTrainingPayload(value: unknown): Checked<TrainingPayload> {
  try {
    const v = obj(value, 'payload');
    if (v.version !== 1) return { ok: false, reason: `unsupported training payload version ${JSON.stringify(v.version)}` };
    str(v.title, 'title');
    if (v.kind === 'view') view(v);
    else if (v.kind === 'comparison') comparison(v);
    else fail('kind', 'must be "view" or "comparison"');
    return { ok: true, payload: value as TrainingPayload };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    throw e;
  }
}

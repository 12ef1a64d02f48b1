/**
 * Fields of the training values, read as `run.loss` (or run["loss"]): what a cell can compute with.
 * An unknown field is an error at the name that lists the known ones.
 */
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { nearest } from '../runtime/suggest';
import type { Value } from '../runtime/values';
import { describeValue, num, vector } from '../runtime/values';
import { perLayer, RECORD_FIELDS } from './layer-health';
import type { DatasetValue, NetworkValue, RunValue, TrainingComparisonValue } from './training-values';
import { comparisonMetrics } from './comparison-metrics';

type Field<T> = { doc: string; get: (v: T) => Value };

const str = (value: string): Value => ({ kind: 'string', value });
const vec = (xs: ArrayLike<number>): Value => vector(Float64Array.from(xs));

export const RUN_FIELDS: Readonly<Record<string, Field<RunValue>>> = {
  loss: { doc: 'train loss per recorded epoch (data loss on all training points)', get: (r) => vec(r.run.epochs.map((e) => e.trainLoss)) },
  test_loss: { doc: 'test loss per recorded epoch', get: (r) => vec(r.run.epochs.map((e) => e.testLoss)) },
  accuracy: { doc: 'train accuracy per recorded epoch (NaN for regression)', get: (r) => vec(r.run.epochs.map((e) => e.trainAccuracy)) },
  test_accuracy: { doc: 'test accuracy per recorded epoch', get: (r) => vec(r.run.epochs.map((e) => e.testAccuracy)) },
  step_loss: { doc: 'the loss of every step, before its update', get: (r) => vector(Float64Array.from(r.run.stepLosses)) },
  epoch: { doc: 'the epoch numbers of the records', get: (r) => vec(r.run.epochs.map((e) => e.epoch)) },
  epochs: { doc: 'epochs completed', get: (r) => num(r.run.epochsDone) },
  steps: { doc: 'steps taken', get: (r) => num(r.run.steps) },
  time: { doc: 'seconds the training took', get: (r) => num(r.run.elapsedMs / 1000) },
  steps_per_second: { doc: 'steps per second', get: (r) => num(r.run.elapsedMs > 0 ? r.run.steps / (r.run.elapsedMs / 1000) : NaN) },
  stopped: { doc: '"completed", "interrupted" or "diverged"', get: (r) => str(r.run.stopped) },
  message: { doc: 'what stopped the run early and what to try ("" when completed)', get: (r) => str(r.run.message) },
  loss_name: { doc: 'the loss trained on', get: (r) => str(r.loss) },
  network: { doc: 'the trained network (for predict or more training)', get: (r) => ({ kind: 'network', network: r.run.network, hiddenLabels: r.hiddenLabels }) },
  weights: { doc: 'every trained parameter, in PyTorch\'s parameter order', get: (r) => vector(Float64Array.from(r.run.network.parameters)) },
  ...Object.fromEntries(Object.entries(RECORD_FIELDS).map(([name, f]) => [name, { doc: `${f.doc}, per hidden layer at the last recorded epoch`, get: (r: RunValue) => perLayer(r, f.key) }])),
};

export const DATASET_FIELDS: Readonly<Record<string, Field<DatasetValue>>> = {
  n: { doc: 'number of points', get: (d) => num(d.dataset.n) },
  n_train: { doc: 'training points', get: (d) => num(d.dataset.nTrain) },
  n_test: { doc: 'test points', get: (d) => num(d.dataset.nTest) },
  inputs: { doc: 'columns per point', get: (d) => num(d.dataset.d) },
  task: { doc: '"binary", "multiclass" or "regression"', get: (d) => str(d.dataset.task) },
  classes: { doc: 'number of classes (0 for regression)', get: (d) => num(d.dataset.classes) },
  x: { doc: 'all inputs, point after point, as the network sees them (after features and standardisation)', get: (d) => vector(Float64Array.from(d.dataset.inputs)) },
  points: { doc: 'all points in their raw coordinates, point after point (what predict takes)', get: (d) => vector(Float64Array.from(d.dataset.source.inputs)) },
  y: { doc: 'the labels (binary: -1 and 1; classes: 0, 1, ...)', get: (d) => vector(Float64Array.from(d.dataset.targets)) },
  ...Object.fromEntries(Array.from({ length: 9 }, (_, j) => [`x${j + 1}`, { doc: `column ${j + 1} of the inputs`, get: (d: DatasetValue) => column(d, j) }])),
};

export const NETWORK_FIELDS: Readonly<Record<string, Field<NetworkValue>>> = {
  sizes: { doc: 'the layer sizes', get: (n) => vec(n.network.config.sizes) },
  parameters: { doc: 'number of parameters', get: (n) => num(n.network.parameters.length) },
  weights: { doc: 'every parameter, in PyTorch\'s parameter order', get: (n) => vector(Float64Array.from(n.network.parameters)) },
};

/** A comparison's metrics, one number per run in order; a run itself is cmp["relu"] or cmp[0]. */
export const COMPARISON_FIELDS: Readonly<Record<string, Field<TrainingComparisonValue>>> = {
  count: { doc: 'number of runs', get: (c) => num(c.entries.length) },
  final_loss: { doc: 'final train loss of each run', get: (c) => vec(comparisonMetrics(c).map((m) => m.trainLoss)) },
  final_test_loss: { doc: 'final test loss of each run', get: (c) => vec(comparisonMetrics(c).map((m) => m.testLoss)) },
  accuracy: { doc: 'final train accuracy of each run', get: (c) => vec(comparisonMetrics(c).map((m) => m.trainAccuracy)) },
  test_accuracy: { doc: 'final test accuracy of each run', get: (c) => vec(comparisonMetrics(c).map((m) => m.testAccuracy)) },
  dead: { doc: 'share of dead hidden units of each run at the end', get: (c) => vec(comparisonMetrics(c).map((m) => m.dead)) },
  steps_to_target: { doc: 'steps until the train loss first reached target_loss (NaN: never)', get: (c) => vec(comparisonMetrics(c).map((m) => m.stepsToTarget)) },
  target_loss: { doc: 'the level of steps_to_target', get: (c) => num(comparisonMetrics(c)[0]?.targetLoss ?? NaN) },
  time: { doc: 'seconds each run took', get: (c) => vec(comparisonMetrics(c).map((m) => m.seconds)) },
};

function column(d: DatasetValue, j: number): Value {
  const ds = d.dataset;
  if (j >= ds.d) throw new LangError('eval', `the dataset has ${ds.d} column${ds.d === 1 ? '' : 's'} (${ds.featureNames.join(', ')})`, { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
  const out = new Float64Array(ds.n);
  for (let i = 0; i < ds.n; i++) out[i] = ds.inputs[i * ds.d + j];
  return vector(out);
}

function fieldsOf(target: Value): Readonly<Record<string, Field<never>>> | undefined {
  switch (target.kind) {
    case 'run': return RUN_FIELDS as Record<string, Field<never>>;
    case 'dataset': return DATASET_FIELDS as Record<string, Field<never>>;
    case 'network': return NETWORK_FIELDS as Record<string, Field<never>>;
    case 'training-comparison': return COMPARISON_FIELDS as Record<string, Field<never>>;
    case 'training-panel': return RUN_FIELDS as Record<string, Field<never>>;
    default: return undefined;
  }
}

/** target.name; `span` is the field name's. */
export function fieldValue(target: Value, name: string, span: Span): Value {
  if (target.kind === 'training-panel') return fieldValue(target.source, name, span);
  if (target.kind === 'training-comparison') {
    const entry = target.entries.find((e) => e.label === name);
    if (entry) return entry.run;
  }
  const fields = fieldsOf(target);
  if (!fields) throw new LangError('eval', `${describeValue(target)} has no fields; .${name} reads a field of a dataset, a network or a training run`, span);
  const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
  if (!field) {
    const known = [...Object.keys(fields), ...(target.kind === 'training-comparison' ? target.entries.map((e) => e.label) : [])];
    const guess = nearest(name, known);
    throw new LangError('eval', `${describeValue(target)} has no field '${name}'${guess ? `; did you mean '${guess}'?` : '.'} Its fields: ${known.join(', ')}`, span);
  }
  try {
    return (field.get as (v: Value) => Value)(target);
  } catch (error) {
    if (error instanceof LangError) throw new LangError('eval', error.message, span);
    throw error;
  }
}

/** cmp[i]: run i of a comparison (0-based, negative from the end, as vectors are indexed). */
export function comparisonRun(c: TrainingComparisonValue, i: number, span: Span): Value {
  const n = c.entries.length;
  const at = i < 0 ? n + i : i;
  if (at < 0 || at >= n) throw new LangError('eval', `index ${i} is out of range: the comparison has ${n} run${n === 1 ? '' : 's'} (0 to ${n - 1}; or by label: ${c.entries.map((e) => JSON.stringify(e.label)).join(', ')})`, span);
  return c.entries[at].run;
}

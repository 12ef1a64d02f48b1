/**
 * The text (text/plain) of datasets, networks and runs: a few readable lines each. A run shows its
 * final train and test loss and accuracy, the epochs and steps, the time and steps per second, and
 * why it stopped when it did not complete.
 */
import { classCounts } from '../../core/training/datasets';
import { resolveOptimizer } from '../../core/training/optimizers';
import { comparisonMetrics } from './comparison-metrics';
import type { DatasetValue, NetworkValue, RunValue, TrainingComparisonValue, TrainingValue } from './training-values';

function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) return String(Number(x.toPrecision(digits)));
  return x.toExponential(digits - 1);
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—';
}

/** The largest (sign 1) or smallest (sign -1) entry, without spreading a long array into arguments. */
function extreme(xs: Float64Array, sign: 1 | -1): number {
  let best = sign * -Infinity;
  for (let i = 0; i < xs.length; i++) if (sign * xs[i] > sign * best) best = xs[i];
  return best;
}

export function formatDataset(v: DatasetValue): string {
  const d = v.dataset;
  const counts = classCounts(d, d.task, d.classes);
  const classes = d.task === 'regression' ? `regression, targets from ${fmt(extreme(d.targets, -1))} to ${fmt(extreme(d.targets, 1))}` : `${d.task}, ${d.classes} classes (${d.classNames.map((c, i) => `${c}: ${counts[i]}`).join(', ')})`;
  const extras = [d.scaling ? 'standardized' : ''].filter((s) => s !== '');
  return [
    `dataset ${v.label}`,
    `  ${d.n} points: ${d.nTrain} train, ${d.nTest} test; ${d.d} input${d.d === 1 ? '' : 's'} (${d.featureNames.join(', ')})${extras.length ? `, ${extras.join(', ')}` : ''}`,
    `  ${classes}`,
  ].join('\n');
}

export function networkHeadline(sizes: readonly number[], hidden: readonly string[], head: string): string {
  const unique = [...new Set(hidden)];
  const acts = hidden.length === 0 ? 'no hidden layer' : unique.length === 1 ? unique[0] : hidden.join(', ');
  return `mlp [${sizes.join(', ')}], ${acts}, ${head} output`;
}

export function formatNetwork(v: NetworkValue): string {
  const n = v.network;
  const c = n.config;
  const init = `init ${c.init ?? 'torch_default'}${c.bias !== undefined ? `, bias ${c.bias}` : ''}, seed ${c.seed ?? 0}`;
  return [`network ${networkHeadline(c.sizes, v.hiddenLabels, n.head)}`, `  ${n.parameters.length.toLocaleString('en-US')} parameter${n.parameters.length === 1 ? '' : 's'}; ${init}`].join('\n');
}

export function formatRun(v: RunValue): string {
  const r = v.run;
  const last = r.epochs[r.epochs.length - 1];
  const seconds = r.elapsedMs / 1000;
  const rate = r.elapsedMs > 0 ? Math.round(r.steps / seconds) : NaN;
  const opt = resolveOptimizer(r.options.optimizer);
  const batch = r.options.batchSize === undefined || r.options.batchSize === 0 || r.options.batchSize >= r.train.n ? 'full batch' : `batch ${r.options.batchSize}`;
  const status = v.live ? `training, epoch ${r.epochsDone} of ${r.options.epochs}` : r.stopped === 'completed' ? 'completed' : r.stopped;
  const lines = [
    `run: ${networkHeadline(r.network.config.sizes, v.hiddenLabels, r.network.head)}; ${v.loss} loss, ${opt.kind} lr=${opt.lr}, ${batch}`,
    `  ${status}: ${r.epochsDone} epoch${r.epochsDone === 1 ? '' : 's'}, ${r.steps.toLocaleString('en-US')} step${r.steps === 1 ? '' : 's'} in ${seconds < 1 ? `${fmt(r.elapsedMs, 3)} ms` : `${fmt(seconds, 3)} s`} (${Number.isFinite(rate) ? rate.toLocaleString('en-US') : '—'} steps/s)`,
  ];
  if (last) {
    lines.push(`  loss: train ${fmt(last.trainLoss)}, test ${fmt(last.testLoss)} (epoch ${last.epoch})`);
    const trainAcc = Number.isFinite(last.trainAccuracy) ? last.trainAccuracy : v.finalAccuracy.train;
    const testAcc = Number.isFinite(last.testAccuracy) ? last.testAccuracy : v.finalAccuracy.test;
    if (Number.isFinite(trainAcc) || Number.isFinite(testAcc)) lines.push(`  accuracy: train ${pct(trainAcc)}, test ${pct(testAcc)}`);
  } else {
    lines.push(r.epochsDone === 0 ? '  no epoch was completed' : '  no epoch was recorded (record_every=0 records only after the last epoch)');
  }
  if (r.message !== '') lines.push(`  note: ${r.message}`);
  return lines.join('\n');
}

export function formatTrainingValue(v: TrainingValue): string {
  switch (v.kind) {
    case 'dataset': return formatDataset(v);
    case 'network': return formatNetwork(v);
    case 'run': return formatRun(v);
    case 'script': return v.text;
    case 'training-panel': return `${v.part === 'loss' ? 'loss curves' : v.part === 'health' ? 'layer health' : 'decision boundary'} of the ${formatRun(v.source)}`;
    case 'training-comparison': return formatComparison(v);
  }
}

/** The comparison as a text table: one row per run. */
export function formatComparison(v: TrainingComparisonValue): string {
  const rows = comparisonMetrics(v);
  const target = rows[0]?.targetLoss ?? NaN;
  const header = ['activation', 'final loss', 'test loss', 'accuracy', 'dead', `steps to ${fmt(target)}`, 'time'];
  const cells = rows.map((m) => [m.label + (m.stopped === 'completed' ? '' : ` (${m.stopped})`), fmt(m.trainLoss), fmt(m.testLoss), pct(m.trainAccuracy), pct(m.dead), Number.isFinite(m.stepsToTarget) ? String(m.stepsToTarget) : 'never', `${fmt(m.seconds, 3)} s`]);
  for (const p of v.pending ?? []) cells.push([`${p} (${v.live ? 'waiting' : 'not trained'})`, '—', '—', '—', '—', '—', '—']);
  const widths = header.map((h, j) => Math.max(h.length, ...cells.map((c) => c[j].length)));
  const line = (c: string[]) => c.map((x, j) => (j === 0 ? x.padEnd(widths[j]) : x.padStart(widths[j]))).join('  ').trimEnd();
  const d = v.dataset;
  return [`training comparison on ${d.source.names.length}-input data (${d.nTrain} train, ${d.nTest} test points)`, line(header), ...cells.map(line)].join('\n');
}

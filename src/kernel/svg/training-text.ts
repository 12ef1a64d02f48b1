/**
 * The text of the training fallbacks: the progress line and the comparison's metrics rows, written
 * as the renderer writes them (src/renderer/training-format.ts; the kernel may not import the
 * renderer). Plain strings: the SVG code escapes them. Pure.
 */
import type { ComparisonPayloadV1, TrainingProgress, XYSeries } from '../../shared/training-payload';
import { formatTick } from './svg-scale';

const DASH = '—';

export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return DASH;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
  const total = Math.round(s);
  const m = Math.floor(total / 60);
  return m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min ${String(total % 60).padStart(2, '0')} s`;
}

export function formatPercent(share: number | null): string {
  return share === null || !Number.isFinite(share) ? DASH : `${Number((share * 100).toPrecision(3))} %`;
}

export function formatLoss(loss: number | null): string {
  return loss === null || !Number.isFinite(loss) ? DASH : formatTick(loss);
}

export function formatCount(n: number | null): string {
  return n === null || !Number.isFinite(n) ? DASH : Math.round(n).toLocaleString('en-US');
}

/** "epoch 200 / 200 · train loss 0.0123 · test loss 0.02 · accuracy train 99 %, test 98 % · time 1.20 s · completed". */
export function progressText(p: TrainingProgress): string {
  const parts = [`epoch ${formatCount(p.epoch)} / ${formatCount(p.epochs)}`, `train loss ${formatLoss(p.trainLoss)}`];
  if (p.testLoss !== null) parts.push(`test loss ${formatLoss(p.testLoss)}`);
  const acc = [p.trainAccuracy !== null ? `train ${formatPercent(p.trainAccuracy)}` : '', p.testAccuracy !== null ? `test ${formatPercent(p.testAccuracy)}` : ''].filter(Boolean);
  if (acc.length) parts.push(`accuracy ${acc.join(', ')}`);
  parts.push(`time ${formatDuration(p.elapsedMs)}`, p.state);
  return parts.join(' · ');
}

/** The comparison's metrics: a header and one row per run (label first). */
export function metricsRows(payload: ComparisonPayloadV1): { columns: string[]; rows: string[][] } {
  const hasTest = payload.runs.some((r) => r.metrics.finalTestLoss !== null);
  const hasAccuracy = payload.runs.some((r) => r.metrics.trainAccuracy !== null || r.metrics.testAccuracy !== null);
  const columns = ['activation', `train loss (${payload.lossName})`];
  if (hasTest) columns.push('test loss');
  if (hasAccuracy) columns.push(hasTest ? 'test accuracy' : 'accuracy');
  columns.push('dead units', payload.targetLoss === null ? 'steps to target' : `steps to loss ≤ ${formatTick(payload.targetLoss)}`, 'time', 'state');
  const rows = payload.runs.map((r) => {
    const m = r.metrics;
    const row = [r.label, formatLoss(m.finalTrainLoss)];
    if (hasTest) row.push(formatLoss(m.finalTestLoss));
    if (hasAccuracy) row.push(formatPercent(hasTest ? m.testAccuracy : m.trainAccuracy));
    row.push(formatPercent(m.deadShare), formatCount(m.stepsToTarget), formatDuration(m.timeMs), m.state);
    return row;
  });
  return { columns, rows };
}

/** Whether a loss chart reads better on a log axis: every value > 0 and two decades or more between them. */
export function prefersLog(series: readonly XYSeries[]): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const y of s.y) {
      if (y === null) continue;
      if (y <= 0) return false;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  }
  return lo > 0 && hi / lo >= 100;
}

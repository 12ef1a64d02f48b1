/**
 * Text of the training outputs: the progress line, durations, percentages, and the comparison's
 * metrics table as rows of plain strings (the DOM code puts them in with textContent, so a label
 * such as "x -> x < 0" is shown as typed, never parsed as HTML). Pure.
 */
import type { ComparisonPayloadV1, TrainingProgress } from '../shared/training-payload';
import { formatNumber } from './chart-config';

const DASH = '—';

/** "850 ms", "12.3 s", "2 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return DASH;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min ${String(sec).padStart(2, '0')} s`;
}

/** A share in [0, 1] as a percentage with up to 3 significant digits: "98.5 %". */
export function formatPercent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return DASH;
  return `${Number((share * 100).toPrecision(3))} %`;
}

export function formatLoss(loss: number | null): string {
  return loss === null || !Number.isFinite(loss) ? DASH : formatNumber(loss);
}

/** "12,345" for counts. */
export function formatCount(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return DASH;
  return Math.round(n).toLocaleString('en-US');
}

/** The parts of the progress line, in order (joined with " · " for display). */
export function progressParts(p: TrainingProgress): string[] {
  const parts = [`epoch ${formatCount(p.epoch)} / ${formatCount(p.epochs)}`, `train loss ${formatLoss(p.trainLoss)}`];
  if (p.testLoss !== null) parts.push(`test loss ${formatLoss(p.testLoss)}`);
  if (p.trainAccuracy !== null || p.testAccuracy !== null) {
    const acc = [p.trainAccuracy !== null ? `train ${formatPercent(p.trainAccuracy)}` : null, p.testAccuracy !== null ? `test ${formatPercent(p.testAccuracy)}` : null].filter(Boolean);
    parts.push(`accuracy ${acc.join(', ')}`);
  }
  if (p.stepsPerSecond !== null) parts.push(`${formatCount(p.stepsPerSecond)} steps/s`);
  parts.push(`time ${formatDuration(p.elapsedMs)}`);
  if (p.state === 'running' && p.etaMs !== null) parts.push(`${formatDuration(p.etaMs)} left`);
  return parts;
}

export function progressLine(p: TrainingProgress): string {
  return progressParts(p).join(' · ');
}

export interface MetricsTable {
  columns: string[];
  rows: string[][];
}

/** The comparison's metrics table: one row per run, the label first (as plain text). */
export function metricsTable(payload: ComparisonPayloadV1): MetricsTable {
  const hasTest = payload.runs.some((r) => r.metrics.finalTestLoss !== null);
  const hasAccuracy = payload.runs.some((r) => r.metrics.trainAccuracy !== null || r.metrics.testAccuracy !== null);
  const columns = ['activation', `train loss (${payload.lossName})`];
  if (hasTest) columns.push('test loss');
  if (hasAccuracy) columns.push(hasTest ? 'test accuracy' : 'accuracy');
  columns.push('dead units', payload.targetLoss === null ? 'steps to target' : `steps to loss ≤ ${formatNumber(payload.targetLoss)}`, 'time', 'state');
  const rows = payload.runs.map((r) => {
    const m = r.metrics;
    const row = [r.label, formatLoss(m.finalTrainLoss)];
    if (hasTest) row.push(formatLoss(m.finalTestLoss));
    if (hasAccuracy) row.push(formatPercent(hasTest ? m.testAccuracy : m.trainAccuracy));
    row.push(formatPercent(m.deadShare), m.stepsToTarget === null ? 'not reached' : formatCount(m.stepsToTarget), formatDuration(m.timeMs), m.state);
    return row;
  });
  return { columns, rows };
}

/** Index of the best run by final test loss (else train loss), for highlighting; -1 when none. */
export function bestRun(payload: ComparisonPayloadV1): number {
  let best = -1;
  let bestLoss = Infinity;
  payload.runs.forEach((r, i) => {
    const loss = r.metrics.finalTestLoss ?? r.metrics.finalTrainLoss;
    if (loss !== null && loss < bestLoss) { bestLoss = loss; best = i; }
  });
  return best;
}

/** Escapes text for HTML (for any code path that must build markup as a string). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

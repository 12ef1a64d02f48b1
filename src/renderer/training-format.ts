/**
 * Text of the training outputs: the progress line, durations, percentages, and the comparison's
 * metrics table as rows of plain strings (the DOM code puts them in with textContent, so a label
 * such as "x -> x < 0" is shown as typed, never parsed as HTML). Pure.
 */
import type { ComparisonPayloadV1, TrainingProgress } from '../shared/training-payload';
import { formatNumber } from './chart-config';
import { comparisonMetricsTable, DASH, formatCount, formatDuration, formatPercent, type MetricsTable } from '../shared/training-text';

export { formatCount, formatDuration, formatPercent, type MetricsTable } from '../shared/training-text';

export function formatLoss(loss: number | null): string {
  return loss === null || !Number.isFinite(loss) ? DASH : formatNumber(loss);
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

/** The comparison's metrics table: one row per run, the label first (as plain text). */
export function metricsTable(payload: ComparisonPayloadV1): MetricsTable {
  return comparisonMetricsTable(payload, { number: formatNumber, notReached: 'not reached' });
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

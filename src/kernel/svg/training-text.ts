/**
 * The text of the training fallbacks: the progress line and the comparison's metrics rows, written
 * as the renderer writes them (src/renderer/training-format.ts; the kernel may not import the
 * renderer, so the formatters and the metrics table both use are in src/shared/training-text.ts).
 * Plain strings: the SVG code escapes them. Pure.
 */
import type { ComparisonPayloadV1, TrainingProgress, XYSeries } from '../../shared/training-payload';
import { comparisonMetricsTable, DASH, formatCount, formatDuration, formatPercent } from '../../shared/training-text';
import { formatTick } from './svg-scale';

export { formatCount, formatDuration, formatPercent } from '../../shared/training-text';

export function formatLoss(loss: number | null): string {
  return loss === null || !Number.isFinite(loss) ? DASH : formatTick(loss);
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
  return comparisonMetricsTable(payload, { number: formatTick, notReached: DASH });
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

/**
 * Text of the training outputs shared by the renderer (src/renderer/training-format.ts) and the
 * kernel's SVG fallback (src/kernel/svg/training-text.ts): durations, percentages, counts and the
 * comparison's metrics table as rows of plain strings. Each side passes its own number format. Pure.
 */
import type { ComparisonPayloadV1 } from './training-payload';

export const DASH = '—';

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

/** "12,345" for counts. */
export function formatCount(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return DASH;
  return Math.round(n).toLocaleString('en-US');
}

export interface MetricsTable {
  columns: string[];
  rows: string[][];
}

export interface MetricsTableFormat {
  /** A finite number (losses, the target loss). */
  number: (value: number) => string;
  /** The steps-to-target cell of a run that never reached it. */
  notReached: string;
}

/** The comparison's metrics table: one row per run, the label first (as plain text). */
export function comparisonMetricsTable(payload: ComparisonPayloadV1, format: MetricsTableFormat): MetricsTable {
  const loss = (value: number | null): string => (value === null || !Number.isFinite(value) ? DASH : format.number(value));
  const hasTest = payload.runs.some((r) => r.metrics.finalTestLoss !== null);
  const hasAccuracy = payload.runs.some((r) => r.metrics.trainAccuracy !== null || r.metrics.testAccuracy !== null);
  const columns = ['activation', `train loss (${payload.lossName})`];
  if (hasTest) columns.push('test loss');
  if (hasAccuracy) columns.push(hasTest ? 'test accuracy' : 'accuracy');
  columns.push('dead units', payload.targetLoss === null ? 'steps to target' : `steps to loss ≤ ${format.number(payload.targetLoss)}`, 'time', 'state');
  const rows = payload.runs.map((r) => {
    const m = r.metrics;
    const row = [r.label, loss(m.finalTrainLoss)];
    if (hasTest) row.push(loss(m.finalTestLoss));
    if (hasAccuracy) row.push(formatPercent(hasTest ? m.testAccuracy : m.trainAccuracy));
    row.push(formatPercent(m.deadShare), m.stepsToTarget === null ? format.notReached : formatCount(m.stepsToTarget), formatDuration(m.timeMs), m.state);
    return row;
  });
  return { columns, rows };
}

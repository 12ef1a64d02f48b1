/** The bench's table: one row per measured (activation, op, dtype), and the PASS/MISS tally. */

export type Verdict = 'PASS' | 'MISS' | 'no baseline' | 'DIFFERS';

export interface BenchRow {
  activation: string;
  op: string;
  dtype: 'f64' | 'f32';
  /** M elements/s of the registry kernel (for value+derivative: the fused kernel). */
  registry: number;
  /** M elements/s of what it is compared with; NaN when there is nothing to compare with. */
  baseline: number;
  /** What `baseline` is: "plain loop" or "2 passes". */
  against: string;
  /** registry / baseline. */
  ratio: number;
  /** e.g. ">= 0.90". */
  target: string;
  verdict: Verdict;
  note?: string;
  /**
   * Informational, no verdict: textbook-loop time / registry time, when the baseline is a
   * same-formula loop and the textbook formula (not the same results) was timed beside it.
   */
  textbookRatio?: number;
}

const COLUMNS: Array<[string, number, (r: BenchRow) => string, 'left' | 'right']> = [
  ['activation', 24, (r) => r.activation, 'left'],
  ['op', 13, (r) => r.op, 'left'],
  ['dtype', 5, (r) => r.dtype, 'left'],
  ['registry M/s', 12, (r) => fmt(r.registry), 'right'],
  ['baseline M/s', 12, (r) => fmt(r.baseline), 'right'],
  ['baseline is', 11, (r) => r.against, 'left'],
  ['ratio', 6, (r) => (Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '-'), 'right'],
  ['target', 7, (r) => r.target, 'left'],
  ['textbook*', 9, (r) => (r.textbookRatio !== undefined && Number.isFinite(r.textbookRatio) ? r.textbookRatio.toFixed(2) : ''), 'right'],
  ['verdict', 7, (r) => r.verdict + (r.note ? ` (${r.note})` : ''), 'left'],
];

function fmt(v: number): string {
  if (!Number.isFinite(v)) return '-';
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

/** The footnote for the informational textbook column. */
export const TEXTBOOK_NOTE =
  'textbook* = ratio against the textbook formula (not the same results: no accurate form, no NaN propagation), informational only, no PASS/MISS; blank where the baseline is the textbook formula.';

export function header(): string {
  return [
    COLUMNS.map(([name, width, , align]) => (align === 'left' ? name.padEnd(width) : name.padStart(width))).join('  ').trimEnd(),
    COLUMNS.map(([, width]) => '-'.repeat(width)).join('  '),
  ].join('\n');
}

export function formatRow(r: BenchRow): string {
  return COLUMNS.map(([, width, get, align]) => (align === 'left' ? get(r).padEnd(width) : get(r).padStart(width)))
    .join('  ')
    .trimEnd();
}

export function summary(rows: readonly BenchRow[]): string {
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const parts = [`${count('PASS')} PASS`, `${count('MISS')} MISS`];
  if (count('no baseline')) parts.push(`${count('no baseline')} without a baseline`);
  if (count('DIFFERS')) parts.push(`${count('DIFFERS')} where the baseline computes different numbers`);
  return `bench summary: ${parts.join(', ')} (of ${rows.length} rows)`;
}

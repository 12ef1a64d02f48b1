/**
 * Tables as text: aligned columns for text/plain (numbers right-aligned, up to 6 significant
 * digits), and GitHub-flavoured Markdown for text/markdown (VS Code draws it as a table).
 */
import { markdownText } from '../../lang/builtins/markup-escape';
import { formatNumber } from './format-value';
import type { TableCell, TableValue } from '../../lang/runtime/values';

export function cellText(cell: TableCell): string {
  return typeof cell === 'number' ? formatNumber(cell) : String(cell);
}

/** Columns separated by two spaces, a rule under the header, notes below. */
export function formatTableText(table: TableValue): string {
  const texts = [table.columns, ...table.rows.map((row) => row.map(cellText))];
  const widths = table.columns.map((_, c) => Math.max(...texts.map((row) => [...(row[c] ?? '')].length)));
  const numeric = table.columns.map((_, c) => table.rows.length > 0 && table.rows.every((row) => typeof row[c] === 'number'));
  const pad = (text: string, c: number): string => {
    const gap = ' '.repeat(widths[c] - [...text].length);
    return numeric[c] ? gap + text : text + gap;
  };
  const lines = texts.map((row) => row.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [...lines, ...table.notes.map((n) => `note: ${n}`)].join('\n');
}

/** Texts up to this long stay on one line in a Markdown table (their spaces become non-breaking). */
export const KEEP_TOGETHER_CHARS = 32;

/** "monotonic on [-4, 4]", "(-1.758, ∞)": short header and cell texts do not wrap in a narrow table. */
export function keepTogether(text: string): string {
  return [...text].length <= KEEP_TOGETHER_CHARS ? text.replace(/ /g, '\u00a0') : text;
}

export function formatTableMarkdown(table: TableValue): string {
  const numeric = table.columns.map((_, c) => table.rows.length > 0 && table.rows.every((row) => typeof row[c] === 'number'));
  const header = `| ${table.columns.map((c) => markdownText(keepTogether(c))).join(' | ')} |`;
  const rule = `| ${numeric.map((n) => (n ? '---:' : ':---')).join(' | ')} |`;
  // Numbers print as digits, '.', '-', 'e', '+' (mid-cell: no markup); every string is escaped (user text).
  const body = table.rows.map((row) => `| ${row.map((cell) => (typeof cell === 'number' ? cellText(cell) : markdownText(keepTogether(cellText(cell))))).join(' | ')} |`);
  const notes = table.notes.map((n) => `\n_${markdownText(n)}_`);
  return [header, rule, ...body].join('\n') + (notes.length ? '\n' + notes.join('\n') : '');
}

/**
 * A table as text/html, for hosts that show HTML but not Markdown outputs (nbconvert, JupyterLab,
 * GitHub, the HTML report): a plain <table> with a caption, numbers right-aligned, notes below.
 * Every cell is escaped. Inline styles only, with VS Code's theme variables where the builtin renderer
 * has them and light fallbacks elsewhere.
 */
import { htmlText } from '../../lang/builtins/markup-escape';
import { cellText } from './format-table';
import type { TableValue } from '../../lang/runtime/values';

const BORDER = 'var(--vscode-editorWidget-border, #d0d7de)';

export function formatTableHtml(table: TableValue): string {
  const numeric = table.columns.map((_, c) => table.rows.length > 0 && table.rows.every((row) => typeof row[c] === 'number'));
  const cellStyle = (c: number): string => `padding:2px 8px;border-bottom:1px solid ${BORDER};text-align:${numeric[c] ? 'right' : 'left'};white-space:nowrap`;
  const head = table.columns.map((col, c) => `<th style="${cellStyle(c)}">${htmlText(col)}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell, c) => `<td style="${cellStyle(c)}">${htmlText(cellText(cell))}</td>`).join('')}</tr>`).join('\n');
  const caption = table.title ? `<caption style="text-align:left;font-weight:600;padding:2px 0">${htmlText(table.title)}</caption>` : '';
  const notes = table.notes.map((n) => `<p style="margin:4px 0;font-style:italic">${htmlText(n)}</p>`).join('');
  // A wide table scrolls sideways instead of being clipped by a narrow output (cells never wrap).
  return `<div style="overflow-x:auto"><table style="border-collapse:collapse;font-variant-numeric:tabular-nums">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${notes}`;
}

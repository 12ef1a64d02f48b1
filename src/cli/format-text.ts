/** Human-readable forms of kernel results for the terminal. */
import type { CellError, CellResult } from '../kernel/cell-result';
import { MIME_TEXT } from '../shared/mime-types';
import { sourceCaret } from '../kernel/format/source-caret';

/** Each output's text/plain item, one per line. */
export function outputText(result: CellResult): string {
  const lines: string[] = [];
  for (const output of result.outputs) {
    const text = output.items.find((item) => item.mime === MIME_TEXT);
    if (text && typeof text.data === 'string') lines.push(text.data);
  }
  return lines.map((l) => l + '\n').join('');
}

/**
 * error: <message>
 *   at line L, column C
 *   <the source line>
 *   <caret under the column, ^ for every column of a one-line span; tabs kept so it lines up>
 */
export function errorText(error: CellError, source: string, where = ''): string {
  const location = `${where}line ${error.line}, column ${error.column}`;
  const shown = sourceCaret(error, source);
  const excerpt = shown ? `  ${shown.line}\n  ${shown.caret}\n` : '';
  return `error: ${error.message}\n  at ${location}\n${excerpt}`;
}

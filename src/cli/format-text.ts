/** Human-readable forms of kernel results for the terminal. */
import type { CellError, CellResult } from '../shared/cell-result';
import { MIME_TEXT } from '../shared/mime-types';

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
 *   <caret under the column, ^ for every column of a one-line span>
 */
export function errorText(error: CellError, source: string, where = ''): string {
  const lines = source.split('\n');
  const sourceLine = (lines[error.line - 1] ?? '').replace(/\r$/, '');
  const width = error.endLine === error.line && error.endColumn !== undefined ? Math.max(1, error.endColumn - error.column + 1) : 1;
  const location = `${where}line ${error.line}, column ${error.column}`;
  const pad = ' '.repeat(Math.max(0, error.column - 1));
  return `error: ${error.message}\n  at ${location}\n  ${sourceLine}\n  ${pad}${'^'.repeat(width)}\n`;
}

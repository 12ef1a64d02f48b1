/**
 * Turns a cell error into what the error output shows: "line L, column C: message" and, as the
 * stack, the offending source line with a caret under the column (a run of carets under the span
 * when the error names its end on the same line). The stack starts with "name: message" because
 * VS Code's error renderer shows only the stack when there is one. Pure (no vscode import).
 */
import type { CellError } from '../shared/cell-result';
import { CELL_ERROR_NAME } from './ids';

export interface ErrorOutputValue {
  name: string;
  message: string;
  stack: string;
}

export function formatCellError(error: CellError, source: string): ErrorOutputValue {
  const message = `line ${error.line}, column ${error.column}: ${error.message}`;
  const lines = source.split(/\r?\n/);
  const lineText = lines[error.line - 1];
  const heading = `${CELL_ERROR_NAME}: ${message}`;
  if (lineText === undefined) return { name: CELL_ERROR_NAME, message, stack: heading };
  const gutter = `${error.line} | `;
  // Keep tabs in the padding so the caret lines up however wide the renderer draws a tab.
  const column = Math.max(1, Math.min(error.column, lineText.length + 1));
  const padding = lineText.slice(0, column - 1).replace(/[^\t]/g, ' ');
  const sameLineEnd = error.endLine === undefined || error.endLine === error.line;
  const width = sameLineEnd && error.endColumn !== undefined && error.endColumn >= column ? Math.min(error.endColumn, lineText.length) - column + 1 : 1;
  const caret = '^'.repeat(Math.max(1, width));
  const stack = `${heading}\n\n${gutter}${lineText}\n${' '.repeat(gutter.length)}${padding}${caret}`;
  return { name: CELL_ERROR_NAME, message, stack };
}

/** For a kernel failure that is not a CellError (a bug): still a readable error output. */
export function formatInternalError(e: unknown): ErrorOutputValue {
  const detail = e instanceof Error ? e.message : String(e);
  const message = `internal error in the Activation Lab kernel: ${detail}`;
  const trace = e instanceof Error && e.stack ? `\n\n${e.stack}` : '';
  return { name: CELL_ERROR_NAME, message, stack: `${CELL_ERROR_NAME}: ${message}${trace}` };
}

/**
 * Turns a cell error into what the error output shows: "line L, column C: message" and, as the
 * stack, the offending source line with a caret under the column (a run of carets under the span
 * when the error names its end on the same line; drawn by kernel/format/source-caret.ts, as in the CLI). The stack starts with "name: message" because
 * VS Code's error renderer shows only the stack when there is one. Pure (no vscode import).
 */
import type { CellError } from '../../kernel/cell-result';
import { sourceCaret } from '../../kernel/format/source-caret';
import { CELL_ERROR_NAME } from '../ids';

export interface ErrorOutputValue {
  name: string;
  message: string;
  stack: string;
}

export function formatCellError(error: CellError, source: string): ErrorOutputValue {
  const message = `line ${error.line}, column ${error.column}: ${error.message}`;
  const heading = `${CELL_ERROR_NAME}: ${message}`;
  const shown = sourceCaret(error, source);
  if (!shown) return { name: CELL_ERROR_NAME, message, stack: heading };
  const gutter = `${error.line} | `;
  const stack = `${heading}\n\n${gutter}${shown.line}\n${' '.repeat(gutter.length)}${shown.caret}`;
  return { name: CELL_ERROR_NAME, message, stack };
}

/** For a kernel failure that is not a CellError (a bug): still a readable error output. */
export function formatInternalError(e: unknown): ErrorOutputValue {
  const detail = e instanceof Error ? e.message : String(e);
  const message = `internal error in the Activation Lab kernel: ${detail}`;
  const trace = e instanceof Error && e.stack ? `\n\n${e.stack}` : '';
  return { name: CELL_ERROR_NAME, message, stack: `${CELL_ERROR_NAME}: ${message}${trace}` };
}

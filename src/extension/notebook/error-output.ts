/**
 * Turns a cell error into what the error output shows: "line L, column C: message" and, as the
 * stack, the offending source line with a caret under the column (a run of carets under the span
 * when the error names its end on the same line; drawn by kernel/format/source-caret.ts, as in the CLI). The stack starts with "name: message" because
 * VS Code's error renderer shows only the stack when there is one. The heading and the caret are
 * coloured with ANSI codes (bold red, red), which that renderer draws in the theme's error colours
 * (as Jupyter's tracebacks), so an error does not look like an ordinary output. Pure (no vscode import).
 */
import type { CellError } from '../../kernel/cell-result';
import { sourceCaret } from '../../kernel/format/source-caret';
import { CELL_ERROR_NAME } from '../ids';

export interface ErrorOutputValue {
  name: string;
  message: string;
  stack: string;
}

/** ANSI SGR codes the notebook's error renderer understands. */
export const ANSI = { boldRed: '\u001b[1;31m', red: '\u001b[31m', reset: '\u001b[0m' } as const;

/** The text without ANSI colour codes (what a reader of the stack sees). */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

export function formatCellError(error: CellError, source: string): ErrorOutputValue {
  const message = `line ${error.line}, column ${error.column}: ${error.message}`;
  const heading = `${ANSI.boldRed}${CELL_ERROR_NAME}: ${message}${ANSI.reset}`;
  const shown = sourceCaret(error, source);
  if (!shown) return { name: CELL_ERROR_NAME, message, stack: heading };
  const gutter = `${error.line} | `;
  const pad = /^\s*/.exec(shown.caret)?.[0] ?? '';
  const stack = `${heading}\n\n${gutter}${shown.line}\n${' '.repeat(gutter.length)}${pad}${ANSI.red}${shown.caret.slice(pad.length)}${ANSI.reset}`;
  return { name: CELL_ERROR_NAME, message, stack };
}

/** For a kernel failure that is not a CellError (a bug): still a readable error output. */
export function formatInternalError(e: unknown): ErrorOutputValue {
  const detail = e instanceof Error ? e.message : String(e);
  const message = `internal error in the Activation Lab kernel: ${detail}`;
  const trace = e instanceof Error && e.stack ? `\n\n${e.stack}` : '';
  return { name: CELL_ERROR_NAME, message, stack: `${ANSI.boldRed}${CELL_ERROR_NAME}: ${message}${ANSI.reset}${trace}` };
}

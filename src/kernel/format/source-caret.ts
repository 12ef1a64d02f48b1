/**
 * The source line of an error and a caret line under it: `^` under the column, a run of carets
 * under the span when it ends on the same line. Tabs before the column are kept in the caret's
 * padding, so the caret lines up however wide a terminal or renderer draws a tab. Used by the
 * notebook's error output and the CLI, so both draw it the same way. Pure.
 */
import type { CellError } from '../cell-result';

export interface SourceCaret {
  /** The source line, without its line break. */
  line: string;
  /** Padding (spaces, and the tabs of the source line) and the carets. */
  caret: string;
}

/** The line and caret for an error, or undefined when its line is not in the source. */
export function sourceCaret(error: Pick<CellError, 'line' | 'column' | 'endLine' | 'endColumn'>, source: string): SourceCaret | undefined {
  // Lines end as the lexer ends them: "\r\n", "\n" or a lone "\r".
  const line = source.split(/\r\n|\r|\n/)[error.line - 1];
  if (line === undefined) return undefined;
  const column = Math.max(1, Math.min(error.column, line.length + 1));
  const padding = line.slice(0, column - 1).replace(/[^\t]/g, ' ');
  const sameLine = error.endLine === undefined || error.endLine === error.line;
  const width = sameLine && error.endColumn !== undefined && error.endColumn >= column ? Math.min(error.endColumn, line.length) - column + 1 : 1;
  return { line, caret: padding + '^'.repeat(Math.max(1, width)) };
}

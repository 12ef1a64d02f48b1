/**
 * Parsing for the editor: the parser reports every syntax error and keeps the statements that
 * parsed, so diagnostics, completion and go-to-definition work on the rest of a cell. This wrapper
 * only guarantees that the editor never sees an exception (a bug in the parser becomes one problem).
 */
import type { Program } from '../syntax/ast';
import { parse } from '../syntax/parser';
import type { Span } from '../syntax/span';

export interface SyntaxProblem {
  message: string;
  span: Span;
}

export interface LenientParse {
  program: Program;
  errors: SyntaxProblem[];
}

export function parseLenient(source: string): LenientParse {
  try {
    const { program, errors } = parse(source);
    return { program, errors: errors.map((e) => ({ message: e.message, span: e.span })) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const span: Span = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { program: { statements: [] }, errors: [{ message: `internal error while parsing: ${detail} (this is a bug in Activation Lab)`, span }] };
  }
}

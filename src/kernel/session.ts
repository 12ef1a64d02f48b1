/**
 * One kernel state per notebook: names assigned by one cell are visible in later cells. Runs a
 * cell's source through the language and turns every value into output items; never throws.
 */
import type { CellError, CellOutput, CellResult } from '../shared/cell-result';
import type { Statement } from '../lang/ast';
import { LangError } from '../lang/errors';
import { Evaluator, type EvaluatorOptions } from '../lang/evaluator';
import { parse } from '../lang/parser';
import type { Span } from '../lang/span';
import { outputFor } from './output-items';

export type KernelSessionOptions = EvaluatorOptions;

export class KernelSession {
  private readonly evaluator: Evaluator;

  constructor(options: KernelSessionOptions = {}) {
    this.evaluator = new Evaluator(options);
  }

  /**
   * Runs one cell's source: every statement that is not an assignment shows its value, in order.
   * A cell that does not parse runs nothing. On an evaluation error the result keeps the outputs of
   * the statements before it. Any unexpected exception (a bug) also becomes an error result.
   */
  async execute(source: string): Promise<CellResult> {
    return this.executeSync(source);
  }

  /** The same as execute, synchronously (the CLI and tests use it). */
  executeSync(source: string): CellResult {
    const outputs: CellOutput[] = [];
    let statements: Statement[];
    try {
      statements = parse(source).statements;
    } catch (error) {
      return { ok: false, outputs, error: toCellError(error, undefined) };
    }
    for (const statement of statements) {
      try {
        const value = this.evaluator.execute(statement);
        if (value !== undefined) outputs.push(outputFor(value));
      } catch (error) {
        return { ok: false, outputs, error: toCellError(error, statement.span) };
      }
    }
    return { ok: true, outputs, error: null };
  }

  /** Forgets every name defined so far. */
  reset(): void {
    this.evaluator.reset();
  }
}

function fromSpan(message: string, span: Span): CellError {
  return { message, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** A LangError keeps its own span; anything else is an internal error placed on the statement that raised it. */
function toCellError(error: unknown, statementSpan: Span | undefined): CellError {
  if (error instanceof LangError) return fromSpan(error.message, error.span);
  const detail = error instanceof Error ? error.message : String(error);
  const message = `internal error: ${detail} (this is a bug in Activation Lab)`;
  if (error instanceof RangeError && /call stack/i.test(detail)) {
    const span = statementSpan ?? { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return fromSpan('expression too deeply nested (the call stack overflowed)', span);
  }
  return statementSpan ? fromSpan(message, statementSpan) : { message, line: 1, column: 1 };
}

/**
 * One kernel state per notebook: names assigned by one cell are visible in later cells. Runs a
 * cell's source through the language and turns every value into output items; never throws.
 */
import type { CellError, CellOutput, CellResult } from './cell-result';
import type { Statement } from '../lang/syntax/ast';
import { LangError } from '../lang/syntax/errors';
import { Evaluator, type EvaluatorOptions } from '../lang/runtime/evaluator';
import { formatValue } from './format/format-value';
import { parse } from '../lang/syntax/parser';
import type { Span } from '../lang/syntax/span';
import { nodeDataFileReader } from './data-file-reader';
import { outputsFor } from './output-items';
import { labelOutputs } from './statement-label';
import { LiveProgress, type LiveOutputListener } from './live-progress';

/** The evaluator's limits and the kink convention (EvaluatorOptions.kinkConvention): fixed for the session's life. */
export type KernelSessionOptions = EvaluatorOptions;

export class KernelSession {
  private readonly evaluator: Evaluator;
  /** The live output of the cell running, when its caller listens (executeSync's `live`). */
  private live: LiveProgress | undefined;

  constructor(options: KernelSessionOptions = {}) {
    this.evaluator = new Evaluator({ readDataFile: nodeDataFileReader(options.baseDirectory), onTrainingProgress: (update) => this.live?.handle(update), ...options });
  }

  /**
   * Runs one cell's source: every statement that is not an assignment shows its value, in order.
   * A cell that does not parse runs nothing. On an evaluation error the result keeps the outputs of
   * the statements before it. Any unexpected exception (a bug) also becomes an error result.
   */
  async execute(source: string): Promise<CellResult> {
    return this.executeSync(source);
  }

  /**
   * The same as execute, synchronously (the CLI and tests use it). With `live`, a training shows its
   * progress while it runs (throttled, src/kernel/live-progress.ts), and an assignment that trained
   * (`run = train(...)`) shows the final state of that training as its output.
   */
  executeSync(source: string, live?: LiveOutputListener): CellResult {
    this.live = live ? new LiveProgress(live) : undefined;
    try {
      return this.runCell(source);
    } finally {
      this.live = undefined;
    }
  }

  private runCell(source: string): CellResult {
    const outputs: CellOutput[] = [];
    let statements: Statement[];
    // Functions defined by this cell remember it: their errors, met from a later cell, move to the call there.
    const cellOrigin = {};
    try {
      const parsed = parse(source);
      if (parsed.errors.length > 0) return { ok: false, outputs, error: syntaxError(parsed.errors) };
      statements = parsed.program.statements;
    } catch (error) {
      return { ok: false, outputs, error: toCellError(error, undefined) };
    }
    // The outputs of each statement that showed a value, with its source: labelled when there are several.
    const shown: Array<{ source: string; outputs: CellOutput[] }> = [];
    const finish = (error: CellError | null): CellResult => {
      for (const s of shown) outputs.push(...(shown.length > 1 ? labelOutputs(s.outputs, s.source) : s.outputs));
      return { ok: error === null, outputs, error };
    };
    for (const statement of statements) {
      try {
        this.live?.clearFinal();
        const value = this.evaluator.execute(statement, cellOrigin);
        const text = source.slice(statement.span.start, statement.span.end);
        if (value !== undefined) shown.push({ source: text, outputs: this.live?.outputsOf(value) ?? outputsFor(value) });
        else if (this.live?.lastFinal) shown.push({ source: text, outputs: this.live.lastFinal });
      } catch (error) {
        return finish(toCellError(error, statement.span));
      }
    }
    return finish(null);
  }

  /** The names the cells have defined so far, with a one-line description of each value. */
  definedNames(): Array<{ name: string; value: string }> {
    return [...this.evaluator.definedNames()].map(([name, value]) => ({ name, value: formatValue(value).split('\n')[0] }));
  }

  /** Forgets every name defined so far. */
  reset(): void {
    this.evaluator.reset();
  }
}

/** The first syntax error, its message naming where the others are (a cell that does not parse runs nothing). */
function syntaxError(errors: LangError[]): CellError {
  const [first, ...rest] = errors;
  if (rest.length === 0) return fromSpan(first.message, first.span);
  const where = rest.slice(0, 3).map((e) => `line ${e.span.line}, column ${e.span.column}: ${e.message}`);
  const more = rest.length > 3 ? `; and ${rest.length - 3} more` : '';
  return fromSpan(`${first.message} (${rest.length} more syntax error${rest.length === 1 ? '' : 's'} in this cell — ${where.join('; ')}${more})`, first.span);
}

function fromSpan(message: string, span: Span): CellError {
  return { message, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** A LangError keeps its own span; anything else is an internal error placed on the statement that raised it. */
function toCellError(error: unknown, statementSpan: Span | undefined): CellError {
  if (error instanceof LangError) return fromSpan(error.message, error.span);
  const detail = error instanceof Error ? error.message : String(error);
  const message = `internal error: ${detail} (this is a bug in Activation Lab)`;
  // A plain string test: the stack has unwound here, but a regular expression is not needed either.
  if (error instanceof RangeError && detail.toLowerCase().includes('call stack')) {
    const span = statementSpan ?? { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return fromSpan('expression too deeply nested (the call stack overflowed)', span);
  }
  return statementSpan ? fromSpan(message, statementSpan) : { message, line: 1, column: 1 };
}

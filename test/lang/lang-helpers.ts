/** Helpers shared by the language tests: run source through parser and evaluator. */
import * as assert from 'assert';
import { LangError } from '../../src/lang/syntax/errors';
import { Evaluator, type EvaluatorOptions } from '../../src/lang/runtime/evaluator';
import { parse } from '../../src/lang/syntax/parser';
import type { Value } from '../../src/lang/runtime/values';

/** Runs every statement; returns the values of the expression statements. Throws the first error. */
export function run(source: string, evaluator = new Evaluator()): Value[] {
  const { program, errors } = parse(source);
  if (errors.length > 0) throw errors[0];
  const out: Value[] = [];
  for (const s of program.statements) {
    const v = evaluator.execute(s);
    if (v) out.push(v);
  }
  return out;
}

/** The value of the last expression statement. */
export function last(source: string, evaluator = new Evaluator()): Value {
  const values = run(source, evaluator);
  assert.ok(values.length > 0, `no value from ${source}`);
  return values[values.length - 1];
}

export function numberOf(source: string, evaluator?: Evaluator): number {
  const v = last(source, evaluator);
  assert.strictEqual(v.kind, 'number', `${source} gave ${v.kind}`);
  return v.value;
}

export function vectorOf(source: string, evaluator?: Evaluator): number[] {
  const v = last(source, evaluator);
  assert.strictEqual(v.kind, 'vector', `${source} gave ${v.kind}`);
  return [...v.items];
}

/** The LangError a source raises (parse or evaluation), or an assertion failure if it runs. */
export function errorOf(source: string, options?: EvaluatorOptions): LangError {
  try {
    run(source, new Evaluator(options));
  } catch (error) {
    if (error instanceof LangError) return error;
    throw error;
  }
  assert.fail(`${source} ran without an error`);
}

/** |a - b| within rel relative (and rel absolute near 0). */
export function close(actual: number, expected: number, rel = 1e-15): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected));
}

export interface ErrorCase {
  name: string;
  source: string;
  message: string | RegExp;
  line: number;
  column: number;
  options?: EvaluatorOptions;
}

/** Registers one mocha test per case: the error's message, line and column. */
export function errorTable(cases: ErrorCase[]): void {
  for (const c of cases) {
    it(`error: ${c.name}`, () => {
      const e = errorOf(c.source, c.options);
      if (typeof c.message === 'string') assert.strictEqual(e.message, c.message);
      else assert.match(e.message, c.message);
      assert.deepStrictEqual([e.span.line, e.span.column], [c.line, c.column], `position of: ${e.message}`);
    });
  }
}

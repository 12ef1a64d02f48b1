/** Helpers for the dataset tests. */
import * as assert from 'assert';
import { DatasetError } from '../../../../src/core/training/datasets/dataset-error';

/** The bytes of a Float64Array, for bit-identical comparisons. */
export function bytes(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** Asserts that `fn` throws a DatasetError whose message matches `pattern` (and fields, if given). */
export function throwsDatasetError(
  fn: () => unknown,
  pattern: RegExp,
  fields: { option?: string | null; line?: number | null; column?: number | null } = {},
): DatasetError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof DatasetError, `expected a DatasetError, got ${caught instanceof Error ? caught.stack : String(caught)}`);
  const e = caught as DatasetError;
  assert.match(e.message, pattern);
  if ('option' in fields) assert.strictEqual(e.option, fields.option);
  if ('line' in fields) assert.strictEqual(e.line, fields.line);
  if ('column' in fields) assert.strictEqual(e.column, fields.column);
  return e;
}

/** Row i of an n × d row-major matrix. */
export function row(values: Float64Array, d: number, i: number): number[] {
  return Array.from(values.subarray(i * d, (i + 1) * d));
}

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

export function std(xs: ArrayLike<number>): number {
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
  return Math.sqrt(s / xs.length);
}

/** Column j of an n × d row-major matrix. */
export function column(values: Float64Array, d: number, j: number): number[] {
  const out: number[] = [];
  for (let i = j; i < values.length; i += d) out.push(values[i]);
  return out;
}

/** Helpers of the training language tests: run a program, take a typed value out of it. */
import * as assert from 'assert';
import { Evaluator, type EvaluatorOptions } from '../../../src/lang/runtime/evaluator';
import type { DatasetValue, NetworkValue, RunValue } from '../../../src/lang/training/training-values';
import type { Value } from '../../../src/lang/runtime/values';
import { run } from '../lang-helpers';

export function lastValue(source: string, options: EvaluatorOptions = {}): Value {
  const values = run(source, new Evaluator(options));
  assert.ok(values.length > 0, `no value from ${source}`);
  return values[values.length - 1];
}

export function runOf(source: string, options: EvaluatorOptions = {}): RunValue {
  const v = lastValue(source, options);
  assert.strictEqual(v.kind, 'run', `${source} gave ${v.kind}`);
  return v;
}

export function datasetOf(source: string, options: EvaluatorOptions = {}): DatasetValue {
  const v = lastValue(source, options);
  assert.strictEqual(v.kind, 'dataset', `${source} gave ${v.kind}`);
  return v;
}

export function networkOf(source: string, options: EvaluatorOptions = {}): NetworkValue {
  const v = lastValue(source, options);
  assert.strictEqual(v.kind, 'network', `${source} gave ${v.kind}`);
  return v;
}

/** Bit-identical Float64Arrays (or a message naming the first difference). */
export function assertSameArray(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.strictEqual(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) assert.fail(`${what}[${i}]: ${actual[i]} !== ${expected[i]}`);
  }
}

export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  assert.strictEqual(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    const scale = Math.max(1, Math.abs(expected[i]));
    if (!(Math.abs(actual[i] - expected[i]) <= tolerance * scale)) assert.fail(`${what}[${i}]: ${actual[i]} vs ${expected[i]} (tolerance ${tolerance})`);
  }
}

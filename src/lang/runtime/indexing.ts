/**
 * `v[i]` and `v[a:b]`. Indexes are 0-based; a negative index counts from the end (`v[-1]` is the
 * last item), as in Python and NumPy. An index out of range is an error; slice bounds are clamped
 * to the vector (`v[2:100]` is everything from item 2), and a slice with a >= b is empty.
 */
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { comparisonRun, fieldValue } from '../training/training-fields';
import type { Value } from './values';
import { describeValue, num, vector } from './values';

function integerOf(v: Value, what: string, span: Span): number {
  if (v.kind !== 'number') throw new LangError('eval', `${what} must be a whole number, got ${describeValue(v)}`, span);
  if (!Number.isInteger(v.value)) throw new LangError('eval', `${what} must be a whole number, got ${v.value}`, span);
  return v.value;
}

function vectorOf(target: Value, span: Span): Float64Array {
  if (target.kind !== 'vector') throw new LangError('eval', `only vectors can be indexed, not ${describeValue(target)}`, span);
  return target.items;
}

export function indexValue(target: Value, targetSpan: Span, index: Value, indexSpan: Span): Value {
  // run.loss and run["loss"]: the fields of datasets, networks and runs (training/training-fields.ts).
  if (index.kind === 'string') return fieldValue(target, index.value, indexSpan);
  // cmp[0]: the first run of compare_training(...).
  if (target.kind === 'training-comparison') return comparisonRun(target, integerOf(index, 'an index', indexSpan), indexSpan);
  const items = vectorOf(target, targetSpan);
  const i = integerOf(index, 'an index', indexSpan);
  const n = items.length;
  const at = i < 0 ? n + i : i;
  if (at < 0 || at >= n) {
    const valid = n === 0 ? 'the vector is empty' : `valid indexes are 0 to ${n - 1}, or -${n} to -1 from the end`;
    throw new LangError('eval', `index ${i} is out of range for a vector of ${n} item${n === 1 ? '' : 's'}: ${valid}`, indexSpan);
  }
  return num(items[at]);
}

export function sliceValue(target: Value, targetSpan: Span, start: { value: Value; span: Span } | undefined, end: { value: Value; span: Span } | undefined): Value {
  const items = vectorOf(target, targetSpan);
  const n = items.length;
  const bound = (b: { value: Value; span: Span } | undefined, fallback: number): number => {
    if (!b) return fallback;
    const i = integerOf(b.value, 'a slice bound', b.span);
    const at = i < 0 ? n + i : i;
    return Math.min(n, Math.max(0, at));
  };
  const a = bound(start, 0);
  const b = bound(end, n);
  return vector(items.slice(a, Math.max(a, b)));
}

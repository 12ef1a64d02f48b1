/**
 * The operators on values: arithmetic and comparisons, elementwise with broadcasting between a
 * number and a vector (a number pairs with every item; two vectors must have the same length).
 * Booleans count as 1 and 0 in arithmetic, so (x > 0) * x works on numbers as on vectors.
 * Comparisons of two numbers give a boolean; with a vector on either side, a vector of 1 and 0.
 * Given a meter (the evaluator passes one), the element work is charged chunk by chunk as it runs.
 */
import type { BinaryOperator, ComparisonOperator } from '../syntax/ast';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { forChunks, type ElementMeter } from './element-work';
import type { Value } from './values';
import { bool, describeValue, num, vector } from './values';

const ARITHMETIC: Record<BinaryOperator, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => Math.pow(a, b),
};

const COMPARE: Record<ComparisonOperator, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** A number, a vector, or a boolean as 1/0; undefined for anything else. */
export function numeric(v: Value): number | Float64Array | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'vector') return v.items;
  if (v.kind === 'boolean') return v.value ? 1 : 0;
  return undefined;
}

/**
 * Applies f elementwise to two numeric operands with broadcasting. `what` names the operation in the
 * length-mismatch error ("'+'", "max").
 */
export function broadcast2(a: number | Float64Array, b: number | Float64Array, f: (x: number, y: number) => number, what: string, span: Span, meter?: ElementMeter): number | Float64Array {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  if (typeof a !== 'number' && typeof b !== 'number' && a.length !== b.length) {
    throw new LangError('eval', `cannot apply ${what} to vectors of different lengths (${a.length} and ${b.length})`, span);
  }
  const n = typeof a === 'number' ? (b as Float64Array).length : a.length;
  const out = new Float64Array(n);
  forChunks(n, meter, (start, end) => {
    if (typeof a === 'number') for (let i = start; i < end; i++) out[i] = f(a, (b as Float64Array)[i]);
    else if (typeof b === 'number') for (let i = start; i < end; i++) out[i] = f(a[i], b);
    else for (let i = start; i < end; i++) out[i] = f(a[i], b[i]);
  });
  return out;
}

export function toValue(x: number | Float64Array): Value {
  return typeof x === 'number' ? num(x) : vector(x);
}

export function arithmetic(op: BinaryOperator, left: Value, right: Value, operatorSpan: Span, meter?: ElementMeter): Value {
  const a = numeric(left);
  const b = numeric(right);
  if (a === undefined || b === undefined) {
    throw new LangError('eval', `cannot apply '${op}' to ${describeValue(left)} and ${describeValue(right)}`, operatorSpan);
  }
  return toValue(broadcast2(a, b, ARITHMETIC[op], `'${op}'`, operatorSpan, meter));
}

export function negate(op: '-' | '+', operand: Value, span: Span, meter?: ElementMeter): Value {
  const v = numeric(operand);
  if (v === undefined) throw new LangError('eval', `cannot apply unary '${op}' to ${describeValue(operand)}`, span);
  const sign = op === '-' ? -1 : 1;
  if (typeof v === 'number') return num(sign * v);
  const out = new Float64Array(v.length);
  forChunks(v.length, meter, (start, end) => {
    for (let i = start; i < end; i++) out[i] = sign * v[i];
  });
  return vector(out);
}

export function compare(op: ComparisonOperator, left: Value, right: Value, operatorSpan: Span, meter?: ElementMeter): Value {
  const test = COMPARE[op];
  if ((op === '==' || op === '!=') && (left.kind === 'string' || right.kind === 'string')) {
    if (left.kind === 'string' && right.kind === 'string') {
      // String work counts as element work, a character per item, charged (and polled) a chunk at a time before it runs.
      forChunks(Math.min(left.value.length, right.value.length), meter, () => undefined);
      return bool(test(left.value === right.value ? 0 : 1, 0));
    }
    return bool(op === '!=');
  }
  const a = numeric(left);
  const b = numeric(right);
  if (a === undefined || b === undefined) {
    throw new LangError('eval', `cannot compare ${describeValue(left)} and ${describeValue(right)} with '${op}'`, operatorSpan);
  }
  const out = broadcast2(a, b, (x, y) => (test(x, y) ? 1 : 0), `'${op}'`, operatorSpan, meter);
  return typeof out === 'number' ? bool(out === 1) : vector(out);
}

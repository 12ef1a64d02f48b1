/**
 * where(cond, a, b): a where cond holds, else b, elementwise with broadcasting. A condition is a
 * boolean or a number (nonzero is true; NaN is false), or a vector of them.
 *
 * Written as a call `where(c, a, b)`, the evaluator (lazyWhere) evaluates the condition first and, when that is a single
 * value, only the branch it chooses, so a recursive definition such as
 * `fact(n) = where(n <= 1, 1, n * fact(n - 1))` ends. With a vector condition both branches run.
 */
import type { Expr } from '../syntax/ast';
import { LangError } from '../syntax/errors';
import type { ElementMeter } from './element-work';
import { broadcast2, numeric, toValue } from './operators';
import type { Span } from '../syntax/span';
import type { Value } from './values';
import { describeValue } from './values';

/** Nonzero is true; NaN is false. */
export function isTrue(c: number): boolean {
  return c !== 0 && c === c;
}

function operand(v: Value, name: string, span: Span): number | Float64Array {
  const x = numeric(v);
  if (x === undefined) throw new LangError('eval', `where: argument ${name} must be a number, a boolean or a vector, got ${describeValue(v)}`, span);
  return x;
}

/** The condition of a where, checked. */
export function whereCondition(v: Value, span: Span): number | Float64Array {
  return operand(v, 'cond', span);
}

/** The value of the branch a single condition chose, checked (a boolean becomes 1 or 0). */
export function whereBranch(v: Value, branch: Expr, name: 'a' | 'b'): Value {
  const x = operand(v, name, branch.span);
  return v.kind === 'boolean' ? toValue(x) : v;
}

/** The eager form: all three evaluated. */
export function whereValues(cond: number | Float64Array, a: Value, aSpan: Span, b: Value, bSpan: Span, span: Span, meter?: ElementMeter): Value {
  const x = operand(a, 'a', aSpan);
  const y = operand(b, 'b', bSpan);
  if (typeof cond === 'number') return toValue(isTrue(cond) ? x : y);
  // Pair each condition with its a, then with its b.
  const pick = broadcast2(cond, x, (c, v) => (isTrue(c) ? v : NaN), 'where', span, meter) as Float64Array;
  const chosenB = broadcast2(cond, y, (c, v) => (isTrue(c) ? NaN : v), 'where', span, meter) as Float64Array;
  const out = new Float64Array(pick.length);
  // The two passes above were charged; this one is cheaper than either.
  for (let i = 0; i < out.length; i++) out[i] = isTrue(typeof cond === 'number' ? cond : cond[i]) ? pick[i] : chosenB[i];
  return toValue(out);
}

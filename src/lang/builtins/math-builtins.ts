/**
 * The math built-ins: elementwise functions of one number (exp, log, ..., erf), max and min
 * (reductions with one argument, elementwise with two), where and clip. Each applies to a number or,
 * item by item, to a vector. Their element work is charged a chunk at a time (element-work.ts).
 */
import { erf, erfc } from '../../core/math/erf';
import { numericArg } from './builtin-arguments';
import { defineBuiltin } from './define-builtin';
import { LangError } from '../syntax/errors';
import { broadcast2, toValue } from '../runtime/operators';
import { forChunks } from '../runtime/element-work';
import { meterOf } from './sequence-builtins';
import type { BuiltinFunction } from '../runtime/values';
import { whereValues } from '../runtime/where';

/** Rounds halves away from zero (2.5 → 3, -2.5 → -3), like C's round; Math.round alone rounds -2.5 to -2. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const ELEMENTWISE: ReadonlyArray<readonly [string, (x: number) => number]> = [
  ['exp', Math.exp],
  ['log', Math.log],
  ['log1p', Math.log1p],
  ['expm1', Math.expm1],
  ['sqrt', Math.sqrt],
  ['abs', Math.abs],
  ['sign', (x) => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN)],
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tan', Math.tan],
  ['erf', erf],
  ['erfc', erfc],
  ['floor', Math.floor],
  ['ceil', Math.ceil],
  ['round', roundHalfAway],
];

/** The function of one number behind an elementwise built-in (plot and d use it), or undefined. */
export function elementwiseRule(name: string): ((x: number) => number) | undefined {
  return ELEMENTWISE.find(([n]) => n === name)?.[1];
}

function elementwise(name: string, f: (x: number) => number): BuiltinFunction {
  return defineBuiltin(name, (bound, context) => {
    const x = numericArg(bound, 'x')!;
    if (typeof x === 'number') return toValue(f(x));
    const out = new Float64Array(x.length);
    forChunks(x.length, meterOf(context), (start, end) => {
      for (let i = start; i < end; i++) out[i] = f(x[i]);
    });
    return toValue(out);
  });
}

/** NaN wins, as in NumPy's maximum/minimum and torch.max. */
function larger(a: number, b: number): number {
  return a !== a || b !== b ? NaN : a >= b ? a : b;
}
function smaller(a: number, b: number): number {
  return a !== a || b !== b ? NaN : a <= b ? a : b;
}

function extremum(name: 'max' | 'min', pick: (a: number, b: number) => number): BuiltinFunction {
  return defineBuiltin(name, (bound, context) => {
    const a = numericArg(bound, 'a')!;
    const b = numericArg(bound, 'b');
    const meter = meterOf(context);
    if (b !== undefined) return toValue(broadcast2(a, b, pick, name, bound.span, meter));
    if (typeof a === 'number') return toValue(a);
    if (a.length === 0) throw new LangError('eval', `${name} of an empty vector has no value`, bound.named.get('a')!.span);
    let best = a[0];
    forChunks(a.length, meter, (start, end) => {
      for (let i = Math.max(1, start); i < end; i++) best = pick(best, a[i]);
    });
    return toValue(best);
  });
}

const where = defineBuiltin('where', (bound, context) => {
  const cond = numericArg(bound, 'cond')!;
  const a = bound.named.get('a')!;
  const b = bound.named.get('b')!;
  return whereValues(cond, a.value, a.span, b.value, b.span, bound.span, meterOf(context));
});

const clip = defineBuiltin('clip', (bound, context) => {
  const x = numericArg(bound, 'x')!;
  const lo = numericArg(bound, 'lo')!;
  const hi = numericArg(bound, 'hi')!;
  const meter = meterOf(context);
  return toValue(broadcast2(broadcast2(x, lo, larger, 'clip', bound.span, meter), hi, smaller, 'clip', bound.span, meter));
});

export function mathBuiltins(): BuiltinFunction[] {
  return [...ELEMENTWISE.map(([name, f]) => elementwise(name, f)), extremum('max', larger), extremum('min', smaller), where, clip];
}

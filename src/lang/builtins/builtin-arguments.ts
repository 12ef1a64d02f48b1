/**
 * Matches a call's arguments to a built-in's declared parameters (builtin-signatures.ts), with the
 * errors a user needs: an unknown keyword lists the accepted ones (and the nearest), too many
 * arguments says how many it takes, a missing one is named. Also the typed readers built-ins use
 * ("clip: argument lo must be a number or a vector, got a string").
 */
import type { BuiltinSignature } from './builtin-signatures';
import { LangError } from '../syntax/errors';
import { numeric } from '../runtime/operators';
import type { Span } from '../syntax/span';
import { nearest } from '../runtime/suggest';
import type { CallArguments, Callable, Value } from '../runtime/values';
import { describeValue } from '../runtime/values';

export interface BoundArgument {
  value: Value;
  span: Span;
}

export interface BoundArguments {
  /** By parameter name, for the parameters given. */
  named: Map<string, BoundArgument>;
  /** The positional arguments a variadic first parameter took. */
  rest: BoundArgument[];
  span: Span;
  sig: BuiltinSignature;
}

export function bindArguments(sig: BuiltinSignature, args: CallArguments): BoundArguments {
  const named = new Map<string, BoundArgument>();
  const rest: BoundArgument[] = [];
  const positionalParams = sig.params.filter((p) => !p.variadic && !p.keywordOnly);
  const variadic = sig.params.some((p) => p.variadic);
  if (variadic) {
    for (const a of args.positional) rest.push(a);
  } else {
    args.positional.forEach((a, i) => {
      if (i >= positionalParams.length) {
        const n = positionalParams.length;
        const names = positionalParams.map((p) => p.name).join(', ');
        throw new LangError('eval', `${sig.name} takes ${n} positional argument${n === 1 ? '' : 's'} (${names}), got ${args.positional.length}`, a.span);
      }
      named.set(positionalParams[i].name, a);
    });
  }
  const accepted = sig.params.filter((p) => !p.variadic).map((p) => p.name);
  for (const kw of args.keywords) {
    if (!accepted.includes(kw.name)) {
      const guess = nearest(kw.name, accepted);
      const tail = accepted.length === 0 ? `; ${sig.name} takes no keyword arguments` : `${guess ? `; did you mean '${guess}'?` : '.'} It accepts: ${accepted.join(', ')}`;
      throw new LangError('eval', `${sig.name} has no keyword argument '${kw.name}'${tail}`, kw.nameSpan);
    }
    if (named.has(kw.name)) throw new LangError('eval', `${sig.name}: argument ${kw.name} is given twice (by position and by keyword)`, kw.nameSpan);
    named.set(kw.name, { value: kw.value, span: kw.span });
  }
  for (const p of sig.params) {
    if (!p.variadic && p.default === undefined && !named.has(p.name)) {
      throw new LangError('eval', `${sig.name} is missing argument '${p.name}' (${p.doc.replace(/\.$/, '')}); it is called as ${callShape(sig)}`, args.span);
    }
  }
  return { named, rest, span: args.span, sig };
}

function callShape(sig: BuiltinSignature): string {
  return `${sig.name}(${sig.params.filter((p) => p.default === undefined).map((p) => (p.variadic ? `${p.name}, ...` : p.name)).join(', ')})`;
}

/** The argument's span, or the call's when it was not given. */
export function spanOf(bound: BoundArguments, name: string): Span {
  return bound.named.get(name)?.span ?? bound.span;
}

function typeError(bound: BoundArguments, name: string, expected: string, got: Value): LangError {
  return new LangError('eval', `${bound.sig.name}: argument ${name} must be ${expected}, got ${describeValue(got)}`, spanOf(bound, name));
}

/** A number, a vector, or a boolean (1/0). */
export function numericArg(bound: BoundArguments, name: string): number | Float64Array | undefined {
  const a = bound.named.get(name);
  if (!a) return undefined;
  const v = numeric(a.value);
  if (v === undefined) throw typeError(bound, name, 'a number or a vector', a.value);
  return v;
}

export function numberArg(bound: BoundArguments, name: string, fallback?: number): number {
  const a = bound.named.get(name);
  if (!a) {
    if (fallback === undefined) throw new LangError('eval', `${bound.sig.name} is missing argument '${name}'`, bound.span);
    return fallback;
  }
  if (a.value.kind === 'number') return a.value.value;
  if (a.value.kind === 'boolean') return a.value.value ? 1 : 0;
  throw typeError(bound, name, 'a number', a.value);
}

export function wholeNumberArg(bound: BoundArguments, name: string, min: number, fallback?: number): number {
  const n = numberArg(bound, name, fallback);
  if (!Number.isInteger(n) || n < min) {
    throw new LangError('eval', `${bound.sig.name}: argument ${name} must be a whole number of at least ${min}, got ${n}`, spanOf(bound, name));
  }
  return n;
}

/** A vector; a number is taken as a vector of one. */
export function vectorArg(bound: BoundArguments, name: string): Float64Array {
  const a = bound.named.get(name)!;
  if (a.value.kind === 'vector') return a.value.items;
  if (a.value.kind === 'number') return Float64Array.of(a.value.value);
  throw typeError(bound, name, 'a vector', a.value);
}

/** [a, b] with finite a < b whose width b − a is finite too (a range that cannot be sampled is an error). */
export function intervalArg(bound: BoundArguments, name: string, fallback: readonly [number, number]): [number, number] {
  const a = bound.named.get(name);
  if (!a) return [fallback[0], fallback[1]];
  const v = a.value;
  if (v.kind !== 'vector' || v.items.length !== 2) throw typeError(bound, name, 'a vector [a, b] of two numbers', v);
  const [lo, hi] = v.items;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    throw new LangError('eval', `${bound.sig.name}: ${name} must be [a, b] with finite a < b, got [${lo}, ${hi}]`, a.span);
  }
  if (!Number.isFinite(hi - lo)) {
    throw new LangError('eval', `${bound.sig.name}: ${name} [${lo}, ${hi}] cannot be sampled: its width is beyond the largest number (about 1.8e308); narrow it`, a.span);
  }
  return [lo, hi];
}

/** The variadic function arguments, each a function value. */
export function functionArgs(bound: BoundArguments, atLeast: number): Array<{ fn: Callable; span: Span }> {
  if (bound.rest.length < atLeast) {
    throw new LangError('eval', `${bound.sig.name} needs at least ${atLeast === 1 ? 'one function' : `${atLeast} functions`}, e.g. ${bound.sig.name}(${atLeast === 1 ? 'relu' : 'relu, gelu'})`, bound.span);
  }
  return bound.rest.map((a, i) => {
    if (a.value.kind !== 'function') throw new LangError('eval', `${bound.sig.name}: argument ${i + 1} must be a function, got ${describeValue(a.value)}`, a.span);
    return { fn: a.value.callable, span: a.span };
  });
}

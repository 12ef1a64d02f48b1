/**
 * Binding a call's arguments to a user function's parameters: positional in order, then keywords
 * by name, then defaults. A call with keywords only that leaves a parameter without a value binds
 * them instead: `swish_b(beta=2)` is the function x -> swish_b(x, beta=2).
 */
import { LangError } from '../syntax/errors';
import { nearest } from './suggest';
import type { CallArguments, UserFunction, Value } from './values';
import { functionLabel } from './values';

export type UserBinding = { kind: 'call'; locals: Map<string, Value> } | { kind: 'partial'; fn: UserFunction };

export function bindUserArguments(fn: UserFunction, args: CallArguments): UserBinding {
  const label = functionLabel(fn);
  const names = fn.params.map((p) => p.name);
  if (args.positional.length > fn.params.length) {
    const n = fn.params.length;
    throw new LangError('eval', `${label} takes ${n} argument${n === 1 ? '' : 's'} (${names.join(', ')}), got ${args.positional.length}`, args.positional[n].span);
  }
  const given = new Map<string, Value>();
  args.positional.forEach((a, i) => given.set(names[i], a.value));
  for (const kw of args.keywords) {
    if (!names.includes(kw.name)) {
      const guess = nearest(kw.name, names);
      throw new LangError('eval', `${label} has no parameter '${kw.name}'${guess ? `; did you mean '${guess}'?` : '.'} It accepts: ${names.join(', ')}`, kw.nameSpan);
    }
    if (given.has(kw.name)) throw new LangError('eval', `${label}: argument ${kw.name} is given twice (by position and by keyword)`, kw.nameSpan);
    given.set(kw.name, kw.value);
  }
  const missing = fn.params.filter((p) => p.default === undefined && !given.has(p.name));
  if (missing.length > 0) {
    if (args.positional.length === 0 && args.keywords.length > 0) {
      const params = fn.params.map((p) => (given.has(p.name) ? { name: p.name, default: given.get(p.name) } : p));
      const bound = [...fn.bound.filter(([k]) => !given.has(k)), ...args.keywords.map((k) => [k.name, k.value] as const)];
      return { kind: 'partial', fn: { ...fn, params, bound } };
    }
    const list = missing.map((p) => `'${p.name}'`).join(', ');
    throw new LangError('eval', `${label} is missing argument${missing.length === 1 ? '' : 's'} ${list}; it takes (${names.join(', ')})`, args.span);
  }
  const locals = new Map<string, Value>(fn.closure);
  for (const p of fn.params) locals.set(p.name, given.get(p.name) ?? p.default!);
  return { kind: 'call', locals };
}

/** Built-ins that make or reduce vectors: linspace, range, sum, mean, std, len. */
import { numberArg, spanOf, vectorArg, wholeNumberArg } from './builtin-arguments';
import { LangError } from '../syntax/errors';
import { defineBuiltin } from './define-builtin';
import type { BuiltinFunction } from '../runtime/values';
import { num, vector } from '../runtime/values';

/** n evenly spaced points from a to b, both ends exact. */
export function linspaceItems(a: number, b: number, n: number): Float64Array {
  const xs = new Float64Array(n);
  const last = n - 1;
  for (let i = 0; i < n; i++) xs[i] = last === 0 ? a : (a * (last - i) + b * i) / last;
  return xs;
}

const linspace = defineBuiltin('linspace', (bound, context) => {
  const a = numberArg(bound, 'a');
  const b = numberArg(bound, 'b');
  const n = wholeNumberArg(bound, 'n', 1, 50);
  context.checkSize(n, spanOf(bound, 'n'));
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new LangError('eval', `linspace: a and b must be finite, got ${a} and ${b}`, bound.span);
  return vector(linspaceItems(a, b, n));
});

const range = defineBuiltin('range', (bound, context) => {
  const only = !bound.named.has('b');
  const a = only ? 0 : numberArg(bound, 'a');
  const b = only ? numberArg(bound, 'a') : numberArg(bound, 'b');
  const step = numberArg(bound, 'step', 1);
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new LangError('eval', `range: the bounds must be finite, got ${a} and ${b}`, bound.span);
  if (step === 0 || !Number.isFinite(step)) throw new LangError('eval', `range: step must be a finite number other than 0, got ${step}`, spanOf(bound, 'step'));
  const n = Math.max(0, Math.ceil((b - a) / step));
  context.checkSize(n, bound.span);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = a + i * step;
  return vector(out);
});

const sum = defineBuiltin('sum', (bound) => {
  const v = vectorArg(bound, 'v');
  // Neumaier's compensated sum: exact to rounding even when large and small items mix.
  let s = 0;
  let c = 0;
  for (const x of v) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return num(Number.isFinite(s) ? s + c : s);
});

function mean(v: Float64Array): number {
  if (v.length === 0) return NaN;
  let s = 0;
  for (const x of v) s += x;
  const m = s / v.length;
  if (!Number.isFinite(m)) return m;
  // One correction pass: the mean of the residuals.
  let r = 0;
  for (const x of v) r += x - m;
  return m + r / v.length;
}

const meanBuiltin = defineBuiltin('mean', (bound) => num(mean(vectorArg(bound, 'v'))));

const std = defineBuiltin('std', (bound) => {
  const v = vectorArg(bound, 'v');
  const ddof = wholeNumberArg(bound, 'ddof', 0, 0);
  const n = v.length;
  if (n - ddof <= 0) return num(NaN);
  const m = mean(v);
  let ss = 0;
  for (const x of v) ss += (x - m) * (x - m);
  return num(Math.sqrt(ss / (n - ddof)));
});

const len = defineBuiltin('len', (bound) => num(vectorArg(bound, 'v').length));

export function sequenceBuiltins(): BuiltinFunction[] {
  return [linspace, range, sum, meanBuiltin, std, len];
}

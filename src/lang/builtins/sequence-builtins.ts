/**
 * Built-ins that make or reduce vectors: linspace, range, sum, mean, std, len. Each charges its
 * element work to the statement's budget a chunk at a time (element-work.ts), so a reduction of a
 * long vector is work like an operator on it, and Interrupt is seen while it runs. Sequences are
 * computed without overflow at the edges of float64 (linspace(-1e308, 1e308, 5), range with a
 * width past the largest double).
 */
import { numberArg, spanOf, vectorArg, wholeNumberArg } from './builtin-arguments';
import { LangError } from '../syntax/errors';
import { defineBuiltin } from './define-builtin';
import { forChunks, type ElementMeter } from '../runtime/element-work';
import type { BuiltinFunction, CallContext } from '../runtime/values';
import { num, vector } from '../runtime/values';

/**
 * n evenly spaced points from a to b, both ends exact. (a·(last − i) + b·i) / last, one rounding,
 * when those products are finite; otherwise (|a| or |b| near the largest double) by halves,
 * 2·(a/2 + (b/2 − a/2)·i/last), which cannot overflow for finite a and b.
 */
export function linspaceItems(a: number, b: number, n: number, meter?: ElementMeter): Float64Array {
  const xs = new Float64Array(n);
  const last = n - 1;
  if (last === 0) {
    if (n === 1) xs[0] = a;
    return xs;
  }
  const direct = Number.isFinite(Math.max(Math.abs(a), Math.abs(b)) * last);
  const halfA = a / 2;
  const halfWidth = b / 2 - a / 2;
  forChunks(n, meter, (start, end) => {
    if (direct) for (let i = start; i < end; i++) xs[i] = (a * (last - i) + b * i) / last;
    else for (let i = start; i < end; i++) xs[i] = 2 * (halfA + halfWidth * (i / last));
  });
  xs[0] = a;
  xs[last] = b;
  return xs;
}

/** How many items a, a + step, … before b has (b excluded): counted by halves when b − a overflows. */
export function rangeCount(a: number, b: number, step: number): number {
  const width = b - a;
  const steps = Number.isFinite(width) ? width / step : b / step - a / step;
  return Math.max(0, Math.ceil(steps));
}

/** The element meter of a built-in's call: its chunks charged to the statement (CallContext.chargeElements). */
export function meterOf(context: CallContext): ElementMeter {
  return (n) => context.chargeElements(n);
}

const linspace = defineBuiltin('linspace', (bound, context) => {
  const a = numberArg(bound, 'a');
  const b = numberArg(bound, 'b');
  const n = wholeNumberArg(bound, 'n', 1, 50);
  context.checkSize(n, spanOf(bound, 'n'));
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new LangError('eval', `linspace: a and b must be finite, got ${a} and ${b}`, bound.span);
  return vector(linspaceItems(a, b, n, meterOf(context)));
});

const range = defineBuiltin('range', (bound, context) => {
  const only = !bound.named.has('b');
  const a = only ? 0 : numberArg(bound, 'a');
  const b = only ? numberArg(bound, 'a') : numberArg(bound, 'b');
  const step = numberArg(bound, 'step', 1);
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new LangError('eval', `range: the bounds must be finite, got ${a} and ${b}`, bound.span);
  if (step === 0 || !Number.isFinite(step)) throw new LangError('eval', `range: step must be a finite number other than 0, got ${step}`, spanOf(bound, 'step'));
  const n = rangeCount(a, b, step);
  context.checkSize(n, bound.span);
  const out = new Float64Array(n);
  forChunks(n, meterOf(context), (start, end) => {
    for (let i = start; i < end; i++) {
      const x = a + i * step;
      // i·step may pass the largest double where a + i·step does not (range(-1e308, 1e308, 1e307)).
      out[i] = Number.isFinite(x) ? x : 2 * (a / 2 + i * (step / 2));
    }
  });
  return vector(out);
});

const sum = defineBuiltin('sum', (bound, context) => {
  const v = vectorArg(bound, 'v');
  // Neumaier's compensated sum: exact to rounding even when large and small items mix.
  let s = 0;
  let c = 0;
  forChunks(v.length, meterOf(context), (start, end) => {
    for (let i = start; i < end; i++) {
      const x = v[i];
      const t = s + x;
      c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
      s = t;
    }
  });
  return num(Number.isFinite(s) ? s + c : s);
});

function mean(v: Float64Array, meter: ElementMeter): number {
  if (v.length === 0) return NaN;
  let s = 0;
  forChunks(v.length, meter, (start, end) => {
    for (let i = start; i < end; i++) s += v[i];
  });
  const m = s / v.length;
  if (!Number.isFinite(m)) return m;
  // One correction pass: the mean of the residuals.
  let r = 0;
  forChunks(v.length, meter, (start, end) => {
    for (let i = start; i < end; i++) r += v[i] - m;
  });
  return m + r / v.length;
}

const meanBuiltin = defineBuiltin('mean', (bound, context) => num(mean(vectorArg(bound, 'v'), meterOf(context))));

const std = defineBuiltin('std', (bound, context) => {
  const v = vectorArg(bound, 'v');
  const ddof = wholeNumberArg(bound, 'ddof', 0, 0);
  const n = v.length;
  if (n - ddof <= 0) return num(NaN);
  const meter = meterOf(context);
  const m = mean(v, meter);
  let ss = 0;
  forChunks(n, meter, (start, end) => {
    for (let i = start; i < end; i++) ss += (v[i] - m) * (v[i] - m);
  });
  return num(Math.sqrt(ss / (n - ddof)));
});

const len = defineBuiltin('len', (bound) => num(vectorArg(bound, 'v').length));

export function sequenceBuiltins(): BuiltinFunction[] {
  return [linspace, range, sum, meanBuiltin, std, len];
}

/**
 * Gaps in charts where a series jumps. A chart joins neighbouring samples with a line, so relu′
 * (0 then 1) would be drawn with a vertical segment at 0, as if it took every value in between.
 * Where a plotted function has a kink (an activation's kinkPoints(params), also for d(g, k) of an
 * activation g; for other functions, the jumps findJumps locates between samples), the plot
 * samples x exactly there, and each series that jumps at that point (its
 * one-sided limits differ) gets a NaN there: the chart payload carries it as null and the renderer
 * leaves a gap, so relu′ reads as a step. A series that is continuous there (relu itself) keeps
 * its value; a function whose value jumps (heaviside, hardshrink, threshold with value ≠ threshold)
 * gets a gap in its value series too.
 */
import { derivativeInfo } from '../calculus/differentiate-body';
import { LangError, LimitError } from '../syntax/errors';
import { sampleFunction, type DerivativeOrder } from './function-sampler';
import type { Span } from '../syntax/span';
import type { CallContext, Callable } from '../runtime/values';

/** The points where fn may jump or bend, as far as the chart knows: those of an activation, or of the activation a derivative function differentiates. */
export function kinkPointsOf(fn: Callable): readonly number[] {
  if (fn.type === 'activation') return fn.spec.kinkPoints(fn.params);
  const info = derivativeInfo(fn);
  if (info && info.base.type === 'activation') return info.base.spec.kinkPoints(info.base.params);
  return [];
}

/** x with every kink strictly inside its range added as a sample (sorted; a kink that is a sample already adds nothing). */
export function withKinkSamples(x: Float64Array, kinks: readonly number[]): Float64Array {
  if (x.length < 2) return x;
  const lo = x[0];
  const hi = x[x.length - 1];
  const present = new Set(x);
  const extra = [...new Set(kinks)].filter((k) => k > lo && k < hi && !present.has(k));
  if (extra.length === 0) return x;
  return Float64Array.from([...x, ...extra]).sort();
}

/** How far from a kink the one-sided limits are read. */
const SIDE = 1e-9;
/** Limits that differ by more than this (relative to their size, at least 1) are a jump; a continuous series moves by about 2e-9 × its slope. */
const JUMP = 1e-6;

/**
 * Puts NaN in y at each of the kinks that is a sample of x and where the series of this order
 * jumps (the one-sided limits at kink ∓ SIDE differ), so the chart leaves a gap there.
 */
export function gapAtJumps(fn: Callable, order: DerivativeOrder, kinks: readonly number[], x: Float64Array, y: Float64Array, context: CallContext, span: Span): void {
  for (const kink of kinks) {
    const i = x.indexOf(kink);
    if (i <= 0 || i >= x.length - 1) continue;
    const h = SIDE * Math.max(1, Math.abs(kink));
    const sides = sampleFunction(fn, Float64Array.of(kink - h, kink + h), order, context, span);
    if (!(sides instanceof Float64Array)) continue;
    const [left, right] = sides;
    if (Math.abs(right - left) > JUMP * Math.max(1, Math.abs(left), Math.abs(right))) y[i] = NaN;
  }
}

/** At most this many steps between samples are examined per series (the largest first). */
const MAX_CANDIDATES = 16;
/** Bisection steps: enough to shrink any step of a chart to a few units in the last place. */
const BISECTIONS = 64;

/**
 * Where a series of a function whose kinks are not known (a user function, a lambda) jumps:
 * candidates are steps between neighbouring samples much larger than the steps beside them; each is
 * bisected (keeping the half that changes more) until the interval is as small as doubles allow.
 * A jump survives that; a steep but continuous rise (tanh(1000 x)) shrinks to nothing. Returns
 * the points, placed on a sample when the jump is at one (relu′ at 0 with a sample at 0).
 */
export function findJumps(fn: Callable, order: DerivativeOrder, x: Float64Array, y: Float64Array, context: CallContext, span: Span): number[] {
  const step = (i: number): number => (i >= 0 && i + 1 < y.length ? Math.abs(y[i + 1] - y[i]) : 0);
  const large = (i: number, j: number): boolean => {
    // The change from sample i to sample j, far larger than the steps just outside.
    const d = Math.abs(y[j] - y[i]);
    if (!Number.isFinite(d) || !(d > JUMP * Math.max(1, Math.abs(y[i]), Math.abs(y[j])))) return false;
    for (let k = i; k < j; k++) if (!(step(k) > 4 * Math.max(step(i - 1), step(j)))) return false;
    return true;
  };
  // One step, or two in a row when the sample between is a value at the jump itself (relu′(0) = 0.5
  // under the "mean" convention): [i, j] brackets the jump.
  const candidates: Array<[number, number]> = [];
  for (let i = 0; i + 1 < y.length; i++) {
    if (large(i, i + 1)) candidates.push([i, i + 1]);
    else if (i + 2 < y.length && Math.sign(y[i + 1] - y[i]) === Math.sign(y[i + 2] - y[i + 1]) && large(i, i + 2)) candidates.push([i, i + 2]);
  }
  candidates.sort((p, q) => Math.abs(y[q[1]] - y[q[0]]) - Math.abs(y[p[1]] - y[p[0]]));
  const at = (t: number): number => {
    try {
      const v = sampleFunction(fn, Float64Array.of(t), order, context, span);
      return v instanceof Float64Array ? v[0] : NaN;
    } catch (error) {
      // Failing between the samples drawn ends the search there; a limit still stops the statement.
      if (error instanceof LangError && !(error instanceof LimitError)) return NaN;
      throw error;
    }
  };
  const out: number[] = [];
  for (const [i, j] of candidates.slice(0, MAX_CANDIDATES)) {
    let [a, b, ya, yb] = [x[i], x[j], y[i], y[j]];
    for (let k = 0; k < BISECTIONS; k++) {
      const m = a + (b - a) / 2;
      if (m <= a || m >= b) break;
      const ym = at(m);
      if (!Number.isFinite(ym)) break;
      if (Math.abs(ym - ya) >= Math.abs(yb - ym)) [b, yb] = [m, ym];
      else [a, ya] = [m, ym];
    }
    if (!(Math.abs(yb - ya) > JUMP * Math.max(1, Math.abs(ya), Math.abs(yb)))) continue;
    // The jump is between a and b, a few units in the last place apart: at a sample if one is there.
    const sample = x.subarray(i, j + 1).find((t) => t >= a && t <= b);
    out.push(sample ?? a + (b - a) / 2);
  }
  return out;
}

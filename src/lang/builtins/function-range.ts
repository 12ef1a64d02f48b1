/**
 * The range column of compare/describe. One kind of range per kind of function, each saying what it is:
 * - an activation at its default parameters: the documented range of its record ("[0, ∞)");
 * - an activation with other parameters (leaky_relu(negative_slope=0.1)): its range over the whole
 *   real line, found numerically (wholeLineRange), written the same way ("(-∞, ∞)");
 * - any other function (a user function, a lambda, a math built-in): the values seen on the chart's
 *   interval, labelled with it ("[0, 4] on [-2, 2]"), since its behaviour far out is unknown.
 */
import type { ActivationFunction, Callable } from '../runtime/values';
import { linspaceItems } from './sequence-builtins';

/** Parameters that choose a derivative convention, not values: they never change the range. */
const DERIVATIVE_ONLY_PARAMS: ReadonlySet<string> = new Set(['kink']);
/** |x| beyond this counts as "at infinity"; a bound reached only there is open. */
const FINITE_REACH = 10;
/** Values beyond this in size at |x| = 1e15 are taken as unbounded. */
const UNBOUNDED = 1e10;

export function rangeText(fn: Callable, observedMin: number, observedMax: number, interval: [number, number]): string {
  if (fn.type === 'activation') return hasDefaultValues(fn) ? fn.spec.doc.range : wholeLineRange(fn);
  return `[${round4(observedMin)}, ${round4(observedMax)}] on [${interval[0]}, ${interval[1]}]`;
}

function hasDefaultValues(fn: ActivationFunction): boolean {
  return fn.spec.params.every((p) => DERIVATIVE_ONLY_PARAMS.has(p.name) || fn.params[p.name] === fn.spec.defaults[p.name]);
}

/**
 * The range of an activation over the real line: its values on [-10, 10] (2,001 points and its
 * kinks) and out to ±1e15 (200 points per side, geometrically spaced). A bound beyond ±1e10 is ∞; a
 * bound reached within [-10, 10] is closed, one approached only farther out is open: relu is
 * [0, ∞), softplus (0, ∞), celu(alpha=2) (-2, ∞), hardtanh(min_val=-2, max_val=3) [-2, 3].
 */
export function wholeLineRange(fn: ActivationFunction): string {
  const far = Array.from({ length: 200 }, (_, k) => 10 ** (1 + (14 * (k + 1)) / 200));
  const kinks = fn.spec.kinkPoints(fn.params).filter((k) => Number.isFinite(k));
  const xs = Float64Array.from([...linspaceItems(-FINITE_REACH, FINITE_REACH, 2001), ...kinks, ...far, ...far.map((x) => -x)]);
  const ys = new Float64Array(xs.length);
  fn.spec.valueInto(xs, ys, fn.params);
  let min = Infinity;
  let max = -Infinity;
  for (const y of ys) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  if (min === Infinity) return 'undefined (NaN everywhere)';
  const reachedNear = (bound: number): boolean => xs.some((x, i) => Math.abs(x) <= FINITE_REACH && ys[i] === bound);
  const low = min < -UNBOUNDED ? '(-∞' : `${reachedNear(min) ? '[' : '('}${round4(min)}`;
  const high = max > UNBOUNDED ? '∞)' : `${round4(max)}${reachedNear(max) ? ']' : ')'}`;
  return `${low}, ${high}`;
}

export function round4(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}

/**
 * Evenly spaced axis ticks for a fixed range: the step is a nice number (1, 2 or 5 × 10^k) giving at
 * most `maxTicks` ticks, and the ticks are the multiples of the step inside the range, so 0 is one of
 * them whenever the range holds it. A range end is a tick only when it lies on that grid: [-5, 3]
 * gets -5, -4, ..., 3 (step 1), never chart.js's -5, -4, -2, 0, 2, 3. Pure.
 */

/** The default most ticks on an axis: readable in a 300-pixel panel. */
export const MAX_AXIS_TICKS = 9;

export interface AxisTicks {
  step: number;
  values: number[];
}

const NICE_MULTIPLES = [1, 2, 5, 10];

/** The smallest 1, 2 or 5 × 10^k step that splits `span` into at most `maxTicks - 1` intervals. */
export function niceStep(span: number, maxTicks: number = MAX_AXIS_TICKS): number {
  if (!(span > 0) || !Number.isFinite(span)) throw new RangeError(`niceStep needs a positive finite span, got ${span}`);
  const intervals = Math.max(1, Math.floor(maxTicks) - 1);
  const raw = span / intervals;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of NICE_MULTIPLES) {
    const step = clean(m * power);
    if (span / step <= intervals * (1 + 1e-9)) return step;
  }
  return clean(10 * power);
}

/** Ticks at the multiples of a nice step inside [min, max]; a single tick when min == max. */
export function evenTicks(min: number, max: number, maxTicks: number = MAX_AXIS_TICKS): AxisTicks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`axis range must be finite, got [${min}, ${max}]`);
  if (max < min) [min, max] = [max, min];
  if (max === min) return { step: 0, values: [min] };
  const step = niceStep(max - min, maxTicks);
  const tolerance = 1e-9;
  const first = Math.ceil(min / step - tolerance);
  const last = Math.floor(max / step + tolerance);
  const values: number[] = [];
  for (let k = first; k <= last; k++) values.push(clean(k * step));
  return { step, values };
}

/** Rounds away floating-point noise (3 × 0.1 = 0.30000000000000004) and turns -0 into 0. */
function clean(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return rounded === 0 ? 0 : rounded;
}

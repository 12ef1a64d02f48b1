/**
 * Axis arithmetic of the static SVG charts: nice ticks (1, 2 or 5 × 10^k, the renderer's rule),
 * powers of ten for a log axis, a padded data range, the number format of tick labels. Pure.
 */

/** Up to 4 significant digits, no trailing zeros; exponent form for very large or small numbers. */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-4) return value.toExponential(2).replace(/\.?0+e/, 'e').replace('e+', 'e').replace(/-/g, '−');
  return String(Number(value.toPrecision(4))).replace(/-/g, '−');
}

function clean(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return rounded === 0 ? 0 : rounded;
}

/** The smallest 1, 2 or 5 × 10^k step giving at most maxTicks ticks over span. */
export function niceStep(span: number, maxTicks: number): number {
  const intervals = Math.max(1, maxTicks - 1);
  const power = Math.pow(10, Math.floor(Math.log10(span / intervals)));
  for (const m of [1, 2, 5, 10]) {
    const step = clean(m * power);
    if (span / step <= intervals * (1 + 1e-9)) return step;
  }
  return clean(10 * power);
}

/** The multiples of a nice step inside [min, max] (0 among them when the range holds it). */
export function niceTicks(min: number, max: number, maxTicks: number): number[] {
  if (!(max > min)) return [min];
  const step = niceStep(max - min, maxTicks);
  const out: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k <= Math.floor(max / step + 1e-9); k++) out.push(clean(k * step));
  return out;
}

/** The powers of ten inside [min, max] (both > 0); at least the two ends when none is. */
export function logTicks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let k = Math.ceil(Math.log10(min) - 1e-9); k <= Math.floor(Math.log10(max) + 1e-9); k++) out.push(Math.pow(10, k));
  return out.length > 0 ? out : [min, max];
}

/** "1e-3", "0.01", "1", "100", "1e4" for a power of ten. */
export function formatPower(value: number): string {
  const k = Math.round(Math.log10(value));
  return k >= -2 && k <= 3 ? formatTick(value) : `1e${k}`.replace(/-/g, '−');
}

/**
 * The y range drawn for the finite values: padded by 5 % and widened to the nearest ticks, so the
 * lines never touch the frame. [-1, 1] around a constant; [0, 1] with no finite value.
 */
export function dataRange(values: Iterable<number | null>, log = false): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || (log && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return log ? [0.1, 10] : [0, 1];
  if (log) {
    const a = Math.pow(10, Math.floor(Math.log10(lo) + 1e-9));
    const b = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9));
    return a === b ? [a / 10, b * 10] : [a, b];
  }
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  const step = niceStep(hi - lo + 2 * pad, 11);
  return [clean(Math.floor((lo - pad) / step) * step), clean(Math.ceil((hi + pad) / step) * step)];
}

/**
 * The versioned payload of `application/vnd.activation-lab.chart+json`.
 * Written by the kernel, read by the renderer. Bump CHART_PAYLOAD_VERSION on any incompatible change
 * and keep the renderer able to read every version it has ever been sent (saved notebooks keep them).
 */
export const CHART_PAYLOAD_VERSION = 1;

/** Which derivative a series shows: 0 is the function itself. */
export type DerivativeOrder = 0 | 1 | 2;

export interface ChartSeries {
  /** What the legend says, e.g. "gelu" or "leaky_relu(negative_slope=0.1)". */
  label: string;
  /** The legend's name of a derivative series ("f′", "d(f)′ = f″"); the label when absent. */
  name?: string;
  /** 0: f(x); 1: f'(x); 2: f''(x). */
  order: DerivativeOrder;
  /** One y per sample of ChartPayloadV1.x; null where the value is not finite (a gap in the line). */
  y: Array<number | null>;
}

/**
 * A parameter the user drags: the curves precomputed at each position (the renderer switches between
 * them without the kernel). frames[k].y[i] is series i (same label and order) at values[k], on frames[k].x.
 */
export interface ChartSlider {
  name: string;
  values: number[];
  /** Index into values shown first. */
  initial: number;
  frames: Array<{ x: number[]; y: Array<Array<number | null>> }>;
}

export interface ChartPayloadV1 {
  version: 1;
  /** e.g. "relu, gelu, sigmoid, tanh". */
  title: string;
  /** The x interval that was asked for, [a, b] with a < b. */
  range: [number, number];
  /** Sample points, increasing, shared by every series. */
  x: number[];
  series: ChartSeries[];
  /** Set when the cell shows several values: the source of the statement that drew this chart. */
  statement?: string;
  /** Set when the plot has a slider (plot(f, slider("p", a, b))). */
  slider?: ChartSlider;
}

export type ChartPayload = ChartPayloadV1;

/** Narrows unknown JSON to a chart payload this code can draw, or says what is wrong with it. */
export function validateChartPayload(value: unknown): { ok: true; payload: ChartPayload } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'payload is not an object' };
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return { ok: false, reason: `unsupported chart payload version ${JSON.stringify(v.version)}` };
  if (!Array.isArray(v.x) || !v.x.every((n) => typeof n === 'number')) return { ok: false, reason: 'x must be an array of numbers' };
  if (!Array.isArray(v.range) || v.range.length !== 2) return { ok: false, reason: 'range must be [a, b]' };
  if (!Array.isArray(v.series)) return { ok: false, reason: 'series must be an array' };
  if (v.statement !== undefined && typeof v.statement !== 'string') return { ok: false, reason: 'statement must be a string' };
  if (v.slider !== undefined) {
    const s = v.slider as Record<string, unknown>;
    const ok = typeof s === 'object' && s !== null && typeof s.name === 'string' && Array.isArray(s.values) && Array.isArray(s.frames) &&
      s.frames.length === s.values.length && typeof s.initial === 'number' && s.initial >= 0 && s.initial < s.values.length &&
      (s.frames as unknown[]).every((f) => {
        const fr = f as { x?: unknown; y?: unknown };
        return Array.isArray(fr.x) && Array.isArray(fr.y) && fr.y.length === (v.series as unknown[]).length && fr.y.every((ys) => Array.isArray(ys) && ys.length === (fr.x as unknown[]).length);
      });
    if (!ok) return { ok: false, reason: 'slider must have a name, values, an initial index and one frame of every series per value' };
  }
  const n = v.x.length;
  for (const [i, s] of (v.series as unknown[]).entries()) {
    const series = s as Record<string, unknown>;
    if (typeof series !== 'object' || series === null) return { ok: false, reason: `series[${i}] is not an object` };
    if (typeof series.label !== 'string') return { ok: false, reason: `series[${i}].label must be a string` };
    if (series.name !== undefined && typeof series.name !== 'string') return { ok: false, reason: `series[${i}].name must be a string` };
    if (series.order !== 0 && series.order !== 1 && series.order !== 2) return { ok: false, reason: `series[${i}].order must be 0, 1 or 2` };
    if (!Array.isArray(series.y) || series.y.length !== n) return { ok: false, reason: `series[${i}].y must have ${n} entries` };
  }
  return { ok: true, payload: value as ChartPayload };
}

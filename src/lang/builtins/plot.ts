/**
 * plot(f, g, ..., range=[a, b], derivative=true|false|"only"|2, samples=N): samples x on the range
 * and each function's value and derivatives there. Also the shared option readers of the displays.
 */
import { functionArgs, intervalArg, spanOf, wholeNumberArg, type BoundArguments } from './builtin-arguments';
import { defineBuiltin } from './define-builtin';
import { LangError } from '../syntax/errors';
import { DerivativeUnavailable, isPlottable, sampleFunction, type DerivativeOrder } from './function-sampler';
import { findJumps, gapAtJumps, kinkPointsOf, withKinkSamples } from './plot-gaps';
import type { Span } from '../syntax/span';
import type { BuiltinFunction, CallContext, Callable, PlotSeries, PlotValue, SliderValue } from '../runtime/values';
import { checkSliderTarget, initialPosition, withParameter } from './slider';
import { describeValue, functionLabel } from '../runtime/values';
import { linspaceItems } from './sequence-builtins';

export const DEFAULT_PLOT_RANGE: readonly [number, number] = [-4, 4];
/** 401 points: on the default range [-4, 4] the step is 0.02, so 0 and every integer are samples. */
export const DEFAULT_PLOT_SAMPLES = 401;
export const MAX_PLOT_SAMPLES = 100_000;

/** n evenly spaced points from a to b, both ends exact. */
export const linspace = linspaceItems;

/** Which series to draw for each function. */
export type DerivativeChoice = readonly DerivativeOrder[];

/** derivative=true → [0, 1]; false → [0]; "only" → [1]; 2 → [0, 1, 2]; 1 → [0, 1]; 0 → [0]. */
export function derivativeChoice(bound: BoundArguments, fallback: DerivativeChoice): DerivativeChoice {
  const arg = bound.named.get('derivative');
  if (!arg) return fallback;
  const v = arg.value;
  if (v.kind === 'boolean') return v.value ? [0, 1] : [0];
  if (v.kind === 'string' && v.value === 'only') return [1];
  if (v.kind === 'number' && (v.value === 0 || v.value === 1 || v.value === 2)) return v.value === 0 ? [0] : v.value === 1 ? [0, 1] : [0, 1, 2];
  const got = v.kind === 'string' ? `"${v.value}"` : v.kind === 'number' ? String(v.value) : describeValue(v);
  throw new LangError('eval', `${bound.sig.name}: derivative must be true, false, "only" or 2, got ${got}`, arg.span);
}

/** The function arguments of a display, each checked to be a function of one number. */
export function plottableArgs(bound: BoundArguments): Array<{ fn: Callable; span: Span }> {
  const fns = functionArgs(bound, 1);
  fns.forEach(({ fn, span }, i) => {
    if (!isPlottable(fn)) {
      throw new LangError('eval', `${bound.sig.name}: argument ${i + 1} (${functionLabel(fn)}) is not a function of one number and cannot be ${bound.sig.name === 'plot' ? 'plotted' : 'shown'}`, span);
    }
  });
  return fns;
}

const SUFFIX: Record<DerivativeOrder, string> = { 0: '', 1: '′', 2: '″' };

/** The label of one series in notes: "f", "f′", "f″". */
export function seriesName(label: string, order: DerivativeOrder): string {
  return order === 0 ? label : `${label}${SUFFIX[order]}`;
}

/** `d(inner)` → inner, when the parentheses around inner are one balanced pair; otherwise undefined. */
function derivativeOf(label: string): string | undefined {
  const m = /^d\((.*)\)$/s.exec(label);
  if (!m) return undefined;
  let depth = 0;
  for (const c of m[1]) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
  }
  return depth === 0 ? m[1] : undefined;
}

function primes(base: string, n: number): string {
  const superscript = String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
  return n === 0 ? base : n <= 3 ? `${base}${['′', '″', '‴'][n - 1]}` : `${base}⁽${superscript}⁾`;
}

/**
 * What a derivative series is, for the legend: "f′" for f; for a function that is itself a
 * derivative, both what was asked and what it is: d(f) in the f′ panel is "d(f)′ = f″".
 */
export function derivativeSeriesName(label: string, order: DerivativeOrder): string {
  let base = label;
  let n: number = order;
  for (let inner = derivativeOf(base); inner !== undefined && order > 0; inner = derivativeOf(base)) {
    base = inner;
    n++;
  }
  const asked = seriesName(label, order);
  return n === order ? asked : `${asked} = ${primes(base, n)}`;
}

export function buildPlot(
  functions: Array<{ fn: Callable; span: Span }>,
  range: [number, number],
  orders: DerivativeChoice,
  samples: number,
  context: CallContext,
): PlotValue {
  // Each function's kinks are samples too, so that a series that jumps there gets its gap
  // (plot-gaps.ts): an activation's are known; a user function's jumps are found on a first pass.
  const kinks = new Map<Callable, readonly number[]>(functions.map(({ fn }) => [fn, kinkPointsOf(fn)]));
  let x = withKinkSamples(linspaceItems(range[0], range[1], samples), [...kinks.values()].flat());
  let sampled = sampleAll(functions, orders, x, context);
  const found: number[] = [];
  for (const s of sampled) {
    if (s.y instanceof DerivativeUnavailable || kinks.get(s.fn)!.length > 0) continue;
    const jumps = findJumps(s.fn, s.order, x, s.y, context, s.span);
    if (jumps.length > 0) kinks.set(s.fn, [...new Set([...(kinks.get(s.fn) ?? []), ...jumps])]);
    found.push(...jumps);
  }
  if (found.some((k) => !x.includes(k))) {
    x = withKinkSamples(x, found);
    sampled = sampleAll(functions, orders, x, context);
  }
  const series: PlotSeries[] = [];
  const notes: string[] = [];
  for (const { fn, order, y, span } of sampled) {
    if (y instanceof DerivativeUnavailable) notes.push(`${seriesName(functionLabel(fn), order)} not shown: ${y.reason}`);
    else {
      gapAtJumps(fn, order, kinks.get(fn)!, x, y, context, span);
      const label = functionLabel(fn);
      series.push(order === 0 ? { label, order, y } : { label, name: derivativeSeriesName(label, order), order, y });
    }
  }
  const labels = functions.map(({ fn }) => functionLabel(fn));
  return { kind: 'plot', title: labels.join(', '), range, x, series, labels, notes };
}

/** Every series of every function at x, in order (a derivative that cannot be had as its reason). */
function sampleAll(functions: Array<{ fn: Callable; span: Span }>, orders: DerivativeChoice, x: Float64Array, context: CallContext) {
  return functions.flatMap(({ fn, span }) => orders.map((order) => ({ fn, order, span, y: sampleFunction(fn, x, order, context, span) })));
}

export const plotBuiltin: BuiltinFunction = defineBuiltin('plot', (bound, context) => {
  const range = intervalArg(bound, 'range', DEFAULT_PLOT_RANGE);
  const orders = derivativeChoice(bound, [0, 1]);
  const samples = wholeNumberArg(bound, 'samples', 2, DEFAULT_PLOT_SAMPLES);
  if (samples > MAX_PLOT_SAMPLES) throw new LangError('eval', `plot: samples must be at most ${MAX_PLOT_SAMPLES.toLocaleString('en-US')}, got ${samples}`, spanOf(bound, 'samples'));
  context.checkSize(samples, spanOf(bound, 'samples'));
  // slider(...) arguments among the functions: the plot is drawn at each of their positions.
  const sliders = bound.rest.filter((a) => a.value.kind === 'slider');
  const fns = plottableArgs(sliders.length ? { ...bound, rest: bound.rest.filter((a) => a.value.kind !== 'slider') } : bound);
  if (sliders.length === 0) return buildPlot(fns, range, orders, samples, context);
  if (sliders.length > 1) throw new LangError('eval', 'plot: at most one slider', sliders[1].span);
  const slider = sliders[0].value as SliderValue;
  checkSliderTarget(fns.map((f) => f.fn), slider, sliders[0].span);
  const base = buildPlot(fns, range, orders, samples, context);
  const frames = slider.values.map((v) => {
    const frame = buildPlot(fns.map((f) => ({ fn: withParameter(f.fn, slider.name, v), span: f.span })), range, orders, samples, context);
    if (frame.series.length !== base.series.length || frame.series.some((s, i) => s.order !== base.series[i].order)) {
      throw new LangError('eval', `plot: at ${slider.name}=${v} a derivative cannot be drawn, so the slider cannot show it`, sliders[0].span);
    }
    return { x: frame.x, ys: frame.series.map((s) => s.y) };
  });
  const initial = initialPosition(fns.map((f) => f.fn), slider.name, slider.values);
  // The static chart (text, fallbacks) is the initial position's; the labels stay the functions'.
  const first = frames[initial];
  return {
    ...base,
    x: first.x,
    series: base.series.map((s, i) => ({ ...s, y: first.ys[i] })),
    slider: { name: slider.name, values: slider.values, initial, frames },
    notes: [...base.notes, `slider: ${slider.name} from ${slider.values[0]} to ${slider.values[slider.values.length - 1]} (${slider.values.length} positions)`],
  };
});

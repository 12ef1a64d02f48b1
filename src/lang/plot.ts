/** Builds a plot value: sample x on a range, and each function's value and first derivative there. */
import type { Callable, PlotSeries, PlotValue } from './values';
import { functionLabel } from './values';

export const DEFAULT_PLOT_RANGE: readonly [number, number] = [-4, 4];
/** 401 points: on the default range [-4, 4] the step is 0.02, so 0 and every integer are samples. */
export const DEFAULT_PLOT_SAMPLES = 401;

/** n evenly spaced points from a to b, both ends exact. */
export function linspace(a: number, b: number, n: number): Float64Array {
  const xs = new Float64Array(n);
  const last = n - 1;
  for (let i = 0; i < n; i++) xs[i] = last === 0 ? a : (a * (last - i) + b * i) / last;
  return xs;
}

/** Functions the plot can draw: those with a value and a first derivative over arrays. */
export function isPlottable(callable: Callable): boolean {
  return callable.type === 'activation';
}

export function buildPlot(functions: Callable[], range: [number, number], samples = DEFAULT_PLOT_SAMPLES): PlotValue {
  const x = linspace(range[0], range[1], samples);
  const series: PlotSeries[] = [];
  const labels: string[] = [];
  for (const fn of functions) {
    if (fn.type !== 'activation') throw new Error(`internal: ${functionLabel(fn)} is not plottable`);
    const label = functionLabel(fn);
    labels.push(label);
    const y0 = new Float64Array(samples);
    const y1 = new Float64Array(samples);
    fn.spec.valueInto(x, y0, fn.params);
    fn.spec.derivativeInto(x, y1, fn.params);
    series.push({ label, order: 0, y: y0 }, { label, order: 1, y: y1 });
  }
  return { kind: 'plot', title: labels.join(', '), range, x, series, labels };
}

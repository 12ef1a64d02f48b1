/**
 * compare(f, g, ..., range=[a, b]): the functions overlaid (values and first derivatives) and a
 * table of their properties (function-properties.ts). describe(f) shows the same table for one.
 */
import { intervalArg } from './builtin-arguments';
import { defineBuiltin } from './define-builtin';
import { functionProperties } from './function-properties';
import { rangeText } from './function-range';
import { buildPlot, DEFAULT_PLOT_RANGE, DEFAULT_PLOT_SAMPLES, plottableArgs } from './plot';
import type { Span } from '../syntax/span';
import type { BuiltinFunction, CallContext, Callable, TableCell, TableValue } from '../runtime/values';
import { functionLabel } from '../runtime/values';

/** The columns of the property table; the monotonic column names the interval it was checked on. */
export function propertyColumns(range: [number, number]): string[] {
  return ['function', 'range', `monotonic on [${range[0]}, ${range[1]}]`, 'f(0)', 'f′(0)', 'zeros for N(0,1)', 'mean for N(0,1)', 'std for N(0,1)'];
}

export function propertiesTable(fns: Array<{ fn: Callable; span: Span }>, range: [number, number], context: CallContext): TableValue {
  const rows: TableCell[][] = [];
  const notes: string[] = [];
  for (const { fn, span } of fns) {
    const p = functionProperties(fn, range, context, span);
    const label = functionLabel(fn);
    if (p.slopeAtZero === undefined) notes.push(`${label}′(0) not shown: its derivative is not available`);
    rows.push([
      label,
      rangeText(fn, p.observedMin, p.observedMax, range),
      p.monotonic,
      p.valueAtZero,
      p.slopeAtZero ?? '—',
      `${Number((p.zeroShare * 100).toPrecision(4))}%`,
      p.normalMean,
      p.normalStd,
    ]);
  }
  return { kind: 'table', title: `properties of ${fns.map((f) => functionLabel(f.fn)).join(', ')}`, columns: propertyColumns(range), rows, notes };
}

export const compareBuiltin: BuiltinFunction = defineBuiltin('compare', (bound, context) => {
  const range = intervalArg(bound, 'range', DEFAULT_PLOT_RANGE);
  const fns = plottableArgs(bound);
  const plot = buildPlot(fns, range, [0, 1], DEFAULT_PLOT_SAMPLES, context);
  return { kind: 'compare', plot, properties: propertiesTable(fns, range, context) };
});

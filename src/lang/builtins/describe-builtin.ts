/**
 * describe(f): for an activation, its documentation record (formula, derivative, parameters,
 * properties, kinks, origin); for a user function or lambda, its definition; for both, the property
 * table of compare and a chart of f, f′ and f″. For a vector activation (softmax, ...), its record
 * with its properties in words, and a chart of its one-variable slice (softmax([x, 0])[0]) and that
 * slice's derivative, captioned by the record.
 */
import type { AnyActivationSpec } from '../../core/activation-lookup';
import { vectorChartFunction } from '../../core/vector/vector-chart-slice';
import { vectorPropertyPhrases } from '../../core/vector/vector-properties-text';
import { intervalArg } from './builtin-arguments';
import { defineBuiltin } from './define-builtin';
import { propertiesTable } from './compare-builtin';
import { LangError } from '../syntax/errors';
import { buildPlot, DEFAULT_PLOT_RANGE, DEFAULT_PLOT_SAMPLES, linspace, plottableArgs } from './plot';
import type { BuiltinFunction, DescribedDoc, DescribeValue, PlotValue, VectorFunction } from '../runtime/values';
import { definitionText, describeValue, functionLabel } from '../runtime/values';

/** The record describe shows of an activation, element-wise or vector (spec.kind tells which). */
function describedDoc(spec: AnyActivationSpec): DescribedDoc {
  const d = spec.doc;
  const common = { name: spec.name, aliases: spec.aliases, displayName: d.displayName, summary: d.summary, formula: d.formula.text, params: d.params, range: d.range, origin: d.origin };
  if (spec.kind === 'vector') {
    const v = spec.doc;
    return { ...common, derivativeKind: 'Jacobian', derivative: v.jacobian.text, shape: v.shape, properties: undefined, propertyPhrases: vectorPropertyPhrases(v.properties), kinks: [] };
  }
  return { ...common, derivativeKind: 'derivative', derivative: spec.doc.derivative.text, shape: undefined, properties: spec.doc.properties, propertyPhrases: undefined, kinks: spec.kinks };
}

/**
 * The chart of a vector activation: its one-variable slice (the record's chart, padded to a length
 * the bound parameters take) and the slice's exact derivative, titled by the record's caption.
 */
function vectorSliceChart(fn: VectorFunction, range: [number, number]): PlotValue {
  const slice = vectorChartFunction(fn.spec);
  const x = linspace(range[0], range[1], DEFAULT_PLOT_SAMPLES);
  const value = new Float64Array(x.length);
  const derivative = new Float64Array(x.length);
  slice.valueInto(x, value, fn.params);
  slice.derivativeInto(x, derivative, fn.params);
  const label = `${functionLabel(fn)}(${slice.inputText(fn.params)})[${fn.spec.doc.chart.output}]`;
  return {
    kind: 'plot',
    title: slice.caption,
    range,
    x,
    series: [
      { label, order: 0, y: value },
      { label, order: 1, y: derivative },
    ],
    labels: [label],
    notes: [],
  };
}

export const describeBuiltin: BuiltinFunction = defineBuiltin('describe', (bound, context) => {
  const f = bound.named.get('f')!;
  if (f.value.kind === 'function' && f.value.callable.type === 'vector') {
    const fn = f.value.callable;
    const range = intervalArg(bound, 'range', DEFAULT_PLOT_RANGE);
    return { kind: 'describe', label: functionLabel(fn), doc: describedDoc(fn.spec), definition: undefined, properties: undefined, plot: vectorSliceChart(fn, range) };
  }
  if (f.value.kind !== 'function') throw new LangError('eval', `describe: argument f must be a function, got ${describeValue(f.value)}`, f.span);
  const fns = plottableArgs({ ...bound, rest: [f] });
  const range = intervalArg(bound, 'range', DEFAULT_PLOT_RANGE);
  const { fn } = fns[0];
  const value: DescribeValue = {
    kind: 'describe',
    label: functionLabel(fn),
    doc: fn.type === 'activation' ? describedDoc(fn.spec) : undefined,
    definition: fn.type === 'user' ? definitionText(fn) : fn.type === 'builtin' ? fn.signature : undefined,
    properties: propertiesTable(fns, range, context),
    plot: buildPlot(fns, range, [0, 1, 2], DEFAULT_PLOT_SAMPLES, context),
  };
  return value;
});
